"""Booking and changing sessions: every check at once, and only one of two racing bookings wins.

A booking's checks (room, facilitator, participant, opening hours, cool-down, local
time) read the sessions around the new slot.  Two lab PCs booking the same room or
facilitator at the same moment must not both pass those reads, so the reads and the
write run under a database lock: on PostgreSQL transaction-level advisory locks on
the room, the facilitator and the participant (taken in one order, so never a
deadlock); on SQLite the file's write lock, taken before the first read.  The loser
waits, then reads the winner's session and is refused with the clash message.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.clock import utc_instant
from testlab.db.database import Database
from testlab.errors import BookingRefused, Conflict, InvalidInput
from testlab.scheduling.opening_hours import week_of
from testlab.scheduling.slots import (
    MAX_MINUTES,
    Slot,
    hours_problem,
    local_start_problem,
    slot_of,
    to_instant,
)
from testlab.services.recording.guard import get_session, session_raced
from testlab.services.writes import write_unit

COOLDOWN_DAYS = 90
# Sessions that no longer hold their room, facilitator or participant.
FREED = (m.SessionStatus.CANCELLED, m.SessionStatus.NO_SHOW)


@dataclass(frozen=True)
class Booking:
    """What to book, as the user gives it: names and codes, the start in the centre's local time."""

    centre_code: str
    room_name: str
    local_start: datetime
    minutes: int
    study_title: str
    facilitator_email: str
    participant_code: str | None = None
    fold: int | None = None
    outside_hours: bool = False


@dataclass(frozen=True)
class BookedSession:
    """A booked session: its id, exact instant, the centre's local start and its revision."""

    id: uuid.UUID
    starts_at: datetime
    local_start: datetime
    minutes: int
    centre_code: str
    room_name: str
    status: m.SessionStatus
    outside_hours: bool
    revision: int


@dataclass(frozen=True)
class _Resolved:
    centre: m.Centre
    room: m.Room
    study: m.Study
    facilitator: m.Staff
    participant: m.Participant | None
    slot: Slot


def book(db: Database, booking: Booking, *, cooldown_days: int = COOLDOWN_DAYS) -> BookedSession:
    """Book a session; every problem is reported at once (``BookingRefused``), nothing saved."""
    with write_unit(db, lambda: _raced_booking(db, booking, cooldown_days)) as s:
        serialise(s, [booking])
        return book_in(s, booking, cooldown_days)


def book_in(s: OrmSession, booking: Booking, cooldown_days: int) -> BookedSession:
    """Check and add one booking inside the caller's locked unit of work (``serialise`` first)."""
    resolved = _check(s, booking, cooldown_days, ignore=None)
    session = m.Session(
        study_id=resolved.study.id, centre_id=resolved.centre.id, room_id=resolved.room.id,
        facilitator_id=resolved.facilitator.id,
        participant_id=resolved.participant.id if resolved.participant else None,
        starts_at=resolved.slot.start, planned_minutes=booking.minutes,
        status=m.SessionStatus.SCHEDULED, outside_hours=booking.outside_hours,
    )
    s.add(session)
    s.flush()
    return _booked(session, resolved.centre, resolved.room)


def reschedule(
    db: Database, session_id: uuid.UUID, booking: Booking, *,
    cooldown_days: int = COOLDOWN_DAYS,
) -> BookedSession:
    """Move or edit a scheduled session with the same checks as a booking (itself excluded)."""
    with write_unit(db, lambda: session_raced(db, session_id)) as s:
        serialise(s, [booking])
        session = get_session(s, session_id)
        if session.status not in (m.SessionStatus.SCHEDULED, m.SessionStatus.CHECKED_IN):
            raise Conflict(f"This session is {session.status.words}; it cannot be rescheduled.")
        resolved = _check(s, booking, cooldown_days, ignore=session_id)
        session.study_id = resolved.study.id
        session.centre_id = resolved.centre.id
        session.room_id = resolved.room.id
        session.facilitator_id = resolved.facilitator.id
        session.participant_id = resolved.participant.id if resolved.participant else None
        session.starts_at = resolved.slot.start
        session.planned_minutes = booking.minutes
        session.outside_hours = booking.outside_hours
        s.flush()
        return _booked(session, resolved.centre, resolved.room)


def cancel(db: Database, session_id: uuid.UUID) -> BookedSession:
    """Cancel a scheduled or checked-in session (it stays, as cancelled, for calendars)."""
    return _set_status(db, session_id, m.SessionStatus.CANCELLED, None)


def mark_no_show(db: Database, session_id: uuid.UUID, *, now: datetime | None = None) -> BookedSession:
    """Mark that the participant did not come; only once the session's start has passed."""
    return _set_status(db, session_id, m.SessionStatus.NO_SHOW, utc_instant(now))


