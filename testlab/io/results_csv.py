"""The results CSV as a file: its columns, encoding, separator, and reading/writing rows.

Reading accepts what spreadsheets in the centres' locales write: UTF-8 with or
without BOM, comma or semicolon separated (the separator is sniffed from the
header line).  Writing is canonical: UTF-8 with BOM (so Excel in any locale
shows accents and Arabic script correctly), comma separated, CRLF line ends.
Cells a spreadsheet would run as formulas are neutralised on writing and
restored on reading (``testlab.io.formulas``).  See docs/results-csv.md.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from testlab.errors import ImportRejected
from testlab.io.formulas import neutralise, restore

# The attempt itself: every file must have these columns (in any order).
REQUIRED_COLUMNS: tuple[str, ...] = (
    "centre", "product", "stage", "study", "task_key", "participant", "session_start",
    "outcome", "seconds", "simplicity", "errors", "assists", "notes",
)
# The session's conditions: optional on import, always written on export.
OPTIONAL_COLUMNS: tuple[str, ...] = (
    "facilitator", "room", "device_kind", "device_model", "device_os", "network", "setting",
)
COLUMNS: tuple[str, ...] = REQUIRED_COLUMNS + OPTIONAL_COLUMNS

# Headers people type for the same thing; compared after _header_word().
_HEADER_ALIASES: dict[str, str] = {
    "center": "centre", "centre_code": "centre", "center_code": "centre",
    "task": "task_key", "key": "task_key",
    "participant_code": "participant",
    "start": "session_start", "session_start_local": "session_start",
    "time": "seconds", "time_on_task": "seconds", "time_seconds": "seconds",
    "rating": "simplicity", "seq": "simplicity", "ease": "simplicity",
    "error_count": "errors", "assist_count": "assists", "note": "notes",
    "facilitator_email": "facilitator", "device": "device_kind",
}
UTF8_BOM = b"\xef\xbb\xbf"
SEPARATORS = (",", ";")
MAX_PROBLEMS_PER_FILE = 1000


class RawRow(NamedTuple):
    """One data row: the line it starts on, and its cells in the file's column order."""

    line: int
    cells: list[str]


@dataclass(frozen=True)
class CsvTable:
    """A parsed file: where each canonical column sits, and the data rows."""

    columns: dict[str, int]
    rows: list[RawRow]

    def cell(self, row: RawRow, name: str) -> str:
        """The cell of ``name`` in ``row`` ("" for an optional column the file lacks)."""
        index = self.columns.get(name)
        return "" if index is None else row.cells[index]


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def decode(data: bytes) -> str:
    """The file's text: UTF-8, a leading BOM dropped; anything else is refused with its line."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportRejected(
            "The file is UTF-16 (\"Unicode text\"); save it as CSV UTF-8 and import again.",
            [(1, "file is UTF-16, not UTF-8")],
        )
    if data.startswith(UTF8_BOM):
        data = data[len(UTF8_BOM):]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start)
        raise ImportRejected(
            f"The file is not UTF-8 (first bad byte on line {line}); "
            "save it as CSV UTF-8 and import again.",
            [(line, f"byte 0x{data[exc.start]:02x} is not UTF-8 text")],
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise ImportRejected("The file contains NUL characters: it is not a CSV text file.",
                             [(line, "NUL character in the file")])
    return text


def _header_word(cell: str) -> str:
    word = re.sub(r"[\s\-]+", "_", cell.strip().strip('"').casefold())
    return _HEADER_ALIASES.get(word, word)


def sniff_separator(header_line: str) -> str:
    """The separator whose split of the header names the most known columns; on a tie the
    one that splits it into more cells; then comma."""
    def known(sep: str) -> int:
        return sum(_header_word(cell) in COLUMNS for cell in header_line.split(sep))

    return max(SEPARATORS, key=lambda sep: (known(sep), header_line.count(sep), sep == ","))


def _header(cells: Sequence[str]) -> list[str]:
    """Canonical column names for the header cells, or the file is refused (line 1)."""
    names = [_header_word(cell) for cell in cells]
    problems: list[tuple[int, str]] = []
    seen: set[str] = set()
    for raw, name in zip(cells, names, strict=True):
        if name not in COLUMNS:
            shown = raw.strip() or "(empty)"
            problems.append((1, f"unknown column '{shown[:60]}'"))
        elif name in seen:
            problems.append((1, f"column '{name}' appears twice"))
        seen.add(name)
    for name in REQUIRED_COLUMNS:
        if name not in seen:
            problems.append((1, f"missing column '{name}'"))
    if problems:
        raise ImportRejected(
            f"The header (line 1) is not a TestLab results header: {len(problems)} problem(s).",
            problems,
        )
    return names


def read_rows(text: str) -> CsvTable:
    """Parse the decoded text into rows with line numbers; blank lines are skipped.

    Refuses (``ImportRejected``) an empty file, a wrong header, rows whose cell
    count differs from the header's, and text the CSV reader cannot parse.
    """
    if not text.strip():
        raise ImportRejected("The file is empty: there is no header and no row.",
                             [(1, "empty file")])
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_separator(first_line))
    rows: list[RawRow] = []
    problems: list[tuple[int, str]] = []
    names: list[str] | None = None
    line = next_line = 1
    try:
        for cells in reader:
            line, next_line = next_line, reader.line_num + 1
            if names is None:
                names = _header(cells)
            elif len(cells) == len(names):
                if "".join(cells).strip():
                    rows.append(RawRow(line, [restore(cell) for cell in cells]))
            elif "".join(cells).strip():  # blank lines are skipped, not counted
                problems.append((line, f"has {len(cells)} cells, the header has {len(names)}"))
                if len(problems) >= MAX_PROBLEMS_PER_FILE:
                    break
    except csv.Error as exc:
        where = reader.line_num
        raise ImportRejected(f"The file is not valid CSV (line {where}).",
                             [(where, f"not valid CSV: {exc}")]) from None
    if problems:
        raise ImportRejected(f"{len(problems)} row(s) do not fit the header.", problems)
    return CsvTable({name: index for index, name in enumerate(names or ())}, rows)


def write_rows(rows: Iterable[Sequence[str]]) -> bytes:
    """The canonical file for ``rows`` (already formatted cells, in COLUMNS order).

    Every cell goes through ``neutralise``: a note starting with ``=`` is written
    ``'=`` and read back as it was.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return UTF8_BOM + buffer.getvalue().encode("utf-8")
