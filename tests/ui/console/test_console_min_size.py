"""The console's smallest size fits a 1366×768 screen at 200% scaling, page by page.

At ``QT_SCALE_FACTOR=2`` the screen is 683×384 logical pixels, 683×364 with a taskbar:
the console's minimum size must fit inside on every page (what does not fit scrolls).
Sizes are logical pixels and the console's type is set in pixels, so the same minimum
holds at 100% and at 200%; the test runs under either.
"""

from __future__ import annotations

import contextlib

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from pytestqt.exceptions import TimeoutError as QtTimeout
from pytestqt.qtbot import QtBot

from testlab.db.database import Database
from testlab.services import sessions as svc
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.session import open_for_recording
from tests.ui.console.test_console import PC, FakeClock
from tests.ui.lab_world import build_lab
from tests.unit.test_recording_world import Lab
from ui.console import ConsoleWindow

SCREEN_AT_200 = (683, 364)  # 1366×768 at 200%, less a 40-pixel (20 logical) taskbar


@pytest.fixture
def lab(sqlite_db: Database) -> Lab:
    return build_lab(sqlite_db)


def _console(qtbot: QtBot, db: Database, lab: Lab) -> ConsoleWindow:
    window = ConsoleWindow(db, open_for_recording(db, lab.session_id, PC), lab.staff_id,
                           FakeClock())
    qtbot.addWidget(window)
    window.resize(*SCREEN_AT_200)
    window.show()
    qtbot.waitExposed(window)
    return window


def _fits(window: ConsoleWindow) -> tuple[str, tuple[int, int], bool]:
    window.layout().activate()  # a panel just hidden or shown counts at once
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    fits = smallest.width() <= SCREEN_AT_200[0] and smallest.height() <= SCREEN_AT_200[1]
    return window.current_page(), smallest.toTuple(), fits


def _sideways(qtbot: QtBot, window: ConsoleWindow) -> list[str]:
    """At 683×364 the page scrolls down where it must, never sideways (nothing cut at the side)."""
    window.resize(*SCREEN_AT_200)
    qtbot.waitUntil(lambda: window.size().toTuple() == SCREEN_AT_200)
    page = window.pages.currentWidget()

    def overflowing() -> list[str]:
        # Wider than the area less a vertical scroll bar: cut or scrolled sideways as soon
        # as the page is long enough to scroll down.
        return [f"{window.current_page()}: {type(area.widget()).__name__}"
                for area in page.findChildren(QScrollArea) if area.isVisible()
                and area.widget().minimumSizeHint().width() > area.width()
                - area.verticalScrollBar().sizeHint().width() - 2 * area.frameWidth()]

    # A narrow panel restacks its rows once it has its new width: let the layout settle.
    with contextlib.suppress(QtTimeout):
        qtbot.waitUntil(lambda: not overflowing(), timeout=2000)
    return overflowing()


def test_every_page_of_the_console_fits_683_by_364(qtbot: QtBot, sqlite_db: Database,
                                                     lab: Lab) -> None:
    window = _console(qtbot, sqlite_db, lab)
    seen = [_fits(window)]  # check-in
    sideways = _sideways(qtbot, window)
    window.close()
    svc.check_in(sqlite_db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    window = _console(qtbot, sqlite_db, lab)
    seen.append(_fits(window))  # the first task
    sideways += _sideways(qtbot, window)
    window.close()
    for task in lab.task_ids:
        record_attempt(sqlite_db, lab.session_id, task, outcome="success", seconds=30.0,
                       rating=6, errors=0, assists=0, notes="", by=lab.staff_id, workstation=PC)
    window = _console(qtbot, sqlite_db, lab)
    seen.append(_fits(window))  # the questionnaire
    sideways += _sideways(qtbot, window)
    window.questionnaire_page.finished.emit()
    qtbot.waitUntil(lambda: window.current_page() == "summary")
    seen.append(_fits(window))
    sideways += _sideways(qtbot, window)
    assert [page for page, _size, _ok in seen] == ["checkin", "task", "questionnaire",
                                                   "summary"]
    assert [(page, size) for page, size, ok in seen if not ok] == []
    assert sideways == []
    # The window can be made that small; the summary's figures then scroll by keyboard.
    window.resize(*SCREEN_AT_200)
    assert window.size().toTuple() == SCREEN_AT_200
    bar = window.summary_page.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.summary_page, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    qtbot.keyClick(window.summary_page, Qt.Key.Key_PageUp)
    assert bar.value() == 0
    assert "PgUp/PgDown scroll" in window.hints.text()
