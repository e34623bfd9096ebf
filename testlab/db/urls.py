"""Resolve which database to use: --db, else TESTLAB_DATABASE_URL, else the user's data file.

A plain path means a SQLite file; anything with ``://`` is an SQLAlchemy URL
(``postgresql://`` is read as ``postgresql+psycopg://``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from testlab.errors import BadDatabaseUrl

ENV_VAR = "TESTLAB_DATABASE_URL"
APP_NAME = "TestLab"
DEFAULT_FILE = "testlab.sqlite3"
SUPPORTED = ("sqlite", "postgresql")
# "postgresql:/x", "sqlite:lab.db": a scheme without "//" (a Windows drive
# letter such as "C:" is one letter, so it does not match).
_LOOKS_LIKE_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")


def default_database_path() -> Path:
    """The embedded database file in the user's data directory (platformdirs)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / DEFAULT_FILE


def resolve_url(value: str | None = None, environ: os._Environ[str] | dict[str, str] | None = None) -> URL:
    """The database URL for a --db value, the environment, or the default file."""
    env = os.environ if environ is None else environ
    if value is None:
        value = env.get(ENV_VAR) or None
    if value is None:
        return sqlite_url(default_database_path())
    value = value.strip()
    if not value:
        raise BadDatabaseUrl("The database given is empty: name a file or a database URL.")
    if "://" not in value:
        if _LOOKS_LIKE_URL.match(value):
            raise BadDatabaseUrl(
                f"'{value}' looks like a database URL but is malformed: "
                "write scheme://…, e.g. postgresql+psycopg://user@host/database."
            )
        return sqlite_url(Path(value).expanduser())
    try:
        url = make_url(value)
    except (ArgumentError, ValueError):
        raise BadDatabaseUrl(f"'{value}' is not a database URL TestLab can read.") from None
    backend = url.get_backend_name()
    if backend not in SUPPORTED:
        raise BadDatabaseUrl(
            f"'{backend}' databases are not supported: use a SQLite file or postgresql://…"
        )
    if backend == "postgresql" and url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if backend == "postgresql" and url.get_driver_name() != "psycopg":
        raise BadDatabaseUrl("For PostgreSQL use postgresql+psycopg://user@host/database.")
    if backend == "sqlite" and url.database in (None, "", ":memory:"):
        raise BadDatabaseUrl("An in-memory SQLite database keeps nothing: give a file path.")
    return url


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a SQLite file at ``path`` (made absolute)."""
    return URL.create("sqlite+pysqlite", database=str(path.absolute()))


def describe(url: URL) -> str:
    """How to show the database to a user: the file path, or the URL without password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)
