"""``testlab check``: the full integrity check of a SQLite database, on demand."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from testlab.db.database import Database

DESCRIPTION = """\
Run SQLite's PRAGMA integrity_check on the whole database file (every page,
every index), reading only. A damaged file ends with one line saying so and
exit status 2; restore a backup then (README, "Restoring a backup").
TestLab already runs the quicker PRAGMA quick_check each time it opens a file
of up to 64 MB; run this for bigger files or after a disk or power failure.
"""


def register(subparsers: Any) -> None:
    """Add the ``check`` command."""
    parser = subparsers.add_parser(
        "check", help="check the SQLite database file for damage",
        description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Check, and say that the file is sound (a damaged one raises DamagedDatabase)."""
    from testlab.db.damage import integrity_check

    db = open_db()
    print(f"{db.description}: {integrity_check(db)}")
    return 0
