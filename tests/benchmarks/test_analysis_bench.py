"""Benchmark of ``testlab.analysis`` on one million task attempts (run on demand).

    .venv/bin/python -m pytest tests/benchmarks/test_analysis_bench.py -s

Builds (once, cached under the system temp folder) a SQLite database of 120,000
sessions, 23 centres, 200 products and about a million attempts with Core
``executemany`` (the ORM would take minutes), then measures in the same run:
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
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, insert

from testlab import model as m
from testlab.db import Database, open_database

CENTRES = 23
PRODUCTS = 200
SESSIONS = 120_000
FACILITATORS_PER_CENTRE = 4
SEED = 20260501
# Bump when the generator changes, so a cached database is rebuilt.
DATA_VERSION = 3
TARGET_PRODUCT_MS = 50.0

DEVICES = [d.value for d in m.DeviceKind][:5]
NETWORKS = [n.value for n in m.Network][:5]
SETTINGS = [s.value for s in m.Setting]
STAGE_KINDS = [k.value for k in m.StageKind]


def _uid(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def _batches(rows: list[dict[str, Any]], size: int = 50_000) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _insert(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    for batch in _batches(rows):
        conn.execute(insert(table), batch)


def build_database(db: Database) -> dict[str, int]:
    """Fill ``db`` with the benchmark network through Core inserts; returns row counts."""
    rng = random.Random(SEED)
    t = m.Base.metadata.tables
    now = datetime(2026, 1, 1, tzinfo=UTC)
    centres = [
        {"id": _uid(rng), "code": f"C{i:02d}", "name": f"Centre {i}", "city": f"City {i}",
         "country": "FR", "time_zone": "Europe/Paris"}
        for i in range(CENTRES)
    ]
    staff = [
        {"id": _uid(rng), "name": f"Facilitator {c}-{k}", "email": f"f{c}-{k}@example.com",
         "home_centre_id": centres[c]["id"]}
        for c in range(CENTRES) for k in range(FACILITATORS_PER_CENTRE)
    ]
    products, stages, studies, tasks = [], [], [], []
    for p in range(PRODUCTS):
        product_id = _uid(rng)
        products.append({"id": product_id, "name": f"Product {p:03d}", "description": ""})
        keys = [f"task-{k}" for k in range(rng.randint(6, 10))]
        for position in range(rng.randint(2, 4)):
            stage_id = _uid(rng)
            stages.append({"id": stage_id, "product_id": product_id, "position": position,
                           "kind": STAGE_KINDS[position], "name": f"Stage {position}"})
            for round_ in range(rng.randint(1, 2)):
                study_id = _uid(rng)
                start = date(2020, 1, 1) + timedelta(days=rng.randint(0, 2000))
                studies.append({"id": study_id, "stage_id": stage_id, "title": f"Round {round_}",
                                "objectives": "", "method": "moderated_lab", "starts_on": start,
                                "ends_on": start + timedelta(days=5), "status": "closed"})
                for position_t, key in enumerate(keys):
                    tasks.append({"id": _uid(rng), "study_id": study_id, "position": position_t,
                                  "key": key, "title": f"Do {key}", "scenario": "",
                                  "success_criteria": "",
                                  "target_seconds": 60.0 + 10 * position_t})
    tasks_of: dict[uuid.UUID, list[dict[str, Any]]] = {}
    for task in tasks:
        tasks_of.setdefault(task["study_id"], []).append(task)
    sessions, attempts, questionnaires = [], [], []
    outcomes = ["success"] * 70 + ["success_assisted"] * 8 + ["failure"] * 10 + [
        "gave_up"] * 5 + ["false_completion"] * 4 + ["skipped"] * 3
    statuses = ["completed"] * 94 + ["running", "cancelled", "no_show"] * 2
    for _ in range(SESSIONS):
        study = studies[rng.randrange(len(studies))]
        centre = rng.randrange(CENTRES)
        session_id = _uid(rng)
        status = statuses[rng.randrange(len(statuses))]
        sessions.append({
            "id": session_id, "study_id": study["id"], "centre_id": centres[centre]["id"],
            "facilitator_id": staff[centre * FACILITATORS_PER_CENTRE
                                    + rng.randrange(FACILITATORS_PER_CENTRE)]["id"],
            "starts_at": now, "planned_minutes": 60, "status": status,
            "device_kind": rng.choice(DEVICES), "network": rng.choice(NETWORKS),
            "setting": rng.choice(SETTINGS),
        })
        if status in ("cancelled", "no_show"):
            continue
        for task in tasks_of[study["id"]]:
            outcome = outcomes[rng.randrange(len(outcomes))]
            attempts.append({
                "id": _uid(rng), "session_id": session_id, "task_id": task["id"],
                "outcome": outcome,
                "seconds": None if outcome == "skipped" else round(math.exp(rng.gauss(4.0, 0.6)), 1),
                "rating": None if outcome == "skipped" else rng.randint(1, 7),
                "errors": rng.randrange(3), "assists": int(outcome == "success_assisted"),
                "notes": "", "recorded_at": now,
            })
        if status == "completed":
            row: dict[str, Any] = {f"sus_{i}": rng.randint(1, 5) for i in range(1, 11)}
            row.update(session_id=session_id, recommend=rng.randint(0, 10),
                       satisfaction=rng.randint(1, 5), comments="")
            questionnaires.append(row)
    with db.engine.begin() as conn:
        for name, rows in (("centres", centres), ("staff", staff), ("products", products),
                           ("stages", stages), ("studies", studies), ("tasks", tasks),
                           ("sessions", sessions), ("task_attempts", attempts),
                           ("questionnaires", questionnaires)):
            _insert(conn, t[name], rows)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")
        conn.commit()
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


def best_of(runs: int, work: Callable[[], Any]) -> float:
    """The fastest of ``runs`` timed calls, in milliseconds (after one warm-up call)."""
    work()
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        timings.append((time.perf_counter() - started) * 1000)
    return min(timings)


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
        queries.ensure_ln(conn)
        bare_query = queries.attempt_sums_query(product_id)
        bare = best_of(15, lambda: conn.execute(bare_query).fetchall())
        full = best_of(15, lambda: analyse_product(conn, BENCH_PRODUCT))
        with_all = best_of(5, lambda: analyse_product(
            conn, BENCH_PRODUCT, by="centre", compare=("Stage 0", "Stage 1")))
        tasks = sum(len(s.tasks) for s in analyse_product(conn, BENCH_PRODUCT).stages)
    print(f"\none product ({tasks} task keys): (a) bare grouped SQL {bare:.1f} ms, "
          f"(b) full analysis {full:.1f} ms = {full / bare:.2f}x; "
          f"with --by centre and --compare {with_all:.1f} ms")
    assert full < TARGET_PRODUCT_MS
    assert full <= 2 * bare


def test_whole_network(bench_db: Database) -> None:
    from testlab.analysis import queries
    from testlab.analysis.product import analyse_network

    with bench_db.engine.connect() as conn:
        queries.ensure_ln(conn)
        bare_query = queries.attempt_sums_query(None)
        bare = best_of(3, lambda: conn.execute(bare_query).fetchall())
        full = best_of(3, lambda: analyse_network(conn))
        overview = best_of(3, lambda: analyse_network(conn, medians=False))
    print(f"\nwhole network: bare grouped SQL {bare:.0f} ms, full analysis {full:.0f} ms "
          f"= {full / bare:.2f}x; without medians {overview:.0f} ms = {overview / bare:.2f}x")
    assert full <= 2 * bare


PEAK_SCRIPT = """
import json, resource, sys, time
from testlab.db import open_database
from testlab.services.analysis import network_statistics
db = open_database(sys.argv[1])
started = time.perf_counter()
result = network_statistics(db)
elapsed = time.perf_counter() - started
print(json.dumps({"products": len(result), "seconds": elapsed,
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def test_peak_memory() -> None:
    path = cached_database()
    done = subprocess.run([sys.executable, "-c", PEAK_SCRIPT, str(path)], capture_output=True,
                          text=True, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
    figures = json.loads(done.stdout)
    print(f"\nwhole-network analysis in a fresh process: {figures['products']} products in "
          f"{figures['seconds']:.2f} s, peak memory (max RSS) {figures['maxrss_mb']:.0f} MB")
    assert figures["maxrss_mb"] < 300
