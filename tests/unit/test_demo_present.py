"""The demo lives in the present: its schedule is placed around the day it is loaded."""

from __future__ import annotations

from datetime import date, timedelta

from testlab.demo.generator import generate
from testlab.model.enums import SessionStatus

HELD = {SessionStatus.COMPLETED, SessionStatus.NO_SHOW, SessionStatus.CANCELLED}


def _sessions(today: date) -> list[tuple[date, SessionStatus]]:
    rows = generate(7, today=today).tables["sessions"]
    return sorted((r["starts_at"].date(), r["status"]) for r in rows)


def test_past_weeks_held_this_week_and_the_next_two_booked() -> None:
    for today in (date(2027, 3, 10), date(2031, 9, 18)):
        monday = today - timedelta(days=today.weekday())
        sessions = _sessions(today)
        # UTC dates: a session early on Monday in the east can be on Sunday in UTC.
        past = [status for day, status in sessions if day < monday - timedelta(days=1)]
        coming = [status for day, status in sessions if day > monday]
        assert past and set(past) <= HELD
        assert coming and set(coming) == {SessionStatus.SCHEDULED}
        for week in range(3):
            start = monday + timedelta(weeks=week)
            booked = [d for d, s in sessions
                      if start <= d < start + timedelta(days=7) and s == SessionStatus.SCHEDULED]
            assert len(booked) >= 8, (today, week, len(booked))
        # The two weeks before were held (seed 7: 11 and 8 sessions).
        assert sum(1 for d, _ in sessions if monday - timedelta(weeks=2) <= d < monday) >= 15


def test_same_seed_and_day_same_rows_another_week_moves_the_dates_only() -> None:
    assert generate(7, today=date(2027, 3, 10)).tables == generate(
        7, today=date(2027, 3, 10)).tables
    # Any day of the same week gives the same demo.
    assert _sessions(date(2027, 3, 8)) == _sessions(date(2027, 3, 14))
    later = _sessions(date(2027, 3, 17))
    assert [status for _, status in later] == [status for _, status in _sessions(
        date(2027, 3, 10))]
    assert later[0][0] - _sessions(date(2027, 3, 10))[0][0] == timedelta(weeks=1)


def test_without_a_day_the_demo_keeps_its_own_reference_week() -> None:
    assert generate(7).tables["sessions"] == generate(7, today=date(2026, 12, 2)).tables[
        "sessions"]
