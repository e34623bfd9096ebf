"""Degenerate data for the Schedule pages: an empty database, one session, unicode names,
a crowded week (300 sessions) and a pool of 10,000 participants."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import insert, select

from testlab import model as m
from testlab.db.database import Database
from tests.ui.schedule.conftest import WEDNESDAY, cell, open_week
from ui.schedule.pool_view import POOL_LIMIT, PoolView
from ui.schedule.study_view import StudyView
from ui.schedule.week_view import WeekView

MONDAY = date(2027, 6, 7)


def crowd(db: Database, count: int, *, centre: str = "PAR", minutes: int = 15) -> None:
    """``count`` back-to-back sessions over ``centre``'s rooms, Monday to Sunday 08:00-20:00."""
    with db.session_factory() as s:
        centre_id, zone_name = s.execute(select(m.Centre.id, m.Centre.time_zone)
                                         .where(m.Centre.code == centre)).one()
        rooms = s.scalars(select(m.Room.id).where(m.Room.centre_id == centre_id)
                          .order_by(m.Room.name)).all()
        study_id = s.scalar(select(m.Study.id).order_by(m.Study.title))
        staff = s.scalars(select(m.Staff.id)).all()
    from zoneinfo import ZoneInfo

    tz = ZoneInfo(zone_name)
    per_day = (12 * 60) // minutes
    rows = []
    for number in range(count):
        room = rooms[number % len(rooms)]
        slot = number // len(rooms)
        day, at = divmod(slot, per_day)
        local = datetime.combine(MONDAY + timedelta(days=day % 7), time(8), tz) + \
            timedelta(minutes=at * minutes)
        rows.append({"id": uuid.uuid4(), "study_id": study_id, "centre_id": centre_id,
                     "room_id": room, "facilitator_id": staff[number % len(staff)],
                     "participant_id": None, "starts_at": local.astimezone(UTC),
                     "planned_minutes": minutes, "status": m.SessionStatus.SCHEDULED,
                     "start_date_only": False, "outside_hours": False})
    with db.engine.begin() as connection:
        connection.execute(insert(m.Session), rows)


def test_empty_database(qtbot, sqlite_db, runner):
    week = WeekView(sqlite_db, runner, centre_code=None)
    qtbot.addWidget(week)
    assert "No centre yet" in week.title.text() and week.centre.count() == 0
    week.grid.activate()  # nothing to book: nothing happens
    assert week.dialog is None
    study = StudyView(sqlite_db, runner)
    qtbot.addWidget(study)
    assert "No study yet" in study.summary.text()
    pool = PoolView(sqlite_db, runner, centre_code=None)
    qtbot.addWidget(pool)
    assert "No centre yet" in pool.message.text()
    pool.add_participant()
    assert pool.dialog is None


def test_one_session_and_unicode_names(qtbot, world, runner):
    with world.session_factory.begin() as s:
        centre = s.scalar(select(m.Centre).where(m.Centre.code == "CAI"))
        centre.name = "مركز القاهرة"
        centre.rooms[0].name = "Łódź Śródmieście"
        s.scalar(select(m.Study).where(m.Study.title == "Alpha round")).title = "Timișoara Cetate"
    from testlab.services.schedule import booking as svc
    from tests.unit.scheduling.world import booking

    svc.book(world, booking("2027-06-09 10:00", centre_code="CAI", room_name="Łódź Śródmieście",
                            study_title="Timișoara Cetate", participant_code="P-CAI-0001"))
    view = open_week(qtbot, world, runner, centre="CAI")
    assert "مركز القاهرة" in view.title.text()
    assert "Łódź Śródmieście" in view.grid.rooms
    shown = view.grid.session_at(cell(view, WEDNESDAY, 10, room="Łódź Śródmieście"))
    assert shown is not None and shown.study_title == "Timișoara Cetate"
    assert shown.local_start.utcoffset() == timedelta(hours=3)  # Cairo's summer time
    view.grid.grab()  # paints without error


def test_a_crowded_week(qtbot, world, runner):
    crowd(world, 300)
    view = open_week(qtbot, world, runner)
    assert len(view.week.sessions) == 300
    assert "300 sessions" in view.title.text()
    picture = view.grid.grab()
    assert not picture.isNull()
    # Every session is drawn in its room's column, none lost off the grid.
    assert all(view.grid.session_rect(s) is not None for s in view.week.sessions)
    assert view.grid.first_minute <= 8 * 60 and view.grid.last_minute >= 20 * 60


def test_a_pool_of_ten_thousand(qtbot, world, runner):
    with world.session_factory() as s:
        centre_id = s.scalar(select(m.Centre.id).where(m.Centre.code == "PAR"))
    with world.engine.begin() as connection:
        connection.execute(insert(m.Participant), [
            {"id": uuid.uuid4(), "code": f"P-PAR-{number:05d}", "centre_id": centre_id,
             "existing_customer": True} for number in range(10, 10_010)])
    view = PoolView(world, runner, centre_code="PAR")
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.pool_model.total_rows == POOL_LIMIT, timeout=20_000)
    assert "narrow the search" in view.message.text()
    with qtbot.waitSignal(view.pool_listed, timeout=10_000) as listed:
        view.search.setText("P-PAR-0999")
    assert listed.args == [10]


def test_a_pc_without_a_centre_opens_the_week_where_the_demo_is_booked(qtbot, demo_db, runner):
    from testlab.services.schedule.listing import list_sessions
    from testlab.services.schedule.week import busiest_centre

    week = WeekView(demo_db, runner, centre_code=None)
    qtbot.addWidget(week)
    expected = busiest_centre(demo_db)
    assert expected is not None and week.centre_code == expected
    coming = list_sessions(demo_db, centre_code=expected, first_day=datetime.now(UTC).date(),
                           last_day=datetime.now(UTC).date() + timedelta(days=13))
    assert coming  # the week shown is a centre with work in the coming days


def test_the_study_page_opens_on_the_demos_running_study_at_today(qtbot, demo_db, runner):
    from ui.schedule.study_view import StudyView

    view = StudyView(demo_db, runner)
    qtbot.addWidget(view)
    view.resize(1366, 300)  # a few rows in sight
    view.show()
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10_000)
    now = datetime.now(UTC)
    ends = [s.viewer_start + timedelta(minutes=s.minutes) for s in view.overview.sessions]
    coming = next((row for row, end in enumerate(ends) if end >= now), None)
    assert coming is not None, "the study opened on has nothing to come"
    assert coming > 0, "the demo's running study should have sessions held already"
    table = view.sessions_table
    # The next session is in sight, scrolled to the top when the table can go so far.
    qtbot.waitUntil(lambda: table.rowAt(0) > 0, timeout=5_000)
    shown = table.visualRect(view.sessions_model.index(coming, 0))
    assert table.viewport().rect().contains(shown)
    assert table.rowAt(0) == coming or table.verticalScrollBar().value() == \
        table.verticalScrollBar().maximum()
