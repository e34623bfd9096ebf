"""The main window: sections API, remembered geometry and section, status bar, start-up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from tests.ui.helpers import wait_listed
from ui import app
from ui.common import error_dialog
from ui.main_window import SECTION_KEY


def test_status_bar_shows_the_database(make_window, demo_db, demo_path):
    window = make_window(demo_db)
    assert str(demo_path) in window.database_label.text()
    assert demo_db.description in window.database_label.text()


def test_seven_real_sections_and_no_placeholders(make_window, demo_db):
    window = make_window(demo_db)
    assert window.section_keys() == ["centres", "products", "sessions", "setup", "results",
                                     "findings", "schedule"]
    assert window.navigation.count() == window.stack.count() == 7
    assert window.current_section() == "centres"
    for lazy in ("sessions", "setup", "results", "findings", "schedule"):
        assert not window.is_section_built(lazy)  # built on its first show


def test_add_section_api(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    page = QLabel("Reports will live here")
    with qtbot.waitSignal(window.section_changed) as blocker:
        window.add_section("reports", "Reports", page)
        window.show_section("reports")
    assert blocker.args == ["reports"]
    assert window.stack.currentWidget() is page and window.section("reports") is page
    with pytest.raises(ValueError):
        window.add_section("reports", "Again", QLabel())
    with pytest.raises(KeyError):
        window.show_section("nowhere")


def test_geometry_and_last_section_survive_a_restart(qtbot, make_window, demo_db,
                                                     settings_path):
    first = make_window(demo_db)
    first.resize(701, 523)  # within the offscreen screen (800x600)
    first.show_section("products")
    first.close()
    assert QSettings(str(settings_path), QSettings.Format.IniFormat).value(SECTION_KEY) \
        == "products"
    second = make_window(demo_db)
    assert second.current_section() == "products"
    assert (second.width(), second.height()) == (701, 523)
    wait_listed(qtbot, second, "products", 6)


def test_settings_never_touch_the_users_file(make_window, demo_db, settings_path):
    window = make_window(demo_db)
    window.close()
    assert window.context.settings.fileName() == str(settings_path)
    assert settings_path.is_file()


def test_find_shortcut_focuses_the_search(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    window.activateWindow()
    window._on_find_activated()
    qtbot.waitUntil(lambda: window.section("centres").search_box.hasFocus(), timeout=2000)


def test_main_refuses_an_unusable_database_with_one_dialog(monkeypatch, tmp_path, qapp):
    shown = []
    monkeypatch.setattr(error_dialog, "show_startup_error", shown.append)
    status = app.main(["--db", str(tmp_path)])  # a folder, not a database file
    assert status == 2
    assert len(shown) == 1 and "folder" in shown[0].message


def test_error_dialog_shows_a_testlab_error_as_is(qapp):
    from testlab.errors import NotFound

    box = error_dialog.error_box(None, NotFound("No centre called XYZ."))
    assert box.text() == "No centre called XYZ." and not box.detailedText()
    bug = error_dialog.error_box(None, ZeroDivisionError("division by zero"))
    assert "ZeroDivisionError" in bug.detailedText()
