"""Bad databases: one line on stderr, exit status 2, no traceback, and nothing changed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

Run = Callable[..., subprocess.CompletedProcess[str]]
Refused = Callable[[subprocess.CompletedProcess[str]], str]


@pytest.mark.parametrize("url", [
    "mysql://x",
    "postgresql+psycopg://nobody@127.0.0.1:1/none",
    "://",
    "postgresql://u@h:notaport/db",
])
def test_bad_database_url(
    run_cli: Run, assert_refused: Refused, tmp_path: Path, url: str) -> None:
    assert_refused(run_cli("--db", url, "init"))
    assert list((tmp_path / "cwd").iterdir()) == []


def test_text_file_is_not_a_database(
    run_cli: Run, assert_refused: Refused, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_bytes("Compte rendu — séance 3\n".encode())
    before = notes.read_bytes()
    assert "not a SQLite database" in assert_refused(run_cli("--db", notes, "demo"))
    assert notes.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd", "notes.txt"]


def test_folder_is_not_a_database(
    run_cli: Run, assert_refused: Refused, tmp_path: Path) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    assert "folder" in assert_refused(run_cli("--db", folder, "init"))
    assert list(folder.iterdir()) == []


def test_missing_folder_creates_nothing(
    run_cli: Run, assert_refused: Refused, tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "lab.sqlite3"
    assert "does not exist" in assert_refused(run_cli("--db", target, "init"))
    assert not target.parent.exists()


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: file permissions do not stop root from reading",
)
def test_unreadable_file(
    run_cli: Run, assert_refused: Refused, tmp_path: Path) -> None:
    path = tmp_path / "locked.sqlite3"
    assert run_cli("--db", path, "init").returncode == 0
    path.chmod(0)
    try:
        assert "permission denied" in assert_refused(run_cli("--db", path, "info"))
    finally:
        path.chmod(0o600)


def test_newer_schema_is_refused_untouched(
    run_cli: Run, assert_refused: Refused, tmp_path: Path) -> None:
    path = tmp_path / "newer.sqlite3"
    assert run_cli("--db", path, "init").returncode == 0
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
    connection.commit()
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    before = path.read_bytes()
    for command in ("init", "demo"):
        line = assert_refused(run_cli("--db", path, command))
        assert "newer TestLab" in line and "ffff9999" in line
    assert path.read_bytes() == before
