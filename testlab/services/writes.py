"""Units of work that write: a concurrent change ends as ``Conflict``, never as a raw error.

The one mechanism for read-modify-write services: the rows people edit at the
same time (sessions, task attempts, questionnaires) carry a version the ORM
checks on every UPDATE (``testlab.model.base.version_column``).  When another
unit of work changed the row between our read and our write, SQLAlchemy raises
``StaleDataError``; when it inserted the same row first, the database raises an
``IntegrityError``.  ``write_unit`` rolls back and raises ``Conflict`` with a
message made after the rollback (so it can show what the other person did),
and any other database failure becomes ``DatabaseUnreachable``: whatever
happens, the caller is told that nothing was saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session as OrmSession
from sqlalchemy.orm.exc import StaleDataError

from testlab.db.database import Database
from testlab.errors import Conflict, DatabaseUnreachable

NOT_SAVED = "nothing was saved"


@contextmanager
def write_unit(db: Database, raced: Callable[[], str]) -> Iterator[OrmSession]:
    """``with write_unit(db, raced) as s:`` one unit of work; a race is ``Conflict(raced())``.

    ``raced`` is called after the rollback, so it may read the database afresh
    to say what changed meanwhile.
    """
    try:
        with db.session_factory.begin() as s:
            yield s
    except (StaleDataError, IntegrityError):
        raise Conflict(raced()) from None
    except DBAPIError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else "no answer"
        raise DatabaseUnreachable(f"The database refused the change ({reason}); "
                                  f"{NOT_SAVED}. Try again.") from None


def insert_or_ignore(s: OrmSession, table: Table, values: Mapping[str, Any]) -> None:
    """Insert a row unless one with the same key exists (race-free on both backends)."""
    dialect = s.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    s.execute(insert(table).values(**values).on_conflict_do_nothing())
