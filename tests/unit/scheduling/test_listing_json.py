"""``schedule list --json`` shifts stored UTC text by offset spans: checked against the
plain listing (datetimes and zoneinfo, row by row) across every kind of offset change."""

from __future__ import annotations

import json
import random
import uuid
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert, select

from testlab import model as m
from testlab.db.database import Database
from testlab.scheduling.zones import offset_span
from testlab.services.schedule.listing_json import CHUNK, list_sessions_json
from tests.unit.scheduling.world import build_world, plain_listing

# The network's own changes (EU, Egypt, Morocco's Ramadan hour, Jordan's permanent
# summer time since 2022), half- and three-quarter-hour offsets, a date line far east,
# and a zone behind UTC with daylight saving.
ZONES = ("Europe/Paris", "Africa/Cairo", "Africa/Casablanca", "Asia/Amman", "Asia/Kolkata",
         "Asia/Kathmandu", "Pacific/Kiritimati", "America/St_Johns", "Africa/Abidjan")


def _offset(tz: ZoneInfo, at: datetime) -> timedelta | None:
    return at.astimezone(tz).utcoffset()


@pytest.mark.parametrize("zone_name", ZONES)
def test_an_offset_span_holds_one_offset_and_ends_at_the_changes(zone_name: str) -> None:
    tz, rng = ZoneInfo(zone_name), random.Random(zone_name)
    second = timedelta(seconds=1)
    for _ in range(60):
        instant = datetime(2026, 1, 1, tzinfo=UTC) + timedelta(seconds=rng.randrange(86400 * 900))
        begin, end, offset = offset_span(zone_name, instant)
        assert begin <= instant < end
        assert offset == _offset(tz, instant) == _offset(tz, begin) == _offset(tz, end - second)
        # Each bound is a change to the second, or the far reach when there is none.
        if end - instant < timedelta(days=400):
            assert _offset(tz, end) != offset
        if instant - begin < timedelta(days=400):
            assert _offset(tz, begin - second) != offset
        # Nothing in between differs (sampled every six hours).
        probe = begin
        while probe < end:
            assert _offset(tz, probe) == offset
            probe += timedelta(hours=6)


def test_the_paris_changes_are_found_to_the_second() -> None:
    spring = datetime(2027, 3, 28, 1, tzinfo=UTC)  # 02:00 CET becomes 03:00 CEST
    autumn = datetime(2027, 10, 31, 1, tzinfo=UTC)  # 03:00 CEST becomes 02:00 CET
    assert offset_span("Europe/Paris", datetime(2027, 6, 1, tzinfo=UTC)) == (
        spring, autumn, timedelta(hours=2))
    assert offset_span("Europe/Paris", spring - timedelta(seconds=1))[1:] == (
        spring, timedelta(hours=1))


def _network(db: Database) -> tuple[list[tuple[uuid.UUID, uuid.UUID | None]], list[uuid.UUID],
                                      list[uuid.UUID], list[uuid.UUID | None]]:
    """build_world plus one centre per zone of ``ZONES``: (room or None, centre) pairs,
    studies, staff and participants (None among them where a session may lack one)."""
    build_world(db)
    with db.session_factory.begin() as s:
        for number, zone_name in enumerate(ZONES):
            centre = m.Centre(code=f"Z{number:02d}", name=zone_name, city=zone_name,
                              country="FR", time_zone=zone_name)
            centre.rooms = [m.Room(name=f"Room {number}", kind=m.RoomKind.USABILITY_LAB)]
            s.add(centre)
            s.add(m.Participant(code=f"P-Z{number:02d}-0001", centre=centre))
    with db.session_factory() as s:
        places: list[tuple[uuid.UUID, uuid.UUID | None]] = [
            (centre_id, room_id) for room_id, centre_id in s.execute(
                select(m.Room.id, m.Room.centre_id)).all()]
        places += [(centre_id, None) for centre_id in s.scalars(select(m.Centre.id)).all()]
        studies = list(s.scalars(select(m.Study.id)).all())
        staff = list(s.scalars(select(m.Staff.id)).all())
        people: list[uuid.UUID | None] = [*s.scalars(select(m.Participant.id)).all(), None]
    return places, studies, staff, people


def test_the_json_listing_says_what_the_plain_listing_says_in_every_zone(db: Database) -> None:
    places, studies, staff, people = _network(db)
    rng = random.Random(11)
    first = datetime(2026, 10, 1, tzinfo=UTC)
    rows = []
    # More sessions than a chunk, on instants every 3 h 17 min across two years of
    # changes, plus every change's neighbourhood in each zone, plus odd seconds.
    instants = [first + timedelta(minutes=197 * i) for i in range(CHUNK + 400)]
    for zone_name in ZONES:
        at = first
        for _ in range(6):
            begin, end, _ = offset_span(zone_name, at)
            instants += [end + timedelta(seconds=d) for d in (-3600, -1, 0, 1, 1800)]
            at = end
    instants += [first + timedelta(days=40, seconds=7, microseconds=250_000),
                 first + timedelta(days=41, seconds=59)]
    statuses = list(m.SessionStatus)
    for instant in instants:
        centre_id, room_id = rng.choice(places)
        rows.append({
            "id": uuid.UUID(int=rng.getrandbits(128)), "study_id": rng.choice(studies),
            "centre_id": centre_id, "room_id": room_id,
            "facilitator_id": rng.choice([*staff, None]), "participant_id": rng.choice(people),
            "starts_at": instant, "planned_minutes": rng.choice((20, 45, 60, 90)),
            "status": rng.choice(statuses), "start_date_only": False,
            "outside_hours": rng.random() < 0.2,
        })
    with db.session_factory.begin() as s:
        s.execute(insert(m.Session), rows)

    whole = json.loads(list_sessions_json(db))
    assert len(whole) == len(rows)
    assert whole == plain_listing(db)
    # A local day filter cuts each centre at its own midnight, on a change day too.
    for first_day, last_day in ((date(2027, 3, 28), date(2027, 3, 28)),
                                (date(2026, 12, 31), date(2027, 1, 1)),
                                (date(2027, 10, 30), date(2027, 11, 2))):
        part = json.loads(list_sessions_json(db, first_day=first_day, last_day=last_day))
        assert part == plain_listing(db, first_day=first_day, last_day=last_day)
        assert part and {s["local_start"][:10] for s in part} <= {
            (first_day + timedelta(days=d)).isoformat()
            for d in range((last_day - first_day).days + 1)}
    assert json.loads(list_sessions_json(db, centre_code="z03")) == plain_listing(db, centre_code="Z03")


def test_an_empty_listing_is_an_empty_array(db: Database) -> None:
    build_world(db)
    assert list_sessions_json(db) == "[]"
    assert list_sessions_json(db, first_day=date(2027, 1, 1), last_day=date(2027, 1, 1)) == "[]"
