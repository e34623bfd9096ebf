"""Bring a database to the schema this TestLab knows, or refuse it.

The schema is owned by the Alembic revisions in ``migrations/versions``; they
run when a database is opened.  A database stamped with a revision this
TestLab does not know was written by a newer version: it is refused, untouched.

Opening a database that is already at the newest revision is the common case
(every start of the window), so it is decided with one plain query and the
revision files' names, without importing Alembic (about 150 ms of start-up).
Revision ids therefore equal the file names' prefixes (``0001_initial_schema.py``
is revision ``0001``); a test holds Alembic to the same answer.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

from testlab.errors import MigrationFailed, NewerSchema, NotADatabase, TestLabError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic configuration pointing at the shipped revisions."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


@cache
def known_revisions() -> tuple[str, ...]:
    """Every revision this TestLab ships, oldest first (from the file names)."""
    names = sorted(p.name for p in (MIGRATIONS / "versions").glob("[0-9]*_*.py"))
    return tuple(name.split("_", 1)[0] for name in names)


def head_revision() -> str:
    """The newest revision this TestLab ships."""
    return known_revisions()[-1]


def current_revision(connection: Connection) -> str | None:
    """The revision the database is stamped with, or None for an unstamped one."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    return connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()


def check_schema(connection: Connection, where: str) -> str | None:
    """Refuse a database TestLab must not touch; return its current revision."""
    revision = current_revision(connection)
    if revision is None:
        foreign = set(inspect(connection).get_table_names()) - {VERSION_TABLE}
        if foreign:
            raise NotADatabase(f"{where} is a database, but not a TestLab database.")
        return None
    if revision not in known_revisions():
        raise NewerSchema(
            f"{where} was written by a newer TestLab (schema {revision}); "
            "update TestLab to open it. Nothing was changed."
        )
    return revision


def upgrade(engine: Engine, where: str) -> None:
    """Apply every missing revision, in one transaction, after the checks above.

    Any failure while upgrading rolls the transaction back and is one
    ``MigrationFailed`` line naming the file and the revision that failed.
    """
    with engine.begin() as connection:
        revision = check_schema(connection, where)
        if revision == head_revision():
            return
        from alembic import command

        applied: list[str] = []
        config = alembic_config(connection)
        config.attributes["applied"] = applied
        try:
            command.upgrade(config, "head")
        except TestLabError:
            raise
        except Exception as exc:  # raised inside the transaction: it is rolled back
            reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
            raise MigrationFailed(
                f"Upgrading {where} failed at schema revision "
                f"{_failed_revision(revision, len(applied))} ({reason}); nothing was changed, "
                f"the database is still at revision {revision or 'none'}."
            ) from None


def _failed_revision(start: str | None, done: int) -> str:
    """The revision being applied when the upgrade from ``start`` stopped after ``done`` steps."""
    known = known_revisions()
    first = known.index(start) + 1 if start in known else 0
    return known[min(first + done, len(known) - 1)]
