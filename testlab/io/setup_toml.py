"""The setup file as TOML: read it into entries with their line numbers, write it back.

Read with the standard library's ``tomllib``, written with ``tomli-w``.  The file is
a few arrays of tables, one per kind of entry (``[[centre]]``, ``[[room]]``, ...),
in the order an import applies them; see docs/setup-file.md.  ``tomli-w`` writes a
short entry as an inline table inside ``kind = [ ... ]`` and a longer one as a
``[[kind]]`` section: both are found, with their lines, when reading.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from typing import Any

import tomli_w

from testlab.errors import ImportRejected

FORMAT = "testlab-setup"
VERSION = 1
KINDS = ("centre", "room", "staff", "product", "stage", "study", "task", "participant",
         "customers")
HEADER = (
    "# TestLab setup file: centres, rooms, staff, products, stages, studies, tasks,\n"
    "# participants (profile and consent only) and customer numbers (the NPS weights).\n"
    "# Edit it and import it again with\n"
    "# `testlab setup import FILE`; the format is described in docs/setup-file.md.\n\n"
)


@dataclass(frozen=True)
class Entry:
    """One table of the file: the line it starts on, its values, and the file's lines."""

    line: int
    values: dict[str, Any]
    text_lines: list[str]

    def line_of(self, field: str) -> int:
        """The line where ``field`` is given in this entry (its first line if not found)."""
        return field_line(self.text_lines, self.line, field)


def _entry_lines(text: str, kind: str) -> list[int]:
    """Lines where the entries of ``kind`` start, in file order (both TOML spellings)."""
    section = re.compile(rf"^\s*\[\[\s*\"?{kind}\"?\s*\]\]")
    array = re.compile(rf"^\s*\"?{kind}\"?\s*=\s*\[")
    lines: list[int] = []
    inside = False
    for number, line in enumerate(text.splitlines(), start=1):
        if section.match(line):
            lines.append(number)
            inside = False
        elif array.match(line):
            inside = True
            rest = line.split("[", 1)[1]
            if rest.lstrip().startswith("{"):
                lines.append(number)
            if rest.rstrip().endswith("]"):
                inside = False
        elif inside:
            stripped = line.strip()
            if stripped.startswith("{"):
                lines.append(number)
            elif stripped.startswith("]"):
                inside = False
        elif line.lstrip().startswith("["):
            inside = False
    return lines


def field_line(text_lines: list[str], start: int, field: str) -> int:
    """The line of ``field`` in the entry starting on line ``start`` (1-based); else ``start``."""
    if not field or start < 1 or start > len(text_lines) or "{" in text_lines[start - 1]:
        return start
    assignment = re.compile(rf"^\s*\"?{re.escape(field)}\"?\s*=")
    subtable = re.compile(rf"^\s*\[\s*\w+\.{re.escape(field)}\s*\]")
    for number in range(start + 1, len(text_lines) + 1):
        line = text_lines[number - 1]
        if line.lstrip().startswith("[["):
            break
        if assignment.match(line) or subtable.match(line):
            return number
    return start


def read(data: bytes) -> dict[str, list[Entry]]:
    """The file's entries by kind; a file that is not the setup TOML is refused with its line."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportRejected("The setup file is not UTF-8 text.",
                             [(line, "not UTF-8 text")]) from None
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        line = int(found.group(1)) if found else 1
        reason = re.sub(r"\s*\(at .*\)$", "", str(exc))
        raise ImportRejected("The setup file is not valid TOML.",
                             [(line, f"not valid TOML: {reason}")]) from None
    problems: list[tuple[int, str]] = []
    if document.get("format") != FORMAT or document.get("version") != VERSION:
        problems.append((1, f"the file must start with format = \"{FORMAT}\" and "
                            f"version = {VERSION}"))
    entries: dict[str, list[Entry]] = {kind: [] for kind in KINDS}
    for key, value in document.items():
        if key in ("format", "version"):
            continue
        if key not in KINDS:
            problems.append((1, f"unknown section '{key}'; the sections are {', '.join(KINDS)}"))
            continue
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            problems.append((1, f"'{key}' must be a list of tables ([[{key}]])"))
            continue
        lines = _entry_lines(text, key)
        if len(lines) != len(value):  # an unusual spelling: fall back on the first line
            lines = [lines[0] if lines else 1] * len(value)
        text_lines = text.splitlines()
        entries[key] = [Entry(line, values, text_lines)
                        for line, values in zip(lines, value, strict=True)]
    if problems:
        raise ImportRejected(f"The setup file was refused: {len(problems)} problem(s).",
                             problems)
    return entries


def write(entries: dict[str, list[dict[str, Any]]]) -> bytes:
    """The setup file for ``entries`` (kind -> tables, None values left out), UTF-8."""
    document: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for kind in KINDS:
        tables = [{k: v for k, v in table.items() if v is not None}
                  for table in entries.get(kind, [])]
        if tables:
            document[kind] = tables
    return (HEADER + tomli_w.dumps(document)).encode("utf-8")
