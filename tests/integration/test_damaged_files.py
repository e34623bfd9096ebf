"""Damaged SQLite files: five demo copies with a random page overwritten, every command.

Each command either ends with one line on stderr and exit status 2, or works
exactly as on the undamaged file; none writes to the damaged file (md5 before
and after).  Commands run in-process through ``testlab.cli.main.main`` (the
same code as the ``testlab`` process, much faster); one runs as a real process.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from testlab.cli.main import main
from testlab.db.database import open_database
from testlab.errors import DamagedDatabase
from testlab.services.results_io import export_results

PAGE = 4096
COPIES = 5


def _md5(path: Path) -> str:
    return hashlib.md5(path.read_bytes()).hexdigest()


def _damage(template: Path, target: Path, seed: int) -> int:
    """A copy of ``template`` with one random page (not the header page) overwritten."""
    shutil.copyfile(template, target)
    pages = target.stat().st_size // PAGE
    rng = random.Random(seed)
    page = rng.randrange(2, pages + 1)
    with target.open("r+b") as handle:
        handle.seek((page - 1) * PAGE)
        handle.write(rng.randbytes(PAGE))
    return page


def _commands(work: Path, product: str, results: Path) -> dict[str, list[str]]:
    return {
        "info": ["info"], "info-json": ["info", "--json"],
        "stats": ["stats", "--product", product, "--json"],
        "export": ["export", "results", "--out", str(work / "out.csv")],
        "import-dry": ["import", "results", str(results), "--dry-run"],
        "import": ["import", "results", str(results)],
        "demo": ["demo"], "init": ["init"], "check": ["check"],
        "backup": ["backup", "--out", str(work / "copy.sqlite3")],
    }


def _run(capsys: pytest.CaptureFixture[str], db: Path, argv: list[str]) -> tuple[int, str, str]:
    status = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return status, out, err


def _product(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return str(connection.execute("SELECT name FROM products ORDER BY name").fetchone()[0])
    finally:
        connection.close()


@pytest.mark.slow
def test_every_command_on_damaged_copies_refuses_in_one_line_or_works(
        demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    product = _product(demo_template)
    results = tmp_path / "results.csv"
    pristine = tmp_path / "pristine.sqlite3"
    shutil.copyfile(demo_template, pristine)
    db = open_database(str(pristine))
    export_results(db, results)
    db.close()
    expected: dict[str, tuple[int, str]] = {}
    for name, argv in _commands(tmp_path, product, results).items():
        status, out, _ = _run(capsys, pristine, argv)
        expected[name] = (status, out.replace(str(pristine), "DB"))
    refused: list[str] = []
    for seed in range(COPIES):
        copy = tmp_path / f"damaged-{seed}.sqlite3"
        page = _damage(demo_template, copy, seed)
        before = _md5(copy)
        for name, argv in _commands(tmp_path, product, results).items():
            status, out, err = _run(capsys, copy, argv)
            where = f"copy {seed} (page {page}), {name}"
            if status == 2:
                lines = err.splitlines()
                assert len(lines) == 1 and lines[0].startswith("testlab: "), (where, err)
                assert out == "", where
                refused.append(lines[0])
            else:
                assert (status, out.replace(str(copy), "DB")) == expected[name], where
            assert _md5(copy) == before, f"{where} wrote to the damaged file"
    assert refused, "no damage was noticed at all"
    assert all("damaged" in line and "backup" in line for line in refused)


def test_damage_found_while_reading_is_one_line_too(
        demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Without the check on open (files over the size limit), SQLite's own error is worded."""
    monkeypatch.setattr("testlab.db.database.QUICK_CHECK_MAX_BYTES", 0)
    copy = tmp_path / "damaged.sqlite3"
    shutil.copyfile(demo_template, copy)
    connection = sqlite3.connect(copy)
    root = connection.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'task_attempts'").fetchone()[0]
    connection.close()
    with copy.open("r+b") as handle:  # the attempts table's root page: export must read it
        handle.seek((root - 1) * PAGE)
        handle.write(random.Random(0).randbytes(PAGE))
    before = _md5(copy)
    status, out, err = _run(capsys, copy, ["export", "results", "--out", str(tmp_path / "o.csv")])
    assert status == 2 and out == ""
    assert err.startswith("testlab: ") and "damaged" in err and len(err.splitlines()) == 1
    with pytest.raises(DamagedDatabase):
        db = open_database(str(copy))
        try:
            from testlab.db.backup import backup_database

            backup_database(db, tmp_path / "b.sqlite3")
        finally:
            db.close()
    assert not (tmp_path / "b.sqlite3").exists()
    assert _md5(copy) == before


def test_damaged_file_as_a_process(
        run_cli: Callable[..., object], assert_refused: Callable[[object], str],
        demo_template: Path, tmp_path: Path) -> None:
    copy = tmp_path / "damaged.sqlite3"
    _damage(demo_template, copy, 1)
    before = _md5(copy)
    line = assert_refused(run_cli("--db", copy, "export", "results", "--out", tmp_path / "o.csv"))
    assert "damaged" in line and "Restore" in line
    assert _md5(copy) == before
