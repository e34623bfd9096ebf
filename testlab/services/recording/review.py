"""Reviewing what a session recorded: its attempts with task titles and who last changed
them, and each attempt's corrections with the previous values and who made them.

The read side of corrections (``correct_attempt`` is the write side): a member
of staff sees the values as they stand and how they came to be, with names
rather than ids, in one short unit of work per call.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import NotFound
from testlab.services.recording.attempts import AttemptInfo, attempt_info


@dataclass(frozen=True)
class AttemptRow:
    """One recorded attempt as it stands, with its task and its last change."""

    attempt: AttemptInfo
    task_position: int
    task_title: str
    changed_by_name: str | None  # the last correction's author, else who recorded it
    changed_at: datetime  # aware, UTC

    @property
    def id(self) -> uuid.UUID:
        return self.attempt.id

    @property
    def corrected(self) -> bool:
        return self.attempt.revisions > 0


@dataclass(frozen=True)
class SessionRecord:
    """A session's header and its attempts in the study's task order."""

    session_id: uuid.UUID
    participant_code: str | None
    study_title: str
    product_name: str
    centre_code: str
    time_zone: str
    starts_at: datetime
    status: m.SessionStatus
    tasks_total: int
    attempts: tuple[AttemptRow, ...]


@dataclass(frozen=True)
class HistoryEntry:
    """One correction: the attempt's values before it, who made it, when and why."""

    changed_at: datetime  # aware, UTC
    changed_by_name: str | None
    reason: str
    outcome: m.Outcome | None
    seconds: float | None
    rating: int | None
    errors: int | None
    assists: int | None
    notes: str
    set_by_name: str | None  # who had entered the replaced values (recorder or corrector)


def _names(s: OrmSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    rows = s.execute(select(m.Staff.id, m.Staff.name).where(m.Staff.id.in_(ids))).all()
    return {staff_id: name for staff_id, name in rows}


def _changed_by(revision: m.AttemptRevision | None) -> uuid.UUID | None:
    """Who made the correction, if there is one."""
    return revision.changed_by_id if revision else None


def session_record(db: Database, session_id: uuid.UUID) -> SessionRecord:
    """The session's attempts, in task order, with who last changed each and when."""
    with db.session_factory.begin() as s:
        session = s.scalar(
            select(m.Session).where(m.Session.id == session_id).options(
                selectinload(m.Session.centre), selectinload(m.Session.participant),
                selectinload(m.Session.study).selectinload(m.Study.tasks),
                selectinload(m.Session.study).selectinload(m.Study.stage)
                .selectinload(m.Stage.product)))
        if session is None:
            raise NotFound("That session no longer exists.")
        tasks = {t.id: t for t in session.study.tasks}
        attempts = s.scalars(
            select(m.TaskAttempt).where(m.TaskAttempt.session_id == session_id)
            .options(selectinload(m.TaskAttempt.revisions))).all()
        last = {a.id: max(a.revisions, key=lambda r: r.changed_at, default=None)
                for a in attempts}
        names = _names(s, {who for a in attempts for who in (
            a.recorded_by_id, _changed_by(last[a.id])) if who})
        rows = []
        for a in attempts:
            task, revision = tasks[a.task_id], last[a.id]
            who = revision.changed_by_id if revision else a.recorded_by_id
            rows.append(AttemptRow(
                attempt_info(a), task.position, task.title, names.get(who) if who else None,
                revision.changed_at if revision else a.recorded_at))
        rows.sort(key=lambda row: row.task_position)
        return SessionRecord(
            session_id=session.id,
            participant_code=session.participant.code if session.participant else None,
            study_title=session.study.title, product_name=session.study.stage.product.name,
            centre_code=session.centre.code, time_zone=session.centre.time_zone,
            starts_at=session.starts_at, status=session.status, tasks_total=len(tasks),
            attempts=tuple(rows))


def _outcome(value: Any) -> m.Outcome | None:
    try:
        return m.Outcome(value)
    except ValueError:
        return None


def _staff_id(value: Any) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None


def attempt_history(db: Database, attempt_id: uuid.UUID) -> list[HistoryEntry]:
    """An attempt's corrections, newest first, with the values each one replaced."""
    with db.session_factory.begin() as s:
        attempt = s.get(m.TaskAttempt, attempt_id)
        if attempt is None:
            raise NotFound("That attempt no longer exists.")
        revisions = s.scalars(
            select(m.AttemptRevision).where(m.AttemptRevision.attempt_id == attempt_id)
            .order_by(m.AttemptRevision.changed_at, m.AttemptRevision.id)).all()
        # The values a correction replaced were entered by the correction before it,
        # or, for the first one, by whoever recorded the attempt.
        setters = [attempt.recorded_by_id] + [r.changed_by_id for r in revisions[:-1]]
        if revisions:
            setters[0] = _staff_id(revisions[0].previous.get("recorded_by_id"))
        names = _names(s, {r.changed_by_id for r in revisions if r.changed_by_id}
                       | {who for who in setters if who})
        entries = [
            HistoryEntry(
                changed_at=r.changed_at,
                changed_by_name=names.get(r.changed_by_id) if r.changed_by_id else None,
                reason=r.reason, outcome=_outcome(r.previous.get("outcome")),
                seconds=r.previous.get("seconds"), rating=r.previous.get("rating"),
                errors=r.previous.get("errors"), assists=r.previous.get("assists"),
                notes=r.previous.get("notes") or "",
                set_by_name=names.get(setter) if setter else None)
            for r, setter in zip(revisions, setters, strict=False)
        ]
        return entries[::-1]
