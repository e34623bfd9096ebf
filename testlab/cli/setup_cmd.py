"""``testlab setup export --out FILE`` and ``testlab setup import FILE [--dry-run]``.

The setup file (TOML, docs/setup-file.md) holds centres, rooms, staff, products,
stages, studies, tasks and participants.  Import is all or nothing: a refused
file ends with exit status 2 and one line per problem on stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import asdict
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from testlab.db.database import Database


def register(subparsers: Any) -> None:
    """Add ``setup`` with its ``export`` and ``import`` subcommands."""
    parser = subparsers.add_parser(
        "setup", help="the network and study designs as one file (export, import)",
        description="Move the network (centres, rooms, staff), products, stages, studies, "
        "tasks and participants (profile and consent, never contact details) between "
        "databases through one human-editable TOML file (docs/setup-file.md).",
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))
    actions.required = True
    export = actions.add_parser("export", help="write the setup file",
                                description="Write the whole setup as a TOML file.")
    export.add_argument("--out", metavar="FILE", required=True,
                        help="the file to write (replaced atomically if it exists)")
    export.add_argument("--json", action="store_true", help="print the outcome as JSON")
    export.set_defaults(handler=handle_export)
    importer = actions.add_parser(
        "import", help="create or update from a setup file",
        description="Create or update everything the file names, by natural keys (centre "
        "code, staff e-mail, product name, stage name, study title, task key, participant "
        "code). All or nothing: any problem refuses the whole file and nothing is written. "
        "Importing the same file twice changes nothing; nothing is ever deleted.",
    )
    importer.add_argument("file", metavar="FILE", help="the setup file (TOML)")
    importer.add_argument("--dry-run", action="store_true",
                          help="check the file and say what would change; write nothing")
    importer.add_argument("--confirm-wording", action="store_true",
                          help="allow wording changes of tasks that have recorded attempts")
    importer.add_argument("--json", action="store_true", help="print the outcome as JSON")
    importer.set_defaults(handler=handle_import)


def handle_export(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Write the file and say how many entries it holds."""
    from testlab.services.setup_file import export_setup

    result = export_setup(open_db(), args.out)
    if args.json:
        print(json.dumps(asdict(result), indent=2))
    else:
        print(f"Exported {result.rows} setup entries to {result.path}.")
    return 0


def handle_import(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Import (or dry-run) the file; print the outcome or the refusal."""
    from testlab.cli.import_cmd import EXIT_REFUSED, print_refusal
    from testlab.errors import ImportRejected
    from testlab.services.setup_file import import_setup

    try:
        result = import_setup(open_db(), args.file, dry_run=args.dry_run,
                              confirm_wording=args.confirm_wording)
    except ImportRejected as exc:
        if len(exc.problems) == 1:  # the common case of a hand-edited file: one line
            line, reason = exc.problems[0]
            print(f"testlab: {args.file} was refused, nothing was imported: line {line}: "
                  f"{reason}", file=sys.stderr)
        else:
            print_refusal(args.file, exc)
        return EXIT_REFUSED
    if args.json:
        print(json.dumps(asdict(result), indent=2))
    elif result.dry_run:
        print(f"Dry run: {result.entries} entries checked, no problem. Would create "
              f"{result.created} and change {result.changed} record(s). Nothing was written.")
    else:
        print(f"Imported {result.source}: {result.entries} entries; {result.created} record(s) "
              f"created, {result.changed} changed.")
    return 0
