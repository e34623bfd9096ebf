"""The daily backup: made once a day when the window opens the default database, off the GUI
thread; any other database gets none; a damaged file is shown through the error path."""

from __future__ import annotations

from datetime import date

from testlab.db.backup import daily_folder
from testlab.errors import DamagedDatabase
from ui.startup import daily_backup as module
from ui.startup.daily_backup import DailyBackup


def test_default_database_gets_one_copy_a_day(qtbot, monkeypatch, make_window, sqlite_db,
                                              sqlite_path):
    monkeypatch.setattr(module, "default_database_path", lambda: sqlite_path)
    window = make_window(sqlite_db)
    backup = DailyBackup(window, window.context)
    with qtbot.waitSignal(backup.backup_made, timeout=20_000) as made:
        assert backup.start() is True
    expected = daily_folder(sqlite_db) / f"testlab-{date.today().isoformat()}.sqlite3"
    assert made.args == [str(expected)] and expected.is_file()
    assert str(expected) in window.statusBar().currentMessage()
    with qtbot.waitSignal(backup.backup_skipped, timeout=20_000):  # the second time today
        assert backup.start() is True


def test_another_database_gets_no_daily_copy(qtbot, make_window, sqlite_db):
    window = make_window(sqlite_db)
    backup = DailyBackup(window, window.context)
    with qtbot.waitSignal(backup.backup_skipped, timeout=1000):
        assert backup.start() is False
    assert not daily_folder(sqlite_db).exists()


def test_a_damaged_database_is_shown_through_the_error_path(qtbot, monkeypatch, make_window,
                                                           sqlite_db, sqlite_path):
    monkeypatch.setattr(module, "default_database_path", lambda: sqlite_path)
    shown = []
    monkeypatch.setattr(module.error_dialog, "show_error",
                        lambda parent, error, title="": shown.append(error))
    window = make_window(sqlite_db)
    sqlite_db.engine.dispose()  # no connection keeps a page in its cache
    pages = sqlite_path.stat().st_size // 4096
    with sqlite_path.open("r+b") as handle:  # the file is damaged while the window is open
        handle.seek((pages - 1) * 4096)
        handle.write(bytes(range(256)) * 16)
    backup = DailyBackup(window, window.context)
    with qtbot.waitSignal(backup.backup_failed, timeout=20_000):
        backup.start()
    # Every read the window makes of the damaged file says so (one or more messages).
    assert shown and {type(e) for e in shown} == {DamagedDatabase}, [repr(e) for e in shown]
    assert "damaged" in str(shown[0]) and "backup" in str(shown[0])
    assert not list(daily_folder(sqlite_db).glob("testlab-*.sqlite3"))


def test_the_window_refuses_a_damaged_file_with_one_message(monkeypatch, tmp_path, qapp,
                                                            demo_template):
    import hashlib
    import shutil

    from ui import app

    path = tmp_path / "damaged.sqlite3"
    shutil.copyfile(demo_template, path)
    with path.open("r+b") as handle:
        handle.seek(100 * 4096)
        handle.write(bytes(range(256)) * 16)
    before = hashlib.md5(path.read_bytes()).hexdigest()
    shown = []
    monkeypatch.setattr(app.error_dialog, "show_startup_error", shown.append)
    assert app.main(["--db", str(path), "--no-demo-offer"]) == 2
    assert [type(e) for e in shown] == [DamagedDatabase]
    assert "damaged" in shown[0].message and "Restore" in shown[0].message
    assert hashlib.md5(path.read_bytes()).hexdigest() == before
