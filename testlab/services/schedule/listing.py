"""Reading the schedule: sessions by centre, study, facilitator and period, as plain rows.

One Core query with the joins the rows show (no ORM objects).  The command line's
``schedule list --json`` says the same through ``listing_json``, built for 100,000 rows.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import NotFound
from testlab.scheduling.zones import zone
from testlab.services.session_joins import with_session_context


@dataclass(frozen=True)
class ScheduledSession:
    """One session of the schedule: exact instant, the centre's local start, who and where."""

    id: uuid.UUID
    starts_at: datetime
    local_start: datetime
    minutes: int
    status: m.SessionStatus
    centre_code: str
    time_zone: str
    room_name: str | None
    study_title: str
    product_name: str
    facilitator_email: str | None
    participant_code: str | None
    outside_hours: bool
    revision: int


def list_sessions(
    db: Database, *, centre_code: str | None = None, study_title: str | None = None,
    facilitator_email: str | None = None, first_day: date | None = None,
    last_day: date | None = None,
) -> list[ScheduledSession]:
    """Sessions matching every filter given, by start; days are inclusive, in UTC+14..-12 slack.

    A day filter is applied to each centre's own local day, so "from 2027-06-09" means
    from that morning in every centre.
    """
    columns = (
        m.Session.id, m.Session.starts_at, m.Session.planned_minutes, m.Session.status,
        m.Centre.code, m.Centre.time_zone, m.Room.name, m.Study.title, m.Product.name,
        m.Staff.email, m.Participant.code, m.Session.outside_hours, m.Session.version,
    )
    query = with_session_context(select(*columns)).order_by(m.Session.starts_at, m.Session.id)
    with db.session_factory() as s:
        if centre_code is not None:
            code = centre_code.strip().upper()
            if s.scalar(select(m.Centre.id).where(m.Centre.code == code)) is None:
                raise NotFound(f"There is no centre with the code {code}.")
            query = query.where(m.Centre.code == code)
        if study_title is not None:
            if s.scalar(select(m.Study.id).where(m.Study.title == study_title.strip())) is None:
                raise NotFound(f"There is no study titled {study_title.strip()}.")
            query = query.where(m.Study.title == study_title.strip())
        if facilitator_email is not None:
            email = facilitator_email.strip().lower()
            if s.scalar(select(m.Staff.id).where(m.Staff.email == email)) is None:
                raise NotFound(f"There is no member of staff with the e-mail {email}.")
            query = query.where(m.Staff.email == email)
        # Wide UTC bounds first (the index does the work), each centre's local day after.
        if first_day is not None:
            query = query.where(m.Session.starts_at >= datetime.combine(
                first_day, time(0), UTC) - timedelta(hours=14))
        if last_day is not None:
            query = query.where(m.Session.starts_at < datetime.combine(
                last_day + timedelta(days=1), time(0), UTC) + timedelta(hours=12))
        rows = s.execute(query).all()
    result = []
    for row in rows:
        local = row[1].astimezone(zone(row[5]))
        if first_day is not None and local.date() < first_day:
            continue
        if last_day is not None and local.date() > last_day:
            continue
        result.append(ScheduledSession(
            id=row[0], starts_at=row[1], local_start=local, minutes=row[2], status=row[3],
            centre_code=row[4], time_zone=row[5], room_name=row[6], study_title=row[7],
            product_name=row[8], facilitator_email=row[9], participant_code=row[10],
            outside_hours=row[11], revision=row[12],
        ))
    return result


def export_calendar(
    db: Database, *, centre_code: str | None = None, facilitator_email: str | None = None,
    study_title: str | None = None, now: datetime | None = None,
) -> bytes:
    """The .ics of one centre's, one facilitator's or one study's sessions (exactly one given)."""
    from testlab.errors import InvalidInput
    from testlab.scheduling.ical import calendar_bytes

    chosen = [v for v in (centre_code, facilitator_email, study_title) if v is not None]
    if len(chosen) != 1:
        raise InvalidInput("Name exactly one centre, facilitator or study to export.")
    sessions = list_sessions(db, centre_code=centre_code, facilitator_email=facilitator_email,
                             study_title=study_title)
    return calendar_bytes(sessions, name=f"TestLab: {chosen[0].strip()}", now=now)
