"""Importing 100,000 attempts costs at most 3x a bare ``executemany`` of the same rows.

Run explicitly:  .venv/bin/python -m pytest tests/benchmarks/test_import_bench.py -s

Both sides run in the same test on two copies of the same database (reference
data and 10,000 participants already there): (a) the DB-API ``executemany`` of
the prepared session and attempt rows in one transaction, (b) ``import_results``
of a CSV holding the same attempts (reading, checking, resolving, inserting).
"""

from __future__ import annotations

import csv
import os
import random
import shutil
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from testlab import model as m
from testlab.db.database import Database, open_database
from testlab.services.results_io import import_results
from tests.conftest import POSTGRES_ENV

ATTEMPTS = 100_000
TASKS = 10
PARTICIPANTS = ATTEMPTS // TASKS
MAX_RATIO = 3.0
CENTRES = (("DKR", "Africa/Dakar"), ("PAR", "Europe/Paris"), ("LDZ", "Europe/Warsaw"),
           ("CAI", "Africa/Cairo"), ("AMM", "Asia/Amman"))
OUTCOMES = ("success", "success", "success", "success_assisted", "failure", "gave_up")


def _reference(db: Database) -> None:
    """Five centres, one product/stage/study with ten tasks, 10,000 participants."""
    with db.session_factory.begin() as s:
        centres = [m.Centre(code=code, name=code, city=code, country="XX", time_zone=tz)
                   for code, tz in CENTRES]
        product = m.Product(name="Bench app")
        stage = m.Stage(product=product, position=0, kind=m.StageKind.BETA, name="Beta 1")
        study = m.Study(stage=stage, title="Round 1", method=m.StudyMethod.MODERATED_LAB,
                        starts_on=date(2026, 1, 5), ends_on=date(2026, 12, 18),
                        status=m.StudyStatus.RUNNING)
        for position in range(TASKS):
            study.tasks.append(m.Task(position=position, key=f"task-{position}",
                                      title=f"Task {position}"))
        s.add_all([*centres, product])
        s.flush()
        s.execute(m.Participant.__table__.insert(), [
            {"id": uuid.uuid4(), "code": f"P-{centres[i % 5].code}-{i:05d}",
             "centre_id": centres[i % 5].id, "existing_customer": True,
             "created_at": datetime.now(UTC)}
            for i in range(PARTICIPANTS)
        ])


def _rows() -> list[list[str]]:
    """The CSV rows: one session per participant, ten attempts each, local start times."""
    rng = random.Random(2026)
    rows = []
    for i in range(PARTICIPANTS):
        code, _tz = CENTRES[i % 5]
        day = date(2026, 1, 5) + timedelta(days=i % 300)
        start = f"{day.isoformat()} {9 + i % 8:02d}:{(i * 7) % 60:02d}"
        for task in range(TASKS):
            outcome = rng.choice(OUTCOMES)
            seconds = f"{rng.uniform(5, 400):.1f}"
            rows.append([code, "Bench app", "Beta 1", "Round 1", f"task-{task}",
                         f"P-{code}-{i:05d}", start, outcome, seconds, str(rng.randint(1, 7)),
                         str(rng.randint(0, 3)), str(rng.randint(0, 2)), "note" if task else ""])
    return rows


def _write_csv(path: Path, rows: list[list[str]]) -> None:
    header = ["centre", "product", "stage", "study", "task_key", "participant", "session_start",
              "outcome", "seconds", "simplicity", "errors", "assists", "notes"]
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(header)
        writer.writerows(rows)


