"""Generate the demo network's rows: centres, opening hours, rooms and staff of every role."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass

from testlab.demo.network_data import (
    ADMIN_HOMES,
    CENTRES,
    DESIGNER_HOMES,
    NAMES,
    OWNER_HOMES,
    STAFF_DOMAIN,
    CentreData,
    NamePool,
)
from testlab.demo.rows import DemoRows, new_id, split_name
from testlab.model.enums import Role, RoomKind


@dataclass(frozen=True)
class CentreInfo:
    """A generated centre: its id, its data, its rooms and its facilitators."""

    id: uuid.UUID
    data: CentreData
    rooms: tuple[tuple[uuid.UUID, RoomKind], ...]
    facilitators: tuple[uuid.UUID, ...]

    def room_for(self, wanted: RoomKind) -> uuid.UUID:
        """The first room of the kind wanted, else the centre's first (usability) room."""
        for room_id, kind in self.rooms:
            if kind == wanted:
                return room_id
        return self.rooms[0][0]


@dataclass(frozen=True)
class NetworkIndex:
    """What later generation steps need to know about the network."""

    centres: dict[str, CentreInfo]
    designers: tuple[uuid.UUID, ...]
    owners: tuple[uuid.UUID, ...]


def person_name(rng: random.Random, pool: NamePool) -> tuple[str, str, str]:
    """A plausible (full name, ASCII first name, ASCII family name) from a region's names."""
    female = rng.random() < 0.5
    given, given_latin = split_name(rng.choice(pool.female if female else pool.male))
    family_entry = rng.choice(pool.family)
    if "/" in family_entry:
        family_entry = family_entry.split("/")[1 if female else 0]
    family, family_latin = split_name(family_entry)
    return f"{given} {family}", given_latin, family_latin


class _StaffMaker:
    """Adds staff rows with unique names and e-mail addresses."""

    def __init__(self, rng: random.Random, rows: DemoRows) -> None:
        self._rng = rng
        self._rows = rows
        self._names: set[str] = set()
        self._emails: set[str] = set()

    def add(self, centre: CentreInfo | None, region: str, roles: tuple[Role, ...]) -> uuid.UUID:
        """One member of staff from ``region``, at home in ``centre``, with ``roles``."""
        name, given, family = person_name(self._rng, NAMES[region])
        while name in self._names:
            name, given, family = person_name(self._rng, NAMES[region])
        self._names.add(name)
        stem = f"{given}.{family}".replace("'", "")
        email, n = f"{stem}@{STAFF_DOMAIN}", 2
        while email in self._emails:
            email, n = f"{stem}{n}@{STAFF_DOMAIN}", n + 1
        self._emails.add(email)
        staff_id = new_id(self._rng)
        self._rows.add("staff", {
            "id": staff_id, "name": name, "email": email,
            "home_centre_id": centre.id if centre else None,
        })
        for role in roles:
            self._rows.add("staff_roles", {"staff_id": staff_id, "role": role})
        return staff_id


def build_network(rng: random.Random, rows: DemoRows) -> NetworkIndex:
    """Add the 23 centres with hours and rooms, and their staff; return the index."""
    staff = _StaffMaker(rng, rows)
    centres: dict[str, CentreInfo] = {}
    for data in CENTRES:
        centre_id = new_id(rng)
        rows.add("centres", {
            "id": centre_id, "code": data.code, "name": data.name, "city": data.city,
            "country": data.country, "time_zone": data.time_zone,
        })
        for weekday in sorted(data.hours):
            opens, closes = data.hours[weekday]
            rows.add("opening_hours", {
                "centre_id": centre_id, "weekday": weekday, "opens": opens, "closes": closes,
            })
        rooms = []
        for room_name, kind in data.rooms:
            room_id = new_id(rng)
            rows.add("rooms", {
                "id": room_id, "centre_id": centre_id, "name": room_name, "kind": kind,
            })
            rooms.append((room_id, kind))
        info = CentreInfo(centre_id, data, tuple(rooms), ())
        # Bigger centres have a third facilitator; the first one of those manages it.
        count = 3 if len(rooms) >= 3 else 2
        facilitators = tuple(
            staff.add(info, data.region,
                      (Role.FACILITATOR, Role.ADMIN) if i == 0 and count == 3
                      else (Role.FACILITATOR,))
            for i in range(count)
        )
        centres[data.code] = CentreInfo(centre_id, data, tuple(rooms), facilitators)

    def network_staff(homes: tuple[str, ...], roles: tuple[Role, ...]) -> tuple[uuid.UUID, ...]:
        return tuple(staff.add(centres[code], centres[code].data.region, roles) for code in homes)

    designers = network_staff(DESIGNER_HOMES, (Role.DESIGNER,))
    owners = network_staff(OWNER_HOMES, (Role.PRODUCT_OWNER,))
    network_staff(ADMIN_HOMES, (Role.ADMIN,))
    return NetworkIndex(centres=centres, designers=designers, owners=owners)
