"""No two shortcuts of the same window clash: read from the real widgets, scope by scope.

A window's window-wide keys (QActions and window shortcuts) plus the keys of any one of
its pages (``WidgetWithChildrenShortcut``) must all differ: the main window with Today's
sessions, a session's recorded results, and the console page by page.
"""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QWidget

from testlab.db.database import Database
from testlab.services import sessions as svc
from testlab.services.recording.session import open_for_recording
from tests.ui.helpers import set_this_pc
from tests.ui.lab_world import build_lab
from ui.common import shortcuts
from ui.console import ConsoleWindow
from ui.sessions.session_record_dialog import SessionRecordDialog

PC = "LAB-PC-03"
_PAGE = Qt.ShortcutContext.WidgetWithChildrenShortcut


def _text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


def window_keys(window: QWidget) -> list[str]:
    """Every key that acts anywhere in ``window``: its actions and window-wide shortcuts."""
    keys = [_text(s.key()) for s in window.findChildren(QShortcut)
            if s.context() != _PAGE and s.isEnabled()]
    actions = {id(a): a for a in [*window.actions(), *window.findChildren(QAction)]}
    for action in actions.values():
        keys.extend(_text(sequence) for sequence in action.shortcuts())
    return keys


def page_keys(page: QWidget) -> list[str]:
    """The keys bound to ``page`` and its children (acting while it has the focus)."""
    return [_text(s.key()) for s in page.findChildren(QShortcut)
            if s.context() == _PAGE and s.isEnabled()]


def clashes(keys: list[str]) -> list[str]:
    return sorted(key for key, count in Counter(keys).items() if count > 1)


def test_a_clash_is_found(qtbot):
    page = QLabel()
    qtbot.addWidget(page)
    shortcuts.bind(page, shortcuts.REFRESH, lambda: None, window_wide=True)
    shortcuts.bind(page, ("F5", "F6"), lambda: None)
    assert clashes(window_keys(page) + page_keys(page)) == ["F5"]


def test_every_key_is_shown_in_the_platforms_words(qapp):
    assert shortcuts.label(shortcuts.CHECK_IN) == "Return"
    assert shortcuts.label(shortcuts.PARTICIPANT_MODE) == "F11"
    assert shortcuts.label(shortcuts.FIND)  # a standard key exists on every platform
    assert [_text(s) for s in shortcuts.sequences(("Return", "Return", "Enter"))] \
        == ["Return", "Enter"]


def test_main_window_and_todays_sessions(qtbot, make_window, sqlite_db: Database, settings_path):
    lab = build_lab(sqlite_db)
    set_this_pc(settings_path, "MAD", lab.staff_id, PC)
    window = make_window(sqlite_db)
    window.show_section("sessions")
    view = window.section("sessions").view
    assert view is not None
    keys = window_keys(window)
    assert {"Ctrl+I", "Ctrl+1", "Ctrl+3", _text(shortcuts.sequences(shortcuts.FIND)[0])} \
        <= set(keys)
    assert clashes(keys) == []
    # The section's keys are window-wide actions of the view (they act from the navigation
    # list too), so they are among the window's keys; the view binds no page keys besides.
    sessions = window_keys(view) + page_keys(view)
    assert {"Return", "Enter", "F5", "Ctrl+R", "Ctrl+Shift+N"} <= set(sessions)
    assert clashes(keys + page_keys(view)) == []


def test_recorded_results_dialog(qtbot, sqlite_db: Database):
    lab = build_lab(sqlite_db)
    dialog = SessionRecordDialog(sqlite_db, lab.session_id, lab.staff_id)
    qtbot.addWidget(dialog)
    keys = window_keys(dialog) + page_keys(dialog)
    assert "Ctrl+E" in keys and clashes(keys) == []


@pytest.fixture
def console(qtbot, sqlite_db: Database) -> ConsoleWindow:
    lab = build_lab(sqlite_db)
    svc.check_in(sqlite_db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    state = open_for_recording(sqlite_db, lab.session_id, PC)
    window = ConsoleWindow(sqlite_db, state, lab.staff_id)
    qtbot.addWidget(window)
    return window


@pytest.mark.parametrize("page, at_least", [("checkin_page", 3), ("task_page", 23),
                                            ("questionnaire_page", 16), ("summary_page", 3)])
def test_console_page_by_page(console: ConsoleWindow, page: str, at_least: int):
    keys = window_keys(console)
    assert {"Ctrl+N", "F11", "Ctrl+P", "Esc"} <= set(keys)
    own = page_keys(getattr(console, page))
    assert len(own) >= at_least
    assert clashes(keys + own) == []
