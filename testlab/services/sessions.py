"""Sessions at a lab PC's centre: today's list, walk-in sessions, check-in, resuming.

These are the use cases in front of the session console: which sessions the
facilitator can start here today, creating one for a walk-in participant,
confirming consent before anything is recorded, and finding the sessions a
crashed or closed console left running so the next start can offer them.
"""

from __future__ import annotations

import os
import re
import socket
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, column, func, or_, select, table
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm import selectinload

from testlab import model as m
from testlab.clock import utc_instant
from testlab.db.database import Database
from testlab.errors import BookingRefused, Conflict, InvalidInput, NotFound
from testlab.scheduling.slots import slot_of
from testlab.scheduling.zones import local_date, local_day_bounds, zone
from testlab.services.recording.guard import get_session, session_raced
from testlab.services.schedule.booking import hold, room_clashes
from testlab.services.session_joins import with_session_context
from testlab.services.writes import write_unit

WORKSTATION_ENV = "TESTLAB_WORKSTATION"
# A console sends a heartbeat every ~30 s; four missed ones mean the PC is gone.
STALE_AFTER = timedelta(minutes=2)
_CODE_ATTEMPTS = 5


def workstation_name(override: str | None = None) -> str:
    """This PC's name for the "open on another PC" lock: setting, env var, or host name."""
    name = (override or os.environ.get(WORKSTATION_ENV) or socket.gethostname()).strip()
    return name[:200] or "unknown-pc"


@dataclass(frozen=True)
class SessionRow:
    """One session as listed at a centre (times aware; ``local_start`` in the centre's zone)."""

    id: uuid.UUID
    starts_at: datetime
    local_start: datetime
    status: m.SessionStatus
    study_id: uuid.UUID
    study_title: str
    product_name: str
    stage_name: str
    centre_code: str
    participant_code: str | None
    facilitator_name: str | None
    room_name: str | None
    open_on: str | None
    tasks_total: int
    tasks_done: int


@dataclass(frozen=True)
class NewParticipant:
    """A walk-in participant's pseudonymous profile and consent scope (no contact details)."""

    age_band: m.AgeBand | None = None
    segment: m.Segment | None = None
    digital_skill: m.DigitalSkill | None = None
    existing_customer: bool = True
    consent_version: str | None = None
    consent_audio: bool = False
    consent_video: bool = False
    consent_screen: bool = False


@dataclass(frozen=True)
class Conditions:
    """The test conditions of a session: analysis variables, not decoration."""

    device_kind: m.DeviceKind | None = None
    device_model: str | None = None
    device_os: str | None = None
    network: m.Network | None = None
    setting: m.Setting | None = None


@dataclass(frozen=True)
class StudyChoice:
    """A study a centre can run a walk-in session for."""

    id: uuid.UUID
    title: str
    product_name: str
    stage_name: str
    tasks: int


def _centre(s: OrmSession, centre_code: str) -> m.Centre:
    code = (centre_code or "").strip().upper()
    centre = s.scalar(select(m.Centre).where(m.Centre.code == code))
    if centre is None:
        raise NotFound(f"There is no centre with the code {code or '(empty)'}.")
    return centre


def _single_row(s: OrmSession, session: m.Session) -> SessionRow:
    s.flush()
    [row] = _listed(s, m.Session.id == session.id)
    return row


def _listed(s: OrmSession, *where: ColumnElement[bool]) -> list[SessionRow]:
    """The sessions matching ``where`` as rows, by start time: one query.

    Plain columns joined to their study, stage, product, centre, participant,
    facilitator and room, with the attempts and tasks counted in grouped subqueries:
    no ORM objects, no query per session (10,000 sessions in a day took 7-13 s with
    one COUNT each, and still 5-8 s loaded as ORM objects).
    """
    # Only the listed sessions' attempts are counted, not the whole table's.
    listed = select(m.Session.id).where(*where)
    done = (select(m.TaskAttempt.session_id.label("session_id"),
                   func.count().label("done"))
            .where(m.TaskAttempt.session_id.in_(listed))
            .group_by(m.TaskAttempt.session_id).subquery())
    tasks = (select(m.Task.study_id.label("study_id"), func.count().label("total"))
             .group_by(m.Task.study_id).subquery())
    query = (
        with_session_context(select(
            m.Session.id, m.Session.starts_at, m.Session.status, m.Session.study_id,
            m.Study.title, m.Product.name, m.Stage.name, m.Centre.code,
            m.Centre.time_zone, m.Participant.code, m.Staff.name, m.Room.name,
            m.Session.open_on, func.coalesce(tasks.c.total, 0),
            func.coalesce(done.c.done, 0)))
        .outerjoin(tasks, tasks.c.study_id == m.Session.study_id)
        .outerjoin(done, done.c.session_id == m.Session.id)
        .where(*where)
        .order_by(m.Session.starts_at, m.Session.id)
    )
    rows = []
    for (session_id, starts_at, status, study_id, title, product, stage, code, zone_name,
         participant, facilitator, room, open_on, total, recorded) in s.execute(query):
        rows.append(SessionRow(
            id=session_id, starts_at=starts_at, local_start=starts_at.astimezone(zone(zone_name)),
            status=status, study_id=study_id, study_title=title, product_name=product,
            stage_name=stage, centre_code=code, participant_code=participant,
            facilitator_name=facilitator, room_name=room, open_on=open_on,
            tasks_total=int(total), tasks_done=int(recorded)))
    return rows


