"""This lab PC's settings: stored in the window's settings, chosen in a dialog, followed at once
by Today's sessions; the menus that lead there."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from testlab import __version__
from tests.ui.helpers import wait_sessions
from tests.ui.lab_world import build_lab
from ui.main_menu import MainMenu
from ui.sessions.sessions_section import SessionsSection
from ui.settings.lab_settings import (
    CENTRE_KEY,
    STAFF_KEY,
    WORKSTATION_KEY,
    LabSettings,
    LabSettingsStore,
    default_workstation,
    read_lab_settings,
)
from ui.settings.lab_settings_dialog import NO_STAFF, LabSettingsDialog


def test_unset_settings_read_as_no_centre_and_the_host_name(settings):
    lab = read_lab_settings(settings)
    assert lab == LabSettings(None, None, default_workstation())
    settings.setValue(STAFF_KEY, "not-a-uuid")  # a damaged file is as if unset
    assert read_lab_settings(settings).staff_id is None


def test_store_saves_and_says_so(qtbot, settings, settings_path):
    store = LabSettingsStore(settings)
    staff = uuid.uuid4()
    with qtbot.waitSignal(store.changed) as blocker:
        store.save(LabSettings("mad", staff, "LAB-PC-07"))
    assert blocker.args == [LabSettings("MAD", staff, "LAB-PC-07")]
    again = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert (again.value(CENTRE_KEY), again.value(STAFF_KEY), again.value(WORKSTATION_KEY)) \
        == ("mad", str(staff), "LAB-PC-07")


def test_dialog_lists_centres_and_that_centres_staff(qtbot, sqlite_db):
    lab = build_lab(sqlite_db)
    dialog = LabSettingsDialog(sqlite_db, LabSettings(None, None, "PC-1"))
    qtbot.addWidget(dialog)
    assert dialog.centre.currentData() is None and not dialog.staff.isEnabled()
    dialog.centre.setCurrentIndex(dialog.centre.findData("MAD"))
    assert [dialog.staff.itemText(i) for i in range(dialog.staff.count())] \
        == [NO_STAFF, "Lucía Pérez"]  # Omar has no home centre
    dialog.staff.setCurrentIndex(dialog.staff.findData(str(lab.staff_id)))
    dialog.workstation.setText("  ")
    assert dialog.lab_settings() == LabSettings("MAD", lab.staff_id, default_workstation())


def test_a_centre_no_longer_in_the_database_is_said(qtbot, sqlite_db):
    dialog = LabSettingsDialog(sqlite_db, LabSettings("XYZ", None, "PC-1"))
    qtbot.addWidget(dialog)
    assert "XYZ" in dialog.message.text() and dialog.centre.currentData() is None


def test_dialog_opens_on_the_stored_choice(qtbot, sqlite_db):
    lab = build_lab(sqlite_db)
    dialog = LabSettingsDialog(sqlite_db, LabSettings("MAD", lab.staff_id, "LAB-PC-03"))
    qtbot.addWidget(dialog)
    assert dialog.centre.currentData() == "MAD" and dialog.workstation.text() == "LAB-PC-03"
    assert dialog.staff.currentData() == str(lab.staff_id)
    assert dialog.lab_settings() == LabSettings("MAD", lab.staff_id, "LAB-PC-03")


def _accept_lab_dialog(centre: str, staff: uuid.UUID, workstation: str, seen: list) -> None:
    dialog = QApplication.activeModalWidget()
    seen.append(dialog)
    assert isinstance(dialog, LabSettingsDialog)
    dialog.centre.setCurrentIndex(dialog.centre.findData(centre))
    dialog.staff.setCurrentIndex(dialog.staff.findData(str(staff)))
    dialog.workstation.setText(workstation)
    dialog.accept()


def test_sessions_section_offers_the_dialog_then_follows_the_settings(
    qtbot, make_window, sqlite_db, settings_path
):
    lab = build_lab(sqlite_db)
    window = make_window(sqlite_db)
    window.show_section("sessions")
    section = window.section("sessions")
    assert isinstance(section, SessionsSection)
    assert section.pages.currentWidget() is section.setup_page and section.view is None
    assert "no centre" in section.setup_text.text()
    seen: list = []
    QTimer.singleShot(0, lambda: _accept_lab_dialog("MAD", lab.staff_id, "LAB-PC-03", seen))
    assert section.edit_lab_settings() is True
    assert len(seen) == 1
    view = section.view
    assert view is not None and section.pages.currentWidget() is view
    wait_sessions(qtbot, view)
    assert view.model.rowCount() == 2 and view.workstation == "LAB-PC-03"
    assert view.title.text() == "Today at MAD"
    stored = QSettings(str(settings_path), QSettings.Format.IniFormat)
    assert stored.value(CENTRE_KEY) == "MAD" and stored.value(STAFF_KEY) == str(lab.staff_id)


def test_menu_settings_action_reaches_the_sessions_section(qtbot, make_window, sqlite_db):
    lab = build_lab(sqlite_db)
    window = make_window(sqlite_db)
    menu = window.findChild(MainMenu)
    window.show_section("sessions")
    section = window.section("sessions")
    QTimer.singleShot(0, lambda: _accept_lab_dialog("MAD", lab.staff_id, "LAB-PC-04", []))
    menu.lab_action.trigger()
    assert section.view is not None and section.view.workstation == "LAB-PC-04"
    # A second change moves the same view to the new settings.
    menu.lab.save(LabSettings(None, None, "LAB-PC-04"))
    assert section.pages.currentWidget() is section.setup_page


def test_menus_and_about(make_window, demo_db):
    window = make_window(demo_db)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles == ["&File", "Sess&ions", "&Settings", "&Help"]
    menu = window.findChild(MainMenu)
    file_actions = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert file_actions[0] == "&Import results…" and file_actions[-1] == "&Quit"
    assert not menu.lab_action.shortcut().isEmpty()
    assert not menu.import_action.shortcut().isEmpty()
    about = menu.about_text()
    assert __version__ in about and demo_db.description in about


def test_file_import_opens_the_results_dialog_and_reloads_after_an_import(
    make_window, demo_db, monkeypatch
):
    from PySide6.QtWidgets import QDialog

    from ui.results_import.results_import_dialog import ResultsImportDialog

    window = make_window(demo_db)
    menu = window.findChild(MainMenu)
    opened: list[ResultsImportDialog] = []

    def fake_exec(dialog: ResultsImportDialog) -> int:
        opened.append(dialog)
        return QDialog.DialogCode.Accepted

    reloaded: list[bool] = []
    monkeypatch.setattr(ResultsImportDialog, "exec", fake_exec)
    monkeypatch.setattr(window, "reload_sections", lambda: reloaded.append(True))
    assert menu.import_action.isEnabled()
    menu.import_action.trigger()
    assert len(opened) == 1 and opened[0].parent() is window
    assert reloaded == [True]
