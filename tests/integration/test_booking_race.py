"""Two processes book the same slot at once, 100 times: never both succeed, the loser is told.

Each round both workers meet at a barrier and book the same room and facilitator at
the same local time (each with its own participant); the database lock makes one
wait for the other's commit, which then reads the winner's session and is refused.
Rounds alternate between the same room (room clash) and another room with the same
facilitator (facilitator clash).  Runs on both backends through the ``db`` fixture.
"""

from __future__ import annotations

import multiprocessing as mp
from datetime import datetime, timedelta
from typing import Any

from testlab import model as m
from testlab.db.database import Database, open_database
from testlab.errors import BookingRefused, TestLabError
from tests.unit.scheduling.world import booking, build_world

ROUNDS = 100
TIMEOUT = 120
FIRST = datetime(2027, 6, 7, 9, 0)  # a Monday, Paris


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False) if not db.is_sqlite else str(
        db.url.database)


def _start(round_: int) -> str:
    day, slot = divmod(round_, 8)
    week, weekday = divmod(day, 5)
    when = FIRST + timedelta(days=week * 7 + weekday, hours=slot)
    return when.isoformat(sep=" ")


def _worker(index: int, url: str, barrier: Any, results: Any) -> None:
    from testlab.services.schedule.booking import book

    db = open_database(url)
    try:
        for round_ in range(ROUNDS):
            room = "Lab 1" if round_ % 2 == 0 or index == 0 else "Lab 2"
            wanted = booking(_start(round_), room_name=room,
                             participant_code=f"P-PAR-000{index + 1}", study_title="TV concept")
            barrier.wait()
            try:
                book(db, wanted, cooldown_days=0)
                results.put((round_, index, "booked"))
            except BookingRefused as exc:
                results.put((round_, index, f"refused: {exc}"))
            except TestLabError as exc:
                results.put((round_, index, f"other: {exc}"))
            except Exception as exc:  # noqa: BLE001 - reported, and the test fails on it
                results.put((round_, index, f"raw: {type(exc).__name__}: {exc}"))
    finally:
        db.close()


def test_two_processes_booking_the_same_slot_never_both_succeed(db: Database) -> None:
    build_world(db)
    context = mp.get_context("spawn")
    barrier = context.Barrier(2, timeout=TIMEOUT)
    results = context.Queue()
    workers = [context.Process(target=_worker, args=(i, _url(db), barrier, results))
               for i in range(2)]
    for worker in workers:
        worker.start()
    outcomes: dict[int, list[str]] = {}
    for _ in range(ROUNDS * 2):
        round_, _index, outcome = results.get(timeout=TIMEOUT)
        outcomes.setdefault(round_, []).append(outcome)
    for worker in workers:
        worker.join(TIMEOUT)
        assert worker.exitcode == 0
    for round_, pair in sorted(outcomes.items()):
        assert sorted(o.split(":")[0] for o in pair) == ["booked", "refused"], (round_, pair)
        refusal = next(o for o in pair if o.startswith("refused"))
        clash = "room Lab 1 at PAR is already taken" if round_ % 2 == 0 else \
            "facilitator Ana Silva is already booked"
        assert clash in refusal, (round_, refusal)
    with db.session_factory() as s:
        assert s.query(m.Session).count() == ROUNDS
