"""``testlab info``: where the database is, its schema revision, and what it holds."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from testlab.db.database import Database
    from testlab.services.info import DatabaseInfo

DESCRIPTION = """\
Show which database TestLab uses, its schema revision, and how many centres,
rooms, staff, products, stages, studies, tasks, participants, sessions and
task attempts it holds.

With --json, print one JSON object of the counts only, keyed by those plural
names, for scripts: {"centres": 23, "rooms": 46, ...}.
"""


def register(subparsers: Any) -> None:
    """Add the ``info`` command."""
    parser = subparsers.add_parser(
        "info",
        help="show the database and what it holds",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--json", action="store_true", help="print the counts as one JSON object")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Print the database's description and counts, as a table or as JSON."""
    from testlab.services.info import database_info

    info = database_info(open_db())
    if args.json:
        print(json.dumps(info.counts()))
    else:
        print(format_table(info))
    return 0


def format_table(info: DatabaseInfo) -> str:
    """The information as aligned lines a person reads."""
    counts = info.counts()
    width = max(len(name) for name in counts)
    lines = [
        f"Database  {info.description}",
        f"Backend   {info.backend}, schema revision {info.schema_revision}",
        "",
    ]
    lines += [f"  {name.capitalize():<{width}}  {value:>8,}" for name, value in counts.items()]
    return "\n".join(lines)
