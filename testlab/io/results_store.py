"""Write an import plan with Core ``executemany``, and read attempts back for export.

Both run on a connection the service hands in, inside its one transaction: a
failure or a cancel part-way rolls everything back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Select, Table, column, insert, select
from sqlalchemy import table as table_clause
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import aliased
from sqlalchemy.sql.expression import TableClause

from testlab.io import results_cells as cells
from testlab.io.results_match import ImportCancelled, ImportPlan
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
from testlab.model.base import Base
from testlab.progress import CancelCheck, Progress, stop_if_cancelled
from testlab.scheduling.zones import zone

BATCH = 5000  # rows per executemany: progress and cancel points within the one transaction
# Columns whose values are unique per row: processed directly, not through a memo.
_UNIQUE = {"id", "code", "notes", "seconds"}


def _native(table: Table, rows: list[dict[str, Any]],
            dialect: Dialect) -> tuple[TableClause, list[dict[str, Any]]]:
    """``rows`` converted (in place) by the columns' own bind processors, and an untyped
    twin of ``table`` to insert them with.

    Core would run each column type's processor for every row; a results file
    repeats the same session, task, outcome and timestamp across thousands of
    rows, so each distinct value is processed once here, and the insert goes
    through a typeless ``table()`` construct that does no further processing.
    """
    names = list(rows[0]) if rows else []
    # Python-side scalar defaults (planned_minutes=60, consent flags...) that Core would add.
    defaults = {
        col.name: col.default.arg  # type: ignore[attr-defined]
        for col in table.columns
        if col.name not in names and col.default is not None and col.default.is_scalar
    }
    names += list(defaults)
    converters: dict[str, Callable[[Any], Any]] = {}
    for name in names:
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is None:
            continue
        if name in _UNIQUE:
            converters[name] = process
        else:
            memo: dict[Any, Any] = {}

            def convert(value: Any, _memo: dict[Any, Any] = memo,
                        _process: Callable[[Any], Any] = process) -> Any:
                try:
                    return _memo[value]
                except KeyError:
                    result = _memo[value] = _process(value)
                    return result

            converters[name] = convert
    # In place: the plan's rows are built for this insert and not used afterwards.
    items = tuple(converters.items())
    for row in rows:
        row.update(defaults)
        for name, to_db in items:
            value = row[name]
            if value is not None:
                row[name] = to_db(value)
    return table_clause(table.name, *(column(name) for name in names)), rows


def _table_of(model: type[Base]) -> Table:
    """The model's ``Table``: declarative types ``__table__`` as any ``FromClause``."""
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a single table.")
    return table


def write_plan(connection: Connection, plan: ImportPlan, *, done: int, total: int,
               progress: Progress | None = None,
               cancelled: CancelCheck | None = None) -> None:
    """Insert the plan's participants, sessions and attempts (parents first)."""
    tables: tuple[tuple[Table, list[dict[str, Any]]], ...] = (
        (_table_of(Participant), plan.participants),
        (_table_of(Session), plan.sessions),
        (_table_of(TaskAttempt), plan.attempts),
    )
    written = 0
    for table, rows in tables:
        for start in range(0, len(rows), BATCH):
            stop_if_cancelled(cancelled, ImportCancelled)
            untyped, batch = _native(table, rows[start:start + BATCH], connection.dialect)
            connection.execute(insert(untyped), batch)
            if table is TaskAttempt.__table__:
                written += len(batch)
                if progress is not None:
                    progress(done + written, total)


def export_query(product: str | None, stage: str | None) -> Select[*tuple[Any, ...]]:
    """Every attempt (optionally of one product and/or stage name) with what a row shows."""
    room = aliased(Room)
    query = (
        select(
            Centre.code, Centre.time_zone, Product.name, Stage.position, Stage.name,
            Study.title, Task.key, Task.position, Participant.code, Session.starts_at,
            TaskAttempt.outcome, TaskAttempt.seconds, TaskAttempt.rating, TaskAttempt.errors,
            TaskAttempt.assists, TaskAttempt.notes, Staff.email, room.name,
            Session.device_kind, Session.device_model, Session.device_os, Session.network,
            Session.setting, Session.start_date_only,
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
    keyed: list[tuple[tuple[Any, ...], list[str]]] = []
    for r in records:
        (centre, tz_name, product, stage_pos, stage, study, key, task_pos, participant, start,
         outcome, seconds, rating, errors, assists, notes, email, room, kind, model, os_,
         network, setting, date_only) = r
        tz = zone(tz_name)
        shown_start = (cells.format_date_only(start, tz) if date_only
                       else cells.format_start(start, tz))
        row = [
            centre, product, stage, study, key, _text(participant), shown_start,
            str(outcome.value), cells.format_seconds(seconds), _text(rating), str(errors),
            str(assists), notes or "", _text(email), _text(room),
            _text(kind.value if kind else None), _text(model), _text(os_),
            _text(network.value if network else None), _text(setting.value if setting else None),
        ]
        sort_key = (product, stage_pos, study, centre, start, participant or "", task_pos, key)
        keyed.append((sort_key, row))
    keyed.sort()
    return [row for _key, row in keyed]
