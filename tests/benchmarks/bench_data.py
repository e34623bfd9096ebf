"""The analysis benchmark's network: one generator, written to SQLite or PostgreSQL, cached.

A million task attempts through the ORM would take minutes, so the rows are generated
once as the values SQLAlchemy would store, then written with each backend's fastest
bare path: ``executemany`` on SQLite, ``COPY`` on PostgreSQL. Both backends get the
same rows (same generator, same seed), and each keeps its copy for later runs.
"""

from __future__ import annotations

import math
import os
import random
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from testlab import model as m
from testlab.db.database import open_database
from testlab.db.migrate import head_revision
from testlab.db.urls import resolve_url
from tests.conftest import POSTGRES_ENV

CENTRES = 23
PRODUCTS = 200
SESSIONS = 120_000
FACILITATORS_PER_CENTRE = 4
SEED = 20260501
# Bump when the generator or the schema changes, so a cached database is rebuilt
# (8: questionnaires carry their study and SUS points, migrations 0003 and 0004).
DATA_VERSION = 8

#: The benchmark's own PostgreSQL database (dropped and rebuilt when its data is stale);
#: without it, a database of this name on the server of the tests' URL.
BENCH_POSTGRES_ENV = "TESTLAB_BENCH_POSTGRES_URL"
BENCH_DATABASE = "testlab_bench"
#: The database comment that marks the benchmark's own database, and its data version.
MARKER_PREFIX = "testlab-bench"

DEVICES = [d.value for d in m.DeviceKind][:5]
NETWORKS = [n.value for n in m.Network][:5]
SETTINGS = [s.value for s in m.Setting]
STAGE_KINDS = [k.value for k in m.StageKind]

#: How ``UTCDateTime`` stores an instant: naive UTC wall time on SQLite (it keeps no
#: zone), an aware instant in a ``timestamptz`` on PostgreSQL.
STORED_NOW = {"sqlite": "2026-01-01 00:00:00.000000", "postgresql": "2026-01-01 00:00:00+00"}


@dataclass(frozen=True)
class Table:
    """Rows for one table, in the order of ``columns``."""

    name: str
    columns: str
    rows: list[tuple[Any, ...]]


def _uid(rng: random.Random) -> str:
    """A random version-4 UUID as 32 hex digits.

    How ``Uuid`` stores it on SQLite; PostgreSQL reads the same text into a native uuid.
    """
    bits = rng.getrandbits(128)
    bits = (bits & ~(0xF000 << 64)) | (0x4000 << 64)  # version 4
    bits = (bits & ~(0xC000 << 48)) | (0x8000 << 48)  # RFC 4122 variant
    return f"{bits:032x}"


def generate(now: str) -> list[Table]:
    """The benchmark network's rows, parents first; ``now`` is the stored recording time.

    Values are what SQLAlchemy would store: UUIDs as hex text, enums as their values
    (both schemas keep them as checked strings), dates as ISO text.
    """
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
        sessions.append((session_id, study_id, centres[centre][0], facilitator, now, 60,
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
                randrange(3), int(outcome == "success_assisted"), "", now,
            ))
        if status == "completed":
            # Never sus_points: the database computes it.
            questionnaires.append((session_id, study_id, *(randint(1, 5) for _ in range(10)),
                                   randint(0, 10), randint(1, 5), ""))
    return [
        Table("centres", "id, code, name, city, country, time_zone", centres),
        Table("staff", "id, name, email, home_centre_id", staff),
        Table("products", "id, name, description", products),
        Table("stages", "id, product_id, position, kind, name", stages),
        Table("studies", "id, stage_id, title, objectives, method, starts_on, ends_on, status",
              studies),
        Table("tasks", "id, study_id, position, key, title, scenario, success_criteria, "
              "target_seconds", tasks),
        Table("sessions", "id, study_id, centre_id, facilitator_id, starts_at, "
              "planned_minutes, status, device_kind, network, setting", sessions),
        Table("task_attempts", "id, session_id, task_id, outcome, seconds, rating, errors, "
              "assists, notes, recorded_at", attempts),
        Table("questionnaires", "session_id, study_id, sus_1, sus_2, sus_3, sus_4, sus_5, "
              "sus_6, sus_7, sus_8, sus_9, sus_10, recommend, satisfaction, comments",
              questionnaires),
    ]


def counts(tables: list[Table]) -> dict[str, int]:
    """Rows per table, for the build's one-line report."""
    return {t.name: len(t.rows) for t in tables if len(t.rows) > 1000}


def write_sqlite(raw: Any, tables: list[Table]) -> None:
    """Write ``tables`` with the bare ``sqlite3`` ``executemany`` in one transaction.

    The ORM would take minutes and Core inserts with per-value type conversion most of
    a minute.
    """
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
    for table in tables:
        marks = ", ".join("?" * len(table.rows[0]))
        cursor.executemany(f"INSERT INTO {table.name} ({table.columns}) VALUES ({marks})",
                           table.rows)
    for _name, sql in indexes:
        cursor.execute(sql)
    cursor.execute("COMMIT")
    cursor.execute("ANALYZE")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA cache_size = -2000")
    cursor.close()


