"""Importing results: accepted dialects, refusals with line numbers, idempotence, cancel.

Runs on SQLite and PostgreSQL (the ``db`` fixture).  After every refusal the
row count of every table is unchanged.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database, open_database
from testlab.errors import ImportRejected, NotFound
from testlab.services.results_io import import_results, import_results_data
from tests.unit.io.refdata import GOOD_ROWS, HEADER, build_reference, count_rows, csv_text

ROW = ("DKR,Self-care app,Wireframes v2,Round 1,{task},P-DKR-0001,{start},{outcome},{seconds},"
       "{rating},0,0,")


def row(task: str = "pay-bill", start: str = "2026-03-02 09:30", outcome: str = "success",
        seconds: str = "75", rating: str = "6") -> str:
    return ROW.format(task=task, start=start, outcome=outcome, seconds=seconds, rating=rating)


@pytest.fixture
def ref_db(db: Database) -> Database:
    build_reference(db)
    return db


def _refused(db: Database, data: bytes) -> list[tuple[int, str]]:
    before = count_rows(db)
    with pytest.raises(ImportRejected) as caught:
        import_results_data(db, data)
    assert count_rows(db) == before
    assert caught.value.problems
    return caught.value.problems


OK = row(task="top-up")  # a valid row on line 2 of every refused file below

REFUSALS = [
    pytest.param(row().replace("DKR,", "XYZ,", 1), 3, "unknown centre 'XYZ'", id="unknown-centre"),
    pytest.param(row(task="fly-to-moon"), 3, "unknown task key 'fly-to-moon'", id="unknown-task"),
    pytest.param(row(rating="9"), 3, "simplicity 9 is out of range", id="rating-9"),
    pytest.param(row(rating="0"), 3, "simplicity 0 is out of range", id="rating-0"),
    pytest.param(row(seconds="-4"), 3, "negative", id="negative-time"),
    pytest.param(row(seconds="0"), 3, "zero", id="zero-time"),
    pytest.param(row(outcome="won"), 3, "outcome 'won' is not one of", id="bad-outcome"),
    pytest.param(row(start="2026-02-30 09:00"), 3, "not a real date", id="bad-date"),
    pytest.param(row(start="2026-03-29 02:30").replace("DKR", "PAR").replace("P-PAR", "P-DKR"),
                 3, "does not exist in Europe/Paris", id="dst-gap"),
    pytest.param(row(task="top-up"), 3, "duplicate attempt: the same session and task as line 2",
                 id="duplicate-in-file"),
    pytest.param(row(seconds=""), 3, "seconds is empty", id="empty-time-not-skipped"),
    pytest.param(row() + ",extra", 3, "has 14 cells", id="too-many-cells"),
]


@pytest.mark.parametrize(("bad", "line", "reason"), REFUSALS)
def test_bad_row_refuses_the_whole_file(ref_db: Database, bad: str, line: int,
                                        reason: str) -> None:
    problems = _refused(ref_db, csv_text(OK, bad).encode())
    assert len(problems) == 1, problems
    assert problems[0][0] == line
    assert reason in problems[0][1]


def test_every_problem_is_listed_in_line_order(ref_db: Database) -> None:
    data = csv_text(OK, row(rating="9"), row(task="x", seconds="-1"), "", row(outcome="?"))
    problems = _refused(ref_db, data.encode())
    assert [line for line, _ in problems] == [3, 4, 4, 6]


def test_conflict_with_recorded_attempt(ref_db: Database) -> None:
    import_results_data(ref_db, csv_text(row()).encode())
    problems = _refused(ref_db, csv_text(OK, row(seconds="80")).encode())
    assert problems == [(3, "conflicts with the recorded attempt: seconds 80 (recorded: 75)")]


def test_times_are_kept_to_the_millisecond_and_match_again(ref_db: Database) -> None:
    data = csv_text(row(seconds="12.34567"), row(task="top-up", seconds="0.0001")).encode()
    assert import_results_data(ref_db, data).added == 2
    assert [a[1] for a in _attempts(ref_db)] == [0.001, 12.346]
    # The same file again: its times match the recorded (rounded) ones, nothing conflicts.
    assert import_results_data(ref_db, data).added == 0
    problems = _refused(ref_db, csv_text(row(seconds="12.3471")).encode())
    assert problems == [(2, "conflicts with the recorded attempt: seconds 12.347 (recorded: 12.346)")]


@pytest.mark.parametrize(("text", "reason"), [
    pytest.param(HEADER.replace(",notes", "") + "\n", "missing column 'notes'", id="missing-column"),
    pytest.param(HEADER.replace("task_key", "task_name") + "\n", "unknown column 'task_name'",
                 id="wrong-header"),
    pytest.param("", "empty file", id="empty-file"),
    pytest.param("\ufeff  \r\n", "empty file", id="only-bom-and-blanks"),
    pytest.param("a;b;c\n1;2;3\n", "unknown column 'a'", id="not-results"),
])
def test_bad_file_refused_at_line_one(ref_db: Database, text: str, reason: str) -> None:
    problems = _refused(ref_db, text.encode())
    assert problems[0][0] == 1
    assert any(reason in r for _, r in problems)


def test_latin1_bytes_refused_with_line(ref_db: Database) -> None:
    data = csv_text(OK, row().replace("P-DKR-0001", "P-DKR-0001")).encode()
    data += "DKR,Self-care app,Wireframes v2,Round 1,pay-bill,P-DKR-0009,2026-03-02 10:30,success,9,6,0,0,Très bien\n".encode("latin-1")
    problems = _refused(ref_db, data)
    assert problems[0][0] == 4 and "not UTF-8" in problems[0][1]


def test_utf16_refused(ref_db: Database) -> None:
    problems = _refused(ref_db, csv_text(OK).encode("utf-16"))
    assert "UTF-16" in problems[0][1]


def _attempts(db: Database) -> list[tuple]:
    with db.session_factory() as s:
        return sorted(
            (r.outcome.value, r.seconds, r.rating, r.errors, r.assists, r.notes)
            for r in s.scalars(select(m.TaskAttempt))
        )


def test_dialects_all_read_the_same(ref_db: Database, tmp_path) -> None:
    """Comma/semicolon, BOM or not, decimal point/comma, seconds or mm:ss: same attempts."""
    other = open_database(str(tmp_path / "other.sqlite3"))
    build_reference(other)
    comma = csv_text(*GOOD_ROWS).encode()
    semicolon = ("\ufeff" + csv_text(
        "DKR;Self-care app;Wireframes v2;Round 1;pay-bill;P-DKR-0001;2026-03-02 09:30;success;"
        "01:15;6;0;0;",
        "DKR;Self-care app;Wireframes v2;Round 1;top-up;P-DKR-0001;2026-03-02 09:30;failure;75;"
        "3;2;1;Looked for it under 'Offers', then gave up",
        "PAR;Self-care app;Wireframes v2;Round 1;pay-bill;P-PAR-0007;2026-03-03 14:00;"
        "success_assisted;75,5;5;1;1;Needed help, once",
        "LDZ;Self-care app;Beta 1;Round 1;change-plan;P-LDZ-0003;2026-03-04 10:15;SKIPPED;;;;;",
        header=HEADER.replace(",", ";"))).encode()
    first = import_results_data(ref_db, comma)
    try:
        second = import_results_data(other, semicolon)
        assert first.added == second.added == 4
        assert _attempts(ref_db) == _attempts(other)
    finally:
        other.close()


def test_import_twice_adds_nothing(ref_db: Database) -> None:
    data = csv_text(*GOOD_ROWS).encode()
    first = import_results_data(ref_db, data)
    assert (first.added, first.sessions_created, first.participants_created) == (4, 3, 2)
    after_first = count_rows(ref_db)
    second = import_results_data(ref_db, data)
    assert (second.added, second.skipped, second.sessions_created) == (0, 4, 0)
    assert count_rows(ref_db) == after_first


def test_dry_run_writes_nothing(ref_db: Database) -> None:
    before = count_rows(ref_db)
    result = import_results_data(ref_db, csv_text(*GOOD_ROWS).encode(), dry_run=True)
    assert result.dry_run and result.added == 4 and result.sessions_created == 3
    assert count_rows(ref_db) == before
    assert result.preview[0][:5] == ("DKR", "Self-care app", "Wireframes v2", "Round 1",
                                     "pay-bill")


def test_new_participant_belongs_to_its_rows_centre(ref_db: Database) -> None:
    import_results_data(ref_db, csv_text(*GOOD_ROWS).encode())
    with ref_db.session_factory() as s:
        people = {p.code: p.centre.code for p in s.scalars(select(m.Participant))}
        session = s.scalars(select(m.Session).join(m.Participant)
                            .where(m.Participant.code == "P-PAR-0007")).one()
        assert session.status is m.SessionStatus.COMPLETED
        assert session.starts_at == datetime(2026, 3, 3, 13, 0, tzinfo=UTC)  # Paris, UTC+1
    assert people == {"P-DKR-0001": "DKR", "P-PAR-0007": "PAR", "P-LDZ-0003": "LDZ"}


def test_attempt_added_to_recorded_session(ref_db: Database) -> None:
    import_results_data(ref_db, csv_text(row()).encode())
    result = import_results_data(ref_db, csv_text(row(), row(task="top-up")).encode())
    assert (result.added, result.skipped, result.sessions_created) == (1, 1, 0)


def test_conditions_must_agree_within_a_session(ref_db: Database) -> None:
    header = HEADER + ",network"
    data = csv_text(row() + ",wifi", row(task="top-up") + ",4G", header=header).encode()
    problems = _refused(ref_db, data)
    assert problems == [(3, "network differs from line 2, same session")]


def test_cancel_rolls_back(ref_db: Database) -> None:
    before = count_rows(ref_db)
    calls: list[tuple[int, int]] = []
    result = import_results_data(ref_db, csv_text(*GOOD_ROWS).encode(),
                                 progress=lambda d, t: calls.append((d, t)),
                                 cancelled=lambda: len(calls) >= 2)
    assert result.cancelled and result.added == 0
    assert count_rows(ref_db) == before


def test_progress_reaches_total(ref_db: Database) -> None:
    calls: list[tuple[int, int]] = []
    import_results_data(ref_db, csv_text(*GOOD_ROWS).encode(),
                        progress=lambda d, t: calls.append((d, t)))
    assert calls[-1] == (8, 8)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_header_only_file_imports_nothing(ref_db: Database) -> None:
    result = import_results_data(ref_db, csv_text().encode())
    assert result.rows == result.added == 0


def test_missing_file(ref_db: Database, tmp_path) -> None:
    with pytest.raises(NotFound):
        import_results(ref_db, tmp_path / "nope.csv")
