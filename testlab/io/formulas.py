"""Spreadsheet formula neutralisation of CSV cells, reversible so that text round-trips.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is run as a formula by Excel, LibreOffice and Google Sheets (``=HYPERLINK(…)``,
``=cmd|…``).  OWASP's remedy is a leading single quote, which spreadsheets show
as text.  To keep the exact round trip of free text, a cell that already starts
with quotes followed by such a character gets one more quote, and reading
removes exactly one: ``neutralise`` and ``restore`` are inverse on every string,
and a hand-written cell such as ``'tis`` is left alone both ways.

Any CSV writer of the package calls ``neutralise`` on every cell it writes, and
the matching reader calls ``restore`` on every cell it reads.
"""

from __future__ import annotations

import re
from typing import Final

FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
_QUOTED_FORMULA = re.compile(r"'*[=+\-@\t\r]")


def neutralise(cell: str) -> str:
    """The cell as written to a CSV file: a quote added if a spreadsheet would run it."""
    return "'" + cell if _QUOTED_FORMULA.match(cell) else cell


def restore(cell: str) -> str:
    """The cell's text as read from a CSV file: the quote ``neutralise`` added removed."""
    return cell[1:] if cell.startswith("'") and _QUOTED_FORMULA.match(cell, 1) else cell
