"""``testlab schedule …`` and ``testlab participants erase`` as a user runs them."""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

from icalendar import Calendar

from testlab.db.database import open_database
from tests.integration.conftest import CliRunner
from tests.unit.scheduling.world import build_world


def _world(path: Path) -> Path:
    db = open_database(str(path))
    try:
        build_world(db)
        from testlab import model as m
        with db.session_factory.begin() as s:
            participant = s.query(m.Participant).filter_by(code="P-PAR-0002").one()
            participant.contact = m.ParticipantContact(full_name="Jeanne Dupont", phone="0601")
    finally:
        db.close()
    return path


ADD = ("schedule", "add", "--centre", "PAR", "--room", "Lab 1", "--minutes", "60",
       "--study", "Alpha round", "--facilitator", "ana@example.net")


def _usage_error(result: CompletedProcess[str]) -> str:
    """argparse's refusal: exit 2, one line naming the command, no traceback."""
    assert result.returncode == 2 and result.stdout == "", result
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("testlab schedule "), result.stderr
    return lines[0]


def _sessions(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM sessions").fetchone()[0])


def test_add_list_cancel_no_show_and_export(run_cli: CliRunner, sqlite_path: Path,
                                            tmp_path: Path) -> None:
    db = _world(sqlite_path)
    booked = run_cli("--db", db, *ADD, "--start", "2027-06-09 10:00",
                     "--participant", "P-PAR-0001")
    assert booked.returncode == 0, booked.stderr
    assert "PAR Lab 1, 2027-06-09 10:00 CEST (UTC 08:00), 60 min, scheduled" in booked.stdout
    listed = run_cli("--db", db, "schedule", "list", "--centre", "par", "--json")
    rows = json.loads(listed.stdout)
    assert [(r["local_start"], r["starts_at"], r["participant"]) for r in rows] == [
        ("2027-06-09T10:00:00+02:00", "2027-06-09T08:00:00+00:00", "P-PAR-0001")]
    session = rows[0]["id"]
    late = run_cli("--db", db, *ADD, "--start", "2027-06-09 10:30", "--participant",
                   "P-PAR-0001", "--study", "Beta round")
    assert late.returncode == 2 and late.stdout == "" and "Traceback" not in late.stderr
    lines = late.stderr.splitlines()
    assert len(lines) == 4 and all(line.startswith("testlab: ") for line in lines)
    assert lines[0].startswith("testlab: room Lab 1 at PAR is already taken")
    assert _sessions(db) == 1

    out = tmp_path / "par.ics"
    exported = run_cli("--db", db, "schedule", "export", "--centre", "PAR", "--out", out)
    assert exported.returncode == 0 and "Wrote 1 session(s)" in exported.stdout
    event = Calendar.from_ical(out.read_bytes()).walk("VEVENT")[0]
    assert str(event["UID"]) == f"{session}@testlab.sessions"
    assert "Jeanne" not in out.read_text() and "P-PAR-0001" in out.read_text()

    cancelled = run_cli("--db", db, "schedule", "cancel", session)
    assert cancelled.returncode == 0 and "cancelled" in cancelled.stdout
    again = run_cli("--db", db, "schedule", "no-show", session)
    assert again.returncode == 2 and again.stderr.startswith("testlab: This session is cancelled")

    stats = run_cli("--db", db, "schedule", "stats", "--from", "2027-06-07", "--to",
                    "2027-06-13", "--json")
    figures = json.loads(stats.stdout)
    assert figures["network"]["planned"] == 0 and figures["network"]["open_hours"] == 270


def test_refusals_are_one_line_each_and_change_nothing(
        run_cli: CliRunner, sqlite_path: Path,
        assert_refused: Callable[[CompletedProcess[str]], str]) -> None:
    db = _world(sqlite_path)
    assert "does not exist in Europe/Paris" in assert_refused(
        run_cli("--db", db, *ADD, "--start", "2027-03-28 02:30", "--outside-hours"))
    assert "occurs twice in Europe/Paris" in assert_refused(
        run_cli("--db", db, *ADD, "--start", "2027-10-31 02:30", "--outside-hours"))
    assert "is outside the opening hours" in assert_refused(
        run_cli("--db", db, *ADD, "--start", "2027-06-09 20:00"))
    assert "is not a local start" in _usage_error(
        run_cli("--db", db, *ADD, "--start", "tomorrow"))
    assert "is not a session id" in _usage_error(run_cli("--db", db, "schedule", "cancel", "x"))
    assert "no longer exists" in assert_refused(
        run_cli("--db", db, "schedule", "cancel", str(uuid.uuid4())))
    assert "no centre with the code XYZ" in assert_refused(
        run_cli("--db", db, "schedule", "list", "--centre", "XYZ"))
    assert "not allowed with argument" in _usage_error(
        run_cli("--db", db, "schedule", "export", "--centre", "PAR", "--study", "Alpha round",
                "--out", "x.ics"))
    assert _sessions(db) == 0
    booked = run_cli("--db", db, *ADD, "--start", "2027-10-31 02:30", "--outside-hours",
                     "--fold", "1")
    assert "UTC 01:30" in booked.stdout and "CET" in booked.stdout


def test_import_all_or_nothing(run_cli: CliRunner, sqlite_path: Path, tmp_path: Path) -> None:
    db = _world(sqlite_path)
    slots = tmp_path / "slots.csv"
    slots.write_text("centre,room,start,minutes,study,facilitator\n"
                     "PAR,Lab 1,2027-06-09 10:00,60,Alpha round,ana@example.net\n"
                     "PAR,Lab 2,2027-06-09 10:30,60,Alpha round,ana@example.net\n")
    refused = run_cli("--db", db, "schedule", "import", slots)
    assert refused.returncode == 2 and "nothing was imported" in refused.stderr
    assert "line 3: facilitator Ana Silva is already booked" in refused.stderr
    assert _sessions(db) == 0
    slots.write_text(slots.read_text().replace("10:30", "11:00"))
    dry = run_cli("--db", db, "schedule", "import", slots, "--dry-run")
    assert "2 slot(s) checked" in dry.stdout and _sessions(db) == 0
    done = run_cli("--db", db, "schedule", "import", slots)
    assert "Booked 2 session(s)" in done.stdout and _sessions(db) == 2


def test_participants_erase(run_cli: CliRunner, sqlite_path: Path,
                            assert_refused: Callable[[CompletedProcess[str]], str]) -> None:
    db = _world(sqlite_path)
    erased = run_cli("--db", db, "participants", "erase", "p-par-0002")
    assert erased.returncode == 0 and "Erased the contact details of P-PAR-0002" in erased.stdout
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT count(*) FROM participant_contacts").fetchone()[0] == 0
        assert connection.execute("SELECT count(*) FROM contact_erasures").fetchone()[0] == 1
    assert "no contact details to erase" in assert_refused(
        run_cli("--db", db, "participants", "erase", "P-PAR-0002"))
