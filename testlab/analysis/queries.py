"""The catalog (products, stages, studies, tasks), questionnaire sums and shared helpers.

Names, keys and stages are joined to the grouped sums in Python afterwards, which keeps
each GROUP BY key short and the planner on a covering index. The attempts' own grouped
query lives in ``testlab.analysis.attempts``. Every attempt except skipped ones counts,
and every questionnaire recorded, whatever its session's status now: an interrupted
session's finished tasks and answers are real measurements.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import (
    Connection,
    String,
    Text,
    and_,
    bindparam,
    case,
    cast,
    func,
    null,
    select,
    type_coerce,
)
from sqlalchemy.sql import Select

from testlab.analysis.filters import NO_FILTERS, Filters, session_condition
from testlab.analysis.sums import QuestionnaireSums
from testlab.model import (
    Centre,
    Outcome,
    Product,
    Questionnaire,
    Session,
    Staff,
    Stage,
    Study,
    Task,
)

#: Outcomes whose time is a "time to failure".
FAILURE_OUTCOMES = (Outcome.FAILURE, Outcome.GAVE_UP, Outcome.FALSE_COMPLETION)

#: Breakdown dimension → the session column it groups by.
BREAKDOWN_COLUMNS: dict[str, Any] = {
    "centre": Session.centre_id,
    "facilitator": Session.facilitator_id,
    "device": Session.device_kind,
    "network": Session.network,
    "setting": Session.setting,
}

#: A group key: (task or study id, breakdown value or None).
GroupKey = tuple[uuid.UUID, Any]


@dataclass(frozen=True, slots=True)
class StageRow:
    """A stage of a product, as the catalog query returns it."""

    id: uuid.UUID
    product_id: uuid.UUID
    position: int
    kind: str
    name: str


@dataclass(frozen=True, slots=True)
class TaskRow:
    """A task with the stage it belongs to and its study's start (to pick the latest wording)."""

    id: uuid.UUID
    stage_id: uuid.UUID
    study_id: uuid.UUID
    study_starts_on: date
    position: int
    key: str
    title: str
    scenario: str
    target_seconds: float | None


@dataclass(frozen=True, slots=True)
class Catalog:
    """Products, stages, studies and tasks: the names the sums are joined to."""

    products: dict[uuid.UUID, str]
    stages: tuple[StageRow, ...]
    study_stage: dict[uuid.UUID, uuid.UUID]
    tasks: tuple[TaskRow, ...]


def load_catalog(connection: Connection, product_id: uuid.UUID | None = None) -> Catalog:
    """Products, stages, studies and tasks of one product (or of every product).

    Ids and dates come back as stored and are converted once per distinct value: a
    network's thousands of tasks repeat a few hundred stages, studies and start dates.
    """
    products_q = select(Product.id, Product.name)
    stages_q = select(Stage.id, Stage.product_id, Stage.position, Stage.kind, Stage.name)
    studies_q = select(Study.id, Study.stage_id).join(Stage, Stage.id == Study.stage_id)
    tasks_q = (
        select(raw(Task.id), raw(Study.stage_id), raw(Task.study_id), raw(Study.starts_on),
               Task.position, Task.key, Task.title, Task.scenario, Task.target_seconds)
        .join(Study, Study.id == Task.study_id)
        .join(Stage, Stage.id == Study.stage_id)
    )  # fmt: skip
    if product_id is not None:
        products_q = products_q.where(Product.id == product_id)
        stages_q = stages_q.where(Stage.product_id == product_id)
        studies_q = studies_q.where(Stage.product_id == product_id)
        tasks_q = tasks_q.where(Stage.product_id == product_id)
    ids = _UuidMemo()
    dates: dict[Any, date] = {}
    tasks = []
    for task_id, stage_id, study_id, starts, *rest in connection.execute(tasks_q):
        day = dates.get(starts)
        if day is None:
            day = dates[starts] = starts if isinstance(starts, date) else date.fromisoformat(starts)
        tasks.append(TaskRow(ids(task_id), ids(stage_id), ids(study_id), day, *rest))
    return Catalog(
        products={row.id: row.name for row in connection.execute(products_q)},
        stages=tuple(
            StageRow(r.id, r.product_id, r.position, str(r.kind), r.name)
            for r in connection.execute(stages_q.order_by(Stage.product_id, Stage.position))
        ),
        study_stage={row.id: row.stage_id for row in connection.execute(studies_q)},
        tasks=tuple(tasks),
    )


