"""The .ics export parsed back with icalendar: same sessions, same instants, stable UIDs."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from testlab.db.database import Database
from testlab.errors import InvalidInput, NotFound
from testlab.services.schedule import booking as svc
from testlab.services.schedule.listing import export_calendar, list_sessions
from tests.unit.scheduling.world import booking, build_world, plain_listing


def _events(data: bytes) -> dict[str, dict[str, object]]:
    calendar = Calendar.from_ical(data)
    assert {tz["TZID"] for tz in calendar.walk("VTIMEZONE")} >= {"Europe/Paris"}
    # Compared as UTC instants: Python never finds a time in the repeated hour equal to
    # one in another zone (PEP 495), even when it is the same instant.
    return {str(e["UID"]): {"start": e.decoded("DTSTART").astimezone(UTC),
                            "end": e.decoded("DTEND").astimezone(UTC),
                            "zone": str(e.decoded("DTSTART").tzinfo),
                            "sequence": int(e["SEQUENCE"]), "status": str(e["STATUS"]),
                            "summary": str(e["SUMMARY"])}
            for e in calendar.walk("VEVENT")}


def test_export_parses_back_to_the_same_instants_including_the_repeated_hour(
        db: Database) -> None:
    build_world(db)
    late = {"outside_hours": True, "minutes": 20}
    ids = [svc.book(db, booking("2027-06-09 10:00", participant_code="P-PAR-0001")).id,
           svc.book(db, booking("2027-10-31 02:30", fold=0, **late)).id,
           svc.book(db, booking("2027-10-31 02:30", fold=1, **late)).id,
           svc.book(db, booking("2027-06-09 10:00", centre_code="LIS",
                                facilitator_email="bruno@example.net")).id]
    events = _events(export_calendar(db, centre_code="PAR"))
    assert set(events) == {f"{i}@testlab.sessions" for i in ids[:3]}
    rows = {r.id: r for r in list_sessions(db, centre_code="PAR")}
    for session_id in ids[:3]:
        event = events[f"{session_id}@testlab.sessions"]
        assert event["start"] == rows[session_id].starts_at
        assert event["end"] == rows[session_id].starts_at + timedelta(minutes=rows[session_id].minutes)
        assert event["status"] == "CONFIRMED" and event["sequence"] == 0
    first, second = (events[f"{i}@testlab.sessions"]["start"] for i in ids[1:3])
    assert first == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert second == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    # The first Paris event is in the centre's zone, read in a viewer's zone (Dubai).
    paris = events[f"{ids[0]}@testlab.sessions"]["start"]
    assert isinstance(paris, datetime)
    assert events[f"{ids[0]}@testlab.sessions"]["zone"] == "Europe/Paris"
    assert paris.astimezone(ZoneInfo("Asia/Dubai")).hour == 12
    assert events[f"{ids[0]}@testlab.sessions"]["summary"] == "Alpha round - P-PAR-0001"


def test_a_changed_session_keeps_its_uid_with_a_higher_sequence_and_cancelled_says_so(
        db: Database) -> None:
    build_world(db)
    booked = svc.book(db, booking("2027-06-09 10:00"))
    uid = f"{booked.id}@testlab.sessions"
    before = _events(export_calendar(db, facilitator_email="ana@example.net"))[uid]
    svc.reschedule(db, booked.id, booking("2027-06-09 11:00"))
    moved = _events(export_calendar(db, facilitator_email="ana@example.net"))[uid]
    assert moved["sequence"] > before["sequence"]
    assert moved["start"] == datetime(2027, 6, 9, 9, 0, tzinfo=UTC)
    svc.cancel(db, booked.id)
    cancelled = _events(export_calendar(db, study_title="Alpha round"))[uid]
    assert cancelled["status"] == "CANCELLED" and cancelled["sequence"] > moved["sequence"]


def test_export_names_exactly_one_existing_subject(db: Database) -> None:
    build_world(db)
    with pytest.raises(InvalidInput, match="exactly one"):
        export_calendar(db, centre_code="PAR", study_title="Alpha round")
    with pytest.raises(NotFound, match="no centre with the code XYZ"):
        export_calendar(db, centre_code="xyz")


def test_list_filters_by_each_centres_local_day(db: Database) -> None:
    build_world(db)
    # 23:30 in Cairo on 9 June (UTC+3 in summer) is 20:30 UTC; 00:30 Paris on 10 June is 22:30.
    svc.book(db, booking("2027-06-09 23:30", centre_code="CAI", outside_hours=True))
    svc.book(db, booking("2027-06-10 00:30", outside_hours=True,
                         facilitator_email="bruno@example.net"))
    day = datetime(2027, 6, 9).date()
    rows = list_sessions(db, first_day=day, last_day=day)
    assert [(r.centre_code, r.local_start.hour) for r in rows] == [("CAI", 23)]


def test_the_fast_json_listing_says_what_the_plain_listing_says(db: Database) -> None:
    import json

    from testlab.services.schedule.listing_json import list_sessions_json

    build_world(db)
    svc.book(db, booking("2027-06-09 10:00", participant_code="P-PAR-0001"))
    svc.book(db, booking("2027-10-31 02:30", fold=1, outside_hours=True, minutes=20))
    svc.book(db, booking("2027-06-09 09:30", centre_code="LIS",
                         facilitator_email="bruno@example.net"))
    day = datetime(2027, 6, 9).date()
    for filters in ({}, {"centre_code": "par"}, {"study_title": "Alpha round"},
                    {"facilitator_email": "bruno@example.net"},
                    {"first_day": day, "last_day": day}):
        plain = plain_listing(db, **filters)
        assert json.loads(list_sessions_json(db, **filters)) == plain  # type: ignore[arg-type]
        assert plain
    with pytest.raises(NotFound, match="no study titled Nope"):
        list_sessions_json(db, study_title="Nope")
