"""Files TestLab must not use as they are: an empty file, a failed migration; one line, untouched."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from testlab.cli.main import main
from testlab.db.database import open_database
from testlab.errors import MigrationFailed, NotADatabase


def test_an_existing_empty_file_is_refused_except_by_init(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with pytest.raises(NotADatabase, match="empty file"):
        open_database(str(path))
    for argv in (["info"], ["demo"], ["export", "results", "--out", str(tmp_path / "o.csv")]):
        assert main(["--db", str(path), *argv]) == 2
        out, err = capsys.readouterr()
        assert out == "" and len(err.splitlines()) == 1 and "0 bytes" in err and "init" in err
        assert path.stat().st_size == 0
    assert main(["--db", str(path), "init"]) == 0
    assert capsys.readouterr().out.startswith(f"Created: {path}")
    assert main(["--db", str(path), "info", "--json"]) == 0


def test_a_failed_migration_names_file_and_revision_and_changes_nothing(
        sqlite_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    connection = sqlite3.connect(sqlite_path)
    connection.execute("UPDATE alembic_version SET version_num = '0001'")  # schema is newer
    connection.commit()
    connection.close()
    before = hashlib.md5(sqlite_path.read_bytes()).hexdigest()
    with pytest.raises(MigrationFailed, match=r"failed at schema revision 0002"):
        open_database(str(sqlite_path))
    assert main(["--db", str(sqlite_path), "info"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1
    assert str(sqlite_path) in err and "0002" in err and "still at revision 0001" in err
    assert hashlib.md5(sqlite_path.read_bytes()).hexdigest() == before
