"""``testlab report``: the PDF findings report of a product (or of every product)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from testlab.cli.stats_cmd import _confidence
from testlab.errors import InvalidInput

if TYPE_CHECKING:
    from testlab.db.database import Database


def register(subparsers: Any) -> None:
    """Add the ``report`` command."""
    parser = subparsers.add_parser(
        "report",
        help="the PDF findings report of a product (or of every product with --all)",
        description="Write the PDF findings report of a product: executive summary, method, "
        "results stage by stage and by centre, comparisons of consecutive stages, findings. "
        "Its figures are those of 'testlab stats --json' for the same product, stages, "
        "centres and confidence. The file appears only once it is complete.",
    )
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--product", metavar="NAME", help="the product's name")
    which.add_argument("--all", action="store_true",
                       help="one report per product, written into --out-dir")
    parser.add_argument("--out", metavar="FILE.pdf", type=Path,
                        help="the PDF to write (with --product)")
    parser.add_argument("--out-dir", metavar="DIR", type=Path,
                        help="the folder to write into (with --all)")
    parser.add_argument("--stage", action="append", default=[], metavar="NAME",
                        help="only this stage (repeatable; default: every stage)")
    parser.add_argument("--centre", action="append", default=[], metavar="CODE",
                        help="only sessions at this centre (repeatable)")
    parser.add_argument("--confidence", type=_confidence, default=0.95, metavar="LEVEL",
                        help="confidence level of intervals and tests (default 0.95)")
    parser.add_argument("--lang", default="en", metavar="LANG",
                        help="language of the report: en (default) or fr")
    parser.add_argument("--logo", type=Path, metavar="FILE",
                        help="logo for the cover (PNG or JPEG; default: TestLab's)")
    parser.add_argument("--author", default="", metavar="NAME",
                        help="who prepared the report (cover and document properties)")
    parser.set_defaults(handler=handle)


def file_name(product: str) -> str:
    """A safe file name for a product's report (see ``report_file_name``)."""
    from testlab.services.reports import report_file_name

    return report_file_name(product)


def handle(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Build the report(s)."""
    from testlab.reports.pdf import ReportOptions, build_report
    from testlab.reports.pdf.build import check_logo
    from testlab.reports.pdf.catalogue import Words

    Words(args.lang)  # an unknown language is refused before anything is read
    if args.logo is not None:
        check_logo(args.logo)
    options = ReportOptions(
        stages=tuple(args.stage), centres=tuple(args.centre), confidence=args.confidence,
        lang=args.lang, logo=args.logo, author=args.author,
    )  # fmt: skip
    if args.all:
        if args.out_dir is None:
            raise InvalidInput("Name the folder to write into with --out-dir.")
        if args.stage:
            raise InvalidInput("--stage names one product's stages: use it with --product.")
        if not args.out_dir.is_dir():
            raise InvalidInput(f"The folder '{args.out_dir}' does not exist.")
        from testlab.services.products import list_products

        db = open_db()
        for row in list_products(db):
            target = build_report(db, row.name, args.out_dir / file_name(row.name), options)
            print(target)
        return 0
    if args.out is None:
        raise InvalidInput("Name the PDF to write with --out.")
    if not args.product.strip():
        raise InvalidInput("Name a product with --product.")
    target = build_report(open_db(), args.product, args.out, options)
    sys.stdout.write(f"{target}\n")
    return 0
