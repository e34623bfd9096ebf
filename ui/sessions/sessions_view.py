"""Today's sessions at this PC's centre: start or resume one in the console, or a walk-in.

A section of the main window: ``SessionsView(db, settings_centre_code)``.  On
creation it offers any session a crash (or a clean close mid-way) left running
on this PC, so nothing entered before is lost.  ``set_lab`` follows a change of
this PC's settings; ``record_requested`` asks for a session's recorded results
(to review and correct them).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.model import SessionStatus
from testlab.services import sessions as svc
from testlab.services.sessions import SessionRow
from ui.common import metrics
from ui.common import shortcuts as keys
from ui.common.operations import FAILED, CoreCall
from ui.common.table_setup import list_table
from ui.console import ConsoleWindow, open_console
from ui.console.adhoc_dialog import AdhocSessionDialog
from ui.console.clock import Clock
from ui.sessions.sessions_model import SessionsModel

_STARTABLE = (SessionStatus.SCHEDULED, SessionStatus.CHECKED_IN, SessionStatus.RUNNING)
_RECORDED = (SessionStatus.RUNNING, SessionStatus.COMPLETED)


class SessionsView(QWidget):
    """The section listing today's sessions; opens consoles (``console_opened``)."""

    console_opened = Signal(object)  # ConsoleWindow
    record_requested = Signal(object)  # uuid.UUID of the session whose results to show

    def __init__(self, db: Database, settings_centre_code: str | None,
                 parent: QWidget | None = None, *, workstation: str | None = None,
                 staff_id: uuid.UUID | None = None, clock: Clock | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._centre = (settings_centre_code or "").strip().upper() or None
        self.workstation = svc.workstation_name(workstation)
        self._staff_id = staff_id
        self._clock = clock
        self._resumable: list[SessionRow] = []
        self.consoles: list[ConsoleWindow] = []
        self.title = QLabel(objectName="sectionTitle")
        self.resume_banner = QFrame(objectName="sidePanel")
        self.resume_text = QLabel(wordWrap=True)
        self.resume_button = QPushButton("Resume")
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        banner = QHBoxLayout(self.resume_banner)
        banner.addWidget(self.resume_text, 1)
        banner.addWidget(self.resume_button)
        self.model = SessionsModel(self)
        self.table = list_table(self.model, self)
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(
            self._on_table_selection_changed)
        self.start_button = QPushButton(f"Start / Resume  [{keys.label(keys.START_SESSION)}]")
        self.start_button.clicked.connect(self.start_selected)
        self.adhoc_button = QPushButton(f"Ad-hoc session…  [{keys.label(keys.ADHOC_SESSION)}]")
        self.adhoc_button.clicked.connect(self.start_adhoc)
        self.results_button = QPushButton(
            f"Recorded results…  [{keys.label(keys.RECORDED_RESULTS)}]")
        self.results_button.clicked.connect(self.show_selected_results)
        self.message = QLabel(objectName="hint", wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.results_button)
        buttons.addWidget(self.adhoc_button)
        buttons.addWidget(self.start_button)
        layout = metrics.page(QVBoxLayout(self))
        layout.addWidget(self.title)
        layout.addWidget(self.resume_banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        keys.bind(self, keys.START_SESSION, self.start_selected)
        keys.bind(self, keys.ADHOC_SESSION, self.start_adhoc)
        keys.bind(self, keys.REFRESH, self.refresh)
        keys.bind(self, keys.RECORDED_RESULTS, self.show_selected_results)
        self.refresh()

    def set_lab(self, centre_code: str | None, workstation: str | None,
                staff_id: uuid.UUID | None) -> None:
        """Follow a change of this PC's settings: list the new centre's sessions."""
        self._centre = (centre_code or "").strip().upper() or None
        self.workstation = svc.workstation_name(workstation)
        self._staff_id = staff_id
        self.adhoc_button.setEnabled(True)
        self.refresh()

    # -- data -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Reload today's sessions and what this PC could resume."""
        if self._centre is None:
            self.title.setText("Today's sessions")
            self.message.setText("Set this PC's centre in the settings to see its sessions.")
            self._fill([])
            self.resume_banner.hide()
            self.adhoc_button.setEnabled(False)
            return
        db, centre, workstation = self._db, self._centre, self.workstation
        listed = CoreCall(self, lambda: (svc.todays_sessions(db, centre),
                                         svc.resumable_sessions(db, workstation, centre_code=centre))) \
            .inline(self.message).run()
        if listed is FAILED:
            return
        rows, resumable = listed
        self.title.setText(f"Today at {self._centre}")
        self.message.setText("" if rows else "No sessions today: a walk-in participant "
                                             "can still be tested (Ad-hoc session).")
        self._fill(rows)
        self._resumable = resumable
        if resumable:
            first = resumable[0]
            more = f" (and {len(resumable) - 1} more)" if len(resumable) > 1 else ""
            self.resume_text.setText(
                f"A session was left running: {first.participant_code or ''} · "
                f"{first.study_title}, {first.tasks_done} of {first.tasks_total} tasks "
                f"recorded{more}. Resume it where it stopped?")
            self.resume_banner.show()
        else:
            self.resume_banner.hide()

    def _fill(self, rows: list[SessionRow]) -> None:
        self.model.set_rows(rows)
        if rows:
            self.table.selectRow(max(self.model.find_row(lambda r: r.status in _STARTABLE), 0))
        self._on_table_selection_changed()

    def selected_row(self) -> SessionRow | None:
        """The session of the selected line, if any."""
        chosen = self.table.selectionModel().selectedRows()
        return self.model.row_at(chosen[0].row()) if chosen else None

    # -- actions --------------------------------------------------------------------------
    def start_selected(self) -> None:
        """Enter: open the selected session's console (check-in first if needed)."""
        row = self.selected_row()
        if row is not None and row.status in _STARTABLE:
            self.open_session(row.id)

    def start_adhoc(self) -> None:
        """A walk-in participant: create the session, then open it at check-in."""
        if self._centre is None:
            return
        centre = self._centre
        dialog = CoreCall(self, lambda: AdhocSessionDialog(self._db, centre, self._staff_id,
                                                           self)).run()
        if dialog is FAILED:
            return
        if dialog.exec() and dialog.created is not None:
            self.refresh()
            self.open_session(dialog.created.id)

    def show_selected_results(self) -> None:
        """Ctrl+R: ask for the selected session's recorded results (``record_requested``)."""
        row = self.selected_row()
        if row is not None and (row.status in _RECORDED or row.tasks_done):
            self.record_requested.emit(row.id)

    def _on_table_double_clicked(self) -> None:
        row = self.selected_row()
        if row is not None and row.status == SessionStatus.COMPLETED:
            self.show_selected_results()
        else:
            self.start_selected()

    def open_session(self, session_id: uuid.UUID) -> ConsoleWindow | None:
        """Lock the session to this PC and show its console (refusals become a message)."""
        console = open_console(self._db, session_id, self.workstation, self._staff_id,
                               None, self._clock)
        if console is None:
            return None
        self.consoles.append(console)
        console.closed.connect(lambda c=console: self._on_console_closed(c))
        console.showMaximized()
        self.refresh()
        self.console_opened.emit(console)
        return console

    def _on_resume_button_clicked(self) -> None:
        if self._resumable:
            self.open_session(self._resumable[0].id)

    def _on_console_closed(self, console: ConsoleWindow) -> None:
        if console in self.consoles:
            self.consoles.remove(console)
        self.refresh()  # its own errors are said in the section

    def _on_table_selection_changed(self, *_: object) -> None:
        row = self.selected_row()
        self.start_button.setEnabled(row is not None and row.status in _STARTABLE)
        self.results_button.setEnabled(
            row is not None and (row.status in _RECORDED or row.tasks_done > 0))