def _set_status(
    db: Database, session_id: uuid.UUID, status: m.SessionStatus, now: datetime | None
) -> BookedSession:
    with write_unit(db, lambda: session_raced(db, session_id)) as s:
        session = get_session(s, session_id)
        if session.status == status:
            raise Conflict(f"This session is already {status.words}.")
        if session.status not in (m.SessionStatus.SCHEDULED, m.SessionStatus.CHECKED_IN):
            raise Conflict(f"This session is {session.status.words}; "
                           f"it cannot be marked {status.words}.")
        if now is not None and session.starts_at > now:
            raise Conflict("This session has not started yet; it cannot be marked no show.")
        session.status = status
        s.flush()
        room = s.get(m.Room, session.room_id) if session.room_id else None
        return _booked(session, session.centre, room)


def _booked(session: m.Session, centre: m.Centre, room: m.Room | None) -> BookedSession:
    from testlab.scheduling.zones import zone

    return BookedSession(
        id=session.id, starts_at=session.starts_at,
        local_start=session.starts_at.astimezone(zone(centre.time_zone)),
        minutes=session.planned_minutes, centre_code=centre.code,
        room_name=room.name if room else "", status=session.status,
        outside_hours=session.outside_hours, revision=session.version,
    )


def _lock_key(value: str) -> int:
    """A signed 64-bit advisory lock key for a room, facilitator or participant."""
    digest = uuid.uuid5(uuid.NAMESPACE_URL, value).bytes
    return int.from_bytes(digest[:8], "big", signed=True)


def serialise(s: OrmSession, bookings: Sequence[Booking]) -> None:
    """Take the database lock under which bookings' checks and their writes run as one."""
    hold(s, [(b.centre_code, b.room_name, b.facilitator_email, b.participant_code or "")
             for b in bookings])


def hold(s: OrmSession, holders: Sequence[tuple[str, str | None, str | None, str | None]]) -> None:
    """Lock (centre code, room, facilitator e-mail, participant code) for this transaction.

    Every writer that puts a session in a room or with a facilitator takes it: a booking,
    a reschedule, the CSV import and a walk-in, so none of them can slip between
    another's checks and its write.  On SQLite the file's write lock is taken whatever
    ``holders`` says: call it before the transaction's first read.
    """
    if s.get_bind().dialect.name == "postgresql":
        keys = set()
        for centre_code, room_name, facilitator_email, participant_code in holders:
            if room_name is not None:
                keys.add(_lock_key(f"room:{centre_code.strip().upper()}:{room_name.strip()}"))
            if facilitator_email is not None:
                keys.add(_lock_key(f"staff:{facilitator_email.strip().lower()}"))
            if participant_code is not None:
                keys.add(_lock_key(f"participant:{participant_code.strip().upper()}"))
        for key in sorted(keys):  # one order everywhere: never a deadlock
            s.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
    else:
        # A write statement first: SQLite takes the file's write lock now (waiting for
        # another booking to commit), so the reads below already see its session.
        s.execute(text("DELETE FROM sessions WHERE 0 = 1"))


def room_clashes(s: OrmSession, slot: Slot, centre: m.Centre, room: m.Room) -> list[str]:
    """The sessions already holding ``room`` during ``slot`` (a walk-in's check), as messages."""
    return _clashes(s, slot, centre, room, None, None, None)


def _raced_booking(db: Database, booking: Booking, cooldown_days: int) -> str:
    """After a lost race, the checks again: the clash the other booking made."""
    try:
        with db.session_factory() as s:
            _check(s, booking, cooldown_days, ignore=None)
    except BookingRefused as exc:
        return exc.message
    return "Another booking was saved at the same moment; nothing was saved. Try again."


