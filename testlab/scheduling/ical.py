"""Sessions as an iCalendar (RFC 5545) file that calendars update instead of duplicating.

Each session is one VEVENT: UID from the session's id (stable across exports),
SEQUENCE from its row revision (raised by every change), STATUS:CANCELLED once
cancelled, the participant's pseudonymous code only.  Start and end are written in
the centre's zone with its VTIMEZONE, except a start in the repeated autumn hour's
second pass (fold 1): a TZID local time names the first pass (RFC 5545 3.3.5), so
that one is written in UTC, the exact instant either way.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from testlab.model.enums import SessionStatus
from testlab.scheduling.zones import zone

if TYPE_CHECKING:
    from testlab.services.schedule.listing import ScheduledSession

UID_DOMAIN = "testlab.sessions"
PRODUCT_ID = "-//TestLab//Scheduling//EN"


def uid_of(session_id: object) -> str:
    """The session's calendar UID: the same in every export."""
    return f"{session_id}@{UID_DOMAIN}"


def _exact(instant: datetime, zone_name: str) -> datetime:
    local = instant.astimezone(zone(zone_name))
    return instant.astimezone(UTC) if local.fold == 1 else local


def calendar_bytes(
    sessions: Sequence[ScheduledSession], *, name: str, now: datetime | None = None
) -> bytes:
    """The .ics file of ``sessions``, calendar named ``name``."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    stamp = (now or datetime.now(UTC)).astimezone(UTC)
    for session in sessions:
        event = Event()
        event.add("uid", uid_of(session.id))
        event.add("dtstamp", stamp)
        event.add("sequence", max(session.revision - 1, 0))
        start = session.starts_at
        event.add("dtstart", _exact(start, session.time_zone))
        event.add("dtend", _exact(start + timedelta(minutes=session.minutes), session.time_zone))
        who = f" - {session.participant_code}" if session.participant_code else ""
        event.add("summary", f"{session.study_title}{who}")
        event.add("location", f"{session.centre_code} {session.room_name or ''}".strip())
        if session.facilitator_email:
            event.add("x-testlab-facilitator", session.facilitator_email)
        cancelled = session.status == SessionStatus.CANCELLED
        event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
