"""The window fits a 1366×768 desktop, reopens on the section last used, and a bug is never
shown as a traceback: a plain message naming the log file that holds the details."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import QSettings, QSize

from tests.ui.helpers import sessions_view, set_this_pc
from tests.ui.lab_world import build_lab
from ui.common import error_dialog, error_log
from ui.common.operations import FAILED, CoreCall
from ui.main_window import DEFAULT_SIZE, SECTION_KEY

DESKTOP = QSize(1366, 768)
TASKBAR, TITLE_BAR, BORDERS = 40, 30, 8


def test_the_default_window_fits_1366_by_768_with_a_taskbar(qtbot, make_window, sqlite_db,
                                                            settings_path):
    assert DEFAULT_SIZE.width() + BORDERS <= DESKTOP.width()
    assert DEFAULT_SIZE.height() + TITLE_BAR + BORDERS <= DESKTOP.height() - TASKBAR
    lab = build_lab(sqlite_db)
    set_this_pc(settings_path, "MAD", lab.staff_id, "LAB-PC-03")
    window = make_window(sqlite_db)
    window.resize(DEFAULT_SIZE)
    qtbot.waitUntil(lambda: window.size() == DEFAULT_SIZE, timeout=3000)
    view = sessions_view(qtbot, window)
    qtbot.waitUntil(lambda: view.isVisible())
    # Every button of the day's list shows its whole text, inside the window.
    for button in (view.previous_day_button, view.next_day_button, view.today_button,
                   view.start_button, view.adhoc_button, view.results_button):
        assert button.width() >= button.sizeHint().width(), button.text()
        corner = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(corner), button.text()
    assert view.day_edit.width() >= view.day_edit.sizeHint().width()


def test_the_section_is_saved_when_changed_not_only_on_close(make_window, demo_db,
                                                             settings_path):
    window = make_window(demo_db)
    window.show_section("products")
    # No close: as after a crash, the settings file already says where the user was.
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert stored.value(SECTION_KEY) == "products"


@pytest.fixture
def log_path(tmp_path):
    error_log.stop_logging()  # a handler of an earlier start in this process
    path = error_log.start_logging(tmp_path / "logs")
    yield path
    error_log.stop_logging()


def test_a_bug_is_a_plain_message_naming_the_log(qapp, log_path, monkeypatch):
    shown: list[BaseException] = []
    monkeypatch.setattr(error_dialog, "show_error",
                        lambda parent, error, title="TestLab": shown.append(error))

    def broken() -> None:
        raise ZeroDivisionError("division by zero")

    assert CoreCall(None, broken).run() is FAILED
    assert len(shown) == 1
    box = error_dialog.error_box(None, shown[0])
    assert str(log_path) in box.text()
    assert "Traceback" not in box.text() + box.informativeText() + box.detailedText()
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = log_path.read_text(encoding="utf-8")
    assert "Traceback" in written and "ZeroDivisionError: division by zero" in written
    assert error_log.start_logging() == log_path  # once per process


def test_an_uncaught_error_goes_to_the_log(qapp, log_path):
    try:
        raise KeyError("lost")
    except KeyError as error:
        error_log.log_uncaught(KeyError, error, error.__traceback__)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "KeyError: 'lost'" in log_path.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_section_fits_the_default_window_in_each_language(
        request, qtbot, make_window, demo_db, settings_path, language):
    """French words are longer: built in each language, no section asks the window for
    more than a 1366x768 desktop with a taskbar holds (a stacked page's minimum is every
    page's maximum, so one wide section widens them all)."""
    if language == "fr":
        request.getfixturevalue("french")
    set_this_pc(settings_path, "PAR", None, "LAB-PC-01")
    window = make_window(demo_db)
    window.resize(DEFAULT_SIZE)
    for key in window.section_keys():
        window.show_section(key)
        shown = window.section(key)
        qtbot.waitUntil(shown.isVisible, timeout=5000)
    window.context.tasks.wait(10_000)
    needed = window.minimumSizeHint()
    widths = {key: window.section(key).minimumSizeHint().width()
              for key in window.section_keys()}
    assert needed.width() + BORDERS <= DESKTOP.width(), f"{needed} {widths}"
    assert needed.height() + TITLE_BAR + BORDERS <= DESKTOP.height() - TASKBAR, needed
