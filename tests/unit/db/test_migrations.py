"""Alembic owns the schema: migrations agree with the models and newer databases are refused."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, make_url

from testlab.db.database import Database, open_database
from testlab.db.engine import make_engine
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

    code = ("import sys; from testlab.db.database import open_database; "
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


def _rows_at_0002(connection: Connection) -> dict[str, uuid.UUID]:
    """One of everything a questionnaire and a corrected attempt need, inserted at 0002.

    Typed but model-free tables: the models' time column would round on the way in.
    """
    ids = {name: uuid.uuid4() for name in (
        "centre", "product", "stage", "study", "other_study", "task", "session", "attempt",
        "tiny_attempt", "revision")}

    def insert(table: str, /, **values: object) -> None:
        columns = [sa.column(k, sa.Uuid() if isinstance(v, uuid.UUID) else
                             sa.JSON() if isinstance(v, dict) else None) for k, v in values.items()]
        connection.execute(sa.insert(sa.table(table, *columns)), [values])

    at = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
    stamp = at.replace(tzinfo=None) if connection.dialect.name == "sqlite" else at
    insert("centres", id=ids["centre"], code="DKR", name="Dakar", city="Dakar", country="SN",
           time_zone="Africa/Dakar")
    insert("products", id=ids["product"], name="Self-care app", description="")
    insert("stages", id=ids["stage"], product_id=ids["product"], position=0, kind="prototype",
           name="Wireframes v2")
    for key, title in (("study", "Round 1"), ("other_study", "Round 2")):
        insert("studies", id=ids[key], stage_id=ids["stage"], title=title, objectives="",
               method="moderated_lab", starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 6),
               status="closed")
    insert("tasks", id=ids["task"], study_id=ids["study"], position=0, key="pay-bill",
           title="Pay your bill", scenario="", success_criteria="")
    insert("sessions", id=ids["session"], study_id=ids["study"], centre_id=ids["centre"],
           starts_at=stamp, planned_minutes=60, status="completed")
    for key, seconds, task in (("attempt", 12.34567, ids["task"]), ("tiny_attempt", 0.0001, None)):
        if task is None:  # a second task, for a second attempt in the session
            task = uuid.uuid4()
            insert("tasks", id=task, study_id=ids["study"], position=1, key="top-up",
                   title="Top up", scenario="", success_criteria="")
        insert("task_attempts", id=ids[key], session_id=ids["session"], task_id=task,
               outcome="success", seconds=seconds, errors=0, assists=0, notes="",
               recorded_at=stamp)
    insert("attempt_revisions", id=ids["revision"], attempt_id=ids["attempt"], changed_at=stamp,
           reason="typo", previous={"outcome": "failure", "seconds": 7.00049, "rating": None})
    insert("questionnaires", session_id=ids["session"], sus_1=4, recommend=9, comments="")
    return ids


def _upgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    from testlab.db.migrate import alembic_config

    command.upgrade(alembic_config(connection), revision)


def _downgrade(connection: Connection, revision: str) -> None:
    from alembic import command

    from testlab.db.migrate import alembic_config

    command.downgrade(alembic_config(connection), revision)


def _read_back(connection: Connection, ids: dict[str, uuid.UUID]) -> tuple[object, ...]:
    attempts = sa.table("task_attempts", sa.column("id", sa.Uuid()), sa.column("seconds"))
    seconds = dict(connection.execute(sa.select(attempts.c.id, attempts.c.seconds)).all())
    revisions = sa.table("attempt_revisions", sa.column("previous", sa.JSON()))
    previous = connection.execute(sa.select(revisions.c.previous)).scalar_one()
    answers = connection.execute(text("SELECT sus_1, recommend FROM questionnaires")).one()
    return seconds[ids["attempt"]], seconds[ids["tiny_attempt"]], previous["seconds"], tuple(answers)


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_upgrade_from_0002_rounds_times_and_gives_questionnaires_their_study(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = (f"sqlite:///{tmp_path / 'old.sqlite3'}" if backend == "sqlite"
           else request.getfixturevalue("postgres_schema_url"))
    engine = make_engine(make_url(url))
    try:
        with engine.begin() as connection:
            _upgrade(connection, "0002")
            ids = _rows_at_0002(connection)
        with engine.begin() as connection:
            _upgrade(connection, "head")
            assert current_revision(connection) == head_revision()
            assert _read_back(connection, ids) == (12.346, 0.001, 7.0, (4, 9))
            study = connection.execute(text("SELECT study_id FROM questionnaires")).scalar_one()
            assert uuid.UUID(str(study)) == ids["study"]
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        with engine.begin() as connection:  # the key holds on the upgraded data
            connection.execute(sa.update(sa.table("sessions", sa.column("study_id", sa.Uuid())))
                               .values(study_id=ids["other_study"]))
            moved = connection.execute(text("SELECT study_id FROM questionnaires")).scalar_one()
            assert uuid.UUID(str(moved)) == ids["other_study"]
        with engine.begin() as connection:
            _downgrade(connection, "0002")
            assert current_revision(connection) == "0002"
            # Rounding is not undone; every row is still there.
            assert _read_back(connection, ids) == (12.346, 0.001, 7.0, (4, 9))
            columns = {c["name"] for c in sa.inspect(connection).get_columns("questionnaires")}
            assert "study_id" not in columns
            keys = sa.inspect(connection).get_foreign_keys("questionnaires")
            assert [(k["constrained_columns"], k["referred_columns"]) for k in keys] == [
                (["session_id"], ["id"])]
            # The plain key is back: deleting the session deletes its questionnaire.
            connection.execute(text("DELETE FROM sessions"))
            assert connection.execute(text("SELECT count(*) FROM questionnaires")).scalar() == 0
    finally:
        engine.dispose()


def _complete_questionnaire_at_0003(connection: Connection, ids: dict[str, uuid.UUID],
                                    answers: list[int]) -> uuid.UUID:
    """A second session of the study, with every SUS item answered, inserted at 0003."""
    session = uuid.uuid4()
    at = datetime(2026, 3, 3, 9, 30, tzinfo=UTC)
    sessions = sa.table("sessions", sa.column("id", sa.Uuid()), sa.column("study_id", sa.Uuid()),
                        sa.column("centre_id", sa.Uuid()), sa.column("starts_at"),
                        sa.column("planned_minutes"), sa.column("status"))
    connection.execute(sa.insert(sessions), [{
        "id": session, "study_id": ids["study"], "centre_id": ids["centre"],
        "starts_at": at.replace(tzinfo=None) if connection.dialect.name == "sqlite" else at,
        "planned_minutes": 60, "status": "completed"}])
    items = {f"sus_{i}": v for i, v in enumerate(answers, start=1)}
    questionnaires = sa.table("questionnaires", sa.column("session_id", sa.Uuid()),
                              sa.column("study_id", sa.Uuid()), sa.column("comments"),
                              *(sa.column(k) for k in items))
    connection.execute(sa.insert(questionnaires), [
        {"session_id": session, "study_id": ids["study"], "comments": "", **items}])
    return session


def _points(connection: Connection) -> dict[uuid.UUID, int | None]:
    rows = connection.execute(text("SELECT session_id, sus_points FROM questionnaires"))
    return {uuid.UUID(str(session)): points for session, points in rows}


def _questionnaire_indexes(connection: Connection) -> set[str]:
    return {str(ix["name"]) for ix in sa.inspect(connection).get_indexes("questionnaires")}


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def test_upgrade_from_0003_computes_points_of_existing_questionnaires(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from testlab.analysis.stats import sus_score

    answers = [4, 2, 5, 1, 3, 2, 4, 3, 5, 1]
    url = (f"sqlite:///{tmp_path / 'old.sqlite3'}" if backend == "sqlite"
           else request.getfixturevalue("postgres_schema_url"))
    engine = make_engine(make_url(url))
    try:
        with engine.begin() as connection:
            _upgrade(connection, "0002")
            ids = _rows_at_0002(connection)  # its questionnaire has SUS item 1 only
            _upgrade(connection, "0003")
            complete = _complete_questionnaire_at_0003(connection, ids, answers)
        with engine.begin() as connection:
            _upgrade(connection, "0004")
            assert current_revision(connection) == "0004"
            assert _points(connection) == {ids["session"]: None,
                                           complete: sus_score(answers) / 2.5}
            indexes = _questionnaire_indexes(connection)
            assert "ix_questionnaires_study_id_points" in indexes
            assert "ix_questionnaires_study_id_answers" not in indexes
            if connection.dialect.name == "sqlite":  # the copy kept the checks
                with pytest.raises(sa.exc.IntegrityError), connection.begin_nested():
                    connection.execute(text("UPDATE questionnaires SET sus_3 = 6"))
        with engine.begin() as connection:
            _upgrade(connection, "head")
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        with engine.begin() as connection:
            _downgrade(connection, "0003")
            assert current_revision(connection) == "0003"
            columns = {c["name"] for c in sa.inspect(connection).get_columns("questionnaires")}
            assert "sus_points" not in columns
            indexes = _questionnaire_indexes(connection)
            assert "ix_questionnaires_study_id_answers" in indexes
            assert "ix_questionnaires_study_id_points" not in indexes
            kept = connection.execute(text("SELECT sus_1, sus_10 FROM questionnaires")).all()
            assert sorted(kept, key=str) == [(4, 1), (4, None)]
    finally:
        engine.dispose()
