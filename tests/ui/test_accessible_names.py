"""Every focusable control of every screen and dialog has a name a screen reader can say.

The walker opens the main window on each section, the dialogs its menus and sections
open (import, this lab PC, keyboard shortcuts, a session's recorded results, the
correction dialog, an error), and the console page by page, and fails on any
focusable, visible control Qt's accessibility interface cannot name (no accessible
name, no text, no label whose buddy it is).  The console and its walk-in dialog are walked too.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget

from testlab.db.database import Database
from testlab.services import sessions as svc
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.review import session_record
from testlab.services.recording.session import open_for_recording
from tests.ui.accessibility import nameless
from tests.ui.helpers import sessions_view, set_this_pc, wait_listed
from tests.ui.lab_world import build_lab
from ui.common import error_dialog
from ui.common.shortcuts_help import ShortcutsHelpDialog
from ui.main_menu import MainMenu
from ui.results_import.results_import_dialog import ResultsImportDialog
from ui.sessions.attempt_correction_dialog import AttemptCorrectionDialog
from ui.sessions.session_record_dialog import SessionRecordDialog
from ui.settings.lab_settings import LabSettings
from ui.settings.lab_settings_dialog import LabSettingsDialog

PC = "LAB-PC-03"


def _shown(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_nameless_control_is_found(qtbot):
    from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout

    page = QWidget()
    field, named, buddied = QLineEdit(), QLineEdit(), QLineEdit()
    named.setAccessibleName("Named")
    label = QLabel("&Buddy:")
    label.setBuddy(buddied)
    layout = QVBoxLayout(page)
    for widget in (field, named, label, buddied):
        layout.addWidget(widget)
    _shown(qtbot, page)
    assert len(nameless(page)) == 1


@pytest.fixture
def recorded(sqlite_db: Database, settings_path):
    lab = build_lab(sqlite_db)
    set_this_pc(settings_path, "MAD", lab.staff_id, PC)
    svc.check_in(sqlite_db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    state = open_for_recording(sqlite_db, lab.session_id, PC)
    record_attempt(sqlite_db, lab.session_id, lab.task_ids[0], outcome="success", seconds=60.0, rating=6, errors=0, assists=0,
                   notes="found it", by=lab.staff_id, workstation=PC)
    return lab, state


def test_main_window_sections(qtbot, make_window, demo_db, settings_path):
    set_this_pc(settings_path, "PAR", None, PC)
    window = make_window(demo_db)
    wait_listed(qtbot, window, "centres", 23)
    qtbot.waitUntil(lambda: window.section("centres").details.isVisible(), timeout=5000)
    problems = {"centres": nameless(window)}
    window.show_section("products")
    wait_listed(qtbot, window, "products", 6)
    qtbot.waitUntil(lambda: window.section("products").details.isVisible(), timeout=5000)
    problems["products"] = nameless(window)
    sessions_view(qtbot, window)
    problems["sessions"] = nameless(window)
    assert problems == {"centres": [], "products": [], "sessions": []}


def test_sessions_without_a_centre(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    window.show_section("sessions")
    assert window.section("sessions").view is None
    assert nameless(window) == []


def test_menus_dialogs(qtbot, make_window, sqlite_db, recorded, tmp_path):
    lab, _state = recorded
    window = make_window(sqlite_db)
    menu = window.findChild(MainMenu)
    importer = _shown(qtbot, ResultsImportDialog(sqlite_db, window))
    settings = _shown(qtbot, LabSettingsDialog(sqlite_db, LabSettings("MAD", lab.staff_id, PC),
                                               window))
    helper = _shown(qtbot, ShortcutsHelpDialog(menu.shortcut_scopes(), window))
    bug = _shown(qtbot, error_dialog.error_box(window, ZeroDivisionError("x")))
    problems = {name: nameless(dialog) for name, dialog in (
        ("import", importer), ("lab settings", settings), ("help", helper), ("error", bug))}
    importer._runner.wait(5000)
    assert problems == {"import": [], "lab settings": [], "help": [], "error": []}


def test_recorded_results_and_correction(qtbot, sqlite_db, recorded):
    lab, _state = recorded
    record = _shown(qtbot, SessionRecordDialog(sqlite_db, lab.session_id, lab.staff_id))
    row = session_record(sqlite_db, lab.session_id).attempts[0]
    correction = _shown(qtbot, AttemptCorrectionDialog(sqlite_db, row, lab.staff_id))
    assert (nameless(record), nameless(correction)) == ([], [])


def test_console_and_walk_in_dialog(qtbot, sqlite_db, recorded):
    from ui.console import ConsoleWindow
    from ui.console.adhoc_dialog import AdhocSessionDialog

    lab, state = recorded
    walk_in = _shown(qtbot, AdhocSessionDialog(sqlite_db, "MAD", lab.staff_id))
    console = _shown(qtbot, ConsoleWindow(sqlite_db, state, lab.staff_id))
    problems = {"walk-in": nameless(walk_in)}
    for page in ("checkin_page", "task_page", "questionnaire_page", "summary_page"):
        console.pages.setCurrentWidget(getattr(console, page))
        problems[page] = nameless(console)
    assert problems == {"walk-in": [], "checkin_page": [], "task_page": [],
                        "questionnaire_page": [], "summary_page": []}
