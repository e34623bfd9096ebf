"""``testlab demo``: load the demo network into an empty database."""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from testlab.db.database import Database

DESCRIPTION = """\
Load the demo network into an empty database: 23 test centres in Europe,
Africa and the Middle East with their rooms, opening hours and staff; six
products with their design stages and post-launch studies; pseudonymous
participants; about a thousand sessions with task attempts, questionnaires,
observations and findings.

Its schedule is placed around the day it is loaded (--today to choose): past weeks
held, this week and the next ones booked. The same --seed and day always give exactly
the same data. A database that already
has centres is refused and left unchanged (exit status 2).
"""


def register(subparsers: Any) -> None:
    """Add the ``demo`` command."""
    parser = subparsers.add_parser(
        "demo",
        help="load the demo network into an empty database",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--seed", type=int, default=1, metavar="N",
        help="seed of the generated data (default: 1); same seed, same data",
    )
    parser.add_argument(
        "--today", type=_day, default=None, metavar="YYYY-MM-DD",
        help="the day the schedule is placed around (default: today): weeks before it "
        "held, its week and the next ones booked; same seed and day, same data",
    )
    parser.set_defaults(handler=handle)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def handle(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Load the demo and say what was loaded, where, and how long it took."""
    from testlab.services.demo import load_demo_network

    db = open_db()
    started = time.perf_counter()
    summary = load_demo_network(db, seed=args.seed, today=args.today)
    elapsed = time.perf_counter() - started
    print(f"Loaded the demo network (seed {summary.seed}) into {db.description} "
          f"in {elapsed:.1f} s:")
    print(f"  {summary.centres} centres, {summary.rooms} rooms, {summary.staff} staff")
    print(f"  {summary.products} products, {summary.stages} stages, {summary.studies} studies, "
          f"{summary.tasks} tasks")
    print(f"  {summary.participants} participants, {summary.sessions} sessions, "
          f"{summary.attempts} task attempts")
    print(f"  {summary.questionnaires} questionnaires, {summary.observations} observations, "
          f"{summary.findings} findings")
    return 0
