"""Bulk planning: every row checked, any problem refuses the whole file with lines; nothing booked."""

from __future__ import annotations

import pytest

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import ImportRejected
from testlab.services.schedule.bulk import import_slots
from tests.unit.scheduling.world import build_world

HEADER = "centre;room;start;minutes;study;facilitator;participant\n"
GOOD = (
    "PAR;Lab 1;2027-06-09 10:00;60;Alpha round;ana@example.net;P-PAR-0001\n"
    "PAR;Lab 1;2027-06-09 11:00;60;Alpha round;ana@example.net;\n"
    "LIS;Lab 2;2027-06-09 11:00;45;TV concept;bruno@example.net;P-LIS-0001\n"
)


def _count(db: Database) -> int:
    with db.session_factory() as s:
        return s.query(m.Session).count()


def test_a_good_file_books_every_slot_and_a_dry_run_none(db: Database) -> None:
    build_world(db)
    data = ("\ufeff" + HEADER + GOOD).encode()
    assert import_slots(db, data, dry_run=True).booked == 3
    assert _count(db) == 0
    assert import_slots(db, data).booked == 3
    assert _count(db) == 3


def test_any_bad_row_refuses_the_whole_file_with_line_numbers(db: Database) -> None:
    build_world(db)
    bad = (HEADER + GOOD
           + "PAR;Lab 1;2027-06-09 10:30;60;Alpha round;bruno@example.net;\n"  # line 5
           + "PAR;Lab 9;2027-06-09 12:00;sixty;Alpha round;ana@example.net;\n"  # line 6
           + "PAR;Lab 2;2027-03-28 02:30;30;Alpha round;bruno@example.net;\n")  # line 7
    with pytest.raises(ImportRejected) as refused:
        import_slots(db, bad.encode())
    assert refused.value.problems == [
        (6, "minutes 'sixty' is not a whole number"),
    ]
    assert _count(db) == 0
    fixed = bad.replace("sixty", "60")
    with pytest.raises(ImportRejected) as refused:
        import_slots(db, fixed.encode())
    problems = refused.value.problems
    assert [line for line, _ in problems] == [5, 5, 6, 7]
    # 10:30-11:30 overlaps both earlier rows of the file itself.
    assert problems[0][1].startswith("room Lab 1 at PAR is already taken 2027-06-09 10:00-11:00")
    assert problems[1][1].startswith("room Lab 1 at PAR is already taken 2027-06-09 11:00-12:00")
    reasons = dict(problems[1:])
    assert reasons[6] == "PAR has no room named Lab 9"
    assert reasons[7].startswith("2027-03-28 02:30 does not exist in Europe/Paris")
    assert _count(db) == 0


def test_a_wrong_header_is_refused_on_line_1(db: Database) -> None:
    build_world(db)
    with pytest.raises(ImportRejected) as refused:
        import_slots(db, b"centre,room,start\nPAR,Lab 1,2027-06-09 10:00\n")
    assert (1, "missing column 'minutes'") in refused.value.problems