def todays_sessions(db: Database, centre_code: str, now: datetime | None = None, *,
                    day: date | None = None) -> list[SessionRow]:
    """The sessions starting on one local calendar day of the centre, by start time.

    ``day`` (the centre's calendar) is the day listed; without it, the day of ``now``
    there.  Every status is listed, no-shows and cancelled ones included.
    """
    instant = utc_instant(now)
    with db.session_factory.begin() as s:
        centre = _centre(s, centre_code)
        if day is None:
            day = local_date(instant, centre.time_zone)
        start, end = local_day_bounds(centre.time_zone, day)
        return _listed(s, m.Session.centre_id == centre.id, m.Session.starts_at >= start,
                       m.Session.starts_at < end)


def centre_today(db: Database, centre_code: str, now: datetime | None = None) -> date:
    """The centre's local calendar date at ``now`` (the day its list opens on)."""
    instant = utc_instant(now)
    with db.session_factory.begin() as s:
        return local_date(instant, _centre(s, centre_code).time_zone)


def studies_for_centre(db: Database, centre_code: str) -> list[StudyChoice]:
    """Studies this centre takes part in that are not closed: choices for a walk-in."""
    with db.session_factory.begin() as s:
        centre = _centre(s, centre_code)
        studies = s.scalars(
            select(m.Study)
            .join(m.StudyCentre, m.StudyCentre.study_id == m.Study.id)
            .where(m.StudyCentre.centre_id == centre.id)
            .where(m.Study.status.in_([m.StudyStatus.PLANNED, m.StudyStatus.RUNNING]))
            .options(selectinload(m.Study.tasks),
                     selectinload(m.Study.stage).selectinload(m.Stage.product))
            .order_by(m.Study.starts_on.desc(), m.Study.title)
        ).all()
        return [
            StudyChoice(st.id, st.title, st.stage.product.name, st.stage.name, len(st.tasks))
            for st in studies
        ]


def _next_participant_code(s: OrmSession, centre: m.Centre) -> str:
    prefix = f"P-{centre.code}-"
    codes = s.scalars(select(m.Participant.code).where(m.Participant.code.like(prefix + "%")))
    numbers = [int(c[len(prefix):]) for c in codes if re.fullmatch(r"\d+", c[len(prefix):])]
    return f"{prefix}{max(numbers, default=0) + 1:04d}"


def create_adhoc_session(
    db: Database,
    study_id: uuid.UUID,
    *,
    centre_code: str,
    participant: NewParticipant,
    facilitator_id: uuid.UUID | None,
    conditions: Conditions,
    room_id: uuid.UUID | None = None,
    planned_minutes: int = 60,
    now: datetime | None = None,
) -> SessionRow:
    """Create a walk-in participant (new code P-<CENTRE>-NNNN) and a session starting now.

    The session is scheduled, not checked in: consent is confirmed at check-in.
    Two PCs creating walk-ins at once may pick the same code; the loser retries.
    A walk-in takes the booking lock and is refused a room another session holds
    now (``BookingRefused``), so a walk-in and a booking never share a room.  The
    facilitator is not checked: it is the person at the PC, there in the flesh.
    """
    instant = utc_instant(now)
    if planned_minutes <= 0:
        raise InvalidInput("The planned length must be a positive number of minutes.")
    for attempt in range(_CODE_ATTEMPTS):
        try:
            with db.session_factory.begin() as s:
                # The booking lock, as a booking takes it: a walk-in and a booking of the
                # same room cannot both pass their checks (SQLite: before the first read).
                hold(s, [])
                centre = _centre(s, centre_code)
                study = s.get(m.Study, study_id)
                if study is None:
                    raise NotFound("The study no longer exists.")
                takes_part = s.get(m.StudyCentre, (study.id, centre.id))
                if takes_part is None:
                    raise Conflict(f"Centre {centre.code} does not take part in {study.title}.")
                if facilitator_id is not None and s.get(m.Staff, facilitator_id) is None:
                    raise NotFound("The facilitator is not a member of staff.")
                if room_id is not None:
                    room = s.get(m.Room, room_id)
                    if room is None or room.centre_id != centre.id:
                        raise InvalidInput(f"That room is not in centre {centre.code}.")
                    hold(s, [(centre.code, room.name, None, None)])
                    taken = room_clashes(s, slot_of(instant, planned_minutes), centre, room)
                    if taken:
                        raise BookingRefused(taken)
                person = m.Participant(
                    code=_next_participant_code(s, centre),
                    centre_id=centre.id,
                    age_band=participant.age_band,
                    segment=participant.segment,
                    digital_skill=participant.digital_skill,
                    existing_customer=participant.existing_customer,
                    consent_date=local_date(instant, centre.time_zone),
                    consent_version=participant.consent_version,
                    consent_audio=participant.consent_audio,
                    consent_video=participant.consent_video,
                    consent_screen=participant.consent_screen,
                )
                session = m.Session(
                    study_id=study.id, centre_id=centre.id, room_id=room_id,
                    facilitator_id=facilitator_id, participant=person, starts_at=instant,
                    planned_minutes=planned_minutes, status=m.SessionStatus.SCHEDULED,
                    device_kind=conditions.device_kind, device_model=conditions.device_model,
                    device_os=conditions.device_os, network=conditions.network,
                    setting=conditions.setting,
                )
                s.add(session)
                s.flush()
                return _single_row(s, session)
        except IntegrityError:
            if attempt == _CODE_ATTEMPTS - 1:
                raise Conflict("Could not reserve a new participant code; try again.") from None
    raise AssertionError("unreachable")


