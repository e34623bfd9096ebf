"""Bring a database to the schema this TestLab knows, or refuse it.

The schema is owned by the Alembic revisions in ``migrations/versions``; they
run when a database is opened.  A database stamped with a revision this
TestLab does not know was written by a newer version: it is refused, untouched.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Connection, Engine

from testlab.errors import NewerSchema, NotADatabase

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the shipped revisions."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The newest revision this TestLab ships."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    """The revision the database is stamped with, or None for an unstamped one."""
    return MigrationContext.configure(connection).get_current_revision()


def check_schema(connection: Connection, where: str) -> str | None:
    """Refuse a database TestLab must not touch; return its current revision."""
    script = ScriptDirectory.from_config(alembic_config())
    revision = current_revision(connection)
    if revision is None:
        foreign = set(inspect(connection).get_table_names()) - {VERSION_TABLE}
        if foreign:
            raise NotADatabase(f"{where} is a database, but not a TestLab database.")
        return None
    try:
        script.get_revision(revision)
    except Exception:
        raise NewerSchema(
            f"{where} was written by a newer TestLab (schema {revision}); "
            "update TestLab to open it. Nothing was changed."
        ) from None
    return revision


def upgrade(engine: Engine, where: str) -> None:
    """Apply every missing revision, in one transaction, after the checks above."""
    with engine.begin() as connection:
        revision = check_schema(connection, where)
        if revision == head_revision():
            return
        command.upgrade(alembic_config(connection), "head")
