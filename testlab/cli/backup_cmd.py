"""``testlab backup --out FILE``: a consistent copy of the SQLite database, safe while recording."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from testlab.db.database import Database

DESCRIPTION = """\
Copy the SQLite database to FILE with SQLite's online backup API: the copy is
the database as of one instant, even while the window is recording. The copy
must pass PRAGMA integrity_check before it replaces FILE; a damaged database is
refused (exit status 2) and FILE is left as it was.

To restore, close TestLab and copy the backup over the database file (see the
README, "Restoring a backup"). PostgreSQL databases are backed up with pg_dump.
"""


def register(subparsers: Any) -> None:
    """Add the ``backup`` command."""
    parser = subparsers.add_parser(
        "backup", help="copy the SQLite database to a file, safely while in use",
        description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--out", metavar="FILE", required=True,
                        help="the backup file to write (replaced atomically if it exists)")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Write the backup and say where, how big, and that it passed the check."""
    from testlab.db.backup import backup_database

    info = backup_database(open_db(), args.out)
    print(f"Backed up to {info.path} ({info.size:,} bytes, integrity check {info.check}).")
    return 0
