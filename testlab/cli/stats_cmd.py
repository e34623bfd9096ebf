"""``testlab stats``: a product's usability statistics as tables, or as JSON with --json."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from testlab.analysis.confidence import check_confidence
from testlab.analysis.dimensions import DIMENSIONS, NPS_STRATA
from testlab.errors import InvalidInput

if TYPE_CHECKING:
    from testlab.db.database import Database


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number (e.g. 0.90)") from None
    try:
        return check_confidence(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1 (e.g. 0.90)") from None


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def register(subparsers: Any) -> None:
    """Add the ``stats`` command."""
    parser = subparsers.add_parser(
        "stats",
        help="usability statistics of a product, stage by stage and task by task",
        description="Completion, times, SEQ, SUS, NPS and satisfaction of a product's stages, "
        "optionally broken down or compared stage against stage. Every recorded attempt "
        "(skipped tasks excepted) and every recorded questionnaire answer counts, whatever "
        "the session's status now (see docs/stats-json.md).",
    )
    parser.add_argument("--product", required=True, metavar="NAME", help="the product's name")
    parser.add_argument("--stage", action="append", default=[], metavar="NAME",
                        help="show only this stage (repeatable; default: every stage)")
    parser.add_argument("--by", choices=DIMENSIONS,
                        help="also break the figures down by centre, facilitator or condition")
    parser.add_argument("--compare", nargs=2, metavar=("STAGE_A", "STAGE_B"),
                        help="compare stage B against stage A, task by task")
    parser.add_argument("--confidence", type=_confidence, default=0.95, metavar="LEVEL",
                        help="confidence level of intervals and tests (default 0.95)")
    parser.add_argument("--assisted-success", action="store_true",
                        help="count success with assistance as success (default: failure)")
    parser.add_argument("--nps-strata", choices=NPS_STRATA, default=NPS_STRATA[0],
                        metavar="STRATA",
                        help="strata of the weighted NPS: country,segment (default), country "
                        "or segment; weights from 'testlab customers'")
    filters = parser.add_argument_group(
        "filters", "every figure counts only the sessions these keep (and says so)")
    filters.add_argument("--centre", action="append", default=[], metavar="CODE",
                         help="only sessions at this centre (repeatable)")
    filters.add_argument("--age-band", metavar="B", help="only participants of this age band "
                         "(18-24, 25-34, 35-44, 45-54, 55-64, 65+)")
    filters.add_argument("--segment", metavar="S", help="only participants of this segment")
    filters.add_argument("--digital-skill", metavar="D",
                         help="only participants of this digital skill (low, medium, high)")
    filters.add_argument("--existing-customer", choices=("yes", "no"),
                         help="only existing customers (yes) or only others (no)")
    filters.add_argument("--from", dest="date_from", type=_date, metavar="DATE",
                         help="only sessions from this UTC date (YYYY-MM-DD)")
    filters.add_argument("--to", dest="date_to", type=_date, metavar="DATE",
                         help="only sessions up to this UTC date, inclusive")
    parser.add_argument("--json", action="store_true",
                        help="print the JSON document described in docs/stats-json.md")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Run the analysis and print it."""
    from testlab.analysis.filters import Filters
    from testlab.reports import stats_json, stats_text
    from testlab.services.analysis import product_statistics

    if not args.product.strip():
        raise InvalidInput("Name a product with --product.")
    analysis = product_statistics(
        open_db(),
        args.product,
        stages=args.stage,
        by=args.by,
        compare=None if args.compare is None else (args.compare[0], args.compare[1]),
        confidence=args.confidence,
        assisted_counts_as_success=args.assisted_success,
        nps_strata=args.nps_strata,
        filters=Filters(
            centres=tuple(args.centre), age_band=args.age_band, segment=args.segment,
            digital_skill=args.digital_skill,
            existing_customer=None if args.existing_customer is None
            else args.existing_customer == "yes",
            date_from=args.date_from, date_to=args.date_to,
        ),
    )  # fmt: skip
    if args.json:
        sys.stdout.write(stats_json.dumps(analysis) + "\n")
    else:
        sys.stdout.write(stats_text.render(analysis))
    return 0
