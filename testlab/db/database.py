"""Open a TestLab database: resolve, check, migrate, and hand out short units of work."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from testlab.db import migrate
from testlab.db.damage import (
    QUICK_CHECK_MAX_BYTES,
    mark_seen,
    quick_check,
    unchanged_since_seen,
    watch_for_damage,
)
from testlab.db.engine import enable_wal, make_engine
from testlab.db.urls import default_database_path, describe, resolve_url
from testlab.errors import DatabaseUnreachable, NotADatabase

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Database:
    """An opened, migrated database: its URL, engine and session factory."""

    url: URL
    engine: Engine

    @cached_property
    def session_factory(self) -> sessionmaker[Session]:
        """Units of work (ORM sessions) on this database.

        Made on first use: the window's first screen runs Core queries only, so
        start-up need not import the ORM (about 50 ms) before it shows.
        """
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(self.engine, expire_on_commit=False)

    @property
    def description(self) -> str:
        """The file path, or the URL without its password, for the status bar."""
        return describe(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    def close(self) -> None:
        """Release every pooled connection; a SQLite file is then remembered as seen sound."""
        self.engine.dispose()
        if self.is_sqlite and self.url.database:
            path = Path(self.url.database)
            if path.is_file():
                mark_seen(self.engine, path)


def open_database(target: str | None = None, *, accept_empty: bool = False) -> Database:
    """Open the database named by ``target`` (or the environment, or the default).

    Creates a new SQLite file (and, for the default location only, its folder)
    and applies missing migrations.  An existing SQLite file is first checked
    (``PRAGMA quick_check``, up to ``QUICK_CHECK_MAX_BYTES``) unless it is exactly
    as TestLab last closed it, sound (``damage.unchanged_since_seen``); an existing empty
    file is used only with ``accept_empty`` (``testlab init``).  Raises a
    ``DatabaseError`` subclass with a one-line message, having changed nothing,
    for anything it cannot use.
    """
    url = resolve_url(target)
    where = describe(url)
    size: int | None = None
    if url.get_backend_name() == "sqlite":
        path = Path(str(url.database))
        _check_sqlite_file(path, is_default=target is None and _no_env(),
                           accept_empty=accept_empty)
        size = path.stat().st_size if path.exists() and not unchanged_since_seen(path) else None
    engine = make_engine(url)
    if url.get_backend_name() == "sqlite":
        watch_for_damage(engine, where)
    try:
        if size and size <= QUICK_CHECK_MAX_BYTES:
            with engine.connect() as connection:
                quick_check(connection, where)
        migrate.upgrade(engine, where)
    except OperationalError as exc:
        engine.dispose()
        raise _unreachable(where, exc) from None
    except DBAPIError as exc:
        engine.dispose()
        if url.get_backend_name() == "sqlite":
            raise NotADatabase(f"{where} is not a SQLite database TestLab can use.") from None
        raise _unreachable(where, exc) from None
    except BaseException:
        engine.dispose()
        raise
    if url.get_backend_name() == "sqlite":
        enable_wal(engine)
    return Database(url=url, engine=engine)


def _no_env() -> bool:
    return not os.environ.get("TESTLAB_DATABASE_URL")


def _check_sqlite_file(path: Path, *, is_default: bool, accept_empty: bool) -> None:
    """Refuse, before SQLite touches it, a path that is not a usable database file."""
    if path.is_dir():
        raise NotADatabase(f"{path} is a folder, not a database file.")
    if path.exists():
        if not os.access(path, os.R_OK):
            raise DatabaseUnreachable(f"{path} cannot be read (permission denied).")
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
        if head and head != SQLITE_MAGIC:
            raise NotADatabase(f"{path} is not a SQLite database.")
        if not head and not accept_empty:
            # SQLite would silently make an empty file a new database: say what it is instead.
            raise NotADatabase(f"{path} is an empty file (0 bytes), not a TestLab database; "
                               f"to make it a new one, run: testlab --db {path} init")
        if not os.access(path, os.W_OK):
            raise DatabaseUnreachable(f"{path} is read-only; TestLab needs to write to it.")
        return
    folder = path.parent
    if is_default and path == default_database_path():
        folder.mkdir(parents=True, exist_ok=True)
    if not folder.is_dir():
        raise DatabaseUnreachable(f"The folder {folder} does not exist; no database was created.")
    if not os.access(folder, os.W_OK):
        raise DatabaseUnreachable(f"Cannot create a database in {folder} (permission denied).")


def _unreachable(where: str, exc: DBAPIError) -> DatabaseUnreachable:
    reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "no answer"
    return DatabaseUnreachable(f"Cannot open the database {where}: {reason}")
