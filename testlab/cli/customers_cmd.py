"""``testlab customers list|set``: the operator's customer numbers per country and segment.

They weight the operator's own NPS (``testlab stats`` shows it beside the plain NPS).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from testlab.model.enums import Segment

if TYPE_CHECKING:
    from testlab.db.database import Database

DESCRIPTION = """\
The operator's number of customers in each country (ISO 3166 code such as BE or SN)
and customer segment (the segments of the participant profile). testlab stats weights
each stratum's NPS by them, so the weighted NPS speaks for the operator's customer mix
rather than for whoever came to the lab.

  testlab customers list [--json]
  testlab customers set --country BE --segment senior --customers 410000
"""


def _whole(text: str) -> int:
    try:
        return int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None


def register(subparsers: Any) -> None:
    """Add the ``customers`` command and its ``list`` and ``set`` actions."""
    parser = subparsers.add_parser(
        "customers",
        help="customer numbers per country and segment (weights of the operator's NPS)",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))
    actions.required = True
    listing = actions.add_parser("list", help="show every customer number entered",
                                 description="Show every customer number entered.")
    listing.add_argument("--json", action="store_true",
                         help="print a JSON list of {country, segment, customers}")
    listing.set_defaults(handler=handle_list)
    setting = actions.add_parser(
        "set", help="set the customers of one country and segment",
        description="Set how many customers the operator has in one country and segment "
        "(0: none there).",
    )  # fmt: skip
    setting.add_argument("--country", required=True, metavar="CC",
                         help="ISO 3166 two-letter country code, e.g. BE")
    setting.add_argument("--segment", required=True, metavar="SEGMENT",
                         help=f"one of {', '.join(s.value for s in Segment)}")
    setting.add_argument("--customers", required=True, type=_whole, metavar="N",
                         help="number of customers, 0 or more")
    setting.set_defaults(handler=handle_set)


def handle_list(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Print the customer numbers as a table, or as JSON."""
    from testlab.services.customers import list_customers

    rows = list_customers(open_db())
    if args.json:
        print(json.dumps([{"country": r.country, "segment": r.segment.value,
                           "customers": r.customers} for r in rows], indent=2))  # fmt: skip
        return 0
    if not rows:
        print("No customer numbers are entered: the weighted NPS needs them "
              "(testlab customers set --country CC --segment S --customers N).")  # fmt: skip
        return 0
    table = [("Country", "Segment", "Customers")] + [
        (f"{r.country} {r.country_name}", r.segment.value, f"{r.customers:,}") for r in rows
    ]
    widths = [max(len(row[i]) for row in table) for i in range(3)]
    for row in table:
        print(f"  {row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]:>{widths[2]}}")
    print(f"  {len(rows)} strata, {sum(r.customers for r in rows):,} customers")
    return 0


def handle_set(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Set one customer number and say what was stored."""
    from testlab.services.customers import set_customers

    row = set_customers(
        open_db(), country=args.country, segment=args.segment, customers=args.customers
    )
    print(f"{row.country} {row.country_name}, {row.segment.value}: {row.customers:,} customers")
    return 0