def product_catalog(connection: Connection, name: str) -> tuple[uuid.UUID, Catalog] | None:
    """The product called ``name`` (exact, then case-insensitive) with its catalog, or None.

    One query (product ⟕ stages ⟕ studies ⟕ tasks) instead of a look-up and four catalog
    queries: each round trip costs about as much as one product's grouped sums.
    """
    ids = _UuidMemo()
    rows = [
        (ids(row[0]), row[1], ids(row[2]), row[3], row[4], row[5], ids(row[6]), row[7],
         ids(row[8]), *row[9:])
        for row in connection.execute(
            _product_catalog_query(), {"name": name, "folded": name.lower()}
        )
    ]  # fmt: skip
    exact = {row[0] for row in rows if row[1] == name}
    found = exact or {row[0] for row in rows}
    if len(found) != 1:
        return None
    product_id = found.pop()
    stages: dict[uuid.UUID, StageRow] = {}
    study_stage: dict[uuid.UUID, uuid.UUID] = {}
    tasks = []
    for (pid, _name, stage_id, stage_pos, kind, stage_name, study_id, starts_on, task_id,
         task_pos, key, title, scenario, target) in rows:  # fmt: skip
        if pid != product_id or stage_id is None:
            continue
        if stage_id not in stages:
            stages[stage_id] = StageRow(stage_id, pid, stage_pos, str(kind), stage_name)
        if study_id is None:
            continue
        study_stage[study_id] = stage_id
        if task_id is not None:
            tasks.append(TaskRow(task_id, stage_id, study_id, starts_on, task_pos, key, title,
                                 scenario, target))  # fmt: skip
    catalog = Catalog(
        products={product_id: next(r[1] for r in rows if r[0] == product_id)},
        stages=tuple(sorted(stages.values(), key=lambda s: s.position)),
        study_stage=study_stage,
        tasks=tuple(tasks),
    )
    return product_id, catalog


@functools.lru_cache(maxsize=1)
def _product_catalog_query() -> Select[*tuple[Any, ...]]:
    """product ⟕ stages ⟕ studies ⟕ tasks of the product named ``:name`` (or ``:folded``).

    Ids come back as stored and are made UUIDs once each (see ``_UuidMemo``).
    """
    return (
        select(raw(Product.id), Product.name, raw(Stage.id), Stage.position, Stage.kind,
               Stage.name, raw(Study.id), Study.starts_on, raw(Task.id), Task.position,
               Task.key, Task.title, Task.scenario, Task.target_seconds)
        .outerjoin(Stage, Stage.product_id == Product.id)
        .outerjoin(Study, Study.stage_id == Stage.id)
        .outerjoin(Task, Task.study_id == Study.id)
        .where((Product.name == bindparam("name"))
               | (func.lower(Product.name) == bindparam("folded")))
    )  # fmt: skip


def raw(column: Any) -> Any:
    """A column read as the DBAPI returns it (no conversion per row)."""
    return type_coerce(column, String)


class _UuidMemo:
    """Raw ids (UUIDs, or 32 hex digits on SQLite) made UUIDs, each distinct one once.

    Catalog rows repeat their product, stage and study ids; a UUID costs a microsecond
    or two to build, which over a whole network's catalog adds up to tens of milliseconds.
    """

    def __init__(self) -> None:
        self._seen: dict[Any, uuid.UUID] = {}

    def __call__(self, value: Any) -> Any:
        if value is None or isinstance(value, uuid.UUID):
            return value
        found = self._seen.get(value)
        if found is None:
            found = self._seen[value] = uuid.UUID(value)
        return found


def find_product(connection: Connection, name: str) -> uuid.UUID | None:
    """The id of the product called ``name`` (exact, then case-insensitive), or None."""
    found = connection.execute(select(Product.id).where(Product.name == name)).scalars().all()
    if not found:
        found = (
            connection.execute(select(Product.id).where(func.lower(Product.name) == name.lower()))
            .scalars()
            .all()
        )
    return found[0] if len(found) == 1 else None


def _product_studies(product_id: Any) -> Select[Any]:
    """Ids of one product's studies (``product_id``: a UUID or a bound parameter)."""
    return select(Study.id).join(Stage, Stage.id == Study.stage_id).where(
        Stage.product_id == product_id
    )


def product_tasks(product_id: Any) -> Select[Any]:
    """Ids of one product's tasks (``product_id``: a UUID or a bound parameter)."""
    return select(Task.id).where(Task.study_id.in_(_product_studies(product_id)))