def _check(
    s: OrmSession, booking: Booking, cooldown_days: int, *, ignore: uuid.UUID | None
) -> _Resolved:
    """Resolve the names and run every check; raise ``BookingRefused`` listing all problems."""
    problems: list[str] = []
    code = booking.centre_code.strip().upper()
    centre = s.scalar(select(m.Centre).where(m.Centre.code == code))
    room = study = facilitator = participant = None
    if centre is None:
        problems.append(f"there is no centre with the code {code or '(empty)'}")
    else:
        room = s.scalar(select(m.Room).where(m.Room.centre_id == centre.id,
                                             m.Room.name == booking.room_name.strip()))
        if room is None:
            problems.append(f"{code} has no room named {booking.room_name.strip() or '(empty)'}")
    study = s.scalar(select(m.Study).where(m.Study.title == booking.study_title.strip()))
    if study is None:
        problems.append(f"there is no study titled {booking.study_title.strip() or '(empty)'}")
    email = booking.facilitator_email.strip().lower()
    facilitator = s.scalar(select(m.Staff).where(m.Staff.email == email))
    if facilitator is None:
        problems.append(f"there is no member of staff with the e-mail {email or '(empty)'}")
    elif not facilitator.active:
        problems.append(f"{facilitator.name} ({email}) no longer works here")
    if booking.participant_code:
        pcode = booking.participant_code.strip().upper()
        participant = s.scalar(select(m.Participant).where(m.Participant.code == pcode))
        if participant is None:
            problems.append(f"there is no participant with the code {pcode}")
    if not 0 < booking.minutes <= MAX_MINUTES:
        problems.append(f"a session lasts 1 to {MAX_MINUTES} minutes, not {booking.minutes}")
    if cooldown_days < 0:
        raise InvalidInput("The cool-down period cannot be negative.")
    slot = None
    if centre is not None:
        when = local_start_problem(booking.local_start, centre.time_zone, booking.fold)
        if when:
            problems.append(when)
        elif 0 < booking.minutes <= MAX_MINUTES:
            slot = slot_of(to_instant(booking.local_start, centre.time_zone, booking.fold),
                           booking.minutes)
    if slot is not None and centre is not None:
        problems += _clashes(s, slot, centre, room, facilitator, participant, ignore)
        if not booking.outside_hours:
            week = week_of({h.weekday: (h.opens, h.closes) for h in centre.hours})
            closed = {d.day: d.reason for d in centre.closed_days}
            hours = hours_problem(slot, centre.time_zone, week, closed)
            if hours:
                problems.append(f"{hours} (book it anyway only by saying it is outside hours)")
        if participant is not None and study is not None:
            problems += _cooldown(s, slot, participant, study, cooldown_days, ignore)
    if problems:
        raise BookingRefused(problems)
    assert centre and room and study and facilitator and slot
    return _Resolved(centre, room, study, facilitator, participant, slot)


def _clashes(
    s: OrmSession, slot: Slot, centre: m.Centre, room: m.Room | None,
    facilitator: m.Staff | None, participant: m.Participant | None, ignore: uuid.UUID | None,
) -> list[str]:
    """The sessions already holding the room, the facilitator or the participant in ``slot``."""
    from sqlalchemy import or_

    from testlab.scheduling.zones import zone

    holders = []
    if room is not None:
        holders.append(m.Session.room_id == room.id)
    if facilitator is not None:
        holders.append(m.Session.facilitator_id == facilitator.id)
    if participant is not None:
        holders.append(m.Session.participant_id == participant.id)
    if not holders:
        return []
    # Compared as instants: a facilitator in Paris at 10:00 is busy in Lisbon at 09:00.
    query = select(m.Session).where(
        or_(*holders), m.Session.status.not_in(FREED),
        m.Session.starts_at < slot.end,
        m.Session.starts_at > slot.start - timedelta(minutes=MAX_MINUTES * 3),
    ).order_by(m.Session.starts_at)
    if ignore is not None:
        query = query.where(m.Session.id != ignore)
    problems = []
    for other in s.scalars(query):
        if not slot.overlaps(slot_of(other.starts_at, other.planned_minutes)):
            continue
        local = other.starts_at.astimezone(zone(other.centre.time_zone))
        end = local + timedelta(minutes=other.planned_minutes)
        when = f"{local:%Y-%m-%d %H:%M}-{end:%H:%M} {other.centre.code} time"
        what = f"{other.study.title}" + (
            f", participant {other.participant.code}" if other.participant else "")
        if room is not None and other.room_id == room.id:
            problems.append(f"room {room.name} at {centre.code} is already taken {when} ({what})")
        if facilitator is not None and other.facilitator_id == facilitator.id:
            problems.append(f"facilitator {facilitator.name} is already booked {when} ({what})")
        if participant is not None and other.participant_id == participant.id:
            problems.append(f"participant {participant.code} is already booked {when} ({what})")
    return problems


def _cooldown(
    s: OrmSession, slot: Slot, participant: m.Participant, study: m.Study, days: int,
    ignore: uuid.UUID | None,
) -> list[str]:
    """A session of the same product within ``days`` before or after the slot."""
    window = timedelta(days=days)
    query = (
        select(m.Session.starts_at, m.Study.title)
        .join(m.Study, m.Study.id == m.Session.study_id)
        .join(m.Stage, m.Stage.id == m.Study.stage_id)
        .where(
            m.Session.participant_id == participant.id,
            m.Session.status.not_in(FREED),
            m.Stage.product_id == study.stage.product_id,
            m.Session.starts_at > slot.start - window,
            m.Session.starts_at < slot.start + window,
        )
        .order_by(m.Session.starts_at)
    )
    if ignore is not None:
        query = query.where(m.Session.id != ignore)
    row = s.execute(query.limit(1)).first()
    if row is None:
        return []
    product = study.stage.product.name
    return [f"participant {participant.code} took part in {row.title} ({product}) on "
            f"{row.starts_at.astimezone(UTC):%Y-%m-%d}, within the {days}-day cool-down "
            "for the same product"]


def local_day(value: str) -> date:
    """A ``YYYY-MM-DD`` date, or ``InvalidInput``."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise InvalidInput(f"'{value}' is not a date (YYYY-MM-DD).") from None
