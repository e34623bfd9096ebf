"""The main window's menus: File (import results, quit), Sessions (the section's commands),
Settings (this lab PC), Help (keyboard shortcuts, about).

Each dialog's module is imported inside its slot, so the menus cost nothing at
start-up.  The Sessions menu lists the section's own actions (built with the
section), so the keys it shows are the keys that act.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from testlab import __version__
from ui.common import shortcuts
from ui.common.operations import FAILED, CoreCall
from ui.main_window import MainWindow
from ui.settings.lab_settings import LabSettingsStore

SESSIONS = "sessions"


class MainMenu(QObject):
    """Builds the menu bar of ``window`` and handles its actions."""

    def __init__(self, window: MainWindow, lab: LabSettingsStore) -> None:
        super().__init__(window)
        self._window = window
        self.lab = lab
        self.help_dialog: QDialog | None = None
        bar = window.menuBar()

        file_menu = bar.addMenu(self.tr("&File"))
        self.import_action = QAction(self.tr("&Import results…"), self)
        shortcuts.set_on(self.import_action, shortcuts.IMPORT_RESULTS)
        self.import_action.triggered.connect(self._on_import_action_triggered)
        file_menu.addAction(self.import_action)
        self.report_action = QAction(self.tr("&Export report…"), self)
        shortcuts.set_on(self.report_action, shortcuts.EXPORT_REPORT)
        self.report_action.triggered.connect(self._on_report_action_triggered)
        file_menu.addAction(self.report_action)
        file_menu.addSeparator()
        file_menu.addAction(window.quit_action)

        self.sessions_menu = bar.addMenu(self.tr("Sess&ions"))
        self.sessions_menu.aboutToShow.connect(self._on_sessions_menu_about_to_show)
        number = window.section_keys().index(SESSIONS) + 1
        self.show_sessions_action = QAction(self.tr("&Show the day's sessions  ({0})").format(
            shortcuts.label(shortcuts.section(number))), self)
        self.show_sessions_action.triggered.connect(self._on_show_sessions_action_triggered)
        self._fill_sessions_menu()

        settings_menu = bar.addMenu(self.tr("&Settings"))
        self.lab_action = QAction(self.tr("This &lab PC…"), self)
        shortcuts.set_on(self.lab_action, shortcuts.LAB_SETTINGS)
        self.lab_action.triggered.connect(self._on_lab_action_triggered)
        settings_menu.addAction(self.lab_action)

        help_menu = bar.addMenu(self.tr("&Help"))
        self.help_action = QAction(self.tr("&Keyboard shortcuts…"), self)
        shortcuts.set_on(self.help_action, shortcuts.SHORTCUTS_HELP)
        self.help_action.triggered.connect(self._on_help_action_triggered)
        help_menu.addAction(self.help_action)
        self.about_action = QAction(self.tr("&About TestLab"), self)
        self.about_action.triggered.connect(self._on_about_action_triggered)
        help_menu.addAction(self.about_action)
        for action in (self.import_action, self.report_action, self.lab_action,
                       self.help_action):
            window.addAction(action)  # shortcuts work while the menu bar is hidden too

    def about_text(self) -> str:
        """What Help → About says: the version and the database in use."""
        return self.tr("<b>TestLab {0}</b><br>Usability tests across the network's test "
                       "centres.<br><br>Database: {1}").format(
            __version__, self._window.context.db.description)

    def shortcut_scopes(self) -> list[str]:
        """The groups of keys acting on the screen shown: the window's, then its section's."""
        scopes = ["window"]
        widget = self._window.stack.currentWidget()
        section_scopes = getattr(widget, "shortcut_scopes", None)
        if callable(section_scopes):
            scopes.extend(section_scopes())
        return scopes

    def _fill_sessions_menu(self) -> None:
        menu: QMenu = self.sessions_menu
        menu.clear()
        built = self._window.is_section_built(SESSIONS) \
            if SESSIONS in self._window.section_keys() else False
        commands = getattr(self._window.section(SESSIONS), "commands", None) if built else None
        actions: list[QAction] = list(commands()) if callable(commands) else []
        if self._window.current_section() != SESSIONS or not actions:
            menu.addAction(self.show_sessions_action)
            if actions:
                menu.addSeparator()
        menu.addActions(actions)

    # -- slots ----------------------------------------------------------------------------
    def _on_sessions_menu_about_to_show(self) -> None:
        self._fill_sessions_menu()

    def _on_show_sessions_action_triggered(self) -> None:
        self._window.show_section(SESSIONS)

    def _on_import_action_triggered(self) -> None:
        from ui.results_import.results_import_dialog import ResultsImportDialog

        window = self._window
        dialog = CoreCall(window, lambda: ResultsImportDialog(
            window.context.db, window, runner=window.context.tasks)).run()
        if dialog is FAILED:
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._window.reload_sections()

    def _on_report_action_triggered(self) -> None:
        from ui.report.report_dialog import export_report

        # From a section showing a product (Results), the report is of that product.
        shown = getattr(self._window.stack.currentWidget(), "current_product_id", None)
        product_id = shown() if callable(shown) else None
        export_report(self._window, self._window.context, product_id=product_id)

    def _on_lab_action_triggered(self) -> None:
        from ui.settings.lab_settings_dialog import edit_lab_settings

        edit_lab_settings(self._window, self._window.context.db, self.lab)

    def _on_help_action_triggered(self) -> None:
        from ui.common.shortcuts_help import ShortcutsHelpDialog

        dialog = ShortcutsHelpDialog(self.shortcut_scopes(), self._window)
        self.help_dialog = dialog
        dialog.finished.connect(self._on_help_dialog_finished)
        dialog.open()

    def _on_help_dialog_finished(self, _result: int) -> None:
        if self.help_dialog is not None:
            self.help_dialog.deleteLater()
        self.help_dialog = None

    def _on_about_action_triggered(self) -> None:
        QMessageBox.about(self._window, self.tr("About TestLab"), self.about_text())
