"""Fixtures of the window tests: an isolated settings file and a window factory.

Settings go to an INI file under the test's tmp_path, never the user's real
settings; every window is registered with qtbot and its background tasks are
drained before the database closes.  The window speaks English (tests/conftest.py pins
TESTLAB_LANGUAGE=en) unless a test asks for ``french``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from testlab.db.database import Database
from ui.app import build_main_window
from ui.common import i18n
from ui.main_window import MainWindow


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "testlab.ini"


@pytest.fixture
def settings(settings_path: Path) -> QSettings:
    return QSettings(str(settings_path), QSettings.Format.IniFormat)


@pytest.fixture
def make_window(qtbot, settings_path: Path) -> Iterator[Callable[[Database], MainWindow]]:
    """Build a main window on a database (shown, sections wired) like ui.app does."""
    windows: list[MainWindow] = []

    def make(db: Database) -> MainWindow:
        window = build_main_window(db, QSettings(str(settings_path), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.context.tasks.wait(10_000)



@pytest.fixture
def french(qapp, monkeypatch) -> Iterator[None]:
    """The window speaks French for this test (as TESTLAB_LANGUAGE=fr would make it), then
    English again.  Build the widgets after asking for it: a widget speaks the language
    installed when it was built."""
    monkeypatch.setenv(i18n.LANGUAGE_ENV, i18n.FRENCH)
    translators = i18n.install_translators(qapp, i18n.FRENCH)
    assert len(translators) == 2, "French needs qtbase_fr.qm and ours (make translations)"
    yield
    i18n.remove_translators(qapp, translators)
