"""The main window's menus: File (import results, quit), Settings (this lab PC), Help (about).

Each dialog's module is imported inside its slot, so the menus cost nothing at
start-up.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMessageBox

from testlab import __version__
from ui.common import shortcuts
from ui.common.operations import FAILED, CoreCall
from ui.main_window import MainWindow
from ui.settings.lab_settings import LabSettingsStore


class MainMenu(QObject):
    """Builds the menu bar of ``window`` and handles its actions."""

    def __init__(self, window: MainWindow, lab: LabSettingsStore) -> None:
        super().__init__(window)
        self._window = window
        self.lab = lab
        bar = window.menuBar()

        file_menu = bar.addMenu("&File")
        self.import_action = QAction("&Import results…", self)
        shortcuts.set_on(self.import_action, shortcuts.IMPORT_RESULTS)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(window.quit_action)

        settings_menu = bar.addMenu("&Settings")
        self.lab_action = QAction("This &lab PC…", self)
        shortcuts.set_on(self.lab_action, shortcuts.LAB_SETTINGS)
        self.lab_action.triggered.connect(self._on_lab_action_triggered)
        settings_menu.addAction(self.lab_action)

        help_menu = bar.addMenu("&Help")
        self.about_action = QAction("&About TestLab", self)
        shortcuts.set_on(self.about_action, shortcuts.ABOUT)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(self.about_action)
        for action in (self.import_action, self.lab_action, self.about_action):
            window.addAction(action)  # shortcuts work while the menu bar is hidden too

    def about_text(self) -> str:
        """What Help → About says: the version and the database in use."""
        return (f"<b>TestLab {__version__}</b><br>Usability tests across the network's "
                f"test centres.<br><br>Database: {self._window.context.db.description}")

    # -- slots ----------------------------------------------------------------------------
    def _on_import_action_triggered(self) -> None:
        from ui.results_import.results_import_dialog import ResultsImportDialog

        window = self._window
        dialog = CoreCall(window, lambda: ResultsImportDialog(
            window.context.db, window, runner=window.context.tasks)).run()
        if dialog is FAILED:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._window.reload_sections()

    def _on_lab_action_triggered(self) -> None:
        from ui.settings.lab_settings_dialog import edit_lab_settings

        edit_lab_settings(self._window, self._window.context.db, self.lab)

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(self._window, "About TestLab", self.about_text())
