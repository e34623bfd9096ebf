"""Products as the window and the command line see them: the catalogue and one product's path.

Counts are computed in SQL (GROUP BY), never by loading sessions into Python.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from testlab.db.database import Database
from testlab.errors import NotFound
from testlab.model import (
    Centre,
    Product,
    Session,
    SessionStatus,
    Staff,
    Stage,
    StageKind,
    Study,
    StudyCentre,
    StudyMethod,
    StudyStatus,
    Task,
)
from testlab.services.network import contains_folded

# A stage is where a product "is" once one of its studies has started.
_STARTED = (StudyStatus.RUNNING, StudyStatus.CLOSED)


@dataclass(frozen=True)
class ProductRow:
    """One line of the product list."""

    id: uuid.UUID
    name: str
    owner: str | None
    stages: int
    current_stage: str | None
    current_stage_kind: StageKind | None
    studies: int
    sessions: int
    completed_sessions: int


@dataclass(frozen=True)
class StudyCentreInfo:
    """A centre taking part in a study, with its planned number of participants."""

    code: str
    name: str
    planned_sample: int


@dataclass(frozen=True)
class StudyInfo:
    """One study of a stage, with its size and how far it has got."""

    id: uuid.UUID
    title: str
    method: StudyMethod
    starts_on: date
    ends_on: date
    status: StudyStatus
    centres: tuple[StudyCentreInfo, ...]
    tasks: int
    completed_sessions: int

    @property
    def planned_sample(self) -> int:
        """Participants planned over all centres."""
        return sum(centre.planned_sample for centre in self.centres)


@dataclass(frozen=True)
class StageInfo:
    """A stage of a product, in order, with its studies."""

    id: uuid.UUID
    position: int
    kind: StageKind
    name: str
    studies: tuple[StudyInfo, ...]


@dataclass(frozen=True)
class ProductDetail:
    """A product and its stages in order, each with its studies."""

    id: uuid.UUID
    name: str
    description: str
    owner: str | None
    stages: tuple[StageInfo, ...]


def list_products(db: Database, search: str = "") -> list[ProductRow]:
    """Products whose name or owner contains ``search`` (any case), by name, with counts."""
    with db.session_factory.begin() as s:
        query = (
            select(Product.id, Product.name, Staff.name)
            .outerjoin(Staff, Staff.id == Product.owner_id)
            .order_by(Product.name)
        )
        condition = contains_folded(s.connection(), search, Product.name, Staff.name)
        if condition is not None:
            query = query.where(condition)
        products = s.execute(query).all()
        if not products:
            return []
        stages = _stages_by_product(s)
        studies = dict(
            s.execute(
                select(Stage.product_id, func.count(Study.id))
                .join(Study, Study.stage_id == Stage.id)
                .group_by(Stage.product_id)
            ).all()
        )
        sessions: dict[uuid.UUID, tuple[int, int]] = {}
        for product_id, total, completed in s.execute(
            select(
                Stage.product_id,
                func.count(Session.id),
                func.count(Session.id).filter(Session.status == SessionStatus.COMPLETED),
            )
            .join(Study, Study.stage_id == Stage.id)
            .join(Session, Session.study_id == Study.id)
            .group_by(Stage.product_id)
        ):
            sessions[product_id] = (total, completed)
    rows = []
    for product_id, name, owner in products:
        own_stages = stages.get(product_id, [])
        current = _current_stage(own_stages)
        total, completed = sessions.get(product_id, (0, 0))
        rows.append(
            ProductRow(
                id=product_id,
                name=name,
                owner=owner,
                stages=len(own_stages),
                current_stage=current[1] if current else None,
                current_stage_kind=current[2] if current else None,
                studies=studies.get(product_id, 0),
                sessions=total,
                completed_sessions=completed,
            )
        )
    return rows


def product_detail(db: Database, product_id: uuid.UUID) -> ProductDetail:
    """A product's stages in order with their studies, centres, tasks and sessions done."""
    with db.session_factory.begin() as s:
        head = s.execute(
            select(Product.name, Product.description, Staff.name)
            .outerjoin(Staff, Staff.id == Product.owner_id)
            .where(Product.id == product_id)
        ).first()
        if head is None:
            raise NotFound(f"No product with id {product_id}.")
        stage_rows = s.execute(
            select(Stage.id, Stage.position, Stage.kind, Stage.name)
            .where(Stage.product_id == product_id)
            .order_by(Stage.position)
        ).all()
        study_rows = s.execute(
            select(Study.id, Study.stage_id, Study.title, Study.method, Study.starts_on,
                   Study.ends_on, Study.status)
            .join(Stage, Stage.id == Study.stage_id)
            .where(Stage.product_id == product_id)
            .order_by(Study.starts_on, Study.title)
        ).all()
        study_ids = [row.id for row in study_rows]
        centres: dict[uuid.UUID, list[StudyCentreInfo]] = defaultdict(list)
        for study_id, code, name, planned in s.execute(
            select(StudyCentre.study_id, Centre.code, Centre.name, StudyCentre.planned_sample)
            .join(Centre, Centre.id == StudyCentre.centre_id)
            .where(StudyCentre.study_id.in_(study_ids))
            .order_by(Centre.code)
        ):
            centres[study_id].append(StudyCentreInfo(code, name, planned))
        tasks = dict(
            s.execute(
                select(Task.study_id, func.count(Task.id))
                .where(Task.study_id.in_(study_ids))
                .group_by(Task.study_id)
            ).all()
        )
        done = dict(
            s.execute(
                select(Session.study_id, func.count(Session.id))
                .where(Session.study_id.in_(study_ids),
                       Session.status == SessionStatus.COMPLETED)
                .group_by(Session.study_id)
            ).all()
        )
    by_stage: dict[uuid.UUID, list[StudyInfo]] = defaultdict(list)
    for row in study_rows:
        by_stage[row.stage_id].append(
            StudyInfo(
                id=row.id, title=row.title, method=row.method, starts_on=row.starts_on,
                ends_on=row.ends_on, status=row.status, centres=tuple(centres[row.id]),
                tasks=tasks.get(row.id, 0), completed_sessions=done.get(row.id, 0),
            )
        )
    stages = tuple(
        StageInfo(stage_id, position, kind, name, tuple(by_stage[stage_id]))
        for stage_id, position, kind, name in stage_rows
    )
    name, description, owner = head
    return ProductDetail(product_id, name, description, owner, stages)


_StageKey = tuple[int, str, StageKind, bool]


def _stages_by_product(s: OrmSession) -> dict[uuid.UUID, list[_StageKey]]:
    """Every product's stages in order: (position, name, kind, has a started study)."""
    started = (
        select(Study.id)
        .where(Study.stage_id == Stage.id, Study.status.in_(_STARTED))
        .exists()
    )
    result: dict[uuid.UUID, list[_StageKey]] = defaultdict(list)
    for product_id, position, name, kind, has_started in s.execute(
        select(Stage.product_id, Stage.position, Stage.name, Stage.kind, started)
        .order_by(Stage.product_id, Stage.position)
    ):
        result[product_id].append((position, name, kind, bool(has_started)))
    return result


def _current_stage(stages: list[_StageKey]) -> _StageKey | None:
    """The last stage with a started study; before any, the first stage."""
    started = [stage for stage in stages if stage[3]]
    if started:
        return started[-1]
    return stages[0] if stages else None
