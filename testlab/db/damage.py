"""Damaged SQLite files: recognise SQLite's corruption errors and check a file where cheap.

SQLite reports a damaged file ("database disk image is malformed", or "file is
not a database" for a broken header) as a plain ``DatabaseError``, from any
query, at any time.  ``watch_for_damage`` makes every engine turn it into one
``DamagedDatabase`` with one line that says what to do, so the command line and
the window show it through their usual error path.  ``quick_check`` runs
``PRAGMA quick_check`` before a file is used, so a damaged file is refused
before anything is written to it; it is skipped for a file exactly as TestLab
left it when it last closed it sound (``mark_seen``), which keeps start-up
quick on a large file.
"""

from __future__ import annotations

import os
import sqlite3
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Final

from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine, ExceptionContext

from testlab.errors import DamagedDatabase

if TYPE_CHECKING:
    from testlab.db.database import Database

# SQLITE_CORRUPT and SQLITE_NOTADB (primary result codes).
_DAMAGE_CODES: Final = frozenset({11, 26})
_DAMAGE_WORDS: Final = ("malformed", "file is not a database")
# quick_check reads every page (about 20 ms per MB on a lab PC): run on open up to this size;
# bigger files are checked by `testlab check` and by every backup.
QUICK_CHECK_MAX_BYTES: Final = 64 * 1024 * 1024
# Engines that have met damage: a file closed after that is not marked as seen sound.
_DAMAGED: weakref.WeakSet[Engine] = weakref.WeakSet()


def is_damage(error: BaseException | None) -> bool:
    """Whether a DB-API error is SQLite saying that the file is damaged."""
    if not isinstance(error, sqlite3.DatabaseError):
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF in _DAMAGE_CODES:
        return True
    text = str(error).lower()
    return any(word in text for word in _DAMAGE_WORDS)


def damaged_message(where: str) -> str:
    """The one line shown for a damaged file: what happened, that nothing was written, what to do."""
    return (f"{where} is damaged (database disk image is malformed); nothing more was written "
            "to it. Restore the latest backup (README: Restoring a backup).")


def watch_for_damage(engine: Engine, where: str) -> None:
    """Make every query on ``engine`` raise ``DamagedDatabase`` when SQLite reports damage."""

    def on_error(context: ExceptionContext) -> None:
        if is_damage(context.original_exception):
            _DAMAGED.add(engine)
            raise DamagedDatabase(damaged_message(where))

    event.listen(engine, "handle_error", on_error)


def _seen_marker(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def _fingerprint(path: Path) -> str:
    stat = path.stat()
    return f"{stat.st_size} {stat.st_mtime_ns}"


def unchanged_since_seen(path: Path) -> bool:
    """Whether ``path`` is exactly as TestLab left it when it last closed it, sound.

    The check on open is skipped then: it reads every page (about 20 ms per MB),
    and a file nobody touched since TestLab closed it cannot have been damaged by
    anyone but the disk, which SQLite reports on the first read of a bad page.
    """
    try:
        return _seen_marker(path).read_text(encoding="ascii") == _fingerprint(path)
    except (OSError, UnicodeDecodeError):
        return False


def mark_seen(engine: Engine, path: Path) -> None:
    """Remember ``path`` as sound as it now stands (after the engine closed), unless it met damage.

    The marker is a small file beside the database (``NAME.checked``); failing to
    write it only means the next open checks the file again.
    """
    if engine in _DAMAGED:
        return
    marker = _seen_marker(path)
    try:
        temporary = marker.with_name(marker.name + ".tmp")
        temporary.write_text(_fingerprint(path), encoding="ascii")
        os.replace(temporary, marker)
    except OSError:
        pass


def quick_check(connection: Connection, where: str) -> None:
    """``PRAGMA quick_check`` (structure of every page, read only); damage is ``DamagedDatabase``."""
    rows = connection.exec_driver_sql("PRAGMA quick_check").scalars().all()
    if rows != ["ok"]:
        raise DamagedDatabase(damaged_message(where))


def integrity_check(db: Database) -> str:
    """The full ``PRAGMA integrity_check`` of a SQLite database; a summary line if sound."""
    if not db.is_sqlite:
        return "PostgreSQL keeps its own checks; nothing to do here."
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql("PRAGMA integrity_check").scalars().all()
    if rows != ["ok"]:
        raise DamagedDatabase(damaged_message(db.description))
    return "integrity check ok, no damage found."
