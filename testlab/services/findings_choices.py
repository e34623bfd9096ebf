"""What a findings form offers to choose from, and the observations a session can give as evidence.

The findings log's own use cases live in ``testlab.services.findings``; these are the
read-only lists around them: a product's stages, its task keys (matched across stages)
and the staff who can own a finding, and a session's observations with the product and
stage they belong to, so a form can make a finding from them.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import NotFound


@dataclass(frozen=True, slots=True)
class StageChoice:
    """A stage of the product, in order."""

    id: uuid.UUID
    name: str
    position: int


@dataclass(frozen=True, slots=True)
class TaskChoice:
    """A task key of the product with the title it had at its latest stage."""

    key: str
    title: str


@dataclass(frozen=True, slots=True)
class StaffChoice:
    """A member of staff who can own a finding."""

    id: uuid.UUID
    name: str


@dataclass(frozen=True, slots=True)
class FindingChoices:
    """Everything a findings form or filter of one product chooses from."""

    product_id: uuid.UUID
    product: str
    stages: tuple[StageChoice, ...]
    tasks: tuple[TaskChoice, ...]
    staff: tuple[StaffChoice, ...]


@dataclass(frozen=True, slots=True)
class ProductChoice:
    """A product the findings log can be shown for."""

    id: uuid.UUID
    name: str


@dataclass(frozen=True, slots=True)
class ObservationChoice:
    """One observation of a session, as a list to pick evidence from shows it."""

    id: uuid.UUID
    elapsed_seconds: float
    text: str
    task_key: str | None
    task_title: str | None


@dataclass(frozen=True, slots=True)
class SessionEvidence:
    """A session's observations with the product and stage a finding from them belongs to."""

    session_id: uuid.UUID
    product_id: uuid.UUID
    product: str
    stage_id: uuid.UUID
    stage: str
    participant: str
    starts_at: datetime
    observations: tuple[ObservationChoice, ...]


def finding_products(db: Database) -> list[ProductChoice]:
    """Every product, by name: the findings log's product picker."""
    with db.session_factory() as s:
        rows = s.execute(select(m.Product.id, m.Product.name).order_by(m.Product.name)).all()
    return [ProductChoice(product_id, name) for product_id, name in rows]


def finding_choices(db: Database, product_id: uuid.UUID) -> FindingChoices:
    """The product's stages in order, its task keys (by key) and every member of staff."""
    with db.session_factory() as s:
        product = s.get(m.Product, product_id)
        if product is None:
            raise NotFound("That product no longer exists.")
        stages = tuple(
            StageChoice(r.id, r.name, r.position)
            for r in s.execute(
                select(m.Stage.id, m.Stage.name, m.Stage.position)
                .where(m.Stage.product_id == product_id)
                .order_by(m.Stage.position)
            )
        )
        titles: dict[str, str] = {}
        # Ordered by stage, so a key's title is the one of its latest stage.
        for key, title in s.execute(
            select(m.Task.key, m.Task.title)
            .join(m.Study, m.Study.id == m.Task.study_id)
            .join(m.Stage, m.Stage.id == m.Study.stage_id)
            .where(m.Stage.product_id == product_id)
            .order_by(m.Stage.position, m.Study.starts_on, m.Task.position)
        ):
            titles[key] = title
        staff = tuple(
            StaffChoice(staff_id, name)
            for staff_id, name in s.execute(
                select(m.Staff.id, m.Staff.name).order_by(m.Staff.name, m.Staff.email)
            )
        )
        name = product.name
    tasks = tuple(TaskChoice(key, titles[key]) for key in sorted(titles))
    return FindingChoices(product_id, name, stages, tasks, staff)


def session_evidence(db: Database, session_id: uuid.UUID) -> SessionEvidence:
    """A session's observations by time, with its product, stage and participant."""
    with db.session_factory() as s:
        found = s.execute(
            select(m.Session.starts_at, m.Participant.code, m.Stage.id, m.Stage.name,
                   m.Product.id, m.Product.name)
            .join(m.Study, m.Study.id == m.Session.study_id)
            .join(m.Stage, m.Stage.id == m.Study.stage_id)
            .join(m.Product, m.Product.id == m.Stage.product_id)
            .outerjoin(m.Participant, m.Participant.id == m.Session.participant_id)
            .where(m.Session.id == session_id)
        ).first()  # fmt: skip
        if found is None:
            raise NotFound("That session no longer exists.")
        starts_at, code, stage_id, stage, product_id, product = found
        observations = tuple(
            ObservationChoice(r.id, r.elapsed_seconds, r.text, r.key, r.title)
            for r in s.execute(
                select(m.Observation.id, m.Observation.elapsed_seconds, m.Observation.text,
                       m.Task.key, m.Task.title)
                .outerjoin(m.Task, m.Task.id == m.Observation.task_id)
                .where(m.Observation.session_id == session_id)
                .order_by(m.Observation.elapsed_seconds, m.Observation.noted_at)
            )
        )  # fmt: skip
    return SessionEvidence(session_id, product_id, product, stage_id, stage, code or "",
                           starts_at, observations)  # fmt: skip
