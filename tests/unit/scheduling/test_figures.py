"""Operations figures: planned, held, no-show rate, on-time share, room use, per centre and network."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.services.schedule import booking as svc
from testlab.services.schedule.figures import operations_figures
from tests.unit.scheduling.world import booking, build_world


def _started(db: Database, session_id: object, late: timedelta | None,
             status: m.SessionStatus = m.SessionStatus.COMPLETED) -> None:
    with db.session_factory.begin() as s:
        session = s.get_one(m.Session, session_id)
        session.status = status
        if late is not None:
            session.started_at = session.starts_at + late


def test_figures_of_a_week(db: Database) -> None:
    build_world(db)
    on_time = svc.book(db, booking("2027-06-07 10:00")).id  # Monday
    late = svc.book(db, booking("2027-06-07 11:00")).id
    no_show = svc.book(db, booking("2027-06-07 12:00")).id
    cancelled = svc.book(db, booking("2027-06-07 13:00")).id
    svc.book(db, booking("2027-06-08 10:00", centre_code="LIS"))  # planned, still to come
    svc.book(db, booking("2027-06-15 10:00"))  # next week: outside the period
    _started(db, on_time, timedelta(minutes=3))
    _started(db, late, timedelta(minutes=20))
    svc.mark_no_show(db, no_show, now=datetime(2027, 6, 7, 12, tzinfo=UTC))
    svc.cancel(db, cancelled)
    centres, network = operations_figures(db, date(2027, 6, 7), date(2027, 6, 13))
    paris = next(f for f in centres if f.centre_code == "PAR")
    assert (paris.planned, paris.held, paris.no_shows, paris.on_time) == (3, 2, 1, 1)
    assert paris.no_show_rate == pytest.approx(1 / 3)
    assert paris.on_time_share == 0.5
    # 2 rooms x 5 days x 9 hours open; 3 hours booked.
    assert paris.open_hours == 90 and paris.booked_hours == 3
    assert paris.room_use == pytest.approx(3 / 90)
    assert (network.planned, network.held, network.no_shows) == (4, 2, 1)
    assert network.open_hours == 270 and network.booked_hours == 4


def test_closed_days_are_not_open_hours_and_a_reversed_period_is_refused(db: Database) -> None:
    build_world(db)
    centres, _ = operations_figures(db, date(2027, 7, 12), date(2027, 7, 18))
    assert next(f for f in centres if f.centre_code == "PAR").open_hours == 72  # 14 July closed
    assert next(f for f in centres if f.centre_code == "PAR").no_show_rate is None
    with pytest.raises(InvalidInput, match="ends"):
        operations_figures(db, date(2027, 7, 18), date(2027, 7, 12))
