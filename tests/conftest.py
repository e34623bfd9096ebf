"""Shared fixtures: real SQLite files (copied from a template built once per run)
and, where TESTLAB_TEST_POSTGRES_URL is set, real PostgreSQL schemas."""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# GUI tests run headless everywhere; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The window speaks English in tests whatever this machine's locale or a developer's
# TESTLAB_LANGUAGE; a test that wants French asks for it (tests/ui/conftest.py: french).
os.environ["TESTLAB_LANGUAGE"] = "en"
# Never let a developer's own TESTLAB_DATABASE_URL leak into a test.
os.environ.pop("TESTLAB_DATABASE_URL", None)

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from testlab.db.database import Database, open_database  # noqa: E402

POSTGRES_ENV = "TESTLAB_TEST_POSTGRES_URL"
POSTGRES_SKIP = (
    f"PostgreSQL tests need {POSTGRES_ENV}, e.g. "
    "postgresql+psycopg://postgres@127.0.0.1:5432/test (.ci/run sets it when a server answers)"
)
DEMO_SEED = 7
# The demo lives around the day it is loaded; tests pin the demo's own reference week.
DEMO_TODAY = date(2026, 11, 30)


def _copy_database(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated, empty SQLite database file, built once per run."""
    path = tmp_path_factory.mktemp("templates") / "empty.sqlite3"
    open_database(str(path)).close()
    _checkpoint(path)
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database with the demo network (seed 7), built once per run."""
    from testlab.services.demo import load_demo_network

    path = tmp_path_factory.mktemp("templates") / "demo.sqlite3"
    db = open_database(str(path))
    try:
        load_demo_network(db, seed=DEMO_SEED, today=DEMO_TODAY)
    finally:
        db.close()
    _checkpoint(path)
    return path


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the main file so a plain file copy holds everything."""
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


@pytest.fixture
def sqlite_path(empty_template: Path, tmp_path: Path) -> Path:
    """Path of a fresh copy of the empty template."""
    return _copy_database(empty_template, tmp_path / "testlab.sqlite3")


@pytest.fixture
def sqlite_db(sqlite_path: Path) -> Iterator[Database]:
    """An opened empty SQLite database of this test's own."""
    db = open_database(str(sqlite_path))
    yield db
    db.close()


@pytest.fixture
def demo_path(demo_template: Path, tmp_path: Path) -> Path:
    """Path of a fresh copy of the demo database."""
    return _copy_database(demo_template, tmp_path / "demo.sqlite3")


@pytest.fixture
def demo_db(demo_path: Path) -> Iterator[Database]:
    """An opened demo database of this test's own."""
    db = open_database(str(demo_path))
    yield db
    db.close()


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The PostgreSQL server URL for tests, or skip with how to enable them."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(POSTGRES_SKIP)
    return url


@pytest.fixture
def postgres_schema_url(postgres_url: str) -> Iterator[str]:
    """A URL whose search_path is a new schema of this test's own, dropped afterwards."""
    schema = f"tl_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    base = make_url(postgres_url)
    if base.drivername == "postgresql":
        base = base.set(drivername="postgresql+psycopg")
    url = base.update_query_dict({"options": f"-csearch_path={schema}"})
    yield url.render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def postgres_db(postgres_schema_url: str) -> Iterator[Database]:
    """An opened empty PostgreSQL database (its own schema)."""
    db = open_database(postgres_schema_url)
    yield db
    db.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db(request: pytest.FixtureRequest) -> Database:
    """An empty database on each backend: database tests run on SQLite and PostgreSQL."""
    name = "sqlite_db" if request.param == "sqlite" else "postgres_db"
    return request.getfixturevalue(name)
