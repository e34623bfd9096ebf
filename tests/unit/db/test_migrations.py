"""Alembic owns the schema: migrations agree with the models and newer databases are refused."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from testlab.db import Database, open_database
from testlab.db.migrate import current_revision, head_revision
from testlab.errors import NewerSchema, NotADatabase
from testlab.model import Base


def test_migrated_empty_database_equals_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
        assert current_revision(connection) == head_revision()


def test_every_model_table_exists_after_migration(db: Database) -> None:
    from sqlalchemy import inspect

    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_opening_again_changes_nothing(sqlite_path: Path) -> None:
    before = _digest(sqlite_path)
    open_database(str(sqlite_path)).close()
    assert _digest(sqlite_path) == before


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_schema_is_refused_and_left_untouched(sqlite_path: Path) -> None:
    connection = sqlite3.connect(sqlite_path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.commit()
    connection.close()
    before = _digest(sqlite_path)
    with pytest.raises(NewerSchema, match="newer TestLab"):
        open_database(str(sqlite_path))
    assert _digest(sqlite_path) == before


def test_newer_schema_is_refused_on_postgres(postgres_db: Database, postgres_schema_url: str) -> None:
    with postgres_db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = 'ffff9999'"))
    postgres_db.close()
    with pytest.raises(NewerSchema):
        open_database(postgres_schema_url)


def test_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    before = _digest(path)
    with pytest.raises(NotADatabase, match="not a TestLab database"):
        open_database(str(path))
    assert _digest(path) == before


def test_sqlite_connections_use_wal_foreign_keys_and_busy_timeout(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_a_new_file_is_created_and_migrated(tmp_path: Path) -> None:
    path = tmp_path / "fresh.sqlite3"
    open_database(str(path)).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    engine.dispose()


def test_fast_revision_list_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    from testlab.db.migrate import alembic_config, known_revisions

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == head_revision()
    walked = [rev.revision for rev in script.walk_revisions()]
    assert sorted(walked) == sorted(known_revisions())


def test_opening_a_current_database_does_not_import_alembic(sqlite_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; from testlab.db import open_database; "
            f"open_database({str(sqlite_path)!r}).close(); "
            "print(any(m == 'alembic' or m.startswith('alembic.') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_sqlite_commits_are_durable_across_power_loss(sqlite_db: Database) -> None:
    # synchronous=FULL (2): with WAL, NORMAL could lose the last commits on power loss.
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2


def test_an_older_database_is_upgraded_with_its_data(tmp_path: Path) -> None:
    from alembic import command

    from testlab.db.migrate import alembic_config, known_revisions

    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), known_revisions()[0])
        connection.execute(text(
            "INSERT INTO centres (id, code, name, city, country, time_zone) VALUES "
            "('0123456789abcdef0123456789abcdef', 'DKR', 'Dakar', 'Dakar', 'SN', 'Africa/Dakar')"))
    engine.dispose()
    db = open_database(str(path))
    try:
        with db.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            assert connection.execute(text("SELECT code FROM centres")).scalar() == "DKR"
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        db.close()
