"""Task attempts: validated and committed the moment they are entered; corrected with history.

Validation happens here, before the database (whose CHECK constraints are the
last line), so the console and the command line refuse the same values with
the same message.
"""

from __future__ import annotations

import math
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, Final, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.clock import utc_instant
from testlab.db.database import Database
from testlab.errors import Conflict, InvalidInput, NotFound
from testlab.limits import MAX_COUNT, MAX_SECONDS, MAX_SECONDS_TEXT
from testlab.services.recording.guard import (
    check_staff,
    mark_running,
    recordable_session,
    session_raced,
)
from testlab.services.writes import NOT_SAVED, write_unit

FASTEST_PLAUSIBLE_SUCCESS: Final = 5.0  # seconds: a success quicker than this is likely a slip


class AttemptWarning(StrEnum):
    """A contradiction worth a second look; warned about, never refused (it may be true)."""

    SUCCESS_WITH_ASSISTS = "success_with_assists"
    SUCCESS_TOO_FAST = "success_too_fast"


@dataclass(frozen=True)
class AttemptInfo:
    """A recorded attempt as the console and corrections see it."""

    id: uuid.UUID
    session_id: uuid.UUID
    task_id: uuid.UUID
    outcome: m.Outcome
    seconds: float | None
    rating: int | None
    errors: int
    assists: int
    notes: str
    recorded_by_id: uuid.UUID | None
    recorded_at: datetime
    revisions: int
    version: int = 1  # give it back to ``correct_attempt``: a change made meanwhile is refused


def attempt_info(attempt: m.TaskAttempt) -> AttemptInfo:
    """The frozen view of an attempt row."""
    return AttemptInfo(
        attempt.id, attempt.session_id, attempt.task_id, attempt.outcome, attempt.seconds,
        attempt.rating, attempt.errors, attempt.assists, attempt.notes, attempt.recorded_by_id,
        attempt.recorded_at, len(attempt.revisions), attempt.version,
    )


def parse_duration(text: str) -> float:
    """Seconds from a typed time: "m:ss", "mm:ss", "h:mm:ss" or plain seconds ("95")."""
    value = (text or "").strip()
    match = re.fullmatch(r"(?:(\d{1,2}):)?(\d{1,3}):([0-5]\d)|(\d{1,5})", value)
    if not match:
        raise InvalidInput(f"“{value}” is not a time; type minutes:seconds, e.g. 1:35.")
    if match.group(4) is not None:
        seconds = float(match.group(4))
    else:
        seconds = int(match.group(1) or 0) * 3600 + int(match.group(2)) * 60 + int(match.group(3))
    if seconds <= 0:
        raise InvalidInput("A time on task must be more than 0:00.")
    if seconds > MAX_SECONDS:
        raise InvalidInput(f"A time on task over {MAX_SECONDS_TEXT} is surely a typing slip.")
    return float(seconds)


