"""Bulk planning from a CSV of slots: every row checked, any problem refuses the whole file.

Columns (header names as in the results CSV: any case, spaces or dashes for ``_``):
centre, room, start (the centre's local "YYYY-MM-DD HH:MM"), minutes, study,
facilitator (e-mail), and optionally participant (code), fold (0/1, for a repeated
autumn hour) and outside_hours (yes/no).  The rows are booked one after the other in
one locked unit of work, so a row clashing with an earlier row of the same file is
refused too; if any row is refused, or with ``dry_run``, everything is rolled back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from testlab.db.database import Database
from testlab.errors import BookingRefused, ImportRejected
from testlab.io.results_csv import CsvFormat, CsvTable, RawRow, decode, read_rows
from testlab.services.schedule.booking import COOLDOWN_DAYS, Booking, book_in, serialise
from testlab.services.writes import write_unit

SLOTS = CsvFormat(
    "schedule", ("centre", "room", "start", "minutes", "study", "facilitator"),
    ("participant", "fold", "outside_hours"),
    {"centre_code": "centre", "local_start": "start", "start_time": "start",
     "duration": "minutes", "study_title": "study", "facilitator_email": "facilitator",
     "participant_code": "participant", "outside": "outside_hours"},
)
_YES = {"yes", "y", "true", "1", "oui", "x"}
_NO = {"", "no", "n", "false", "0", "non"}


@dataclass(frozen=True)
class BulkResult:
    """How many sessions the file books (or would book, on a dry run)."""

    booked: int
    dry_run: bool


class _DryRun(Exception):
    """Raised inside the unit of work to roll a checked dry run back."""


def _row_booking(table: CsvTable, row: RawRow) -> Booking:
    cell = table.cell
    problems: list[str] = []
    start_text = cell(row, "start").strip().replace("T", " ")
    start = datetime(1, 1, 1)
    try:
        start = datetime.strptime(start_text, "%Y-%m-%d %H:%M")
    except ValueError:
        problems.append(f"start '{start_text}' is not YYYY-MM-DD HH:MM")
    minutes = 0
    try:
        minutes = int(cell(row, "minutes").strip())
    except ValueError:
        problems.append(f"minutes '{cell(row, 'minutes').strip()}' is not a whole number")
    fold_text = cell(row, "fold").strip()
    fold = None
    if fold_text:
        if fold_text not in ("0", "1"):
            problems.append(f"fold '{fold_text}' is neither 0 nor 1")
        else:
            fold = int(fold_text)
    outside_text = cell(row, "outside_hours").strip().casefold()
    if outside_text not in _YES | _NO:
        problems.append(f"outside_hours '{outside_text}' is neither yes nor no")
    if problems:
        raise BookingRefused(problems)
    return Booking(
        centre_code=cell(row, "centre"), room_name=cell(row, "room"), local_start=start,
        minutes=minutes, study_title=cell(row, "study"),
        facilitator_email=cell(row, "facilitator"),
        participant_code=cell(row, "participant").strip() or None, fold=fold,
        outside_hours=outside_text in _YES,
    )


def import_slots(
    db: Database, data: bytes, *, dry_run: bool = False, cooldown_days: int = COOLDOWN_DAYS
) -> BulkResult:
    """Book every slot of the CSV ``data`` or none; ``ImportRejected`` lists (line, reason)."""
    table = read_rows(decode(data), SLOTS)
    if not table.rows:
        raise ImportRejected("The file has a header but no slot.", [(2, "no rows")])
    problems: list[tuple[int, str]] = []
    bookings: list[tuple[int, Booking]] = []
    for row in table.rows:
        try:
            bookings.append((row.line, _row_booking(table, row)))
        except BookingRefused as exc:
            problems += [(row.line, problem) for problem in exc.problems]
    if problems:
        raise ImportRejected(f"{len(problems)} problem(s); nothing was booked.", problems)
    try:
        with write_unit(db, lambda: "Another booking was saved meanwhile; nothing was "
                                    "booked. Import the file again.") as s:
            serialise(s, [b for _, b in bookings])
            for line, wanted in bookings:
                try:  # a refused row is refused by its checks, before anything is added
                    book_in(s, wanted, cooldown_days)
                except BookingRefused as exc:
                    problems += [(line, problem) for problem in exc.problems]
            if problems:
                raise ImportRejected(f"{len(problems)} problem(s); nothing was booked.", problems)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return BulkResult(booked=len(bookings), dry_run=dry_run)
