"""``testlab import|export questionnaires`` as a subprocess: dialects, all or nothing,
conflicting answers refused, a second import adds nothing; and ``stats --help``."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from testlab.db.database import open_database
from tests.unit.io.refdata import build_reference, count_rows

Run = Callable[..., subprocess.CompletedProcess[str]]
RESULTS = ("centre,product,stage,study,task_key,participant,session_start,outcome,seconds,"
           "simplicity,errors,assists,notes\n"
           "DKR,Self-care app,Wireframes v2,Round 1,pay-bill,P-DKR-0001,2026-03-02 09:30,"
           "success,75,6,0,0,\n"
           "PAR,Self-care app,Wireframes v2,Round 1,pay-bill,P-PAR-0007,2026-03-03,"
           "failure,80,3,0,0,\n")
# A French-locale sheet: BOM, semicolons, decimal comma, its own header words.
ANSWERS = ("\ufeffCentre;Product;Stage;Study;Participant ID;Date;SUS1;SUS2;SUS3;SUS4;SUS5;"
           "SUS6;SUS7;SUS8;SUS9;SUS10;NPS;Satisfaction;Comments\r\n"
           "DKR;Self-care app;Wireframes v2;Round 1;P-DKR-0001;2026-03-02 09:30;"
           "4;2;4;1;5;2;4;2;4;1;9;4,0;Très clair\r\n"
           "PAR;Self-care app;Wireframes v2;Round 1;P-PAR-0007;2026-03-03;"
           "3;3;3;3;3;3;3;3;3;3;6;3;\"Trop long, pas clair\"\r\n")


@pytest.fixture
def ref_path(tmp_path: Path, run_cli: Run) -> Path:
    path = tmp_path / "ref.sqlite3"
    db = open_database(str(path))
    build_reference(db)
    db.close()
    results = tmp_path / "results.csv"
    results.write_text(RESULTS, encoding="utf-8")
    assert run_cli("--db", path, "import", "results", results).returncode == 0
    return path


def _counts(path: Path) -> dict[str, int]:
    db = open_database(str(path))
    try:
        return count_rows(db)
    finally:
        db.close()


def test_import_export_and_again(run_cli: Run, ref_path: Path, tmp_path: Path) -> None:
    file = tmp_path / "answers.csv"
    file.write_bytes(ANSWERS.encode("utf-8"))
    dry = run_cli("--db", ref_path, "import", "questionnaires", file, "--dry-run")
    assert "Would import 2 questionnaire(s)" in dry.stdout, dry.stderr
    assert _counts(ref_path)["questionnaires"] == 0
    done = run_cli("--db", ref_path, "import", "questionnaires", file)
    assert done.stdout.startswith("Imported 2 questionnaire(s)"), done.stderr
    again = run_cli("--db", ref_path, "import", "questionnaires", file)
    assert again.stdout.startswith("Imported 0 questionnaire(s)") and "2 already" in again.stdout

    out = tmp_path / "out.csv"
    assert run_cli("--db", ref_path, "export", "questionnaires", "--out", out).returncode == 0
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == ("centre,product,stage,study,participant,session_start," + ",".join(
        f"sus_{i}" for i in range(1, 11)) + ",recommend,satisfaction,comments,completed_at")
    assert lines[1] == ("DKR,Self-care app,Wireframes v2,Round 1,P-DKR-0001,2026-03-02 09:30,"
                        "4,2,4,1,5,2,4,2,4,1,9,4,Très clair,")
    assert lines[2].startswith("PAR,Self-care app,Wireframes v2,Round 1,P-PAR-0007,2026-03-03,")
    back = run_cli("--db", ref_path, "import", "questionnaires", out)
    assert back.stdout.startswith("Imported 0 questionnaire(s)"), back.stderr

    stats = run_cli("--db", ref_path, "stats", "--product", "Self-care app", "--json")
    assert '"n": 2' in stats.stdout


def test_conflicting_and_bad_rows_refuse_the_whole_file(run_cli: Run, ref_path: Path,
                                                        tmp_path: Path) -> None:
    file = tmp_path / "answers.csv"
    file.write_bytes(ANSWERS.encode("utf-8"))
    run_cli("--db", ref_path, "import", "questionnaires", file)
    before = _counts(ref_path)
    changed = (ANSWERS.replace(";9;4,0;Très clair", ";10;4,0;Très clair")
               + "DKR;Self-care app;Wireframes v2;Round 1;P-DKR-0099;2026-03-02 09:30;"
               "4;2;4;1;6;2;4;2;4;1;9;4;\r\n")
    file.write_bytes(changed.encode("utf-8"))
    refused = run_cli("--db", ref_path, "import", "questionnaires", file)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "line 2: conflicts with the recorded answers: recommend 10 (recorded: 9)" in (
        refused.stderr)
    assert "line 4: sus_5 6 is out of range; it must be 1 to 5" in refused.stderr
    assert _counts(ref_path) == before


def test_unknown_session_and_unknown_column(run_cli: Run, ref_path: Path,
                                            tmp_path: Path) -> None:
    file = tmp_path / "answers.csv"
    file.write_bytes(ANSWERS.replace("2026-03-02 09:30", "2026-03-09 09:30")
                     .replace("Comments", "Comments;Interviewer").replace("clair\r\n",
                                                                          "clair;AD\r\n")
                     .replace("clair\"\r\n", "clair\";JM\r\n").encode("utf-8"))
    refused = run_cli("--db", ref_path, "import", "questionnaires", file)
    assert "unknown column 'Interviewer'; the accepted columns are centre" in refused.stderr
    refused = run_cli("--db", ref_path, "import", "questionnaires", file,
                      "--ignore-column", "Interviewer")
    assert ("line 2: no recorded session of participant 'P-DKR-0001' at that session_start"
            in refused.stderr), refused.stderr
    assert _counts(ref_path)["questionnaires"] == 0


def test_stats_help_says_what_is_counted(run_cli: Run) -> None:
    text = " ".join(run_cli("stats", "--help").stdout.split())
    assert "completed sessions only" not in text
    assert "Every recorded attempt (skipped tasks excepted) and every recorded questionnaire" in text
    assert "whatever the session's status now" in text
