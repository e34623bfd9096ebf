"""A day's sessions at this PC's centre: start or resume one in the console, or a walk-in.

A section of the main window: ``SessionsView(db, settings_centre_code)``.  It lists
one day of the centre's calendar, today at first: previous/next day, a calendar and
Today move it, so no-shows, earlier days' results and the week's scheduled sessions
are in reach.  On creation it offers any session a crash (or a clean close mid-way)
left running on this PC, so nothing entered before is lost.  ``set_lab`` follows a
change of this PC's settings; ``record_requested`` asks for a session's recorded
results (to review and correct them).

Its commands are ``QAction``s (``commands``) with window-wide keys: they act while
the view is shown, wherever the focus is in the window (the navigation list too),
and the main window lists them in its Sessions menu.  Given a ``runner`` the day is
listed off the GUI thread; without one (a view on its own) it is listed at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
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
from ui.common.background import TaskRunner
from ui.common.operations import FAILED, CoreCall
from ui.common.table_setup import list_table
from ui.console import ConsoleWindow, open_console
from ui.console.adhoc_dialog import AdhocSessionDialog
from ui.console.clock import Clock
from ui.sessions.sessions_model import SessionsModel

_STARTABLE = (SessionStatus.SCHEDULED, SessionStatus.CHECKED_IN, SessionStatus.RUNNING)
_RECORDED = (SessionStatus.RUNNING, SessionStatus.COMPLETED)
_Listed = tuple[date, list[SessionRow], list[SessionRow]]


class SessionsView(QWidget):
    """The section listing a day's sessions; opens consoles (``console_opened``)."""

    console_opened = Signal(object)  # ConsoleWindow
    record_requested = Signal(object)  # uuid.UUID of the session whose results to show
    sessions_listed = Signal(int)  # the number of sessions of the day now shown

    def __init__(self, db: Database, settings_centre_code: str | None,
                 parent: QWidget | None = None, *, workstation: str | None = None,
                 staff_id: uuid.UUID | None = None, clock: Clock | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._centre = (settings_centre_code or "").strip().upper() or None
        self.workstation = svc.workstation_name(workstation)
        self._staff_id = staff_id
        self._clock = clock
        self._runner = runner
        self._resumable: list[SessionRow] = []
        self._day: date | None = None  # None: the centre's today
        self._today: date | None = None  # the centre's today, as last listed
        self.loading = False  # a listing is on its way
        self.consoles: list[ConsoleWindow] = []
        self.title = QLabel(objectName="sectionTitle")
        self.resume_banner = QFrame(objectName="sidePanel")
        self.resume_text = QLabel(wordWrap=True)
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.setAccessibleName(self.tr("Resume the session left running"))
        self.resume_button.clicked.connect(self._on_resume_button_clicked)
        banner = QHBoxLayout(self.resume_banner)
        banner.addWidget(self.resume_text, 1)
        banner.addWidget(self.resume_button)
        self.model = SessionsModel(self)
        self.table = list_table(self.model, self)
        self.table.setAccessibleName(self.tr("Sessions of the day"))
        self.table.doubleClicked.connect(self._on_table_double_clicked)
        self.table.selectionModel().selectionChanged.connect(
            self._on_table_selection_changed)

        self.start_action = self._command(self.tr("&Start / resume session"),
                                          keys.START_SESSION, self.start_selected)
        self.adhoc_action = self._command(self.tr("&Walk-in session…"), keys.ADHOC_SESSION,
                                          self.start_adhoc)
        self.results_action = self._command(self.tr("Recorded &results…"),
                                            keys.RECORDED_RESULTS, self.show_selected_results)
        self.refresh_action = self._command(self.tr("Re&fresh"), keys.REFRESH, self.refresh)
        self.previous_day_action = self._command(self.tr("&Previous day"), keys.PREVIOUS_DAY,
                                                 self.previous_day)
        self.next_day_action = self._command(self.tr("&Next day"), keys.NEXT_DAY, self.next_day)
        self.today_action = self._command(self.tr("&Today"), keys.TODAY, self.go_to_today)
        self.choose_day_action = self._command(self.tr("&Choose a day…"), keys.CHOOSE_DAY,
                                               self.focus_day)
        self.commands = [self.start_action, self.adhoc_action, self.results_action,
                         self.refresh_action, self.previous_day_action, self.next_day_action,
                         self.today_action, self.choose_day_action]

        self.previous_day_button = self._button(self.tr("◀ Previous day"), keys.PREVIOUS_DAY,
                                                self.previous_day)
        self.day_edit = QDateEdit(calendarPopup=True)
        self.day_edit.setDisplayFormat("ddd d MMM yyyy")
        self.day_edit.setAccessibleName(self.tr("Day listed"))
        self.day_edit.setToolTip(self.tr("Type a day or pick one in the calendar ({0})")
                                 .format(keys.label(keys.CHOOSE_DAY)))
        self.day_edit.dateChanged.connect(self._on_day_edit_date_changed)
        self.next_day_button = self._button(self.tr("Next day ▶"), keys.NEXT_DAY, self.next_day)
        self.today_button = self._button(self.tr("Today"), keys.TODAY, self.go_to_today)
        day_row = QHBoxLayout()
        day_row.addWidget(self.title, 1)
        for widget in (self.previous_day_button, self.day_edit, self.next_day_button,
                       self.today_button):
            day_row.addWidget(widget)

        self.start_button = self._button(self.tr("Start / Resume"), keys.START_SESSION,
                                         self.start_selected)
        self.adhoc_button = self._button(self.tr("Walk-in session…"), keys.ADHOC_SESSION,
                                         self.start_adhoc)
        self.results_button = self._button(self.tr("Recorded results…"),
                                           keys.RECORDED_RESULTS, self.show_selected_results)
        self.message = QLabel(objectName="hint", wordWrap=True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.results_button)
        buttons.addWidget(self.adhoc_button)
        buttons.addWidget(self.start_button)
        layout = metrics.page(QVBoxLayout(self))
        layout.addLayout(day_row)
        layout.addWidget(self.resume_banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.refresh()

    def _command(self, text: str, key: keys.Key, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        keys.set_on(action, key)
        # Window-wide, so the keys work from the navigation list too; a hidden view's
        # actions are disabled (hideEvent), so they act only while Sessions is shown.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.setAutoRepeat(False)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, text: str, key: keys.Key, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(f"{text}  [{keys.label(key)}]")
        button.setAccessibleName(text.strip("◀▶ …"))
        button.clicked.connect(slot)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        for action in self.commands:
            action.setEnabled(True)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        for action in self.commands:
            action.setEnabled(False)
        super().hideEvent(event)

    def set_lab(self, centre_code: str | None, workstation: str | None,
                staff_id: uuid.UUID | None) -> None:
        """Follow a change of this PC's settings: list the new centre's sessions."""
        self._centre = (centre_code or "").strip().upper() or None
        self.workstation = svc.workstation_name(workstation)
        self._staff_id = staff_id
        self.adhoc_button.setEnabled(True)
        self._day = None
        self.refresh()

    # -- data -----------------------------------------------------------------------------
    def day(self) -> date | None:
        """The day listed (the centre's calendar), or None before the first listing."""
        return self._day or self._today

    def set_day(self, day: date | None) -> None:
        """List ``day`` (None: the centre's today)."""
        self._day = day
        self.refresh()

    def previous_day(self) -> None:
        """Alt+Left: the day before the one listed."""
        shown = self.day()
        if shown is not None:
            self.set_day(shown - timedelta(days=1))

    def next_day(self) -> None:
        """Alt+Right: the day after the one listed."""
        shown = self.day()
        if shown is not None:
            self.set_day(shown + timedelta(days=1))

    def go_to_today(self) -> None:
        """Alt+Home: back to the centre's today."""
        self.set_day(None)

    def focus_day(self) -> None:
        """Ctrl+D: type a day, or Alt+Down for the calendar."""
        self.day_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.day_edit.setSelectedSection(QDateEdit.Section.DaySection)

    def refresh(self) -> None:
        """List the day's sessions again, and what this PC could resume."""
        if self._centre is None:
            self.title.setText(self.tr("Today's sessions"))
            self.message.setText(self.tr("Set this PC's centre in the settings to see its "
                                         "sessions."))
            self._fill([])
            self.resume_banner.hide()
            self.adhoc_button.setEnabled(False)
            for widget in (self.previous_day_button, self.next_day_button, self.today_button,
                           self.day_edit):
                widget.setEnabled(False)
            return
        for widget in (self.previous_day_button, self.next_day_button, self.today_button,
                       self.day_edit):
            widget.setEnabled(True)
        db, centre, workstation, wanted = self._db, self._centre, self.workstation, self._day

        def listed() -> _Listed:
            today = svc.centre_today(db, centre)
            rows = svc.todays_sessions(db, centre, day=wanted or today)
            return today, rows, svc.resumable_sessions(db, workstation, centre_code=centre)

        call = CoreCall(self, listed).always(self._on_listing_ended).inline(self.message) \
            .success(self._on_listed)
        self.loading = True
        if self._runner is None:
            call.run()
        else:
            self.message.setText(self.tr("Loading…"))
            call.run_in_background(self._runner, f"sessions.{id(self)}")

    def _on_listing_ended(self) -> None:
        self.loading = False

    def _on_listed(self, listed: _Listed) -> None:
        today, rows, resumable = listed
        self._today = today
        day = self._day or today
        self.day_edit.blockSignals(True)
        self.day_edit.setDate(QDate(day.year, day.month, day.day))
        self.day_edit.blockSignals(False)
        if day == today:
            self.title.setText(self.tr("Today at {0}").format(self._centre))
            empty = self.tr("No sessions today: a walk-in participant can still be tested "
                            "(Walk-in session…).")
        else:
            shown = QLocale().toString(QDate(day.year, day.month, day.day), "dddd d MMMM yyyy")
            self.title.setText(self.tr("{0} at {1}").format(shown, self._centre))
            empty = self.tr("No sessions on this day.")
        self.message.setText("" if rows else empty)
        self._fill(rows)
        self._resumable = resumable
        if resumable:
            first = resumable[0]
            more = (self.tr(" (and {0} more)").format(len(resumable) - 1)
                    if len(resumable) > 1 else "")
            self.resume_text.setText(
                self.tr("A session was left running: {0} · {1}, {2} of {3} tasks recorded{4}. "
                        "Resume it where it stopped?").format(
                    first.participant_code or "", first.study_title, first.tasks_done,
                    first.tasks_total, more))
            self.resume_banner.show()
        else:
            self.resume_banner.hide()
        self.sessions_listed.emit(len(rows))

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
        if QApplication.focusWidget() is self.day_edit:
            self.table.setFocus()  # Return in the day field: done typing the day
            return
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

    def _on_day_edit_date_changed(self, day: QDate) -> None:
        self.set_day(date(day.year(), day.month(), day.day()))

    def _on_table_selection_changed(self, *_: object) -> None:
        row = self.selected_row()
        self.start_button.setEnabled(row is not None and row.status in _STARTABLE)
        self.results_button.setEnabled(
            row is not None and (row.status in _RECORDED or row.tasks_done > 0))
