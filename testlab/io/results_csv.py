"""The results CSV as a file: its columns, encoding, separator, and reading/writing rows.

The questionnaires CSV shares all of it through a second ``CsvFormat``.

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
SESSION_ALIASES: dict[str, str] = {
    "center": "centre", "centre_code": "centre", "center_code": "centre",
    "participant_code": "participant", "participant_id": "participant",
    "participantid": "participant", "participant_no": "participant", "pid": "participant",
    "user": "participant", "user_id": "participant", "respondent": "participant",
    "respondent_id": "participant", "subject": "participant", "subject_id": "participant",
    "start": "session_start", "session_start_local": "session_start",
    "session_date": "session_start", "date": "session_start", "start_time": "session_start",
    "session_start_time": "session_start", "product_name": "product", "stage_name": "stage",
    "study_title": "study",
}
_HEADER_ALIASES: dict[str, str] = {
    **SESSION_ALIASES,
    "task": "task_key", "key": "task_key", "task_id": "task_key",
    "result": "outcome", "task_result": "outcome", "task_outcome": "outcome",
    "duration": "seconds", "time_s": "seconds", "seconds_on_task": "seconds",
    "time": "seconds", "time_on_task": "seconds", "time_seconds": "seconds",
    "rating": "simplicity", "seq": "simplicity", "ease": "simplicity",
    "error_count": "errors", "assist_count": "assists", "note": "notes",
    "facilitator_email": "facilitator", "device": "device_kind",
}


@dataclass(frozen=True)
class CsvFormat:
    """A CSV file kind: its columns (required ones first), and the aliases of their headers."""

    name: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    aliases: dict[str, str]

    @property
    def columns(self) -> tuple[str, ...]:
        return self.required + self.optional


RESULTS = CsvFormat("results", REQUIRED_COLUMNS, OPTIONAL_COLUMNS, _HEADER_ALIASES)
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


def _plain_word(cell: str) -> str:
    return re.sub(r"[\s\-]+", "_", cell.strip().strip('"').casefold())


def _header_word(cell: str, fmt: CsvFormat = RESULTS) -> str:
    word = _plain_word(cell)
    return fmt.aliases.get(word, word)


def sniff_separator(header_line: str, fmt: CsvFormat = RESULTS) -> str:
    """The separator whose split of the header names the most known columns; on a tie the
    one that splits it into more cells; then comma."""
    def known(sep: str) -> int:
        return sum(_header_word(cell, fmt) in fmt.columns for cell in header_line.split(sep))

    return max(SEPARATORS, key=lambda sep: (known(sep), header_line.count(sep), sep == ","))


IGNORED = ""  # the canonical name of a column the user asked to ignore


def _header(cells: Sequence[str], fmt: CsvFormat, ignore: Sequence[str]) -> list[str]:
    """Canonical column names for the header cells, or the file is refused (line 1).

    Columns named in ``ignore`` (as written in the header, any case) become ``IGNORED``.
    """
    skip = {_plain_word(name) for name in ignore}
    names = [IGNORED if _plain_word(cell) in skip else _header_word(cell, fmt) for cell in cells]
    problems: list[tuple[int, str]] = []
    unknown: list[str] = []
    seen: set[str] = set()
    accepted = ", ".join(fmt.columns)
    for raw, name in zip(cells, names, strict=True):
        if name == IGNORED:
            continue
        if name not in fmt.columns:
            shown = raw.strip()[:60] or "(empty)"
            unknown.append(raw.strip())
            problems.append((1, f"unknown column '{shown}'; the accepted columns are "
                                f"{accepted}; to leave it out use --ignore-column '{shown}'"))
        elif name in seen:
            problems.append((1, f"column '{name}' appears twice"))
        seen.add(name)
    for name in fmt.required:
        if name not in seen:
            problems.append((1, f"missing column '{name}'"))
    if problems:
        raise ImportRejected(
            f"The header (line 1) is not a TestLab {fmt.name} header: {len(problems)} "
            "problem(s).",
            problems,
            tuple(unknown),
        )
    return names


def read_rows(text: str, fmt: CsvFormat = RESULTS, ignore: Sequence[str] = ()) -> CsvTable:
    """Parse the decoded text into rows with line numbers; blank lines are skipped.

    Refuses (``ImportRejected``) an empty file, a wrong header, rows whose cell
    count differs from the header's, and text the CSV reader cannot parse.
    """
    if not text.strip():
        raise ImportRejected("The file is empty: there is no header and no row.",
                             [(1, "empty file")])
    first_line = text.split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""),
                        delimiter=sniff_separator(first_line, fmt))
    rows: list[RawRow] = []
    problems: list[tuple[int, str]] = []
    names: list[str] | None = None
    line = next_line = 1
    try:
        for cells in reader:
            line, next_line = next_line, reader.line_num + 1
            if names is None:
                names = _header(cells, fmt, ignore)
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
    return CsvTable({name: index for index, name in enumerate(names or ()) if name != IGNORED},
                    rows)


def write_rows(rows: Iterable[Sequence[str]], columns: Sequence[str] = COLUMNS) -> bytes:
    """The canonical file for ``rows`` (already formatted cells, in ``columns`` order).

    Every cell goes through ``neutralise``: a note starting with ``=`` is written
    ``'=`` and read back as it was.
    """
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)
    return UTF8_BOM + buffer.getvalue().encode("utf-8")
