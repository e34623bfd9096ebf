"""Backups of a SQLite database: one consistent copy on demand, and a daily copy kept for a week.

The copy is made with SQLite's online backup API (``sqlite3.Connection.backup``)
in one step, so it is the database as of one instant even while the window
keeps recording (in WAL mode the writer is not held up).  It is written to a
temporary file next to the target, must pass ``PRAGMA integrity_check``, and
only then is renamed over the target: a failed or damaged backup never
replaces a good one.  PostgreSQL databases are backed up with the server's
own tools (``pg_dump``).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

from sqlalchemy.exc import DBAPIError

from testlab.db.damage import damaged_message, is_damage
from testlab.db.database import Database
from testlab.errors import DamagedDatabase, DatabaseUnreachable, InvalidInput

DAILY_KEEP: Final = 7
DAILY_FOLDER: Final = "backups"
_DAILY_NAME = re.compile(r"^testlab-(\d{4}-\d{2}-\d{2})\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    """A backup written: where, its size in bytes, and the integrity check it passed."""

    path: Path
    size: int
    check: str


def backup_database(db: Database, out: Path | str) -> BackupInfo:
    """Copy the opened SQLite database to ``out`` (replaced atomically if it exists)."""
    if not db.is_sqlite:
        raise InvalidInput("testlab backup copies SQLite files; back up a PostgreSQL "
                           "database with pg_dump on the server.")
    source = Path(str(db.url.database)).resolve()
    target = Path(out).expanduser().resolve()
    if target == source:
        raise InvalidInput(f"{target} is the database itself; choose another file for the backup.")
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; give the backup a file name.")
    if not target.parent.is_dir():
        raise DatabaseUnreachable(f"The folder {target.parent} does not exist; no backup was made.")
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    os.close(handle)
    try:
        os.chmod(temporary, source.stat().st_mode & 0o666)  # mkstemp made it private
        _copy(db, Path(temporary))
        os.replace(temporary, target)
    except OSError as exc:
        raise DatabaseUnreachable(f"Cannot write the backup {target}: {exc.strerror}.") from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    return BackupInfo(path=target, size=target.stat().st_size, check="ok")


def _copy(db: Database, temporary: Path) -> None:
    """The online backup into ``temporary``, then its integrity check (damage: refused)."""
    try:
        raw = db.engine.raw_connection()
    except DBAPIError as exc:  # the connection's own set-up read a damaged page
        if is_damage(exc.orig):
            raise DamagedDatabase(damaged_message(db.description)) from None
        raise
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise DamagedDatabase(damaged_message(db.description)) from None
        raise
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        copy = sqlite3.connect(temporary)
        try:
            source.backup(copy)  # all pages in one step: one consistent snapshot
            rows = [row[0] for row in copy.execute("PRAGMA integrity_check")]
            copy.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
        finally:
            copy.close()
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise DamagedDatabase(damaged_message(db.description)) from None
        raise
    finally:
        raw.close()
    if rows != ["ok"]:
        raise DamagedDatabase(damaged_message(db.description))


def daily_folder(db: Database) -> Path:
    """Where the daily copies of a SQLite database are kept: ``backups`` beside the file."""
    return Path(str(db.url.database)).resolve().parent / DAILY_FOLDER


def daily_backup(db: Database, *, today: date | None = None,
                 keep: int = DAILY_KEEP) -> BackupInfo | None:
    """Today's copy, unless there is one already (then None); keeps only the newest ``keep``.

    Copies are named ``testlab-YYYY-MM-DD.sqlite3`` in ``daily_folder(db)``.
    """
    day = today or date.today()
    folder = daily_folder(db)
    target = folder / f"testlab-{day.isoformat()}.sqlite3"
    if target.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    info = backup_database(db, target)
    dated = sorted((p for p in folder.iterdir() if _DAILY_NAME.match(p.name)),
                   key=lambda p: p.name, reverse=True)
    for old in dated[keep:]:
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    return info
