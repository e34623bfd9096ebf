"""``testlab export results [--product NAME] [--stage NAME] --out FILE.csv``.

Writes the results CSV (the format ``testlab import results`` reads) atomically:
a failure never leaves a half-written file.  Participants appear by their
pseudonymous code only; contact details are never exported.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from testlab.db.database import Database


def register(subparsers: Any) -> None:
    """Add ``export`` and its ``results`` subcommand."""
    parser = subparsers.add_parser(
        "export", help="export data files (results or questionnaires CSV)",
        description="Export data from the database to files.",
    )
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", parser_class=type(parser))
    kinds.required = True
    results = kinds.add_parser(
        "results", help="task attempts, one row each (see docs/results-csv.md)",
        description="Write every task attempt (or those of one product and/or stage) as a "
        "results CSV: UTF-8 with BOM, comma separated, decimal point.",
    )
    results.add_argument("--product", metavar="NAME", help="only this product")
    results.add_argument("--stage", metavar="NAME",
                         help="only stages with this name (of --product, if given)")
    results.add_argument("--out", metavar="FILE.csv", required=True,
                         help="the file to write (replaced atomically if it exists)")
    results.add_argument("--json", action="store_true", help="print the outcome as JSON")
    results.set_defaults(handler=handle)
    answers = kinds.add_parser(
        "questionnaires", help="closing questionnaires, one row per session "
        "(see docs/questionnaires-csv.md)",
        description="Write every closing questionnaire (or one product's) as a CSV: UTF-8 "
        "with BOM, comma separated; sessions named as in the results CSV.",
    )
    answers.add_argument("--product", metavar="NAME", help="only this product")
    answers.add_argument("--out", metavar="FILE.csv", required=True,
                         help="the file to write (replaced atomically if it exists)")
    answers.add_argument("--json", action="store_true", help="print the outcome as JSON")
    answers.set_defaults(handler=handle_questionnaires)


def handle(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Export and say how many attempts went where."""
    from testlab.services.results_io import export_results

    result = export_results(open_db(), args.out, product=args.product, stage=args.stage)
    if args.json:
        print(json.dumps(asdict(result), indent=2))
    else:
        print(f"Exported {result.rows} attempt(s) to {result.path}.")
    return 0


def handle_questionnaires(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Export the questionnaires and say how many went where."""
    from testlab.services.questionnaires_io import export_questionnaires

    result = export_questionnaires(open_db(), args.out, product=args.product)
    if args.json:
        print(json.dumps(asdict(result), indent=2))
    else:
        print(f"Exported {result.rows} questionnaire(s) to {result.path}.")
    return 0
