"""Create SQLAlchemy engines with the settings TestLab relies on.

SQLite: WAL journal (readers never wait for the writer), foreign keys on, a
busy timeout so two windows on one file wait instead of failing at once.
WAL is switched on by ``enable_wal`` only once the file has been accepted,
because it rewrites the file header: a refused file must stay untouched.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import URL, Engine

SQLITE_BUSY_TIMEOUT_MS = 10_000


def make_engine(url: URL) -> Engine:
    """An engine for ``url`` with per-backend settings applied on every connection."""
    if url.get_backend_name() == "sqlite":
        engine = create_engine(
            url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000}, future=True
        )
        event.listen(engine, "connect", _configure_sqlite)
        return engine
    return create_engine(
        url, pool_pre_ping=True, connect_args={"connect_timeout": 5}, future=True
    )


def _configure_sqlite(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        # FULL: a commit survives the PC losing power, not only the app being
        # killed; the lab console commits every entry, so this is the promise.
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def enable_wal(engine: Engine) -> None:
    """Put a SQLite database in WAL mode (a persistent property of the file)."""
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA journal_mode = WAL")