def _bare_params(db: Database, rows: list[list[str]]) -> tuple[list[tuple], list[tuple]]:
    """Session and attempt parameters in the driver's own types, prepared before timing."""
    sqlite = db.is_sqlite
    with db.session_factory() as s:
        centre_ids = dict(s.execute(select(m.Centre.code, m.Centre.id)).all())
        study_id = s.scalar(select(m.Study.id))
        tasks = dict(s.execute(select(m.Task.key, m.Task.id)).all())
        people = dict(s.execute(select(m.Participant.code, m.Participant.id)).all())
    zones = {code: ZoneInfo(tz) for code, tz in CENTRES}

    def uid(value: uuid.UUID) -> object:
        return value.hex if sqlite else value

    def when(value: datetime) -> object:
        return value.replace(tzinfo=None).isoformat(" ") if sqlite else value

    now = datetime.now(UTC)
    sessions, attempts, session_of = [], [], {}
    for row in rows:
        key = (row[0], row[5], row[6])
        if key not in session_of:
            session_of[key] = uuid.uuid4()
            start = datetime.fromisoformat(row[6]).replace(tzinfo=zones[row[0]]).astimezone(UTC)
            sessions.append((uid(session_of[key]), uid(study_id), uid(centre_ids[row[0]]),
                             uid(people[row[5]]), when(start), 60, "completed"))
        attempts.append((uid(uuid.uuid4()), uid(session_of[key]), uid(tasks[row[4]]), row[7],
                         float(row[8]), int(row[9]), int(row[10]), int(row[11]), row[12],
                         when(now)))
    return sessions, attempts


def _bare_executemany(db: Database, sessions: list[tuple], attempts: list[tuple]) -> None:
    mark = "?" if db.is_sqlite else "%s"
    connection = db.engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.executemany(
            "INSERT INTO sessions (id, study_id, centre_id, participant_id, starts_at, "
            f"planned_minutes, status) VALUES ({', '.join([mark] * 7)})", sessions)
        cursor.executemany(
            "INSERT INTO task_attempts (id, session_id, task_id, outcome, seconds, rating, "
            f"errors, assists, notes, recorded_at) VALUES ({', '.join([mark] * 10)})", attempts)
        connection.commit()
    finally:
        connection.close()


def _attempts(db: Database) -> int:
    with db.session_factory() as s:
        return s.scalar(select(func.count()).select_from(m.TaskAttempt)) or 0


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def two_databases(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """Two copies of one database holding the reference data (SQLite files or PG schemas)."""
    if request.param == "sqlite":
        template = tmp_path / "template.sqlite3"
        db = open_database(str(template))
        _reference(db)
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        copies = []
        for name in ("bare", "import"):
            shutil.copyfile(template, tmp_path / f"{name}.sqlite3")
            copies.append(open_database(str(tmp_path / f"{name}.sqlite3")))
        yield copies[0], copies[1]
        for copy in copies:
            copy.close()
        return
    base = os.environ.get(POSTGRES_ENV)
    if not base:
        pytest.skip(f"set {POSTGRES_ENV} to benchmark PostgreSQL")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    schemas = [f"tl_bench_{uuid.uuid4().hex[:10]}" for _ in range(2)]
    dbs = []
    for schema in schemas:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
        dbs.append(open_database(url.render_as_string(hide_password=False)))
        _reference(dbs[-1])
    yield dbs[0], dbs[1]
    for db, schema in zip(dbs, schemas, strict=True):
        db.close()
        with admin.connect() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def test_import_100k_within_3x_bare_executemany(two_databases: tuple[Database, Database],
                                                 tmp_path: Path) -> None:
    bare_db, import_db = two_databases
    rows = _rows()
    csv_path = tmp_path / "results_100k.csv"
    _write_csv(csv_path, rows)
    sessions, attempts = _bare_params(bare_db, rows)

    started = time.perf_counter()
    _bare_executemany(bare_db, sessions, attempts)
    bare = time.perf_counter() - started

    started = time.perf_counter()
    result = import_results(import_db, csv_path)
    imported = time.perf_counter() - started

    assert result.added == ATTEMPTS and _attempts(import_db) == _attempts(bare_db) == ATTEMPTS
    ratio = imported / bare
    backend = "SQLite" if bare_db.is_sqlite else "PostgreSQL"
    print(f"\n{backend}: {ATTEMPTS:,} attempts / {len(sessions):,} sessions: "
          f"bare executemany {bare:.2f} s, import_results {imported:.2f} s, "
          f"ratio {ratio:.2f} (limit {MAX_RATIO})")
    assert ratio <= MAX_RATIO
