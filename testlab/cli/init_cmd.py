"""``testlab init``: create the database, or bring an existing one to this TestLab's schema."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from testlab.db.database import Database

DESCRIPTION = """\
Create the TestLab database, or migrate an existing one to the schema this
version of TestLab uses, then say where it is and its schema revision.

Without --db the database is the SQLite file in your user data folder (or
TESTLAB_DATABASE_URL). A database written by a newer TestLab is refused and
left untouched. Running init again on an up-to-date database changes nothing.
An existing empty file (0 bytes) is made a new database only by init; every
other command refuses it.
"""


def register(subparsers: Any) -> None:
    """Add the ``init`` command."""
    parser = subparsers.add_parser(
        "init",
        help="create or migrate the database",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Open (creating or migrating) the database and report what it is.

    Opened here rather than through ``open_db``: init is the one command that
    may turn an existing empty file into a database.
    """
    from testlab.db.database import open_database
    from testlab.db.urls import resolve_url
    from testlab.services.info import database_info

    url = resolve_url(args.db)
    path = Path(str(url.database))
    is_new = url.get_backend_name() == "sqlite" and (
        not path.exists() or (path.is_file() and path.stat().st_size == 0))
    db = open_database(args.db, accept_empty=True)
    try:
        info = database_info(db)
    finally:
        db.close()
    print(f"{'Created' if is_new else 'Ready'}: {info.description}")
    print(f"{info.backend} database, schema revision {info.schema_revision}.")
    if info.centres == 0:
        print("It has no centres yet; try the demo network with: testlab demo")
    else:
        print(f"It holds {info.centres} centres and {info.sessions} sessions.")
    return 0
