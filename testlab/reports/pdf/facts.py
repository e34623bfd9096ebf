"""What the report says besides the statistics: the product, its studies, and who took
part under which conditions — counts only, by centre and profile, never a name or a
contact detail (the contact table is never read here).

The figures themselves come from ``testlab.services.analysis`` (the ``stats --json``
analysis); these are the descriptive counts of the Method section, read in a few
grouped queries under the same filters.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Connection, select

from testlab.analysis.filters import Filters, session_condition
from testlab.db.database import Database
from testlab.errors import NotFound
from testlab.model import Centre, Participant, Product, Session, Staff, Stage, Study, Task
from testlab.model.enums import SessionStatus
from testlab.model.products import StudyCentre


@dataclass(frozen=True, slots=True)
class StudyFacts:
    """One study of a stage: what it set out to learn, how, where and when."""

    stage: str
    title: str
    objectives: str
    method: str
    starts_on: date
    ends_on: date
    centres: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TaskFacts:
    """A task key as its latest study words it."""

    key: str
    title: str
    scenario: str
    success_criteria: str
    target_seconds: float | None


@dataclass(frozen=True, slots=True)
class Counts:
    """How many of the completed sessions' participants (or sessions) had each value."""

    by_centre: tuple[tuple[str, int], ...]
    profiles: dict[str, tuple[tuple[str, int], ...]]
    conditions: dict[str, tuple[tuple[str, int], ...]]
    participants: int
    sessions: int


@dataclass(frozen=True, slots=True)
class ProductFacts:
    """The product's description, owner, studies, tasks, centres and participant counts."""

    name: str
    description: str
    owner: str | None
    studies: tuple[StudyFacts, ...]
    tasks: tuple[TaskFacts, ...]
    centres: dict[str, str]
    counts: Counts


def product_facts(db: Database, product: str, stages: Sequence[str], filters: Filters) -> ProductFacts:
    """The facts of ``product`` over the stages named (in the analysis' spelling), under
    ``filters``. Raises ``NotFound`` for an unknown product."""
    with db.engine.connect() as c:
        head = c.execute(
            select(Product.id, Product.name, Product.description, Staff.name)
            .outerjoin(Staff, Staff.id == Product.owner_id)
            .where(Product.name == product)
        ).first()
        if head is None:
            raise NotFound(f"There is no product named '{product}'.")
        product_id = head[0]
        study_rows = c.execute(
            select(Study.id, Stage.name, Study.title, Study.objectives, Study.method,
                   Study.starts_on, Study.ends_on)
            .join(Stage, Stage.id == Study.stage_id)
            .where(Stage.product_id == product_id, Stage.name.in_(list(stages)))
            .order_by(Stage.position, Study.starts_on, Study.title)
        ).all()  # fmt: skip
        ids = [r.id for r in study_rows]
        centres_of: dict[uuid.UUID, list[str]] = {}
        for study_id, code in c.execute(
            select(StudyCentre.study_id, Centre.code)
            .join(Centre, Centre.id == StudyCentre.centre_id)
            .where(StudyCentre.study_id.in_(ids))
            .order_by(Centre.code)
        ):
            centres_of.setdefault(study_id, []).append(code)
        studies = tuple(
            StudyFacts(r[1], r.title, r.objectives, str(r.method), r.starts_on, r.ends_on,
                       tuple(centres_of.get(r.id, ())))
            for r in study_rows
        )  # fmt: skip
        tasks = _tasks(c, ids)
        counts = _counts(c, ids, filters)
        names = dict(c.execute(select(Centre.code, Centre.name)).all())
    return ProductFacts(head[1], head[2] or "", head[3], studies, tasks, names, counts)


def _tasks(c: Connection, study_ids: list[uuid.UUID]) -> tuple[TaskFacts, ...]:
    """Each task key once, worded as its latest study has it, in task order."""
    rows = c.execute(
        select(Task.key, Task.title, Task.scenario, Task.success_criteria, Task.target_seconds,
               Task.position, Study.starts_on)
        .join(Study, Study.id == Task.study_id)
        .where(Task.study_id.in_(study_ids))
        .order_by(Study.starts_on, Task.position)
    ).all()  # fmt: skip
    latest: dict[str, tuple[int, TaskFacts]] = {}
    for r in rows:
        latest[r.key] = (r.position, TaskFacts(r.key, r.title, r.scenario or "",
                                               r.success_criteria or "", r.target_seconds))
    return tuple(t for _, t in sorted(latest.values(), key=lambda pt: (pt[0], pt[1].key)))


def _counts(c: Connection, study_ids: list[uuid.UUID], filters: Filters) -> Counts:
    """Participants of completed sessions by centre and profile; sessions by condition."""
    where = [Session.study_id.in_(study_ids), Session.status == SessionStatus.COMPLETED]
    condition = session_condition(Session.id, filters)
    if condition is not None:
        where.append(condition)
    rows = c.execute(
        select(Session.participant_id, Centre.code, Participant.age_band, Participant.segment,
               Participant.digital_skill, Participant.existing_customer, Session.device_kind,
               Session.network, Session.setting)
        .join(Centre, Centre.id == Session.centre_id)
        .outerjoin(Participant, Participant.id == Session.participant_id)
        .where(*where)
    ).all()  # fmt: skip
    people: dict[object, tuple[object, ...]] = {}
    conditions: dict[str, Counter[str]] = {"device": Counter(), "network": Counter(),
                                           "setting": Counter()}  # fmt: skip
    for r in rows:
        people.setdefault(r[0] or object(), (r[1], r[2], r[3], r[4], r[5]))
        for name, value in (("device", r[6]), ("network", r[7]), ("setting", r[8])):
            conditions[name][_value(value)] += 1
    profiles: dict[str, Counter[str]] = {"age_band": Counter(), "segment": Counter(),
                                         "digital_skill": Counter(),
                                         "existing_customer": Counter()}  # fmt: skip
    centres: Counter[str] = Counter()
    for code, age, segment, skill, existing in people.values():
        centres[str(code)] += 1
        profiles["age_band"][_value(age)] += 1
        profiles["segment"][_value(segment)] += 1
        profiles["digital_skill"][_value(skill)] += 1
        profiles["existing_customer"][
            "" if existing is None else ("yes" if existing else "no")] += 1
    return Counts(
        by_centre=tuple(sorted(centres.items())),
        profiles={k: tuple(sorted(v.items())) for k, v in profiles.items()},
        conditions={k: tuple(sorted(v.items(), key=lambda kv: (-kv[1], kv[0])))
                    for k, v in conditions.items()},
        participants=len(people),
        sessions=len(rows),
    )  # fmt: skip


def _value(value: object) -> str:
    """An enum's value (``""`` when not recorded)."""
    if value is None:
        return ""
    return str(getattr(value, "value", value))

