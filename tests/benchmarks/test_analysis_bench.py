"""Benchmark of ``testlab.analysis`` on one million task attempts (run on demand).

    .venv/bin/python -m pytest tests/benchmarks/test_analysis_bench.py -s

Builds (once, cached under the system temp folder) a SQLite database of 120,000
sessions, 23 centres, 200 products and over a million attempts with the bare
``sqlite3`` ``executemany`` (the ORM would take minutes), then measures in the same run:
(a) the bare grouped SQL aggregate of one product and (b) that product's full
analysis; the bare grouped SQL over the whole database and the analysis of every
product; and the peak memory of the whole-network analysis in a subprocess.
"""

from __future__ import annotations

import json
import math
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, String, case, func, select, type_coerce
from sqlalchemy.sql import Select

from testlab import model as m
from testlab.analysis.queries import product_tasks
from testlab.db import Database, open_database

CENTRES = 23
PRODUCTS = 200
SESSIONS = 120_000
FACILITATORS_PER_CENTRE = 4
SEED = 20260501
# Bump when the generator or the schema changes, so a cached database is rebuilt
# (8: questionnaires carry their study and SUS points, migrations 0003 and 0004).
DATA_VERSION = 8
TARGET_PRODUCT_MS = 50.0

DEVICES = [d.value for d in m.DeviceKind][:5]
NETWORKS = [n.value for n in m.Network][:5]
SETTINGS = [s.value for s in m.Setting]
STAGE_KINDS = [k.value for k in m.StageKind]


def _uid(rng: random.Random) -> str:
    """A random version-4 UUID as SQLAlchemy's ``Uuid`` stores it on SQLite: 32 hex digits."""
    bits = rng.getrandbits(128)
    bits = (bits & ~(0xF000 << 64)) | (0x4000 << 64)  # version 4
    bits = (bits & ~(0xC000 << 48)) | (0x8000 << 48)  # RFC 4122 variant
    return f"{bits:032x}"


#: How ``UTCDateTime`` stores an instant on SQLite: naive UTC wall time with microseconds.
STORED_NOW = "2026-01-01 00:00:00.000000"


