"""``testlab import results FILE.csv [--dry-run] [--json]``: import task attempts from a CSV.

A refused file ends with exit status 2: a first line saying the file was refused
and how many problems it has, then one line per problem ("line 7: rating 9 ..."),
all on stderr, no traceback; nothing is written.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

from testlab.errors import ImportRejected

if TYPE_CHECKING:
    from testlab.db.database import Database
    from testlab.services.results_io import ImportResult

EXIT_REFUSED = 2
MAX_LISTED = 100  # problems printed; the rest are counted


def register(subparsers: Any) -> None:
    """Add ``import`` and its ``results`` subcommand."""
    parser = subparsers.add_parser(
        "import", help="import data files (results or questionnaires CSV)",
        description="Import data files into the database.",
    )
    kinds = parser.add_subparsers(dest="kind", metavar="KIND", parser_class=type(parser))
    kinds.required = True
    results = kinds.add_parser(
        "results", help="task attempts, one row each (see docs/results-csv.md)",
        description="Import task attempts from a results CSV (UTF-8, comma or semicolon). "
        "Every row is checked first; one bad row refuses the whole file and nothing is "
        "written. Attempts already recorded with the same values are skipped.",
    )
    results.add_argument("file", metavar="FILE.csv", help="the results CSV to import")
    results.add_argument("--dry-run", action="store_true",
                         help="check the file and report what would be imported; write nothing")
    results.add_argument("--ignore-column", action="append", default=[], metavar="NAME",
                         help="leave out this column of the file (repeatable), e.g. a "
                         "spreadsheet's own 'Comments' column")
    results.add_argument("--json", action="store_true", help="print the outcome as JSON")
    results.set_defaults(handler=handle)
    answers = kinds.add_parser(
        "questionnaires", help="closing questionnaires, one row per session "
        "(see docs/questionnaires-csv.md)",
        description="Import closing questionnaires (SUS items, recommend, satisfaction, "
        "comments) from a CSV, one row per session named as in the results CSV. Every row is "
        "checked first; one bad row refuses the whole file and nothing is written. Answers "
        "already recorded with the same values are skipped; different ones are refused.",
    )
    answers.add_argument("file", metavar="FILE.csv", help="the questionnaires CSV to import")
    answers.add_argument("--dry-run", action="store_true",
                         help="check the file and report what would be imported; write nothing")
    answers.add_argument("--ignore-column", action="append", default=[], metavar="NAME",
                         help="leave out this column of the file (repeatable)")
    answers.add_argument("--json", action="store_true", help="print the outcome as JSON")
    answers.set_defaults(handler=handle_questionnaires)


def handle(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Import (or dry-run) the file; print the outcome or the refusal."""
    from testlab.services.results_io import import_results

    db = open_db()
    try:
        result = import_results(db, args.file, dry_run=args.dry_run,
                                ignore_columns=args.ignore_column)
    except ImportRejected as exc:
        print_refusal(args.file, exc)
        return EXIT_REFUSED
    if args.json:
        payload = asdict(result)
        payload.pop("preview")
        payload.pop("columns")
        print(json.dumps(payload, indent=2))
    else:
        print(summary(result))
    return 0


def handle_questionnaires(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Import (or dry-run) a questionnaires CSV; print the outcome or the refusal."""
    from testlab.services.questionnaires_io import import_questionnaires

    try:
        result = import_questionnaires(open_db(), args.file, dry_run=args.dry_run,
                                       ignore_columns=args.ignore_column)
    except ImportRejected as exc:
        print_refusal(args.file, exc)
        return EXIT_REFUSED
    if args.json:
        print(json.dumps(asdict(result), indent=2))
    elif result.dry_run:
        print(f"Dry run: {result.rows} row(s) checked, no problem. Would import "
              f"{result.added} questionnaire(s); {result.skipped} already recorded. "
              "Nothing was written.")
    else:
        print(f"Imported {result.added} questionnaire(s) from {result.source}; "
              f"{result.skipped} already recorded, skipped.")
    return 0


def summary(result: ImportResult) -> str:
    """One line saying what was (or would be) imported."""
    created = (f"{result.sessions_created} new session(s), "
               f"{result.participants_created} new participant(s)")
    notes = "".join(f" {note}" for note in result.notes)
    if result.dry_run:
        return (f"Dry run: {result.rows} row(s) checked, no problem. Would import "
                f"{result.added} attempt(s) ({created}); {result.skipped} already recorded. "
                f"Nothing was written.{notes}")
    return (f"Imported {result.added} attempt(s) from {result.source} ({created}); "
            f"{result.skipped} already recorded, skipped.{notes}")


def print_refusal(file: str, exc: ImportRejected) -> None:
    """The refusal on stderr: a summary line, then each problem with its line number."""
    count = len(exc.problems)
    print(f"testlab: {file} was refused ({count} problem{'s' if count != 1 else ''}); "
          "nothing was imported.", file=sys.stderr)
    for line, reason in exc.problems[:MAX_LISTED]:
        print(f"  line {line}: {reason}", file=sys.stderr)
    if count > MAX_LISTED:
        print(f"  … and {count - MAX_LISTED} more", file=sys.stderr)