def check_in(
    db: Database,
    session_id: uuid.UUID,
    *,
    consent_confirmed: bool,
    by: uuid.UUID | None,
    now: datetime | None = None,
) -> SessionRow:
    """Check the participant in: consent must be confirmed before anything is recorded."""
    if not consent_confirmed:
        raise InvalidInput("Confirm the participant's consent before checking in.")
    instant = utc_instant(now)
    with write_unit(db, lambda: session_raced(db, session_id)) as s:
        session = get_session(s, session_id)
        if session.status in (m.SessionStatus.CHECKED_IN, m.SessionStatus.RUNNING):
            return _single_row(s, session)
        if session.status != m.SessionStatus.SCHEDULED:
            raise Conflict(f"This session is {session.status.words}; "
                           "it cannot be checked in.")
        if session.participant_id is None:
            raise Conflict("This session has no participant to check in.")
        if by is not None and s.get(m.Staff, by) is None:
            raise NotFound("The member of staff checking in does not exist.")
        session.consent_confirmed_at = instant
        session.checked_in_at = instant
        session.status = m.SessionStatus.CHECKED_IN
        if session.facilitator_id is None:
            session.facilitator_id = by
        s.flush()
        return _single_row(s, session)


def holds_sessions(db: Database, workstation: str) -> bool:
    """Whether this PC still holds a checked-in or running session (a crash left it open).

    Asked at every start, so it is one EXISTS on a light table clause: naming the
    mapped class would load the model's sessions part (~40 ms) on the start-up
    path.  ``resumable_sessions`` lists the sessions when the answer is yes.
    """
    sessions = table("sessions", column("id"), column("open_on"), column("status"))
    held = select(sessions.c.id).where(
        sessions.c.open_on == workstation,
        sessions.c.status.in_([m.SessionStatus.CHECKED_IN.value,
                               m.SessionStatus.RUNNING.value]),
    ).exists()
    with db.engine.connect() as connection:
        return bool(connection.execute(select(held)).scalar())


def resumable_sessions(
    db: Database,
    workstation: str,
    *,
    centre_code: str | None = None,
    now: datetime | None = None,
) -> list[SessionRow]:
    """Checked-in or running sessions this PC may resume.

    After a crash the session is still marked open on this PC: always offered.
    With ``centre_code``, the centre's sessions released mid-way (a clean close)
    or left stale by another PC are offered as well.
    """
    stale = utc_instant(now) - STALE_AFTER
    with db.session_factory.begin() as s:
        where: list[ColumnElement[bool]] = [
            m.Session.status.in_([m.SessionStatus.CHECKED_IN, m.SessionStatus.RUNNING])]
        if centre_code:
            # At a known centre, sessions released or abandoned by any PC are offered too.
            where += [m.Session.centre_id == _centre(s, centre_code).id, or_(
                m.Session.open_on == workstation,
                m.Session.open_on.is_(None),
                m.Session.open_heartbeat_at.is_(None),
                m.Session.open_heartbeat_at < stale,
            )]
        else:
            where.append(m.Session.open_on == workstation)
        return _listed(s, *where)