def build_database(db: Database) -> dict[str, int]:
    """Fill ``db`` with the benchmark network; returns row counts.

    Values are pre-converted to what SQLAlchemy would store on SQLite (UUIDs as 32 hex
    digits, enums as their values, instants as naive UTC text, dates as ISO text) and
    written with the bare ``sqlite3`` ``executemany``: the ORM would take minutes and
    Core inserts with per-value type conversion most of a minute.
    """
    started = time.perf_counter()
    rng = random.Random(SEED)
    centres = [(_uid(rng), f"C{i:02d}", f"Centre {i}", f"City {i}", "FR", "Europe/Paris")
               for i in range(CENTRES)]
    staff = [(_uid(rng), f"Facilitator {c}-{k}", f"f{c}-{k}@example.com", centres[c][0])
             for c in range(CENTRES) for k in range(FACILITATORS_PER_CENTRE)]
    products, stages, studies, tasks = [], [], [], []
    tasks_of: dict[str, list[str]] = {}
    for p in range(PRODUCTS):
        product_id = _uid(rng)
        products.append((product_id, f"Product {p:03d}", ""))
        keys = [f"task-{k}" for k in range(rng.randint(7, 11))]
        for position in range(rng.randint(2, 4)):
            stage_id = _uid(rng)
            stages.append((stage_id, product_id, position, STAGE_KINDS[position],
                           f"Stage {position}"))
            for round_ in range(rng.randint(1, 2)):
                study_id = _uid(rng)
                start = date(2020, 1, 1) + timedelta(days=rng.randint(0, 2000))
                studies.append((study_id, stage_id, f"Round {round_}", "", "moderated_lab",
                                start.isoformat(), (start + timedelta(days=5)).isoformat(),
                                "closed"))
                for position_t, key in enumerate(keys):
                    task_id = _uid(rng)
                    tasks.append((task_id, study_id, position_t, key, f"Do {key}", "", "",
                                  60.0 + 10 * position_t))
                    tasks_of.setdefault(study_id, []).append(task_id)
    sessions, attempts, questionnaires = [], [], []
    outcomes = ["success"] * 70 + ["success_assisted"] * 8 + ["failure"] * 10 + [
        "gave_up"] * 5 + ["false_completion"] * 4 + ["skipped"] * 3
    statuses = ["completed"] * 94 + ["running", "cancelled", "no_show"] * 2
    gauss, randrange, randint, choice = rng.gauss, rng.randrange, rng.randint, rng.choice
    for _ in range(SESSIONS):
        study_id = studies[randrange(len(studies))][0]
        centre = randrange(CENTRES)
        session_id = _uid(rng)
        status = statuses[randrange(len(statuses))]
        facilitator = staff[centre * FACILITATORS_PER_CENTRE
                            + randrange(FACILITATORS_PER_CENTRE)][0]
        sessions.append((session_id, study_id, centres[centre][0], facilitator, STORED_NOW, 60,
                         status, choice(DEVICES), choice(NETWORKS), choice(SETTINGS)))
        if status in ("cancelled", "no_show"):
            continue
        for task_id in tasks_of[study_id]:
            outcome = outcomes[randrange(len(outcomes))]
            skipped = outcome == "skipped"
            attempts.append((
                _uid(rng), session_id, task_id, outcome,
                None if skipped else round(math.exp(gauss(4.0, 0.6)), 1),
                None if skipped else randint(1, 7),
                randrange(3), int(outcome == "success_assisted"), "", STORED_NOW,
            ))
        if status == "completed":
            questionnaires.append((session_id, study_id, *(randint(1, 5) for _ in range(10)),
                                   randint(0, 10), randint(1, 5), ""))
    inserts = (
        ("centres (id, code, name, city, country, time_zone)", centres),
        ("staff (id, name, email, home_centre_id)", staff),
        ("products (id, name, description)", products),
        ("stages (id, product_id, position, kind, name)", stages),
        ("studies (id, stage_id, title, objectives, method, starts_on, ends_on, status)",
         studies),
        ("tasks (id, study_id, position, key, title, scenario, success_criteria, "
         "target_seconds)", tasks),
        ("sessions (id, study_id, centre_id, facilitator_id, starts_at, planned_minutes, "
         "status, device_kind, network, setting)", sessions),
        ("task_attempts (id, session_id, task_id, outcome, seconds, rating, errors, assists, "
         "notes, recorded_at)", attempts),
        ("questionnaires (session_id, study_id, sus_1, sus_2, sus_3, sus_4, sus_5, sus_6, sus_7, "
         "sus_8, sus_9, sus_10, recommend, satisfaction, comments)", questionnaires),
    )
    generated = time.perf_counter()
    with db.engine.connect() as conn:
        raw: Any = conn.connection.driver_connection
        raw.commit()  # nothing pending; the inserts below are one transaction of their own
        cursor = raw.cursor()
        # A cache big enough for the indexes of random UUID keys (else pages churn to
        # disk), and no per-row foreign key look-ups: the generator made the keys.
        cursor.execute("PRAGMA cache_size = -400000")
        cursor.execute("PRAGMA foreign_keys = OFF")
        cursor.execute("BEGIN")
        # Plain indexes are built once after the rows (a sort), not row by row.
        indexes = cursor.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
        for name, _sql in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
        for target, rows in inserts:
            marks = ", ".join("?" * len(rows[0]))
            cursor.executemany(f"INSERT INTO {target} VALUES ({marks})", rows)
        for _name, sql in indexes:
            cursor.execute(sql)
        cursor.execute("COMMIT")
        cursor.execute("ANALYZE")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA cache_size = -2000")
        cursor.close()
    print(f"\ngenerated in {generated - started:.1f} s, written in "
          f"{time.perf_counter() - generated:.1f} s")
    return {"sessions": len(sessions), "attempts": len(attempts), "tasks": len(tasks),
            "studies": len(studies), "questionnaires": len(questionnaires)}


def cached_database() -> Path:
    """The benchmark SQLite file, built on first use and reused by later runs."""
    folder = Path(tempfile.gettempdir()) / "testlab-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"analysis-v{DATA_VERSION}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in folder.glob(partial.name + "*"):
            leftover.unlink()
        db = open_database(str(partial))
        try:
            started = time.perf_counter()
            counts = build_database(db)
            print(f"\nbuilt benchmark database in {time.perf_counter() - started:.1f} s: {counts}")
        finally:
            db.close()
        partial.rename(path)
    return path


BENCH_PRODUCT = "Product 100"


def bare_grouped_sums(product_id: uuid.UUID | None) -> Select[Any]:
    """(a): the bare grouped SQL aggregate of attempts, by task and outcome.

    Every count and sum the task figures rest on (STATS.md: counts, Σ ln t, Σ (ln t)²,
    Σ t, Σ t², Σ r, Σ r², r ≥ 6, errors, assists), along the covering index of attempts by
    task and outcome, for one product or the whole database: the floor the analysis is
    measured against. Nothing is done with the rows but fetching them.
    """
    a = m.TaskAttempt
    ln_t = func.ln(a.seconds)
    # Keys come back as stored (no UUID or enum conversion per row), as the analysis reads them.
    query = select(
        type_coerce(a.task_id, String), type_coerce(a.outcome, String), func.count(), func.count(a.seconds), func.sum(ln_t),
        func.sum(ln_t * ln_t), func.sum(a.seconds), func.sum(a.seconds * a.seconds),
        func.count(a.rating), func.sum(a.rating), func.sum(a.rating * a.rating),
        func.count(case((a.rating >= 6, 1))), func.sum(a.errors), func.sum(a.assists),
    ).where(a.outcome != m.Outcome.SKIPPED)
    if product_id is not None:
        query = query.where(a.task_id.in_(product_tasks(product_id)))
    return query.group_by(a.task_id, a.outcome)


