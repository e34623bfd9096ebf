"""Write an import plan with Core ``executemany``, and read attempts back for export.

Both run on a connection the service hands in, inside its one transaction: a
failure or a cancel part-way rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import aliased

from testlab.io import results_cells as cells
from testlab.io.results_validate import ImportCancelled, ImportPlan
from testlab.model import (
    Centre,
    Participant,
    Product,
    Room,
    Session,
    Staff,
    Stage,
    Study,
    Task,
    TaskAttempt,
)

BATCH = 5000  # rows per executemany: progress and cancel points within the one transaction


def write_plan(connection: Connection, plan: ImportPlan, *, done: int, total: int,
               progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None) -> None:
    """Insert the plan's participants, sessions and attempts (parents first)."""
    tables: tuple[tuple[Any, list[dict[str, Any]]], ...] = (
        (Participant.__table__, plan.participants),
        (Session.__table__, plan.sessions),
        (TaskAttempt.__table__, plan.attempts),
    )
    written = 0
    for table, rows in tables:
        for start in range(0, len(rows), BATCH):
            if cancelled is not None and cancelled():
                raise ImportCancelled
            batch = rows[start:start + BATCH]
            connection.execute(insert(table), batch)
            if table is TaskAttempt.__table__:
                written += len(batch)
                if progress is not None:
                    progress(done + written, total)


def export_query(product: str | None, stage: str | None) -> Select[Any]:
    """Every attempt (optionally of one product and/or stage name) with what a row shows."""
    room = aliased(Room)
    query = (
        select(
            Centre.code, Centre.time_zone, Product.name, Stage.position, Stage.name,
            Study.title, Task.key, Task.position, Participant.code, Session.starts_at,
            TaskAttempt.outcome, TaskAttempt.seconds, TaskAttempt.rating, TaskAttempt.errors,
            TaskAttempt.assists, TaskAttempt.notes, Staff.email, room.name,
            Session.device_kind, Session.device_model, Session.device_os, Session.network,
            Session.setting,
        )
        .select_from(TaskAttempt)
        .join(Session, Session.id == TaskAttempt.session_id)
        .join(Task, Task.id == TaskAttempt.task_id)
        .join(Study, Study.id == Session.study_id)
        .join(Stage, Stage.id == Study.stage_id)
        .join(Product, Product.id == Stage.product_id)
        .join(Centre, Centre.id == Session.centre_id)
        .outerjoin(Participant, Participant.id == Session.participant_id)
        .outerjoin(Staff, Staff.id == Session.facilitator_id)
        .outerjoin(room, room.id == Session.room_id)
    )
    if product is not None:
        query = query.where(Product.name == product)
    if stage is not None:
        query = query.where(Stage.name == stage)
    return query


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def format_rows(records: Sequence[Any]) -> list[list[str]]:
    """Export rows in COLUMNS order, sorted in Python so both backends give the same bytes.

    Order: product, stage position, study, centre, session start (UTC),
    participant, task position, task key; then the whole row as a tie-break.
    """
    zones: dict[str, ZoneInfo] = {}
    keyed: list[tuple[tuple[Any, ...], list[str]]] = []
    for r in records:
        (centre, tz_name, product, stage_pos, stage, study, key, task_pos, participant, start,
         outcome, seconds, rating, errors, assists, notes, email, room, kind, model, os_,
         network, setting) = r
        tz = zones.get(tz_name) or zones.setdefault(tz_name, cells.zone(tz_name))
        row = [
            centre, product, stage, study, key, _text(participant), cells.format_start(start, tz),
            str(outcome.value), cells.format_seconds(seconds), _text(rating), str(errors),
            str(assists), notes or "", _text(email), _text(room),
            _text(kind.value if kind else None), _text(model), _text(os_),
            _text(network.value if network else None), _text(setting.value if setting else None),
        ]
        sort_key = (product, stage_pos, study, centre, start, participant or "", task_pos, key)
        keyed.append((sort_key, row))
    keyed.sort()
    return [row for _key, row in keyed]
