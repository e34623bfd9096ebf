"""What the Setup screens list: every centre, member of staff, product and study, as records.

A network is tens of centres and products and a few hundred staff, so one read
(a handful of queries, no per-row query) gives the Setup section everything it
shows; the records are the same frozen classes the setup services return.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from testlab import model as m
from testlab.db.database import Database
from testlab.services.setup.centres import CentreRecord, Hours, RoomRecord
from testlab.services.setup.products import ProductRecord, StageRecord
from testlab.services.setup.staff import StaffRecord
from testlab.services.setup.studies import StudyRecord
from testlab.services.setup.tasks import TaskRecord


@dataclass(frozen=True)
class StudyEntry:
    """A study with where it sits (product, stage) and its tasks in order."""

    study: StudyRecord
    product_id: uuid.UUID
    product_name: str
    stage_name: str
    stage_position: int
    tasks: tuple[TaskRecord, ...]


@dataclass(frozen=True)
class SetupLists:
    """Everything the Setup section lists, each sorted as it is shown."""

    centres: tuple[CentreRecord, ...]
    rooms: tuple[RoomRecord, ...]
    staff: tuple[StaffRecord, ...]
    products: tuple[ProductRecord, ...]
    studies: tuple[StudyEntry, ...]


def setup_lists(db: Database) -> SetupLists:
    """Centres (by code) with rooms, staff (by name), products (by name), studies (by stage)."""
    with db.session_factory.begin() as s:
        return SetupLists(_centres(s), _rooms(s), _staff(s), _products(s), _studies(s))


def _centres(s: OrmSession) -> tuple[CentreRecord, ...]:
    centres = s.scalars(select(m.Centre).options(selectinload(m.Centre.hours),
                                                 selectinload(m.Centre.closed_days))
                        .order_by(m.Centre.code))
    return tuple(CentreRecord(
        c.id, c.code, c.name, c.city, c.country, c.time_zone,
        tuple(Hours(h.weekday, h.opens, h.closes) for h in sorted(c.hours,
                                                                   key=lambda h: h.weekday)),
        tuple(sorted(day.day for day in c.closed_days))) for c in centres)


def _rooms(s: OrmSession) -> tuple[RoomRecord, ...]:
    rows = s.scalars(select(m.Room).order_by(m.Room.centre_id, m.Room.name))
    return tuple(RoomRecord(r.id, r.centre_id, r.name, r.kind) for r in rows)


def _staff(s: OrmSession) -> tuple[StaffRecord, ...]:
    people = s.scalars(select(m.Staff).options(selectinload(m.Staff.role_rows))
                       .order_by(m.Staff.name, m.Staff.email))
    return tuple(StaffRecord(p.id, p.name, p.email, tuple(sorted(p.roles)), p.home_centre_id,
                             p.active) for p in people)


def _products(s: OrmSession) -> tuple[ProductRecord, ...]:
    products = s.scalars(select(m.Product).options(selectinload(m.Product.stages))
                         .order_by(m.Product.name))
    return tuple(ProductRecord(
        p.id, p.name, p.description, p.owner_id,
        tuple(StageRecord(st.id, st.product_id, st.position, st.kind, st.name)
              for st in sorted(p.stages, key=lambda st: st.position))) for p in products)


def _studies(s: OrmSession) -> tuple[StudyEntry, ...]:
    studies = s.scalars(
        select(m.Study).join(m.Stage, m.Stage.id == m.Study.stage_id)
        .join(m.Product, m.Product.id == m.Stage.product_id)
        .options(selectinload(m.Study.tasks), selectinload(m.Study.centres),
                 selectinload(m.Study.stage).selectinload(m.Stage.product))
        .order_by(m.Product.name, m.Stage.position, m.Study.title))
    entries = []
    for st in studies:
        record = StudyRecord(st.id, st.stage_id, st.title, st.objectives, st.method,
                             st.starts_on, st.ends_on, st.status,
                             tuple(sorted((c.centre_id, c.planned_sample) for c in st.centres)))
        tasks = tuple(TaskRecord(t.id, t.study_id, t.position, t.key, t.title, t.scenario,
                                 t.success_criteria, t.target_seconds)
                      for t in sorted(st.tasks, key=lambda t: t.position))
        entries.append(StudyEntry(record, st.stage.product_id, st.stage.product.name,
                                  st.stage.name, st.stage.position, tasks))
    return tuple(entries)
