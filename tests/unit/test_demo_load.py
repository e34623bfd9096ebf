"""Loading the demo network into real databases: contents, determinism, refusal, cancel."""

from __future__ import annotations

from collections import defaultdict
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import case, func, select, text

from testlab.db.database import Database, open_database
from testlab.demo.generator import DemoCancelled
from testlab.errors import Conflict
from testlab.model import (
    Centre,
    OpeningHours,
    Outcome,
    Room,
    Session,
    Stage,
    Study,
    Task,
    TaskAttempt,
)
from testlab.services.demo import is_empty, load_demo_network
from testlab.services.info import database_info
from tests.conftest import DEMO_TODAY

# Tables compared between two loads; between them they hold every kind of value.
COMPARED = ("centres", "opening_hours", "rooms", "staff", "staff_roles", "stages", "tasks",
            "participants", "participant_contacts", "sessions", "task_attempts",
            "questionnaires", "observations", "findings", "finding_stage_status")


def dump(db: Database) -> dict[str, list[tuple]]:
    with db.engine.connect() as connection:
        return {
            name: [tuple(row) for row in connection.execute(
                text(f"SELECT * FROM {name} ORDER BY 1, 2"))]
            for name in COMPARED
        }


def test_same_seed_gives_identical_files_and_another_seed_differs(
    demo_db: Database, sqlite_db: Database, tmp_path: Path
) -> None:
    load_demo_network(sqlite_db, seed=7, today=DEMO_TODAY)
    assert dump(sqlite_db) == dump(demo_db)
    other = open_database(str(tmp_path / "other.sqlite3"))
    try:
        load_demo_network(other, seed=8)
        assert dump(other)["sessions"] != dump(demo_db)["sessions"]
        assert dump(other)["centres"] != dump(demo_db)["centres"]  # ids differ
    finally:
        other.close()


def test_sessions_lie_in_local_opening_hours_in_rooms_of_their_centre(demo_db: Database) -> None:
    with demo_db.session_factory() as s:
        zones = dict(s.execute(select(Centre.id, Centre.time_zone)).all())
        hours = {(h.centre_id, h.weekday): (h.opens, h.closes)
                 for h in s.scalars(select(OpeningHours))}
        room_centre = dict(s.execute(select(Room.id, Room.centre_id)).all())
        sessions = s.scalars(select(Session)).all()
    assert sessions
    for session in sessions:
        assert session.starts_at.utcoffset() == timedelta(0)
        assert room_centre[session.room_id] == session.centre_id
        local = session.starts_at.astimezone(ZoneInfo(zones[session.centre_id]))
        opens, closes = hours[(session.centre_id, local.weekday())]
        end = local + timedelta(minutes=session.planned_minutes)
        assert opens <= local.time() and end.time() <= closes and end.date() == local.date()


def test_completion_improves_from_first_to_last_tested_stage(demo_db: Database) -> None:
    success = func.avg(case((TaskAttempt.outcome == Outcome.SUCCESS, 1.0), else_=0.0))
    query = (
        select(Stage.product_id, Stage.position, success)
        .join(Study, Study.stage_id == Stage.id)
        .join(Task, Task.study_id == Study.id)
        .join(TaskAttempt, TaskAttempt.task_id == Task.id)
        .where(TaskAttempt.outcome != Outcome.SKIPPED)
        .group_by(Stage.product_id, Stage.position)
        .order_by(Stage.product_id, Stage.position)
    )
    with demo_db.session_factory() as s:
        rates = defaultdict(list)
        for product_id, _position, rate in s.execute(query):
            rates[product_id].append(float(rate))
    gains = [r[-1] - r[0] for r in rates.values() if len(r) >= 2]
    assert len(gains) == 6
    assert sum(gains) / len(gains) > 0.1
    assert all(g > 0 for g in gains)


def test_refuses_a_database_with_centres_and_leaves_it_unchanged(demo_db: Database) -> None:
    before = dump(demo_db)
    with pytest.raises(Conflict, match="already holds 23 centre"):
        load_demo_network(demo_db, seed=1)
    assert dump(demo_db) == before
    assert not is_empty(demo_db)


def test_cancel_during_insert_rolls_everything_back(sqlite_db: Database) -> None:
    calls: list[tuple[int, int]] = []
    with pytest.raises(DemoCancelled):
        load_demo_network(sqlite_db, seed=1, progress=lambda d, t: calls.append((d, t)),
                  cancelled=lambda: len(calls) >= 12)  # well inside the inserts
    assert len(calls) == 12
    assert is_empty(sqlite_db)
    assert database_info(sqlite_db).attempts == 0


def test_progress_reports_every_step_up_to_the_total(sqlite_db: Database) -> None:
    calls: list[tuple[int, int]] = []
    summary = load_demo_network(sqlite_db, seed=2, progress=lambda d, t: calls.append((d, t)))
    total = calls[-1][1]
    assert [d for d, _ in calls] == list(range(1, total + 1))
    assert all(t == total for _, t in calls)
    info = database_info(sqlite_db)
    assert (info.centres, info.sessions, info.attempts) == (
        summary.centres, summary.sessions, summary.attempts)


@pytest.mark.postgres
def test_loads_on_postgresql(postgres_db: Database) -> None:
    assert is_empty(postgres_db)
    summary = load_demo_network(postgres_db, seed=7)
    info = database_info(postgres_db)
    assert info.centres == 23 and info.sessions == summary.sessions
    assert info.attempts == summary.attempts
    with postgres_db.session_factory() as s:
        names = set(s.scalars(select(Centre.name)))
    assert any("عمّان" in name for name in names)
    with pytest.raises(Conflict):
        load_demo_network(postgres_db, seed=7)
