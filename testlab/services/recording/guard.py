"""Guards shared by every recording use case: is this session recordable, and by whom.

Nothing is recorded before check-in, nothing after the session ended, and a
PC whose lock was taken over (it slept past the stale limit) may not write.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import Conflict, NotFound, SessionLocked


def get_session(s: OrmSession, session_id: uuid.UUID) -> m.Session:
    """The session row, or ``NotFound``."""
    session = s.get(m.Session, session_id)
    if session is None:
        raise NotFound("The session no longer exists.")
    return session


def recordable_session(
    s: OrmSession, session_id: uuid.UUID, workstation: str | None
) -> m.Session:
    """The session if something may be recorded in it now (from ``workstation``, if given)."""
    session = get_session(s, session_id)
    if session.status == m.SessionStatus.SCHEDULED:
        raise Conflict("Check the participant in (consent confirmed) before recording anything.")
    if session.status not in (m.SessionStatus.CHECKED_IN, m.SessionStatus.RUNNING):
        raise Conflict(f"This session is {session.status.words}; "
                       "nothing more can be recorded in it.")
    if workstation is not None and session.open_on not in (None, workstation):
        raise SessionLocked(f"This session is now open on {session.open_on}; "
                            "this PC can no longer record in it.")
    return session


def check_staff(s: OrmSession, staff_id: uuid.UUID | None) -> None:
    """Refuse an unknown member of staff (``None`` means not recorded)."""
    if staff_id is not None and s.get(m.Staff, staff_id) is None:
        raise NotFound("That member of staff does not exist.")


def mark_running(session: m.Session, now: datetime) -> None:
    """A checked-in session starts running at its first recording (or when opened)."""
    if session.status == m.SessionStatus.CHECKED_IN:
        session.status = m.SessionStatus.RUNNING
        session.started_at = now


def session_raced(db: Database, session_id: uuid.UUID) -> str:
    """The message for a change that lost a race on the session row, with its state now."""
    with db.session_factory() as s:
        session = s.get(m.Session, session_id)
        if session is None:
            return "The session was deleted meanwhile; nothing was saved."
        state = session.status.value.replace("_", " ")
        where = f", open on {session.open_on}" if session.open_on else ""
    return (f"This session was changed at the same moment on another PC or window (it is now "
            f"{state}{where}); nothing was saved. Look at it again and repeat.")
