"""``testlab import results`` as a subprocess: import, dry run, refusal (exit 2, no traceback)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from testlab.db.database import open_database
from tests.unit.io.refdata import build_reference, count_rows

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def ref_path(tmp_path: Path) -> Path:
    """A SQLite file holding the reference data the test CSV files name."""
    path = tmp_path / "ref.sqlite3"
    db = open_database(str(path))
    build_reference(db)
    db.close()
    return path


def _counts(path: Path) -> dict[str, int]:
    db = open_database(str(path))
    try:
        return count_rows(db)
    finally:
        db.close()


def test_import_then_again_adds_nothing(run_cli, ref_path: Path) -> None:
    file = DATA / "results_semicolon_bom.csv"
    first = run_cli("--db", ref_path, "import", "results", file)
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Imported 4 attempt(s)")
    counts = _counts(ref_path)
    second = run_cli("--db", ref_path, "import", "results", file, "--json")
    assert second.returncode == 0, second.stderr
    report = json.loads(second.stdout)
    assert (report["added"], report["skipped"]) == (0, 4)
    assert _counts(ref_path) == counts


def test_dry_run_writes_nothing(run_cli, ref_path: Path) -> None:
    before = _counts(ref_path)
    result = run_cli("--db", ref_path, "import", "results", DATA / "results_comma.csv",
                     "--dry-run")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Dry run: 4 row(s) checked") and "Would import 4" in \
        result.stdout and "Nothing was written" in result.stdout
    assert _counts(ref_path) == before


def test_refused_file_exit_2_with_line_numbers(run_cli, ref_path: Path) -> None:
    before = _counts(ref_path)
    result = run_cli("--db", ref_path, "import", "results", DATA / "results_bad_rows.csv")
    assert result.returncode == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[0].startswith("testlab: ") and "results_bad_rows.csv was refused" in lines[0]
    assert "(4 problems)" in lines[0] and "nothing was imported" in lines[0]
    assert lines[1:] == [
        "  line 3: unknown centre 'XYZ'",
        "  line 4: simplicity 9 is out of range; it must be 1 to 7",
        "  line 5: time on task '-12' is negative",
        "  line 6: duplicate attempt: the same session and task as line 2",
    ]
    assert _counts(ref_path) == before


def test_latin1_file_refused(run_cli, ref_path: Path) -> None:
    result = run_cli("--db", ref_path, "import", "results", DATA / "results_latin1.csv")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "refused (1 problem)" in result.stderr
    assert "line 3: byte 0xe8 is not UTF-8 text" in result.stderr


def test_missing_file_one_line(run_cli, ref_path: Path, assert_refused) -> None:
    line = assert_refused(run_cli("--db", ref_path, "import", "results", "nope.csv"))
    assert "does not exist" in line


def test_copied_file_name_in_message(run_cli, ref_path: Path, tmp_path: Path) -> None:
    file = tmp_path / "from Łódź.csv"
    shutil.copy(DATA / "results_bad_rows.csv", file)
    result = run_cli("--db", ref_path, "import", "results", file)
    assert result.returncode == 2 and "from Łódź.csv was refused" in result.stderr
