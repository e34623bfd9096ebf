"""The "Today's sessions" section: this PC's centre's sessions, following the lab settings.

Built on first show (``MainWindow.add_lazy_section``), so the console's modules
load only then.  Until this PC has a centre it says so and offers the lab
settings dialog; afterwards it is ``SessionsView`` on that centre, and it opens
a session's recorded results for review and correction.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ui.common import metrics
from ui.common.operations import FAILED, CoreCall
from ui.context import AppContext
from ui.sessions.sessions_view import SessionsView
from ui.settings.lab_settings import LabSettings, LabSettingsStore

KEY = "sessions"


class SessionsSection(QWidget):
    """A "choose this PC's centre" page, or today's sessions at the chosen centre."""

    def __init__(self, context: AppContext, lab: LabSettingsStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sessionsSection")
        self._context = context
        self.lab = lab
        self.view: SessionsView | None = None
        self.record_dialog: QWidget | None = None

        self.setup_page = QWidget()
        heading = QLabel(self.tr("Today's sessions"), objectName="sectionTitle")
        self.setup_text = QLabel(
            self.tr("This PC has no centre yet. Choose the test centre it stands in, and who "
                    "is using it, to list the centre's sessions for today."),
            objectName="hint", wordWrap=True)
        self.setup_button = QPushButton(self.tr("Choose this PC's centre…"))
        self.setup_button.clicked.connect(self.edit_lab_settings)
        setup = metrics.page(QVBoxLayout(self.setup_page))
        setup.addWidget(heading)
        setup.addWidget(self.setup_text)
        setup.addWidget(self.setup_button, 0, Qt.AlignmentFlag.AlignLeft)
        setup.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.setup_page)
        metrics.flush(QVBoxLayout(self)).addWidget(self.pages)
        lab.changed.connect(self._on_lab_changed)
        self._follow(lab.current())

    # -- following the lab settings -------------------------------------------------------
    def _follow(self, lab: LabSettings) -> None:
        if lab.centre_code is None:
            self.pages.setCurrentWidget(self.setup_page)
            return
        if self.view is None:
            self.view = SessionsView(self._context.db, lab.centre_code,
                                     workstation=lab.workstation, staff_id=lab.staff_id,
                                     runner=self._context.tasks)
            self.view.setObjectName("sessionsView")
            self.view.record_requested.connect(self._on_view_record_requested)
            self.pages.addWidget(self.view)
        else:
            self.view.set_lab(lab.centre_code, lab.workstation, lab.staff_id)
        self.pages.setCurrentWidget(self.view)

    def commands(self) -> list[QAction]:
        """The section's commands for the menu bar (none until this PC has a centre)."""
        return [] if self.view is None else list(self.view.commands)

    def shortcut_scopes(self) -> tuple[str, ...]:
        """Which groups of ``shortcuts.HELP`` act on this section now (for F1)."""
        return () if self.view is None else ("sessions",)

    def reload(self) -> None:
        """List today's sessions again (e.g. after the demo network was loaded)."""
        if self.view is not None:
            self.view.refresh()

    # -- actions --------------------------------------------------------------------------
    def edit_lab_settings(self) -> bool:
        """Show Settings → This lab PC…; True if the settings were saved."""
        from ui.settings.lab_settings_dialog import edit_lab_settings

        return edit_lab_settings(self, self._context.db, self.lab)

    def choose_staff(self, parent: QWidget) -> uuid.UUID | None:
        """Ask who is at this PC (the lab settings dialog); their id, or None."""
        from ui.settings.lab_settings_dialog import edit_lab_settings

        edit_lab_settings(parent, self._context.db, self.lab)
        return self.lab.current().staff_id

    def show_results(self, session_id: uuid.UUID) -> QWidget | None:
        """Open a session's recorded results, to review and correct them (window-modal)."""
        from ui.sessions.session_record_dialog import SessionRecordDialog

        dialog = CoreCall(self, lambda: SessionRecordDialog(
            self._context.db, session_id, self.lab.current().staff_id, self,
            choose_staff=self.choose_staff)).run()
        if dialog is FAILED:
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.attempt_corrected.connect(self._on_record_dialog_attempt_corrected)
        dialog.finished.connect(self._on_record_dialog_finished)
        self.record_dialog = dialog
        dialog.open()
        return dialog

    # -- slots ----------------------------------------------------------------------------
    def _on_lab_changed(self, lab: LabSettings) -> None:
        self._follow(lab)

    def _on_view_record_requested(self, session_id: uuid.UUID) -> None:
        self.show_results(session_id)

    def _on_record_dialog_attempt_corrected(self, _attempt: object) -> None:
        self.reload()

    def _on_record_dialog_finished(self, _result: int) -> None:
        self.record_dialog = None
