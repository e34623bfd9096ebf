"""Sessions' commands from anywhere in the window, its menu, its day, and F1's keys.

The keys printed on Sessions' buttons used to do nothing while the navigation list had
the focus (which it has after clicking "Sessions" or at start).  They are window-wide
actions of the section now: pressed on the navigation list, each must act; on another
section, none may.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication

from testlab import model as m
from testlab.db.database import Database
from testlab.services import sessions as svc
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.session import open_for_recording
from tests.ui.helpers import sessions_view, set_this_pc, wait_sessions
from tests.ui.lab_world import CENTRE_ZONE, build_lab, centre_midday
from ui.common import shortcuts
from ui.common.shortcuts_help import ShortcutsHelpDialog, key_text
from ui.console.adhoc_dialog import AdhocSessionDialog
from ui.main_menu import MainMenu
from ui.sessions.session_record_dialog import SessionRecordDialog

PC = "LAB-PC-03"
K = Qt.Key
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


@pytest.fixture
def lab(sqlite_db: Database, settings_path):
    world = build_lab(sqlite_db)
    set_this_pc(settings_path, "MAD", world.staff_id, PC)
    return world


def _on_navigation(qtbot, window):
    window.activateWindow()
    window.navigation.setFocus()
    qtbot.waitUntil(lambda: window.navigation.hasFocus(), timeout=3000)
    return window.navigation


def _press_and_catch_dialog(qtbot, widget, key, modifier) -> list:
    """Press a key that opens a modal dialog; note the dialog and close it."""
    seen: list = []

    def close() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog)
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(200, close)
    qtbot.keyClick(widget, key, modifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    return seen


def test_refresh_walk_in_and_start_from_the_navigation_list(qtbot, make_window, sqlite_db,
                                                            lab):
    window = make_window(sqlite_db)
    view = sessions_view(qtbot, window)
    assert view.model.rowCount() == 2
    navigation = _on_navigation(qtbot, window)
    # F5: a walk-in created elsewhere shows up.
    svc.create_adhoc_session(sqlite_db, lab.study_id, centre_code="MAD", participant=svc.NewParticipant(), facilitator_id=None,
                             conditions=svc.Conditions(), now=centre_midday())
    qtbot.keyClick(navigation, K.Key_F5)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=5000)
    # Ctrl+Shift+N: the walk-in dialog.
    seen = _press_and_catch_dialog(qtbot, navigation, K.Key_N, CTRL | SHIFT)
    assert isinstance(seen[0], AdhocSessionDialog)
    # Return: the selected session's console opens.
    view.table.selectRow(0)
    navigation = _on_navigation(qtbot, window)
    qtbot.keyClick(navigation, K.Key_Return)
    qtbot.waitUntil(lambda: len(view.consoles) == 1, timeout=5000)
    console = view.consoles[0]
    assert console.current_page() == "checkin"
    console.close()


def test_recorded_results_from_the_navigation_list(qtbot, make_window, sqlite_db, lab):
    svc.check_in(sqlite_db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    open_for_recording(sqlite_db, lab.session_id, PC)
    record_attempt(sqlite_db, lab.session_id, lab.task_ids[0], outcome="success", seconds=60.0, rating=6, errors=0, assists=0, notes="",
                   by=lab.staff_id, workstation=PC)
    window = make_window(sqlite_db)
    view = sessions_view(qtbot, window)
    view.table.selectRow(0)
    qtbot.keyClick(_on_navigation(qtbot, window), K.Key_R, CTRL)
    section = window.section("sessions")
    qtbot.waitUntil(lambda: section.record_dialog is not None, timeout=5000)
    assert isinstance(section.record_dialog, SessionRecordDialog)
    section.record_dialog.close()


def test_section_keys_do_nothing_on_another_section(qtbot, make_window, sqlite_db, lab):
    window = make_window(sqlite_db)
    view = sessions_view(qtbot, window)
    window.show_section("centres")
    assert not any(action.isEnabled() for action in view.commands)
    seen: list = []
    QTimer.singleShot(300, lambda: seen.append(QApplication.activeModalWidget()))
    qtbot.keyClick(_on_navigation(qtbot, window), K.Key_N, CTRL | SHIFT)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert seen == [None]


def test_the_sessions_menu_lists_the_sections_commands_with_their_keys(
        qtbot, make_window, sqlite_db, lab):
    window = make_window(sqlite_db)
    menu = window.findChild(MainMenu)
    menu._on_sessions_menu_about_to_show()
    assert menu.sessions_menu.actions() == [menu.show_sessions_action]
    view = sessions_view(qtbot, window)
    menu._on_sessions_menu_about_to_show()
    listed = menu.sessions_menu.actions()
    assert listed == view.commands
    shown = {action.text(): action.shortcut().toString() for action in listed}
    assert shown["&Walk-in session…"] == "Ctrl+Shift+N"
    assert shown["Recorded &results…"] == "Ctrl+R" and shown["Re&fresh"] == "F5"
    assert shown["&Start / resume session"] == "Return"
    # Every key is printed on its button too.
    assert "[Ctrl+Shift+N]" in view.adhoc_button.text()
    assert "Walk-in" in view.adhoc_button.text()


def test_a_day_moves_back_and_forth_and_lists_no_shows(qtbot, make_window, sqlite_db, lab):
    midday = centre_midday()
    yesterday = midday - timedelta(days=1)
    row = svc.create_adhoc_session(sqlite_db, lab.study_id, centre_code="MAD", participant=svc.NewParticipant(), facilitator_id=None,
                                   conditions=svc.Conditions(), now=yesterday)
    with sqlite_db.session_factory.begin() as s:
        s.get(m.Session, row.id).status = m.SessionStatus.NO_SHOW
    window = make_window(sqlite_db)
    view = sessions_view(qtbot, window)
    today = midday.astimezone(CENTRE_ZONE).date()
    assert view.day() == today and view.title.text() == "Today at MAD"
    navigation = _on_navigation(qtbot, window)
    qtbot.keyClick(navigation, K.Key_Left, ALT)
    wait_sessions(qtbot, view)
    assert view.day() == today - timedelta(days=1)
    assert view.model.rowCount() == 1
    assert view.model.row_at(0).status == m.SessionStatus.NO_SHOW
    assert view.model.index(0, 5).data() == "no show"
    assert "at MAD" in view.title.text() and "Today" not in view.title.text()
    qtbot.keyClick(navigation, K.Key_Right, ALT)
    qtbot.keyClick(navigation, K.Key_Right, ALT)
    wait_sessions(qtbot, view)
    assert view.day() == today + timedelta(days=1) and view.model.rowCount() == 0
    assert view.message.text() == "No sessions on this day."
    qtbot.keyClick(navigation, K.Key_Home, ALT)
    wait_sessions(qtbot, view)
    assert view.day() == today and view.model.rowCount() == 2
    # The calendar field: a day typed or picked is listed.
    earlier = today - timedelta(days=1)
    view.day_edit.setDate(QDate(earlier.year, earlier.month, earlier.day))
    wait_sessions(qtbot, view)
    assert view.day() == earlier and view.model.rowCount() == 1
    view.today_button.click()
    wait_sessions(qtbot, view)
    assert view.day() == today


def test_f1_lists_the_keys_of_the_screen_shown(qtbot, make_window, sqlite_db, lab):
    window = make_window(sqlite_db)
    menu = window.findChild(MainMenu)
    qtbot.keyClick(_on_navigation(qtbot, window), K.Key_F1)
    qtbot.waitUntil(lambda: menu.help_dialog is not None, timeout=3000)
    on_centres = menu.help_dialog
    assert isinstance(on_centres, ShortcutsHelpDialog) and on_centres.scopes == ("window",)
    listed = on_centres.listed_keys()
    assert key_text(shortcuts.IMPORT_RESULTS) in listed and "F5" not in listed
    on_centres.reject()
    qtbot.waitUntil(lambda: menu.help_dialog is None, timeout=3000)
    sessions_view(qtbot, window)
    qtbot.keyClick(_on_navigation(qtbot, window), K.Key_F1)
    qtbot.waitUntil(lambda: menu.help_dialog is not None, timeout=3000)
    on_sessions = menu.help_dialog
    assert on_sessions.scopes == ("window", "sessions")
    listed = on_sessions.listed_keys()
    assert {"Ctrl+Shift+N", "Ctrl+R", "F5", "Return / Enter", "Alt+Left", "Alt+Right"} \
        <= set(listed)
    on_sessions.reject()


def test_every_key_of_the_shortcuts_module_is_in_the_help(qapp):
    """The help is the module's own list: a key constant missing from HELP fails here."""
    def flat(key) -> set:
        parts = key if isinstance(key, tuple) else (key,)
        return {part if isinstance(part, str) else int(part.value) for part in parts}

    documented: set = set()
    for entries in shortcuts.HELP.values():
        for key, what in entries:
            assert what
            documented |= flat(key)
    constants = {name: value for name, value in vars(shortcuts).items()
                 if name.isupper() and name not in ("HELP", "QT_TRANSLATE_NOOP")}
    missing = []
    for name, value in constants.items():
        keys = value.values() if isinstance(value, dict) else [value]
        for key in keys:
            wanted = flat(key)
            if name == "SECTION_KEYS":
                wanted = {key[0]}
            if not wanted <= documented:
                missing.append(name)
    assert missing == []


def test_f1_in_recorded_results_lists_its_keys(qtbot, sqlite_db, lab):
    dialog = SessionRecordDialog(sqlite_db, lab.session_id, lab.staff_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.table.hasFocus, timeout=3000)
    qtbot.keyClick(dialog.table, K.Key_F1)
    qtbot.waitUntil(lambda: dialog.help_dialog is not None, timeout=3000)
    assert dialog.help_dialog.scopes == ("recorded_results",)
    assert "Ctrl+E" in dialog.help_dialog.listed_keys()
    dialog.help_dialog.reject()
