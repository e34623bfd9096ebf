"""The test-centre network as the window and the command line see it: lists and details.

Also home of ``contains_folded``, the case-insensitive SQL search that works for
non-ASCII names ("łódź" finds "Łódź") on SQLite as well as on PostgreSQL.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, Connection, Time, Uuid, column, func, or_, select, table

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import NotFound
from testlab.model.enums import Role, RoomKind
from testlab.scheduling.opening_hours import DayHours, is_open_at, week_of
from testlab.scheduling.zones import local_time

FOLD_FUNCTION = "tl_fold"
_ESCAPE = "\\"

# The columns the centre list and its details pane read, described for Core alone: the
# window's first screen is listed before the ORM is imported (about 50 ms of start-up,
# and importing it in a worker while the first rows paint slows the paint too), so these
# queries cannot use the mapped classes. tests/unit/test_services_network.py holds them
# to the model.
CENTRES = table("centres", column("id", Uuid()), column("code"), column("name"),
                column("city"), column("country"), column("time_zone"))
ROOMS = table("rooms", column("id", Uuid()), column("centre_id", Uuid()), column("name"),
              column("kind"))
OPENING_HOURS = table("opening_hours", column("centre_id", Uuid()), column("weekday"),
                      column("opens", Time()), column("closes", Time()))


@dataclass(frozen=True)
class CentreRow:
    """One line of the centre list."""

    id: uuid.UUID
    code: str
    name: str
    city: str
    country: str
    time_zone: str
    rooms: int


@dataclass(frozen=True)
class RoomInfo:
    """A room of a centre and its kind."""

    name: str
    kind: RoomKind


@dataclass(frozen=True)
class CentreDetail:
    """A centre with its rooms, its week of opening hours and its local time now."""

    id: uuid.UUID
    code: str
    name: str
    city: str
    country: str
    time_zone: str
    rooms: tuple[RoomInfo, ...]
    week: tuple[DayHours, ...]
    local_now: datetime
    is_open_now: bool


def list_centres(db: Database, search: str = "") -> list[CentreRow]:
    """Centres whose code, name, city or country contain ``search`` (any case), by name.

    Core only, on light table descriptions: this is the first query the window
    runs, and it must not wait for the ORM to load or configure its mappers.
    """
    centres, rooms = CENTRES, ROOMS
    room_count = (
        select(func.count(rooms.c.id)).where(rooms.c.centre_id == centres.c.id)
        .scalar_subquery()
    )
    with db.engine.connect() as connection:
        query = select(
            centres.c.id, centres.c.code, centres.c.name, centres.c.city, centres.c.country,
            centres.c.time_zone, room_count,
        ).order_by(centres.c.name, centres.c.code)
        condition = contains_folded(connection, search, centres.c.code, centres.c.name,
                                    centres.c.city, centres.c.country)
        if condition is not None:
            query = query.where(condition)
        return [CentreRow(*row) for row in connection.execute(query)]


@dataclass(frozen=True)
class StaffRow:
    """A member of staff as a chooser lists them: who, their home centre and roles."""

    id: uuid.UUID
    name: str
    email: str
    centre_code: str | None
    roles: tuple[Role, ...]


def list_staff(db: Database, centre_code: str | None = None,
               role: Role | None = None) -> list[StaffRow]:
    """Staff by name, optionally only those whose home centre is ``centre_code`` or who hold
    ``role``: the lab PC's "who is using this PC" chooser."""
    query = (select(m.Staff.id, m.Staff.name, m.Staff.email, m.Centre.code)
             .outerjoin(m.Centre, m.Centre.id == m.Staff.home_centre_id))
    if centre_code is not None:
        query = query.where(m.Centre.code == centre_code.strip().upper())
    if role is not None:
        holders = select(m.StaffRole.staff_id).where(m.StaffRole.role == role)
        query = query.where(m.Staff.id.in_(holders))
    chosen = query.with_only_columns(m.Staff.id).scalar_subquery()
    roles: dict[uuid.UUID, list[Role]] = {}
    with db.session_factory.begin() as s:
        people = s.execute(query.order_by(m.Staff.name, m.Staff.email)).all()
        for staff_id, held in s.execute(
            select(m.StaffRole.staff_id, m.StaffRole.role).where(m.StaffRole.staff_id.in_(chosen))
        ):
            roles.setdefault(staff_id, []).append(held)
    return [StaffRow(staff_id, name, email, code, tuple(sorted(roles.get(staff_id, ()))))
            for staff_id, name, email, code in people]


def centre_detail(db: Database, centre_id: uuid.UUID, now: datetime | None = None) -> CentreDetail:
    """A centre's rooms, opening hours and whether it is open at ``now`` (default: now).

    Core only, like ``list_centres``: the window shows the first centre's details at start-up.
    """
    centres, rooms, hours_table = CENTRES, ROOMS, OPENING_HOURS
    with db.engine.connect() as connection:
        centre = connection.execute(
            select(centres.c.code, centres.c.name, centres.c.city, centres.c.country,
                   centres.c.time_zone).where(centres.c.id == centre_id)
        ).first()
        if centre is None:
            raise NotFound(f"No centre with id {centre_id}.")
        room_infos = tuple(
            RoomInfo(name, RoomKind(kind))
            for name, kind in connection.execute(
                select(rooms.c.name, rooms.c.kind).where(rooms.c.centre_id == centre_id)
                .order_by(rooms.c.name)
            )
        )
        hours = {
            weekday: (opens, closes)
            for weekday, opens, closes in connection.execute(
                select(hours_table.c.weekday, hours_table.c.opens, hours_table.c.closes)
                .where(hours_table.c.centre_id == centre_id)
            )
        }
    code, name, city, country, zone = centre
    week = week_of(hours)
    local_now = local_time(zone, now)
    return CentreDetail(centre_id, code, name, city, country, zone, room_infos, week, local_now,
                        is_open_at(week, local_now))


def contains_folded(connection: Connection, search: str,
                    *columns: Any) -> ColumnElement[bool] | None:
    """A condition: any of ``columns`` contains ``search`` ignoring case; None for no filter.

    SQLite's ``lower()`` folds ASCII only, so on SQLite a deterministic
    ``tl_fold`` function (``str.casefold``) is registered on ``connection``
    (the one that runs the query; from an ORM unit of work, ``s.connection()``).  On
    PostgreSQL ``lower()`` folds Unicode letters in a UTF-8 database.
    """
    needle = search.strip()
    if not needle:
        return None
    if connection.dialect.name == "sqlite":
        raw: Any = connection.connection.driver_connection
        raw.create_function(FOLD_FUNCTION, 1, _fold, deterministic=True)
        fold: Any = getattr(func, FOLD_FUNCTION)
        pattern = f"%{_escape_like(needle.casefold())}%"
    else:
        fold = func.lower
        pattern = f"%{_escape_like(needle.lower())}%"
    return or_(*(fold(column).like(pattern, escape=_ESCAPE) for column in columns))


def _fold(value: object) -> str | None:
    return None if value is None else str(value).casefold()


def _escape_like(text: str) -> str:
    """Escape LIKE's wildcards so that a typed % or _ is searched for literally."""
    return (
        text.replace(_ESCAPE, _ESCAPE * 2)
        .replace("%", _ESCAPE + "%")
        .replace("_", _ESCAPE + "_")
    )
