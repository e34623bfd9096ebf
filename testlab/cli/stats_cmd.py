"""``testlab stats``: a product's usability statistics as tables, or as JSON with --json."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from testlab.analysis import json_doc, tables
from testlab.analysis.results import DIMENSIONS
from testlab.db import Database
from testlab.errors import InvalidInput
from testlab.services.analysis import product_statistics


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number (e.g. 0.90)") from None
    if not 0.0 < value < 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1 (e.g. 0.90)")
    return value


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
    parser.add_argument("--json", action="store_true",
                        help="print the JSON document described in docs/stats-json.md")
    parser.set_defaults(handler=handle)


def handle(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Run the analysis and print it."""
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
    )
    if args.json:
        sys.stdout.write(json_doc.dumps(analysis) + "\n")
    else:
        sys.stdout.write(tables.render(analysis))
    return 0