def format_duration(seconds: float | None) -> str:
    """"m:ss" (or "h:mm:ss"), rounded down to the second; "–" for no time."""
    if seconds is None:
        return "–"
    whole = int(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def validate_attempt(
    *, outcome: m.Outcome | str, seconds: float | None, rating: int | None, errors: int,
    assists: int,
) -> m.Outcome:
    """Refuse out-of-range values with a message for the user; returns the outcome."""
    try:
        result = m.Outcome(outcome)
    except ValueError:
        raise InvalidInput(f"“{outcome}” is not an outcome.") from None
    if seconds is None:
        if result != m.Outcome.SKIPPED:
            raise InvalidInput("Give the time on task (only a skipped task has none).")
    elif isinstance(seconds, bool) or not math.isfinite(seconds) or seconds <= 0:
        raise InvalidInput("A time on task must be more than 0 seconds.")
    elif seconds > MAX_SECONDS:
        raise InvalidInput(f"A time on task over {MAX_SECONDS_TEXT} is surely a typing slip.")
    if rating is not None and (isinstance(rating, bool) or rating not in range(1, 8)):
        raise InvalidInput("The ease rating is from 1 (very difficult) to 7 (very easy).")
    for name, count in (("errors", errors), ("assists", assists)):
        if isinstance(count, bool) or not isinstance(count, int) or not 0 <= count <= MAX_COUNT:
            raise InvalidInput(f"The number of {name} must be a whole number from 0 to {MAX_COUNT}.")
    return result


def attempt_warnings(
    outcome: m.Outcome | None, seconds: float | None, assists: int
) -> tuple[AttemptWarning, ...]:
    """The contradictions in what is entered: a plain success with assists counted, a
    success faster than ``FASTEST_PLAUSIBLE_SUCCESS``.  The console shows them inline."""
    found = []
    if outcome == m.Outcome.SUCCESS and assists > 0:
        found.append(AttemptWarning.SUCCESS_WITH_ASSISTS)
    if (outcome in (m.Outcome.SUCCESS, m.Outcome.SUCCESS_ASSISTED) and seconds is not None
            and 0 < seconds < FASTEST_PLAUSIBLE_SUCCESS):
        found.append(AttemptWarning.SUCCESS_TOO_FAST)
    return tuple(found)


def record_attempt(
    db: Database,
    session_id: uuid.UUID,
    task_id: uuid.UUID,
    *,
    outcome: m.Outcome | str,
    seconds: float | None,
    rating: int | None,
    errors: int,
    assists: int,
    notes: str,
    by: uuid.UUID | None,
    workstation: str | None = None,
    now: datetime | None = None,
) -> AttemptInfo:
    """Record one task's attempt, committed at once; a second one for the task is a Conflict."""
    result = validate_attempt(outcome=outcome, seconds=seconds, rating=rating, errors=errors,
                              assists=assists)
    instant = utc_instant(now)

    def raced() -> str:
        if _recorded_by_someone(db, session_id, task_id):
            return _already_recorded(db, task_id)
        return session_raced(db, session_id)

    with write_unit(db, raced) as s:
        session = recordable_session(s, session_id, workstation)
        task = s.get(m.Task, task_id)
        if task is None or task.study_id != session.study_id:
            raise NotFound("That task is not part of this session's study.")
        check_staff(s, by)
        existing = s.scalar(select(m.TaskAttempt.id).where(
            m.TaskAttempt.session_id == session_id, m.TaskAttempt.task_id == task_id))
        if existing is not None:
            raise Conflict(f"“{task.title}” is already recorded; correct it instead.")
        # Another PC or window may record the same task between this check and the
        # insert: the unique (session, task) key refuses the second, and write_unit
        # turns that into the Conflict above (raced).
        mark_running(session, instant)
        attempt = m.TaskAttempt(
            session_id=session_id, task_id=task_id, outcome=result,
            seconds=_kept(seconds), rating=rating, errors=errors,
            assists=assists, notes=(notes or "").strip(), recorded_by_id=by, recorded_at=instant,
        )
        s.add(attempt)
        s.flush()
        return attempt_info(attempt)


class _Unchanged:
    def __repr__(self) -> str:
        return "UNCHANGED"


UNCHANGED: Final[Any] = _Unchanged()
_FIELDS = ("outcome", "seconds", "rating", "errors", "assists", "notes")


_T = TypeVar("_T")


def _or_current(value: _T, current: _T) -> _T:
    """``current`` when the caller left ``value`` as ``UNCHANGED``, else ``value``."""
    return current if value is UNCHANGED else value


def _kept(seconds: float | None) -> float | None:
    """A valid time as the database keeps it: to the millisecond (see ``MillisecondSeconds``).

    Rounded here too so that what a service returns, and what a correction compares
    against the recorded value, is what is stored.
    """
    return None if seconds is None else m.to_millisecond(float(seconds))


def _previous(attempt: m.TaskAttempt) -> dict[str, Any]:
    return {
        "outcome": attempt.outcome.value, "seconds": _kept(attempt.seconds),
        "rating": attempt.rating,
        "errors": attempt.errors, "assists": attempt.assists, "notes": attempt.notes,
        "recorded_by_id": str(attempt.recorded_by_id) if attempt.recorded_by_id else None,
        "recorded_at": attempt.recorded_at.isoformat(),
    }


def correct_attempt(
    db: Database,
    attempt_id: uuid.UUID,
    *,
    by: uuid.UUID,
    reason: str,
    outcome: m.Outcome | str = UNCHANGED,
    seconds: float | None = UNCHANGED,
    rating: int | None = UNCHANGED,
    errors: int = UNCHANGED,
    assists: int = UNCHANGED,
    notes: str = UNCHANGED,
    version: int | None = None,
    now: datetime | None = None,
) -> AttemptInfo:
    """Correct a recorded attempt (even after the session), keeping its previous values.

    The previous values, who changed them and why go into an ``AttemptRevision``.
    ``version`` is the ``AttemptInfo.version`` the user was shown: if someone
    corrected the attempt since, or does so at the same moment, the correction is
    refused (``Conflict``) with what they changed; it is never silently lost.
    """
    if not (reason or "").strip():
        raise InvalidInput("Say why the attempt is corrected.")
    instant = utc_instant(now)
    with write_unit(db, lambda: changed_meanwhile(db, attempt_id)) as s:
        attempt = s.get(m.TaskAttempt, attempt_id)
        if attempt is None:
            raise NotFound("That attempt no longer exists.")
        if version is not None and attempt.version != version:
            raise Conflict(_change_told(s, attempt))
        if s.get(m.Staff, by) is None:
            raise NotFound("A correction needs the member of staff who makes it.")
        new_seconds = _or_current(seconds, attempt.seconds)
        new_rating = _or_current(rating, attempt.rating)
        new_errors = _or_current(errors, attempt.errors)
        new_assists = _or_current(assists, attempt.assists)
        new: dict[str, object] = {
            "outcome": validate_attempt(
                outcome=_or_current(outcome, attempt.outcome), seconds=new_seconds,
                rating=new_rating, errors=new_errors, assists=new_assists),
            "seconds": _kept(new_seconds), "rating": new_rating,
            "errors": new_errors, "assists": new_assists,
            "notes": (_or_current(notes, attempt.notes) or "").strip(),
        }
        if all(new[k] == getattr(attempt, k) for k in _FIELDS):
            raise InvalidInput("The correction changes nothing.")
        s.add(m.AttemptRevision(attempt_id=attempt.id, changed_by_id=by, changed_at=instant,
                                reason=reason.strip(), previous=_previous(attempt)))
        for key in _FIELDS:
            setattr(attempt, key, new[key])
        s.flush()
        s.refresh(attempt, ["revisions"])
        return attempt_info(attempt)


def _recorded_by_someone(db: Database, session_id: uuid.UUID, task_id: uuid.UUID) -> bool:
    with db.session_factory() as s:
        return s.scalar(select(m.TaskAttempt.id).where(
            m.TaskAttempt.session_id == session_id, m.TaskAttempt.task_id == task_id)) is not None


def _already_recorded(db: Database, task_id: uuid.UUID) -> str:
    with db.session_factory() as s:
        task = s.get(m.Task, task_id)
        title = task.title if task else "This task"
    return (f"“{title}” was recorded at the same moment on another PC or window; yours "
            f"was not saved ({NOT_SAVED}). Open the recorded results to see it, and correct "
            "it there if needed.")


def _shown(key: str, value: Any) -> str:
    if value is None:
        return "–"
    if key == "seconds":
        return format_duration(float(value))
    text = str(value)
    return f"“{text[:40]}{'…' if len(text) > 40 else ''}”" if key == "notes" else text


def _change_told(s: OrmSession, attempt: m.TaskAttempt) -> str:
    """What the latest correction of ``attempt`` changed, by whom: for the one refused."""
    latest = s.scalars(select(m.AttemptRevision).where(
        m.AttemptRevision.attempt_id == attempt.id).order_by(
        m.AttemptRevision.changed_at.desc(), m.AttemptRevision.id)).first()
    if latest is None:
        return f"This attempt was changed meanwhile; your correction was not saved ({NOT_SAVED})."
    who = s.get(m.Staff, latest.changed_by_id) if latest.changed_by_id else None
    current = {"outcome": attempt.outcome.value, "seconds": _kept(attempt.seconds),
               "rating": attempt.rating, "errors": attempt.errors, "assists": attempt.assists,
               "notes": attempt.notes}
    changes = "; ".join(
        f"{key}: {_shown(key, latest.previous.get(key))} → {_shown(key, value)}"
        for key, value in current.items() if latest.previous.get(key) != value)
    return (f"{who.name if who else 'Someone'} corrected this attempt meanwhile "
            f"({changes or 'same values'}; reason: {latest.reason}). Your correction was not "
            "saved; check the values now shown and correct again if needed.")


def changed_meanwhile(db: Database, attempt_id: uuid.UUID) -> str:
    """The message for a correction that lost a race: what the winner changed."""
    with db.session_factory() as s:
        attempt = s.get(m.TaskAttempt, attempt_id)
        if attempt is None:
            return f"That attempt was deleted meanwhile; {NOT_SAVED}."
        return _change_told(s, attempt)


@dataclass(frozen=True)
class RevisionInfo:
    """One correction of an attempt: the values before it, who made it, when and why."""

    previous: dict[str, Any]
    changed_by_id: uuid.UUID | None
    changed_at: datetime
    reason: str


def attempt_revisions(db: Database, attempt_id: uuid.UUID) -> list[RevisionInfo]:
    """An attempt's corrections, oldest first."""
    with db.session_factory.begin() as s:
        rows = s.scalars(select(m.AttemptRevision).where(
            m.AttemptRevision.attempt_id == attempt_id).order_by(m.AttemptRevision.changed_at))
        return [RevisionInfo(dict(r.previous), r.changed_by_id, r.changed_at, r.reason)
                for r in rows]


def attempts_of(s: OrmSession, session_id: uuid.UUID) -> list[AttemptInfo]:
    """A session's attempts (inside a caller's unit of work)."""
    rows = s.scalars(select(m.TaskAttempt).where(m.TaskAttempt.session_id == session_id))
    return [attempt_info(a) for a in rows]
