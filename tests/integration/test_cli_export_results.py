"""``testlab export results`` as a subprocess: the file, filters, refusals, atomic replace."""

from __future__ import annotations

from pathlib import Path

from testlab.db.database import open_database
from tests.unit.io.refdata import CONTACT_NAME, build_reference

DATA = Path(__file__).parents[1] / "data"


def _imported(tmp_path: Path, run_cli) -> Path:
    path = tmp_path / "ref.sqlite3"
    db = open_database(str(path))
    build_reference(db)
    db.close()
    result = run_cli("--db", path, "import", "results", DATA / "results_comma.csv")
    assert result.returncode == 0, result.stderr
    return path


def test_export_round_trips_through_a_fresh_database(run_cli, tmp_path: Path) -> None:
    source = _imported(tmp_path, run_cli)
    out = tmp_path / "out" / "all.csv"
    out.parent.mkdir()
    result = run_cli("--db", source, "export", "results", "--out", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported 4 attempt(s) to {out}."
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and CONTACT_NAME.encode() not in data
    assert [p.name for p in out.parent.iterdir()] == ["all.csv"]

    fresh = tmp_path / "fresh.sqlite3"
    db = open_database(str(fresh))
    build_reference(db)
    db.close()
    assert run_cli("--db", fresh, "import", "results", out).returncode == 0
    again = tmp_path / "again.csv"
    assert run_cli("--db", fresh, "export", "results", "--out", again).returncode == 0
    assert again.read_bytes() == data


def test_filters(run_cli, tmp_path: Path) -> None:
    source = _imported(tmp_path, run_cli)
    out = tmp_path / "beta.csv"
    result = run_cli("--db", source, "export", "results", "--product", "Self-care app",
                     "--stage", "Beta 1", "--out", out)
    assert result.returncode == 0 and "Exported 1 attempt(s)" in result.stdout
    assert len(out.read_text(encoding="utf-8-sig").splitlines()) == 2


def test_unknown_product_refused_and_no_file(run_cli, tmp_path: Path, assert_refused) -> None:
    source = _imported(tmp_path, run_cli)
    out = tmp_path / "x.csv"
    line = assert_refused(run_cli("--db", source, "export", "results", "--product", "Nope",
                                  "--out", out))
    assert "no product named 'Nope'" in line
    assert not out.exists()


def test_missing_folder_refused(run_cli, tmp_path: Path, assert_refused) -> None:
    source = _imported(tmp_path, run_cli)
    line = assert_refused(run_cli("--db", source, "export", "results",
                                  "--out", tmp_path / "no" / "such" / "x.csv"))
    assert "does not exist" in line


def test_out_is_required(run_cli, tmp_path: Path) -> None:
    result = run_cli("--db", tmp_path / "x.sqlite3", "export", "results")
    assert result.returncode == 2 and "--out" in result.stderr and "Traceback" not in result.stderr
