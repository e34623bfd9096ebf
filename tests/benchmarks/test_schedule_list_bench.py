"""``testlab schedule list --json`` over a year of the whole network (100,000 sessions),
against a floor measured in the same run.

Run explicitly:  .venv/bin/python -m pytest tests/benchmarks/test_schedule_list_bench.py -s

The database (the demo network, then 100,000 sessions spread over 2027 across its 23
centres, rooms, facilitators and studies) is built once per run in a temporary folder.

Timed, best of seven, the two interleaved so both see the same machine:
- the command's handler in-process: the query, names, each centre's local time, the
  local-day filter, JSON written to a file as a shell redirect would;
- the floor: the same period's ten raw session columns read through the bare ``sqlite3``
  driver and written with ``json.dumps`` (no names, no time zones, no order): what any
  JSON listing of these rows pays on this machine before doing its job.

Target: at most 1.5x the floor.  The issue's absolute goal, 300 ms, is printed beside it:
on the shared 2-core machine the floor alone takes ~330 ms (the bare fetch ~210 ms of it),
so no listing that reads the rows through Python answers in 300 ms here.

Measured 2026-12-04 on a fresh clone, machine quiet: 834 ms before this work, 414 ms
after against a floor of 353 ms (ratio 1.17); whole process 848 ms, 42.6 MB of JSON.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import sqlite3
import subprocess
import sys
import time
import uuid
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from testlab import model as m
from testlab.cli.schedule_cmd import handle_list
from testlab.db.database import open_database
from testlab.services.demo import load_demo_network

SESSIONS = 100_000
ROUNDS = 7
LIMIT_RATIO = 1.5


def _build(path: Path) -> None:
    db = open_database(str(path))
    try:
        load_demo_network(db, seed=3, today=date(2026, 11, 30))
        rng = random.Random(5)
        with db.session_factory.begin() as s:
            rooms = s.execute(select(m.Room.id, m.Room.centre_id)).all()
            staff = s.scalars(select(m.Staff.id)).all()
            studies = s.scalars(select(m.Study.id)).all()
            people = s.scalars(select(m.Participant.id)).all()
            first = datetime(2027, 1, 1, 7, tzinfo=UTC)
            rows = []
            for i in range(SESSIONS):
                room_id, centre_id = rooms[i % len(rooms)]
                rows.append({
                    "id": uuid.UUID(int=rng.getrandbits(128)), "study_id": rng.choice(studies),
                    "centre_id": centre_id, "room_id": room_id,
                    "facilitator_id": rng.choice(staff), "participant_id": rng.choice(people),
                    "starts_at": first + timedelta(minutes=5 * (i // len(rooms)) * 7),
                    "planned_minutes": 60, "status": m.SessionStatus.SCHEDULED,
                    "start_date_only": False, "outside_hours": False,
                })
            s.execute(insert(m.Session), rows)
    finally:
        db.close()


def _floor(path: Path) -> float:
    """Seconds to read the period's raw rows with the bare driver and dump them as JSON."""
    connection = sqlite3.connect(path)
    try:
        started = time.perf_counter()
        rows = connection.execute(
            "SELECT id, starts_at, planned_minutes, status, centre_id, room_id, study_id, "
            "facilitator_id, participant_id, outside_hours FROM sessions "
            "WHERE starts_at >= ? AND starts_at < ?",
            ("2026-12-31 10:00:00", "2028-01-01 12:00:00")).fetchall()
        Path(os.devnull).write_text(json.dumps(rows))
        return time.perf_counter() - started
    finally:
        connection.close()


def test_schedule_list_json_over_a_year_of_the_network(tmp_path: Path) -> None:
    path = tmp_path / "year.sqlite3"
    _build(path)
    db = open_database(str(path))
    args = argparse.Namespace(centre=None, study=None, facilitator=None,
                              first=date(2027, 1, 1), last=date(2027, 12, 31), json=True)
    out_path = tmp_path / "out.json"
    timings, floors = [], []
    try:
        for _ in range(ROUNDS):
            floors.append(_floor(path))
            with out_path.open("w", encoding="utf-8") as out, contextlib.redirect_stdout(out):
                started = time.perf_counter()
                handle_list(args, lambda: db)
                timings.append(time.perf_counter() - started)
    finally:
        db.close()
    listed = json.loads(out_path.read_text(encoding="utf-8"))
    started = time.perf_counter()
    whole = subprocess.run([sys.executable, "-m", "testlab", "--db", str(path), "schedule",
                            "list", "--from", "2027-01-01", "--to", "2027-12-31", "--json"],
                           capture_output=True, check=True)
    process = time.perf_counter() - started
    best, floor = min(timings), min(floors)
    ratio = best / floor
    print(f"\nschedule list --json: {len(listed):,} sessions in {best * 1000:.0f} ms "
          f"(best of {ROUNDS}; all: {', '.join(f'{t * 1000:.0f}' for t in timings)} ms); "
          f"floor {floor * 1000:.0f} ms; ratio {ratio:.2f} (limit {LIMIT_RATIO}); "
          f"whole process {process * 1000:.0f} ms, {len(whole.stdout) / 1e6:.1f} MB; "
          f"the issue's 300 ms {'met' if best < 0.300 else 'not met on this machine'}")
    assert len(listed) >= SESSIONS * 0.95
    assert json.loads(whole.stdout) == listed
    assert ratio <= LIMIT_RATIO
