"""One console write, timed on SQLite and PostgreSQL: called directly and through the console's
writer (``CoreCall.run_and_wait``), with the statements each write sends to the database.

The figures decide where the console's writes run (see ``ui/common/operations.py``).  Run on
demand: ``make bench`` or
``TESTLAB_TEST_POSTGRES_URL=… .venv/bin/python -m pytest -s tests/benchmarks/test_console_write_bench.py``.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import delete, event

from testlab import model as m
from testlab.db.database import Database
from testlab.services import sessions as svc
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.notes import add_observation
from testlab.services.recording.session import open_for_recording
from tests.ui.lab_world import build_lab
from ui.common.background import serial_runner
from ui.common.operations import FAILED, CoreCall

PC = "LAB-PC-BENCH"
ROUNDS = 200
# What a user takes for instant (the facilitator presses Enter and the next task is there).
INSTANT_MS = 100.0


def _median_ms(write: Callable[[], Any], after: Callable[[], None]) -> float:
    times = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        write()
        times.append((time.perf_counter() - start) * 1000)
        after()
    return statistics.median(times)


def _statements(db: Database, write: Callable[[], Any]) -> int:
    seen: list[str] = []

    def count(*_args: Any) -> None:
        seen.append("statement")

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        write()
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    return len(seen)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_console_writes_are_instant(backend, request, qapp):
    db: Database = request.getfixturevalue("sqlite_db" if backend == "sqlite" else "postgres_db")
    lab = build_lab(db)
    svc.check_in(db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    open_for_recording(db, lab.session_id, PC)
    task = lab.task_ids[0]
    writer = serial_runner()

    def attempt() -> Any:
        return record_attempt(db, lab.session_id, task, outcome="success", seconds=61.5,
                              rating=6, errors=1, assists=0, notes="", by=lab.staff_id,
                              workstation=PC)

    def observation() -> Any:
        return add_observation(db, lab.session_id, elapsed_seconds=12.5, text="Hesitates",
                               tags=["nav"], task_id=task, by=lab.staff_id, workstation=PC)

    def forget_attempt() -> None:  # untimed: the next round records the same task again
        with db.engine.begin() as connection:
            connection.execute(delete(m.TaskAttempt))

    def waited(write: Callable[[], Any]) -> Callable[[], Any]:
        def run() -> Any:
            result = CoreCall(None, write).run_and_wait(writer)
            assert result is not FAILED
            return result
        return run

    figures = {}
    for name, write, after in (("record_attempt", attempt, forget_attempt),
                               ("add_observation", observation, lambda: None)):
        for _ in range(10):  # warm the pool and the statement caches
            write()
            after()
        figures[name] = (_median_ms(write, after), _median_ms(waited(write), after),
                         _statements(db, write))
        after()
    writer.wait(5000)
    for name, (direct, through_writer, statements) in figures.items():
        print(f"\n{backend:8} {name:16} direct {direct:6.2f} ms · run_and_wait "
              f"{through_writer:6.2f} ms · {statements} statements (median of {ROUNDS})")
        assert through_writer < INSTANT_MS
        # The hop to the writer thread and back costs little next to the write itself
        # (absolute figures swing with the shared machine's load; this ratio does not).
        assert through_writer < direct * 1.5 + 2.0