#: The schema's plain (non-unique) indexes, which COPY would otherwise update row by row.
_PLAIN_INDEXES = """
SELECT i.relname, pg_get_indexdef(i.oid)
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
WHERE t.relnamespace = current_schema()::regnamespace AND NOT x.indisunique
"""


def write_postgres(raw: Any, tables: list[Table]) -> None:
    """Write ``tables`` with ``COPY`` in one transaction, then vacuum and analyse.

    ``raw`` is a psycopg 3 connection. The foreign key triggers are off for the load
    (``session_replication_role``, superuser only): the generator made the keys, and a
    look-up per row would cost more than the copy. Plain indexes are dropped and built
    once after the rows.
    """
    with raw.transaction(), raw.cursor() as cursor:
        cursor.execute("SET LOCAL session_replication_role = replica")
        indexes = cursor.execute(_PLAIN_INDEXES).fetchall()
        for name, _sql in indexes:
            cursor.execute(f'DROP INDEX "{name}"')
        for table in tables:
            with cursor.copy(f"COPY {table.name} ({table.columns}) FROM STDIN") as copy:
                for row in table.rows:
                    copy.write_row(row)
        cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
        for _name, sql in indexes:
            cursor.execute(sql)
    # VACUUM sets the visibility map, as autovacuum would on a database in use: without
    # it no index-only scan can skip the table.
    autocommit = raw.autocommit
    raw.autocommit = True
    try:
        raw.execute("VACUUM (ANALYZE)")
    finally:
        raw.autocommit = autocommit


def _built(target: str, writer: Any, now: str) -> None:
    """Migrate the empty database ``target`` and fill it with ``writer``."""
    started = time.perf_counter()
    tables = generate(now)
    generated = time.perf_counter()
    db = open_database(target)
    try:
        with db.engine.connect() as conn:
            raw: Any = conn.connection.driver_connection
            raw.commit()  # nothing pending; the writer's transaction is its own
            writer(raw, tables)
    finally:
        db.close()
    done = time.perf_counter()
    print(f"\nbuilt benchmark database {db.description} in {done - started:.1f} s "
          f"(generated in {generated - started:.1f} s, written in {done - generated:.1f} s): "
          f"{counts(tables)}")


def cached_sqlite() -> Path:
    """The benchmark SQLite file, built on first use and reused by later runs."""
    folder = Path(tempfile.gettempdir()) / "testlab-bench"
    folder.mkdir(exist_ok=True)
    path = folder / f"analysis-v{DATA_VERSION}.sqlite3"
    if not path.exists():
        partial = path.with_suffix(".partial")
        for leftover in folder.glob(partial.name + "*"):
            leftover.unlink()
        _built(str(partial), write_sqlite, STORED_NOW["sqlite"])
        partial.rename(path)
    return path


def postgres_url() -> URL | None:
    """The benchmark's PostgreSQL database, or None when no server is named."""
    given = os.environ.get(BENCH_POSTGRES_ENV)
    if given:
        return resolve_url(given)
    base = os.environ.get(POSTGRES_ENV)
    return resolve_url(base).set(database=BENCH_DATABASE) if base else None


class NotOurDatabase(Exception):
    """The named database holds tables the benchmark did not put there."""


def cached_postgres(url: URL) -> str:
    """The benchmark database at ``url`` (as a URL string), built unless up to date.

    The database comment records the data version and schema revision; a database
    marked by an older benchmark (or a build that did not finish) is dropped and made
    again, one that is missing is created, and an unmarked one is used only if empty.
    """
    name = str(url.database)
    marker = f"{MARKER_PREFIX} data {DATA_VERSION} schema {head_revision()}"
    target = url.render_as_string(hide_password=False)
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            found = conn.execute(text(
                "SELECT coalesce(shobj_description(oid, 'pg_database'), '') FROM pg_database "
                "WHERE datname = :name"), {"name": name}).first()
            if found is not None and found[0] == marker:
                return target
            quoted = conn.dialect.identifier_preparer.quote(name)
            if found is not None and found[0].startswith(MARKER_PREFIX):
                conn.execute(text(f"DROP DATABASE {quoted} WITH (FORCE)"))
                found = None
            if found is None:
                conn.execute(text(f"CREATE DATABASE {quoted}"))
            else:
                _check_empty(url)
            # Marked ours before the build, finally marked up to date after it.
            conn.execute(text(f"COMMENT ON DATABASE {quoted} IS '{MARKER_PREFIX} building'"))
            _built(target, write_postgres, STORED_NOW["postgresql"])
            conn.execute(text(f"COMMENT ON DATABASE {quoted} IS '{marker}'"))
    finally:
        admin.dispose()
    return target


def _check_empty(url: URL) -> None:
    """Refuse an unmarked database that holds tables: it is not the benchmark's to fill."""
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            tables = conn.execute(text(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")).scalar()
    finally:
        engine.dispose()
    if tables:
        raise NotOurDatabase(
            f"{url.render_as_string()} holds {tables} tables but no benchmark marker: "
            f"name an empty or missing database with {BENCH_POSTGRES_ENV}"
        )
