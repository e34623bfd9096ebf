"""``testlab findings list|export``: a product's findings log, on screen or as CSV."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from testlab.db.database import Database
    from testlab.services.findings import FindingRow

DESCRIPTION = """\
The usability findings logged for a product: severity 1 (critical) to 4 (cosmetic),
how many participants met each of how many observed, the status at each later stage,
and "came back" when a finding marked fixed was seen again at a later stage.

  testlab findings list --product "MyLine self-care app" [--stage NAME] [--json]
  testlab findings export --product "MyLine self-care app" --out findings.csv
"""


def register(subparsers: Any) -> None:
    """Add the ``findings`` command and its ``list`` and ``export`` actions."""
    parser = subparsers.add_parser(
        "findings", help="a product's findings log (list, export as CSV)",
        description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))
    actions.required = True
    listing = actions.add_parser(
        "list", help="list a product's findings, most severe first",
        description="List a product's findings, most severe first. With --stage, the "
        "findings that exist at that stage and each one's status there.",
    )  # fmt: skip
    listing.add_argument("--product", required=True, metavar="NAME", help="the product")
    listing.add_argument("--stage", metavar="NAME", help="show the status at this stage")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=handle_list)
    export = actions.add_parser(
        "export", help="write a product's findings as CSV",
        description="Write a product's findings as CSV (formula-like cells neutralised).",
    )  # fmt: skip
    export.add_argument("--product", required=True, metavar="NAME", help="the product")
    export.add_argument("--out", required=True, metavar="FILE.csv", help="file to write")
    export.set_defaults(handler=handle_export)


def handle_list(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Print the findings as a table, or as JSON."""
    from testlab.services.findings import list_findings

    rows = list_findings(open_db(), product=args.product, stage=args.stage)
    if args.json:
        print(json.dumps([_json(r) for r in rows], indent=2, ensure_ascii=False))
        return 0
    if not rows:
        print(f"No findings logged for {args.product}.")
        return 0
    for r in rows:
        came_back = "  CAME BACK" if r.came_back else ""
        print(f"[{r.severity_wording.split(':')[0]}] {r.title}{came_back}")
        print(f"    task {r.task_key or '-'}, first seen at {r.first_stage}, status {r.status}, "
              f"{r.affected} of {r.observed} participants, {len(r.evidence)} observations")  # fmt: skip
    print(f"  {len(rows)} findings")
    return 0


def handle_export(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Write the CSV and say how many findings it holds."""
    from testlab.services.findings import export_findings

    count = export_findings(open_db(), args.out, product=args.product)
    print(f"{count} findings written to {args.out}")
    return 0


def _json(r: FindingRow) -> dict[str, Any]:
    return {
        "id": str(r.id), "title": r.title, "description": r.description,
        "task_key": r.task_key, "first_stage": r.first_stage, "severity": r.severity,
        "severity_wording": r.severity_wording, "affected": r.affected,
        "observed": r.observed, "recommendation": r.recommendation, "owner": r.owner,
        "status": r.status, "came_back": r.came_back,
        "statuses": [{"stage": s.stage, "status": s.status, "note": s.note}
                     for s in r.statuses],
        "evidence": [{"stage": e.stage, "participant": e.participant,
                      "session_start": e.session_start.isoformat(),
                      "elapsed_seconds": e.elapsed_seconds, "text": e.text}
                     for e in r.evidence],
    }  # fmt: skip
