"""The Schedule section's reads: a centre's week in its local days (across a clock change),
the booking dialog's choices, a study across centres in a viewer's zone, the next pool code."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import insert, select

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import NotFound
from testlab.services.schedule import booking as svc
from testlab.services.schedule import week as reads
from tests.unit.scheduling.world import booking, build_world


def test_a_week_is_the_centres_monday_to_sunday_across_the_spring_change(db: Database) -> None:
    build_world(db)
    # Sunday 28 March 2027: Paris jumps from 02:00 to 03:00; Monday 22 is the week's first day.
    sunday = svc.book(db, booking("2027-03-28 03:30", outside_hours=True))
    monday = svc.book(db, booking("2027-03-22 00:30", outside_hours=True))
    svc.book(db, booking("2027-03-29 00:30", outside_hours=True))  # next week
    week = reads.centre_week(db, "par", date(2027, 3, 24), now=datetime(2027, 3, 24, 12, tzinfo=UTC))
    assert (week.monday, week.today, week.time_zone) == (date(2027, 3, 22), date(2027, 3, 24),
                                                          "Europe/Paris")
    assert [s.id for s in week.sessions] == [monday.id, sunday.id]
    assert [s.local_start.strftime("%a %H:%M %z") for s in week.sessions] \
        == ["Mon 00:30 +0100", "Sun 03:30 +0200"]
    assert week.rooms == ("Lab 1", "Lab 2") and week.hours[6].opens is None
    july = reads.centre_week(db, "PAR", date(2027, 7, 14))
    assert july.closed == ((date(2027, 7, 14), "Bastille Day"),)
    assert reads.centre_week(db, "PAR", None, now=datetime(2027, 3, 28, 23, tzinfo=UTC)).monday \
        == date(2027, 3, 29)  # 01:00 on Monday in Paris: the centre's today, not UTC's
    with pytest.raises(NotFound, match="XYZ"):
        reads.centre_week(db, "XYZ", date(2027, 3, 24))


def test_booking_choices_put_the_centres_studies_first(db: Database) -> None:
    build_world(db)
    with db.session_factory.begin() as s:
        study = s.scalar(select(m.Study.id).where(m.Study.title == "TV concept"))
        centre = s.scalar(select(m.Centre.id).where(m.Centre.code == "LIS"))
        s.execute(insert(m.StudyCentre).values(study_id=study, centre_id=centre,
                                               planned_sample=3))
    choices = reads.booking_choices(db, "LIS")
    assert choices.studies == ("TV concept", "Alpha round", "Beta round")
    assert choices.rooms == ("Lab 1", "Lab 2")
    assert [p.email for p in choices.facilitators] == ["ana@example.net", "bruno@example.net"]
    assert choices.participants == ("P-LIS-0001", "P-LIS-0002")
    assert reads.suggested_participant_code(db, "LIS") == "P-LIS-0003"


def test_a_study_across_centres_in_the_viewers_zone(db: Database) -> None:
    build_world(db)
    svc.book(db, booking("2027-06-09 10:00", centre_code="CAI"))  # Cairo summer time, UTC+3
    svc.book(db, booking("2027-06-09 10:00", centre_code="LIS",
                         facilitator_email="bruno@example.net"))
    overview = reads.study_overview(db, "Alpha round", "Asia/Tokyo")
    assert [(s.centre_code, s.local_start.strftime("%H:%M"), s.viewer_start.strftime("%H:%M"))
            for s in overview.sessions] == [("CAI", "10:00", "16:00"), ("LIS", "10:00", "18:00")]
    assert {(p.centre_code, p.booked) for p in overview.progress} == {("CAI", 1), ("LIS", 1)}
    assert reads.repeated_hour("Europe/Paris", datetime(2027, 10, 31, 2, 30))
    assert not reads.repeated_hour("Europe/Paris", datetime(2027, 10, 31, 3, 30))


def test_the_busiest_centre_is_the_one_with_most_sessions_in_the_coming_days(db: Database) -> None:
    build_world(db)
    now = datetime(2027, 3, 22, 6, tzinfo=UTC)
    assert reads.busiest_centre(db, now=now) is None  # nothing booked: no opinion
    svc.book(db, booking("2027-03-23 10:00"))
    svc.book(db, booking("2027-03-24 10:00"))
    assert reads.busiest_centre(db, now=now) == "PAR"
    assert reads.busiest_centre(db, now=datetime(2027, 4, 20, tzinfo=UTC)) is None  # past


def test_the_current_study_is_the_one_of_the_next_session_else_the_latest(db: Database) -> None:
    build_world(db)
    now = datetime(2027, 3, 22, 6, tzinfo=UTC)
    assert reads.current_study(db, now=now) is None  # no session at all
    svc.book(db, booking("2027-03-10 10:00"))  # past, Alpha round
    assert reads.current_study(db, now=now) == "Alpha round"  # the latest, none to come
    svc.book(db, booking("2027-04-02 10:00", study_title="TV concept"))
    cancelled = svc.book(db, booking("2027-03-25 10:00", study_title="Beta round"))
    svc.cancel(db, cancelled.id)  # a cancelled session does not make its study current
    assert reads.current_study(db, now=now) == "TV concept"
    svc.book(db, booking("2027-03-29 10:00", study_title="Beta round"))
    assert reads.current_study(db, now=now) == "Beta round"
