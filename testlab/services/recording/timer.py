"""The console's task timer, kept in the session row as it changes, so a crash loses none.

The console times on a monotonic clock; what is kept is the time timed when it was
written and, for a running timer, the instant it was written (UTC), so a console that
reopens after a crash goes on timing from there.  A timer the facilitator paused or
stopped is given back as it was.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from testlab import model as m
from testlab.clock import utc_instant
from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.services.recording.guard import recordable_session, session_raced
from testlab.services.writes import write_unit


class KeptState(StrEnum):
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"


@dataclass(frozen=True)
class KeptTimer:
    """A task timer as kept: the task, its state, and the time timed as of ``at``."""

    task_id: uuid.UUID
    state: KeptState
    milliseconds: int

    @property
    def running(self) -> bool:
        return self.state == KeptState.RUNNING


def keep_timer(
    db: Database, session_id: uuid.UUID, task_id: uuid.UUID | None,
    state: KeptState | str | None = None, milliseconds: int = 0, *,
    workstation: str | None = None, now: datetime | None = None,
) -> None:
    """Keep the task timer (``task_id`` None: no timer, e.g. a new task not started)."""
    instant = utc_instant(now)
    kept = KeptState(state) if task_id is not None and state is not None else None
    if task_id is not None and kept is None:
        raise InvalidInput("A kept timer needs its state.")
    if milliseconds < 0:
        raise InvalidInput("A timer cannot have run for less than no time.")
    with write_unit(db, lambda: session_raced(db, session_id)) as s:
        session = recordable_session(s, session_id, workstation)
        session.timer_task_id = task_id
        session.timer_state = kept.value if kept else None
        session.timer_ms = int(milliseconds) if kept else None
        session.timer_at = instant if kept else None


def kept_timer(session: m.Session, now: datetime) -> KeptTimer | None:
    """The session's kept timer as of ``now`` (a running one has gone on since it was kept)."""
    if session.timer_task_id is None or session.timer_state is None:
        return None
    milliseconds = session.timer_ms or 0
    state = KeptState(session.timer_state)
    if state == KeptState.RUNNING and session.timer_at is not None:
        milliseconds += max(0, int((now - session.timer_at).total_seconds() * 1000))
    return KeptTimer(session.timer_task_id, state, milliseconds)
