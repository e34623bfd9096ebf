"""What the Schedule section shows: a centre's week, the choices of a booking, a study's progress.

Each read is one short unit of work returning frozen rows in the centre's local time,
so the window draws without converting a time zone or running a query itself.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.clock import utc_instant, utc_now
from testlab.db.database import Database
from testlab.errors import NotFound
from testlab.scheduling.opening_hours import DayHours, week_of
from testlab.scheduling.slots import is_ambiguous
from testlab.scheduling.zones import local_day_bounds, zone


@dataclass(frozen=True)
class WeekSession:
    """A session drawn in the week: where, when (centre's wall clock), who, and its state."""

    id: uuid.UUID
    room_name: str | None
    local_start: datetime
    minutes: int
    status: m.SessionStatus
    study_title: str
    facilitator_name: str | None
    facilitator_email: str | None
    participant_code: str | None
    outside_hours: bool

    @property
    def fold(self) -> int:
        """0, or 1 for a start in the second pass of a repeated autumn hour."""
        return self.local_start.fold


@dataclass(frozen=True)
class CentreWeek:
    """One centre's week from Monday: rooms, opening hours, closed days and sessions."""

    centre_code: str
    centre_name: str
    time_zone: str
    monday: date
    today: date
    rooms: tuple[str, ...]
    hours: tuple[DayHours, ...]
    closed: tuple[tuple[date, str], ...]
    sessions: tuple[WeekSession, ...]

    @property
    def days(self) -> tuple[date, ...]:
        return tuple(self.monday + timedelta(days=i) for i in range(7))


@dataclass(frozen=True)
class Person:
    """A member of staff a session can be booked with."""

    name: str
    email: str


@dataclass(frozen=True)
class BookingChoices:
    """What a centre's booking dialog offers: rooms, studies it takes part in, people."""

    rooms: tuple[str, ...]
    studies: tuple[str, ...]
    facilitators: tuple[Person, ...]
    participants: tuple[str, ...]


def monday_of(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def centre_codes(db: Database) -> list[tuple[str, str]]:
    """Every centre as (code, name), by code: the Schedule section's centre switch."""
    with db.session_factory() as s:
        return [(c, n) for c, n in s.execute(select(m.Centre.code, m.Centre.name)
                                             .order_by(m.Centre.code))]


def busiest_centre(db: Database, *, now: datetime | None = None,
                   days: int = 14) -> str | None:
    """The code of the centre with the most sessions from now to ``days`` ahead (ties: by
    code), or None when none is booked: where the Schedule opens on a PC that has no
    centre of its own yet, so a new user sees work rather than an empty week."""
    start = now or utc_now()
    booked = func.count(m.Session.id)
    with db.session_factory() as s:
        return s.scalar(
            select(m.Centre.code).join(m.Session, m.Session.centre_id == m.Centre.id)
            .where(m.Session.starts_at >= start - timedelta(days=1),
                   m.Session.starts_at < start + timedelta(days=days))
            .group_by(m.Centre.code).order_by(booked.desc(), m.Centre.code).limit(1))


def current_study(db: Database, *, now: datetime | None = None) -> str | None:
    """The title of the study being run now: the one of the next session still to happen
    (from a day ago on, not cancelled or missed), else of the latest one; None without
    sessions.  Where the Schedule's study page opens, rather than on the alphabet's first."""
    from testlab.services.schedule.booking import FREED

    start = (now or utc_now()) - timedelta(days=1)
    titled = select(m.Study.title).join(m.Session, m.Session.study_id == m.Study.id)
    with db.session_factory() as s:
        upcoming = s.scalar(titled.where(m.Session.starts_at >= start,
                                         m.Session.status.not_in(FREED))
                            .order_by(m.Session.starts_at, m.Study.title).limit(1))
        return upcoming or s.scalar(
            titled.order_by(m.Session.starts_at.desc(), m.Study.title).limit(1))


def _centre(s: OrmSession, code: str) -> m.Centre:
    wanted = code.strip().upper()
    centre = s.scalar(select(m.Centre).where(m.Centre.code == wanted))
    if centre is None:
        raise NotFound(f"There is no centre with the code {wanted or '(empty)'}.")
    return centre


def centre_week(db: Database, centre_code: str, day: date | None, *,
                now: datetime | None = None) -> CentreWeek:
    """The week (Monday to Sunday, the centre's local days) holding ``day`` at one centre.

    ``day`` None: the centre's today (its own calendar day, whatever the viewer's).
    """
    with db.session_factory() as s:
        centre = _centre(s, centre_code)
        tz_name = centre.time_zone
        today = utc_instant(now).astimezone(zone(tz_name)).date()
        monday = monday_of(day or today)
        low = local_day_bounds(tz_name, monday)[0]
        high = local_day_bounds(tz_name, monday + timedelta(days=6))[1]
        rooms = tuple(s.scalars(select(m.Room.name).where(m.Room.centre_id == centre.id)
                                .order_by(m.Room.name)))
        hours = week_of({h.weekday: (h.opens, h.closes) for h in centre.hours})
        closed = tuple((d.day, d.reason or "") for d in sorted(centre.closed_days,
                                                                key=lambda d: d.day)
                       if monday <= d.day <= monday + timedelta(days=6))
        rows = s.execute(
            select(m.Session.id, m.Room.name, m.Session.starts_at, m.Session.planned_minutes,
                   m.Session.status, m.Study.title, m.Staff.name, m.Staff.email,
                   m.Participant.code, m.Session.outside_hours)
            .join(m.Study, m.Study.id == m.Session.study_id)
            .outerjoin(m.Room, m.Room.id == m.Session.room_id)
            .outerjoin(m.Staff, m.Staff.id == m.Session.facilitator_id)
            .outerjoin(m.Participant, m.Participant.id == m.Session.participant_id)
            .where(m.Session.centre_id == centre.id, m.Session.starts_at >= low,
                   m.Session.starts_at < high)
            .order_by(m.Session.starts_at, m.Session.id)).all()
        code, name = centre.code, centre.name
    tz = zone(tz_name)
    sessions = tuple(WeekSession(
        id=r[0], room_name=r[1], local_start=r[2].astimezone(tz), minutes=r[3], status=r[4],
        study_title=r[5], facilitator_name=r[6], facilitator_email=r[7], participant_code=r[8],
        outside_hours=r[9]) for r in rows)
    return CentreWeek(code, name, tz_name, monday, today, rooms, hours, closed, sessions)


def booking_choices(db: Database, centre_code: str) -> BookingChoices:
    """Rooms, the studies the centre takes part in, active staff and the centre's participants."""
    with db.session_factory() as s:
        centre = _centre(s, centre_code)
        rooms = tuple(s.scalars(select(m.Room.name).where(m.Room.centre_id == centre.id)
                                .order_by(m.Room.name)))
        # The studies the centre takes part in first; any other may be booked too.
        studies = tuple(s.scalars(
            select(m.Study.title).outerjoin(m.StudyCentre, (m.StudyCentre.study_id == m.Study.id)
                                            & (m.StudyCentre.centre_id == centre.id))
            .order_by(m.StudyCentre.study_id.is_(None), m.Study.title)))
        people = tuple(Person(n, e) for n, e in s.execute(
            select(m.Staff.name, m.Staff.email).where(m.Staff.active.is_(True))
            .order_by(m.Staff.home_centre_id != centre.id, m.Staff.name)))
        participants = tuple(s.scalars(
            select(m.Participant.code).where(m.Participant.centre_id == centre.id)
            .order_by(m.Participant.code)))
    return BookingChoices(rooms, studies, people, participants)


def repeated_hour(time_zone: str, local: datetime) -> bool:
    """Whether the centre's wall-clock ``local`` happens twice (the autumn hour): ask which."""
    return is_ambiguous(local.replace(tzinfo=None), time_zone)


def local_slot(day: date, minutes_from_midnight: int) -> datetime:
    """The naive wall-clock start ``minutes_from_midnight`` into ``day``."""
    return datetime.combine(day, time(0)) + timedelta(minutes=minutes_from_midnight)


@dataclass(frozen=True)
class StudySession:
    """A session of a study: the centre's local start and the same instant in the viewer's zone."""

    id: uuid.UUID
    centre_code: str
    room_name: str | None
    local_start: datetime
    viewer_start: datetime
    minutes: int
    status: m.SessionStatus
    facilitator_email: str | None
    participant_code: str | None


@dataclass(frozen=True)
class CentreProgress:
    """One centre's part of a study: planned sample, sessions booked (not freed), completed."""

    centre_code: str
    planned: int
    booked: int
    completed: int


@dataclass(frozen=True)
class StudyOverview:
    """Every session of one study across centres, and each centre's progress."""

    title: str
    viewer_zone: str
    sessions: tuple[StudySession, ...]
    progress: tuple[CentreProgress, ...]


def study_titles(db: Database) -> list[str]:
    """Every study's title, sorted: the study view's chooser."""
    with db.session_factory() as s:
        return list(s.scalars(select(m.Study.title).order_by(m.Study.title)))


def study_overview(db: Database, study_title: str, viewer_zone: str) -> StudyOverview:
    """A study's sessions by instant, shown in ``viewer_zone`` and each centre's own time."""
    from testlab.services.schedule.booking import FREED
    from testlab.services.schedule.listing import list_sessions

    viewer = zone(viewer_zone)
    sessions = list_sessions(db, study_title=study_title)
    with db.session_factory() as s:
        study_id = s.scalar(select(m.Study.id).where(m.Study.title == study_title.strip()))
        planned = s.execute(
            select(m.Centre.code, m.StudyCentre.planned_sample)
            .join(m.Centre, m.Centre.id == m.StudyCentre.centre_id)
            .where(m.StudyCentre.study_id == study_id)).all()
        counted = s.execute(
            select(m.Centre.code, m.Session.status, func.count())
            .join(m.Centre, m.Centre.id == m.Session.centre_id)
            .where(m.Session.study_id == study_id)
            .group_by(m.Centre.code, m.Session.status)).all()
    booked: dict[str, int] = {}
    completed: dict[str, int] = {}
    for code, status, count in counted:
        if status not in FREED:
            booked[code] = booked.get(code, 0) + count
        if status == m.SessionStatus.COMPLETED:
            completed[code] = completed.get(code, 0) + count
    plans = dict(planned)
    codes = sorted(set(plans) | set(booked) | set(completed))
    progress = tuple(CentreProgress(c, plans.get(c, 0), booked.get(c, 0), completed.get(c, 0))
                     for c in codes)
    rows = tuple(StudySession(
        id=x.id, centre_code=x.centre_code, room_name=x.room_name, local_start=x.local_start,
        viewer_start=x.starts_at.astimezone(viewer), minutes=x.minutes, status=x.status,
        facilitator_email=x.facilitator_email, participant_code=x.participant_code)
        for x in sessions)
    return StudyOverview(study_title.strip(), viewer_zone, rows, progress)


def suggested_participant_code(db: Database, centre_code: str) -> str:
    """The next free pool code of the centre, P-<CENTRE>-NNNN (the walk-in's pattern)."""
    with db.session_factory() as s:
        centre = _centre(s, centre_code)
        prefix = f"P-{centre.code}-"
        codes = s.scalars(select(m.Participant.code)
                          .where(m.Participant.code.like(prefix + "%")))
        numbers = [int(c[len(prefix):]) for c in codes if c[len(prefix):].isdigit()]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"
