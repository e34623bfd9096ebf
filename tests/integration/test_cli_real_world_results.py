"""A real-world results sheet (1/0 outcomes, dates without times, an extra column) goes in
with --ignore-column, and its statistics equal a hand computation."""

from __future__ import annotations

import json
import math
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from testlab.db.database import open_database
from tests.unit.io.refdata import build_reference

SHEET = Path(__file__).parents[1] / "data" / "results_real_world.csv"
Run = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def ref_path(tmp_path: Path) -> Path:
    path = tmp_path / "ref.sqlite3"
    db = open_database(str(path))
    build_reference(db)
    db.close()
    return path


def test_extra_column_is_named_with_the_accepted_ones(run_cli: Run, ref_path: Path) -> None:
    result = run_cli("--db", ref_path, "import", "results", SHEET)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert ("line 1: unknown column 'Observer initials'; the accepted columns are centre, "
            "product, stage, study, task_key, participant, session_start, outcome, seconds"
            ) in result.stderr
    assert "--ignore-column 'Observer initials'" in result.stderr


def test_sheet_goes_in_and_statistics_equal_a_hand_computation(run_cli: Run,
                                                               ref_path: Path) -> None:
    dry = run_cli("--db", ref_path, "import", "results", SHEET, "--dry-run",
                  "--ignore-column", "Observer initials")
    assert dry.returncode == 0, dry.stderr
    assert "Would import 8 attempt(s) (4 new session(s), 4 new participant(s))" in dry.stdout
    assert "1 outcome cell(s) say 'timeout': recorded as failure." in dry.stdout
    done = run_cli("--db", ref_path, "import", "results", SHEET,
                   "--ignore-column", "observer initials")
    assert done.returncode == 0, done.stderr
    again = run_cli("--db", ref_path, "import", "results", SHEET,
                    "--ignore-column", "Observer initials")
    assert "Imported 0 attempt(s)" in again.stdout and "8 already recorded" in again.stdout

    stats = run_cli("--db", ref_path, "stats", "--product", "Self-care app",
                    "--stage", "Wireframes v2", "--json")
    assert stats.returncode == 0, stats.stderr
    tasks = {t["key"]: t for t in json.loads(stats.stdout)["stages"][0]["tasks"]}
    # By hand: pay-bill 1,1,0,1 in 60.5, 45, (150), 90 s, SEQ 6, 7, 2, 5;
    # top-up 0,1,timeout,1 in (120), 80, (300), 100 s, SEQ 3, 5, 2, 6.
    pay, top = tasks["pay-bill"], tasks["top-up"]
    assert (pay["completion"]["successes"], pay["completion"]["n"]) == (3, 4)
    assert (top["completion"]["successes"], top["completion"]["n"]) == (2, 4)
    assert pay["time"]["geometric_mean"] == pytest.approx((60.5 * 45 * 90) ** (1 / 3))
    assert top["time"]["geometric_mean"] == pytest.approx(math.sqrt(80 * 100))
    assert top["time_to_failure"]["geometric_mean"] == pytest.approx(math.sqrt(120 * 300))
    assert pay["simplicity"]["mean"] == pytest.approx(5.0)
    assert top["simplicity"]["mean"] == pytest.approx(4.0)
    assert pay["errors_per_attempt"] == pytest.approx(3 / 4)
    # Adjusted Wald for 3 of 4 at 95 %: p' = (3 + z²/2) / (4 + z²).
    z = 1.959963984540054
    centre = (3 + z * z / 2) / (4 + z * z)
    half = z * math.sqrt(centre * (1 - centre) / (4 + z * z))
    assert pay["completion"]["low"] == pytest.approx(centre - half)
    assert pay["completion"]["high"] == pytest.approx(min(1.0, centre + half))


def test_date_only_starts_export_as_dates_and_go_back_in(run_cli: Run, ref_path: Path,
                                                         tmp_path: Path) -> None:
    run_cli("--db", ref_path, "import", "results", SHEET, "--ignore-column", "Observer initials")
    out = tmp_path / "back.csv"
    exported = run_cli("--db", ref_path, "export", "results", "--product", "Self-care app",
                       "--out", out)
    assert exported.returncode == 0, exported.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert ",P-DKR-0103,2026-03-03,failure,300," in text
    again = run_cli("--db", ref_path, "import", "results", out)
    assert "Imported 0 attempt(s)" in again.stdout, again.stdout + again.stderr


def test_a_date_only_start_matching_two_sessions_is_refused(run_cli: Run, ref_path: Path,
                                                           tmp_path: Path) -> None:
    head = ("centre,product,stage,study,task_key,participant,session_start,outcome,seconds,"
            "simplicity,errors,assists,notes\n")
    row = "DKR,Self-care app,Wireframes v2,Round 1,{task},P-DKR-0001,{start},success,50,6,0,0,\n"
    timed = tmp_path / "timed.csv"
    timed.write_text(head + row.format(task="pay-bill", start="2026-03-02 09:30")
                     + row.format(task="pay-bill", start="2026-03-02 14:00"), encoding="utf-8")
    assert run_cli("--db", ref_path, "import", "results", timed).returncode == 0
    dated = tmp_path / "dated.csv"
    dated.write_text(head + row.format(task="top-up", start="2026-03-02"), encoding="utf-8")
    refused = run_cli("--db", ref_path, "import", "results", dated)
    assert refused.returncode == 2
    assert ("line 2: session_start gives the date only, and 2 sessions of this participant are "
            "recorded that day") in refused.stderr
    once = tmp_path / "once.csv"
    once.write_text(head + row.format(task="top-up", start="2026-03-02 09:30"), encoding="utf-8")
    assert run_cli("--db", ref_path, "import", "results", once).returncode == 0
    other_day = tmp_path / "other_day.csv"  # one session that day: the date identifies it
    other_day.write_text(head + row.format(task="change-plan", start="2026-03-02 09:30")
                         .replace("P-DKR-0001", "P-DKR-0009"), encoding="utf-8")
    assert run_cli("--db", ref_path, "import", "results", other_day).returncode == 0
    joined = tmp_path / "joined.csv"
    joined.write_text(head + row.format(task="top-up", start="2026-03-02")
                      .replace("P-DKR-0001", "P-DKR-0009"), encoding="utf-8")
    result = run_cli("--db", ref_path, "import", "results", joined)
    assert "Imported 1 attempt(s) from" in result.stdout and "0 new session(s)" in result.stdout
