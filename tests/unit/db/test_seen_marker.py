"""The check on open is skipped only for a file exactly as TestLab last closed it, sound."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import text

import testlab.db.database as database
from testlab.db.database import open_database
from testlab.errors import DamagedDatabase

PAGE = 4096


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every quick_check run on open, by file (the real check still runs)."""
    seen: list[str] = []
    real = database.quick_check

    def counting(connection, where):  # type: ignore[no-untyped-def]
        seen.append(where)
        real(connection, where)

    monkeypatch.setattr(database, "quick_check", counting)
    return seen


def _damage(path: Path) -> None:
    """Overwrite the last page of the file with garbage."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        handle.seek(size - PAGE)
        handle.write(os.urandom(PAGE))


def test_a_file_closed_sound_is_not_read_again_on_the_next_open(demo_path: Path,
                                                                 checks: list[str]) -> None:
    open_database(str(demo_path)).close()
    assert len(checks) == 1
    assert (demo_path.parent / "demo.sqlite3.checked").is_file()
    open_database(str(demo_path)).close()
    assert len(checks) == 1  # unchanged since closed: no second full read


def test_a_file_changed_since_it_was_closed_is_checked_again(demo_path: Path,
                                                             checks: list[str]) -> None:
    open_database(str(demo_path)).close()
    with demo_path.open("r+b") as handle:  # someone else wrote to it meanwhile
        handle.seek(0, os.SEEK_END)
    os.utime(demo_path)
    open_database(str(demo_path)).close()
    assert len(checks) == 2


def test_a_file_left_open_by_a_crash_is_checked_on_the_next_open(demo_path: Path,
                                                                 checks: list[str]) -> None:
    db = open_database(str(demo_path))
    with db.engine.begin() as connection:  # written, then the process dies: no close
        connection.execute(text("UPDATE centres SET name = name"))
    db.engine.dispose()
    open_database(str(demo_path)).close()
    assert len(checks) == 2


def test_damage_after_the_last_close_is_still_refused(demo_path: Path,
                                                      checks: list[str]) -> None:
    open_database(str(demo_path)).close()
    _damage(demo_path)
    with pytest.raises(DamagedDatabase):
        open_database(str(demo_path))
    assert len(checks) == 2


def test_a_file_that_met_damage_is_not_marked_sound(demo_path: Path) -> None:
    db = open_database(str(demo_path))
    marker = demo_path.parent / "demo.sqlite3.checked"
    marker.unlink(missing_ok=True)
    db.engine.dispose()
    size = demo_path.stat().st_size
    with demo_path.open("r+b") as handle:  # every page but the header's
        handle.seek(PAGE)
        handle.write(os.urandom(size - PAGE))
    with pytest.raises(DamagedDatabase), db.engine.connect() as connection:
        connection.execute(text("SELECT count(*) FROM task_attempts")).all()
    db.close()
    assert not marker.exists()
