"""A walk-in and the CSV import take the booking lock: each waits for a booking of the same
room being written, then is refused with the clash; into a free room they go as before."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import insert, select

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import BookingRefused, ImportRejected, TestLabError
from testlab.services import sessions as walk_ins
from testlab.services.schedule import booking as svc
from testlab.services.schedule.bulk import import_slots
from testlab.services.writes import write_unit
from tests.unit.scheduling.world import booking, build_world

NOW = datetime(2027, 6, 9, 8, 15, tzinfo=UTC)  # 10:15 in Paris, a Wednesday


def _ready(db: Database) -> tuple[object, dict[str, object]]:
    build_world(db)
    with db.session_factory.begin() as s:
        study_id = s.scalar(select(m.Study.id).where(m.Study.title == "Alpha round"))
        centre_id = s.scalar(select(m.Centre.id).where(m.Centre.code == "PAR"))
        rooms = {r.name: r.id for r in s.scalars(select(m.Room).where(
            m.Room.centre_id == centre_id))}
        s.execute(insert(m.StudyCentre).values(study_id=study_id, centre_id=centre_id,
                                               planned_sample=5))
    return study_id, rooms


def _walk_in(db: Database, study_id: object, room_id: object) -> walk_ins.SessionRow:
    return walk_ins.create_adhoc_session(
        db, study_id, centre_code="PAR", participant=walk_ins.NewParticipant(),  # type: ignore[arg-type]
        facilitator_id=None, conditions=walk_ins.Conditions(), room_id=room_id,  # type: ignore[arg-type]
        now=NOW)


def test_a_walk_in_into_a_booked_room_is_refused(db: Database) -> None:
    study_id, rooms = _ready(db)
    svc.book(db, booking("2027-06-09 10:00"))
    with pytest.raises(BookingRefused, match="room Lab 1 at PAR is already taken"):
        _walk_in(db, study_id, rooms["Lab 1"])
    row = _walk_in(db, study_id, rooms["Lab 2"])  # the other room is free
    assert row.starts_at == NOW


def _race(db: Database, second: object) -> list[object]:
    """A booking of PAR Lab 1 at 10:00 holds the lock while ``second()`` starts."""
    locked, outcome = threading.Event(), []

    def booker() -> None:
        wanted = booking("2027-06-09 10:00")
        with write_unit(db, lambda: "raced") as s:
            svc.serialise(s, [wanted])
            svc.book_in(s, wanted, svc.COOLDOWN_DAYS)
            locked.set()
            # Hold the lock while the walk-in starts: without the lock its checks would
            # read the room as free now, and both sessions would be saved.
            time.sleep(0.5)

    def other() -> None:
        try:
            outcome.append(second())  # type: ignore[operator]
        except TestLabError as exc:
            outcome.append(exc)

    first = threading.Thread(target=booker)
    first.start()
    assert locked.wait(10)
    racer = threading.Thread(target=other)
    racer.start()
    first.join(20)
    racer.join(20)
    return outcome


def test_a_walk_in_waits_for_a_booking_being_written_and_sees_its_clash(db: Database) -> None:
    study_id, rooms = _ready(db)
    [result] = _race(db, lambda: _walk_in(db, study_id, rooms["Lab 1"]))
    assert isinstance(result, BookingRefused)
    assert "room Lab 1 at PAR is already taken" in result.message
    with db.session_factory() as s:
        assert s.query(m.Session).count() == 1


def test_the_csv_import_waits_for_a_booking_being_written_and_sees_its_clash(
        db: Database) -> None:
    _ready(db)
    data = (b"centre;room;start;minutes;study;facilitator\n"
            b"PAR;Lab 2;2027-06-09 14:00;60;Beta round;bruno@example.net\n"
            b"PAR;Lab 1;2027-06-09 10:30;60;Beta round;bruno@example.net\n")
    [result] = _race(db, lambda: import_slots(db, data))
    assert isinstance(result, ImportRejected)
    assert [(line, "room Lab 1 at PAR is already taken" in text) for line, text
            in result.problems] == [(3, True)]
    with db.session_factory() as s:
        assert s.query(m.Session).count() == 1  # the booking only: the file is all or nothing
