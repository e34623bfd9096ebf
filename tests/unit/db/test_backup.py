"""Backups: the on-demand copy and the daily copies kept for a week."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from testlab import model as m
from testlab.cli.main import main
from testlab.db.backup import backup_database, daily_backup, daily_folder
from testlab.db.database import Database, open_database
from testlab.errors import InvalidInput


def _count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        connection.close()


def test_backup_is_a_sound_self_contained_copy(demo_db: Database, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    with demo_db.session_factory() as s:
        attempts = s.scalar(select(func.count()).select_from(m.TaskAttempt))
    out = tmp_path / "copy.sqlite3"
    out.write_bytes(b"an older backup")
    info = backup_database(demo_db, out)
    assert info.path == out and info.size == out.stat().st_size
    assert _count(out, "task_attempts") == attempts
    assert not list(tmp_path.glob("*.part"))
    copy = open_database(str(out))  # TestLab opens it as it is
    copy.close()
    with pytest.raises(InvalidInput, match="database itself"):
        backup_database(demo_db, str(demo_db.url.database))
    assert main(["--db", str(demo_db.url.database), "backup", "--out",
                 str(tmp_path / "cli.sqlite3")]) == 0
    assert "integrity check ok" in capsys.readouterr().out
    assert main(["--db", str(demo_db.url.database), "backup", "--out",
                 str(tmp_path / "no" / "such.sqlite3")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_postgresql_is_refused_with_what_to_use(postgres_db: Database, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="pg_dump"):
        backup_database(postgres_db, tmp_path / "x.sqlite3")


def test_daily_backup_once_a_day_keeping_the_last_seven(sqlite_path: Path) -> None:
    db = open_database(str(sqlite_path))
    try:
        start = date(2026, 3, 1)
        for day in range(10):
            assert daily_backup(db, today=start + timedelta(days=day)) is not None
            assert daily_backup(db, today=start + timedelta(days=day)) is None  # once a day
        kept = sorted(p.name for p in daily_folder(db).iterdir())
    finally:
        db.close()
    assert kept == [f"testlab-{start + timedelta(days=d)}.sqlite3" for d in range(3, 10)]
    assert daily_folder(db) == sqlite_path.parent / "backups"
