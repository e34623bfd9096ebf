"""Entry point of the ``testlab`` command: global options, dispatch, error handling.

Each command lives in its own module under ``testlab.cli`` and exposes
``register(subparsers)``, which adds its parser and sets ``handler`` to a
function ``handler(args, open_db) -> int``.  ``register`` only builds the parser: a
command imports its code (services, statistics, reports) inside its handler, so
``testlab --help`` starts in a blink and ``testlab info`` never loads scipy.  Errors a user can act on
(``TestLabError``) end as one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from testlab import __version__
from testlab.errors import TestLabError

if TYPE_CHECKING:
    from testlab.db.database import Database

# Command modules, in the order --help lists them.
COMMANDS: tuple[str, ...] = (
    "testlab.cli.init_cmd",
    "testlab.cli.demo_cmd",
    "testlab.cli.info_cmd",
    "testlab.cli.import_cmd",
    "testlab.cli.export_cmd",
    "testlab.cli.setup_cmd",
    "testlab.cli.stats_cmd",
    "testlab.cli.report_cmd",
    "testlab.cli.customers_cmd",
    "testlab.cli.findings_cmd",
    "testlab.cli.schedule_cmd",
    "testlab.cli.participants_cmd",
    "testlab.cli.check_cmd",
    "testlab.cli.backup_cmd",
)

EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    """argparse that reports bad usage as one line and exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    """The full parser with every command registered."""
    parser = _Parser(
        prog="testlab",
        description="TestLab: plan, record and analyse usability tests across test centres.",
    )
    parser.add_argument("--version", action="version", version=f"testlab {__version__}")
    parser.add_argument(
        "--db",
        metavar="URL_OR_PATH",
        help="SQLite file or database URL (postgresql+psycopg://…); default: "
        "TESTLAB_DATABASE_URL, else the file in your user data folder",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    subparsers.required = True
    for name in COMMANDS:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    opened: list[Database] = []

    def open_db() -> Database:
        from testlab.db.database import open_database

        db = open_database(args.db)
        opened.append(db)
        return db

    handler: Callable[[argparse.Namespace, Callable[[], Database]], int] = args.handler
    try:
        return handler(args, open_db)
    except TestLabError as exc:
        print(f"testlab: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("testlab: interrupted; nothing more was written", file=sys.stderr)
        return 130
    finally:
        for db in opened:
            db.close()