def ensure_ln(connection: Connection) -> None:
    """Give a SQLite build without the math functions an ``ln()`` (the bare query needs it)."""
    raw: Any = connection.connection.dbapi_connection
    try:
        raw.execute("SELECT ln(2.0)").fetchone()
    except Exception:  # sqlite3.OperationalError: no such function
        raw.create_function("ln", 1, math.log, deterministic=True)


def best_of(runs: int, work: Callable[[], Any]) -> float:
    """The fastest of ``runs`` timed calls, in milliseconds (after one warm-up call)."""
    return best_of_each(runs, work)[0]


def best_of_each(runs: int, *works: Callable[[], Any]) -> list[float]:
    """The fastest of ``runs`` timed calls of each, in milliseconds, taken in turns.

    Taking turns (a, b, a, b, …) after one warm-up call of each puts both sides of a
    ratio under the same conditions: this shared 2-core machine speeds up and slows down
    by up to 2× from one second to the next.
    """
    for work in works:
        work()
    timings: list[list[float]] = [[] for _ in works]
    for _ in range(runs):
        for work, times in zip(works, timings, strict=True):
            started = time.perf_counter()
            work()
            times.append((time.perf_counter() - started) * 1000)
    return [min(times) for times in timings]


@pytest.fixture(scope="module")
def bench_db() -> Iterator[Database]:
    db = open_database(str(cached_database()))
    yield db
    db.close()


def test_one_product(bench_db: Database) -> None:
    from testlab.analysis import queries
    from testlab.analysis.product import analyse_product

    with bench_db.engine.connect() as conn:
        product_id = queries.find_product(conn, BENCH_PRODUCT)
        ensure_ln(conn)
        bare_query = bare_grouped_sums(product_id)
        bare, full = best_of_each(
            25,
            lambda: conn.execute(bare_query).fetchall(),
            lambda: analyse_product(conn, BENCH_PRODUCT),
        )
        with_all = best_of(5, lambda: analyse_product(
            conn, BENCH_PRODUCT, by="centre", compare=("Stage 0", "Stage 1")))
        tasks = sum(len(s.tasks) for s in analyse_product(conn, BENCH_PRODUCT).stages)
    print(f"\none product ({tasks} task keys): (a) bare grouped SQL {bare:.1f} ms, "
          f"(b) full analysis {full:.1f} ms = {full / bare:.2f}x; "
          f"with --by centre and --compare {with_all:.1f} ms")
    assert full < TARGET_PRODUCT_MS
    assert full <= 2 * bare


def test_whole_network(bench_db: Database) -> None:
    from testlab.analysis.product import analyse_network

    with bench_db.engine.connect() as conn:
        ensure_ln(conn)
        bare_query = bare_grouped_sums(None)
        bare, full = best_of_each(
            5, lambda: conn.execute(bare_query).fetchall(), lambda: analyse_network(conn)
        )
    print(f"\nwhole network: bare grouped SQL {bare:.0f} ms, full analysis {full:.0f} ms "
          f"= {full / bare:.2f}x")
    assert full <= 2 * bare


PEAK_SCRIPT = """
import json, sys, time
from testlab.db import open_database
from testlab.services.analysis import network_statistics
db = open_database(sys.argv[1])
started = time.perf_counter()
result = network_statistics(db)
elapsed = time.perf_counter() - started
# VmHWM: this process's own peak resident set. getrusage's ru_maxrss is not: Linux
# carries the parent's high-water mark across fork and exec, so a child of a big pytest
# process would report the parent's size.
with open("/proc/self/status") as status:
    peak_kb = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(json.dumps({"products": len(result), "seconds": elapsed, "peak_mb": peak_kb / 1024}))
"""


def test_peak_memory() -> None:
    path = cached_database()
    done = subprocess.run([sys.executable, "-c", PEAK_SCRIPT, str(path)], capture_output=True,
                          text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    figures = json.loads(done.stdout)
    print(f"\nwhole-network analysis in a fresh process: {figures['products']} products in "
          f"{figures['seconds']:.2f} s, peak memory (VmHWM) {figures['peak_mb']:.0f} MB")
    assert figures["peak_mb"] < 300
