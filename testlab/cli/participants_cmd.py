"""``testlab participants erase CODE``: erase a participant's contact details on request."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from testlab.db.database import Database


def register(subparsers: Any) -> None:
    """Add the ``participants`` command and its ``erase`` action."""
    parser = subparsers.add_parser(
        "participants", help="the participant pool (erase contact details on request)",
        description="The participant pool.")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))
    actions.required = True
    erase = actions.add_parser(
        "erase", help="erase a participant's contact details",
        description="Erase a participant's name, phone and e-mail on request. Their results "
        "stay, anonymous, under the pseudonymous code; the erasure is logged (when, not what).")
    erase.add_argument("code", metavar="CODE", help="the participant's code, e.g. P-MAD-0042")
    erase.set_defaults(handler=handle_erase)


def handle_erase(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Erase and say when."""
    from testlab.services.participants import erase_contact

    when = erase_contact(open_db(), args.code)
    print(f"Erased the contact details of {args.code.strip().upper()} "
          f"({when:%Y-%m-%d %H:%M} UTC); their results stay, anonymous.")
    return 0
