"""Centres, their opening hours, closed days and rooms: create, edit, refuse."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import InvalidField, NotFound
from testlab.model.enums import RoomKind, StudyStatus
from testlab.services.setup import fields as check

WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


@dataclass(frozen=True)
class Hours:
    """Opening hours of one weekday (0 = Monday) in the centre's local time."""

    weekday: int
    opens: time
    closes: time


@dataclass(frozen=True)
class CentreFields:
    """What a centre is made of; ``hours`` lists open weekdays only (others are closed)."""

    code: str
    name: str
    city: str
    country: str
    time_zone: str
    hours: tuple[Hours, ...] = ()
    closed_days: tuple[date, ...] = ()


@dataclass(frozen=True)
class CentreRecord:
    """A centre as saved."""

    id: uuid.UUID
    code: str
    name: str
    city: str
    country: str
    time_zone: str
    hours: tuple[Hours, ...]
    closed_days: tuple[date, ...]


@dataclass(frozen=True)
class RoomRecord:
    """A room as saved."""

    id: uuid.UUID
    centre_id: uuid.UUID
    name: str
    kind: RoomKind


def _record(centre: m.Centre) -> CentreRecord:
    return CentreRecord(
        centre.id, centre.code, centre.name, centre.city, centre.country, centre.time_zone,
        tuple(Hours(h.weekday, h.opens, h.closes) for h in centre.hours),
        tuple(day.day for day in centre.closed_days),
    )


def _check_hours(hours: tuple[Hours, ...]) -> None:
    seen: set[int] = set()
    for day in hours:
        if not 0 <= day.weekday <= 6:
            raise InvalidField("hours", f"hours: weekday {day.weekday} is not 0 (Monday) to 6.")
        name = WEEKDAY_KEYS[day.weekday]
        if day.weekday in seen:
            raise InvalidField("hours", f"hours: {name} is given twice.")
        if not day.opens < day.closes:
            raise InvalidField("hours", f"hours: on {name} the centre closes "
                               f"({day.closes:%H:%M}) before it opens ({day.opens:%H:%M}).")
        seen.add(day.weekday)


def save_centre(s: OrmSession, fields: CentreFields,
                centre: m.Centre | None = None) -> m.Centre:
    """Create (``centre`` None) or update a centre in ``s``; refusals name the field."""
    code = check.centre_code(fields.code)
    name = check.text(fields.name, "name", 120)
    city = check.text(fields.city, "city", 120)
    country = check.country(fields.country)
    zone = check.time_zone(fields.time_zone)
    _check_hours(fields.hours)
    if len(set(fields.closed_days)) != len(fields.closed_days):
        raise InvalidField("closed_days", "closed_days lists the same date twice.")
    other = s.scalar(select(m.Centre.id).where(m.Centre.code == code))
    if other is not None and (centre is None or other != centre.id):
        raise InvalidField("code", f"code {code} is already the code of another centre.")
    if centre is None:
        centre = m.Centre(code=code, name=name, city=city, country=country, time_zone=zone)
        s.add(centre)
    else:
        centre.code, centre.name, centre.city = code, name, city
        centre.country, centre.time_zone = country, zone
    wanted = {h.weekday: h for h in fields.hours}
    for row in list(centre.hours):
        if row.weekday not in wanted:
            centre.hours.remove(row)
        else:
            row.opens, row.closes = wanted[row.weekday].opens, wanted[row.weekday].closes
    have = {row.weekday for row in centre.hours}
    for weekday, day in sorted(wanted.items()):
        if weekday not in have:
            centre.hours.append(m.OpeningHours(weekday=weekday, opens=day.opens,
                                               closes=day.closes))
    days = set(fields.closed_days)
    for closed in list(centre.closed_days):
        if closed.day not in days:
            centre.closed_days.remove(closed)
    have_days = {closed.day for closed in centre.closed_days}
    for new_day in sorted(days - have_days):
        centre.closed_days.append(m.ClosedDay(day=new_day, reason=""))
    s.flush()
    return centre


def create_centre(db: Database, *, fields: CentreFields) -> CentreRecord:
    """A new centre with its opening hours and closed days."""
    with db.session_factory.begin() as s:
        return _record(save_centre(s, fields))


def edit_centre(db: Database, *, centre_id: uuid.UUID, fields: CentreFields) -> CentreRecord:
    """Change a centre: every field, its week of opening hours and its closed days."""
    with db.session_factory.begin() as s:
        return _record(save_centre(s, fields, _centre(s, centre_id)))


def _centre(s: OrmSession, centre_id: uuid.UUID) -> m.Centre:
    centre = s.get(m.Centre, centre_id)
    if centre is None:
        raise NotFound(f"No centre with id {centre_id}.")
    return centre


def save_room(s: OrmSession, centre: m.Centre, name: str, kind: RoomKind | str,
              room: m.Room | None = None) -> m.Room:
    """Create or update a room of ``centre`` in ``s``; the name is unique in the centre."""
    clean = check.text(name, "name", 80)
    room_kind = check.choice(kind, RoomKind, "kind")
    other = s.scalar(select(m.Room.id).where(m.Room.centre_id == centre.id, m.Room.name == clean))
    if other is not None and (room is None or other != room.id):
        raise InvalidField("name", f"name: centre {centre.code} already has a room '{clean}'.")
    if room is None:
        room = m.Room(centre_id=centre.id, name=clean, kind=room_kind)
        s.add(room)
    else:
        room.name, room.kind = clean, room_kind
    s.flush()
    return room


def add_room(db: Database, *, centre_id: uuid.UUID, name: str,
             kind: RoomKind | str) -> RoomRecord:
    """A new room in a centre."""
    with db.session_factory.begin() as s:
        room = save_room(s, _centre(s, centre_id), name, kind)
        return RoomRecord(room.id, room.centre_id, room.name, room.kind)


def edit_room(db: Database, *, room_id: uuid.UUID, name: str, kind: RoomKind | str) -> RoomRecord:
    """Rename a room or change its kind."""
    with db.session_factory.begin() as s:
        room = _room(s, room_id)
        room = save_room(s, room.centre, name, kind, room)
        return RoomRecord(room.id, room.centre_id, room.name, room.kind)


def remove_room(db: Database, *, room_id: uuid.UUID) -> None:
    """Remove a room no session used; a centre in an open study keeps at least one room."""
    with db.session_factory.begin() as s:
        room = _room(s, room_id)
        used = s.scalar(select(func.count(m.Session.id)).where(m.Session.room_id == room_id))
        if used:
            raise InvalidField("room", f"room '{room.name}' was used by {used} session(s); "
                               "it cannot be removed (rename it instead).")
        rooms = s.scalar(select(func.count(m.Room.id)).where(m.Room.centre_id == room.centre_id))
        in_study = s.scalar(
            select(func.count(m.StudyCentre.study_id))
            .join(m.Study, m.Study.id == m.StudyCentre.study_id)
            .where(m.StudyCentre.centre_id == room.centre_id,
                   m.Study.status.not_in((StudyStatus.CLOSED, StudyStatus.CANCELLED)))
        )
        if rooms == 1 and in_study:
            raise InvalidField("room", f"room '{room.name}' is the only room of a centre taking "
                               "part in a study; add another room first.")
        s.delete(room)


def _room(s: OrmSession, room_id: uuid.UUID) -> m.Room:
    room = s.get(m.Room, room_id)
    if room is None:
        raise NotFound(f"No room with id {room_id}.")
    return room