def questionnaire_sums(
    connection: Connection,
    product_id: uuid.UUID | None,
    by: str | None = None,
    filters: Filters = NO_FILTERS,
) -> dict[GroupKey, QuestionnaireSums]:
    """Questionnaire sums per (study id, breakdown value): every questionnaire recorded.

    Like attempts, answers count whatever their session's status now (an interrupted
    session's answers are real answers; SUS needs all ten). A session's SUS score is
    its points × 2.5 (odd items r − 1, even 5 − r, kept by the database, NULL unless all
    ten answers are there); Σ and Σ² of the scores are exact multiples of 2.5. Questionnaires carry their
    session's study, so only a breakdown joins the sessions.
    """
    query = _questionnaire_query(product_id is not None, by, filters)
    params = {} if product_id is None else {"product_id": product_id}
    result: dict[GroupKey, QuestionnaireSums] = {}
    for row in connection.execute(query, params):
        values = list(row[2:])
        values[2] = None if values[2] is None else float(values[2]) * 2.5
        values[3] = None if values[3] is None else float(values[3]) * 6.25
        result[(row[0], _plain(row[1]))] = QuestionnaireSums.from_row(tuple(values))
    return result


@functools.lru_cache(maxsize=16)
def _questionnaire_query(of_product: bool, by: str | None, filters: Filters) -> Select[Any]:
    """The grouped questionnaire query, built once per shape (``:product_id`` bound later)."""
    q = Questionnaire
    # The database keeps each questionnaire's SUS points (0-40, NULL unless all ten
    # answers are there): integer sums, exact on every backend, scaled by 2.5 and 6.25.
    raw = q.sus_points
    group_column = BREAKDOWN_COLUMNS[by] if by else None
    query = select(
        q.study_id,
        group_column if group_column is not None else null(),
        func.count(),
        func.count(raw),
        func.sum(raw),
        func.sum(raw * raw),
        func.count(case((q.recommend >= 9, 1))),
        func.count(case((and_(q.recommend >= 7, q.recommend <= 8), 1))),
        func.count(case((q.recommend <= 6, 1))),
        func.count(q.satisfaction),
        func.count(case((q.satisfaction >= 4, 1))),
        func.sum(q.satisfaction),
        func.sum(q.satisfaction * q.satisfaction),
    )
    if of_product:
        query = query.where(q.study_id.in_(_product_studies(bindparam("product_id"))))
    kept = session_condition(q.session_id, filters)
    if kept is not None:
        query = query.where(kept)
    if group_column is None:
        return query.group_by(q.study_id)
    query = query.join(Session, Session.id == q.session_id)
    return query.group_by(q.study_id, group_column)


def group_labels(connection: Connection, by: str, values: Iterable[Any]) -> dict[Any, str]:
    """How to show each breakdown value: centre code and name, facilitator name, condition."""
    wanted = [v for v in set(values) if v is not None]
    labels: dict[Any, str] = {}
    if by == "centre" and wanted:
        for row in connection.execute(
            select(Centre.id, Centre.code, Centre.name).where(Centre.id.in_(wanted))
        ):
            labels[row.id] = f"{row.code} {row.name}"
    elif by == "facilitator" and wanted:
        for staff in connection.execute(
            select(Staff.id, Staff.name).where(Staff.id.in_(wanted))
        ):
            labels[staff.id] = staff.name
    for value in wanted:
        labels.setdefault(value, str(value))
    labels[None] = "(not recorded)"
    return labels


def _as_uuid(value: Any) -> uuid.UUID:
    """A UUID from a raw id: a UUID (PostgreSQL) or its 32 hex digits (SQLite)."""
    return value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))


#: Breakdown dimensions whose values are ids (the others are enum values, plain text raw).
_ID_DIMENSIONS = frozenset({"centre", "facilitator"})


def id_text(column: Any, dialect: str) -> Any:
    """An id column read as text: as stored (32 hex digits) on SQLite, cast elsewhere.

    Text keys hash at C speed; a UUID object's hash is Python code, which a network's
    40,000 grouped rows would each pay for.
    """
    return raw(column) if dialect == "sqlite" else cast(column, Text)


def raw_id(dialect: str, value: uuid.UUID) -> str:
    """An id as ``id_text`` reads it: 32 hex digits on SQLite, the canonical form elsewhere."""
    return value.hex if dialect == "sqlite" else str(value)


def raw_group(by: str | None, value: Any) -> Any:
    """A breakdown value as the DBAPI returns it, made equal to the sums' group key."""
    if value is None or by is None:
        return None
    return _as_uuid(value) if by in _ID_DIMENSIONS else _plain(value)


def _plain(value: Any) -> Any:
    """Enum members as their string values, ids and None as they are."""
    if value is None or isinstance(value, uuid.UUID):
        return value
    return str(getattr(value, "value", value))
