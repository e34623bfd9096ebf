"""Which database is used, and how unusable ones are refused without changing anything."""

from __future__ import annotations

from pathlib import Path

import pytest

from testlab.db import urls as urls_module
from testlab.db.database import open_database
from testlab.db.urls import resolve_url
from testlab.errors import BadDatabaseUrl, DatabaseUnreachable, NotADatabase


def test_db_option_beats_environment(tmp_path: Path) -> None:
    env = {"TESTLAB_DATABASE_URL": str(tmp_path / "env.sqlite3")}
    url = resolve_url(str(tmp_path / "arg.sqlite3"), env)
    assert url.database == str(tmp_path / "arg.sqlite3")


def test_environment_beats_default(tmp_path: Path) -> None:
    env = {"TESTLAB_DATABASE_URL": str(tmp_path / "env.sqlite3")}
    assert resolve_url(None, env).database == str(tmp_path / "env.sqlite3")


def test_default_is_a_file_in_the_user_data_folder() -> None:
    from platformdirs import user_data_path

    url = resolve_url(None, {})
    assert url.get_backend_name() == "sqlite"
    assert Path(str(url.database)).parent == user_data_path("TestLab", appauthor=False)


def test_postgresql_url_gets_the_psycopg_driver() -> None:
    url = resolve_url("postgresql://lab@db.example/testlab", {})
    assert url.drivername == "postgresql+psycopg"


def test_relative_path_is_made_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert resolve_url("lab.sqlite3", {}).database == str(tmp_path / "lab.sqlite3")


@pytest.mark.parametrize(
    "value",
    ["", "   ", "mysql://root@localhost/x", "sqlite://", "postgresql+asyncpg://x@y/z", "http://:::",
     "postgresql:/lab", "sqlite:lab.db"],
)
def test_bad_urls_are_refused(value: str) -> None:
    with pytest.raises(BadDatabaseUrl):
        resolve_url(value, {})


def test_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("shopping list\n")
    with pytest.raises(NotADatabase):
        open_database(str(path))
    assert path.read_text() == "shopping list\n"


def test_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(NotADatabase):
        open_database(str(tmp_path))


def test_missing_folder_creates_nothing(tmp_path: Path) -> None:
    target = tmp_path / "nowhere" / "lab.sqlite3"
    with pytest.raises(DatabaseUnreachable, match="does not exist"):
        open_database(str(target))
    assert not (tmp_path / "nowhere").exists()


def test_default_location_folder_is_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "data" / "TestLab" / "testlab.sqlite3"
    monkeypatch.setattr(urls_module, "default_database_path", lambda: target)
    monkeypatch.setattr("testlab.db.database.default_database_path", lambda: target)
    open_database(None).close()
    assert target.exists()


def test_unreachable_postgres_is_one_clear_error() -> None:
    with pytest.raises(DatabaseUnreachable, match="Cannot open the database"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none")


def test_windows_drive_path_is_a_file_not_a_url() -> None:
    assert resolve_url(r"C:\TestLab\lab.sqlite3", {}).get_backend_name() == "sqlite"
