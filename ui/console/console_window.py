"""The session console window: check-in, tasks in the study's order, questionnaire, summary.

It holds the session's lock for this PC (heartbeat every 30 s, released on
close) and keeps nothing that is not already in the database: every page
records through the services the moment something is entered, so a crash
loses nothing and reopening resumes at the first task not yet recorded.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import SessionLocked, TestLabError
from testlab.model import SessionStatus
from testlab.services.recording.attempts import AttemptInfo, format_duration
from testlab.services.recording.session import (
    ConsoleState,
    complete_session,
    heartbeat,
    open_for_recording,
    release,
    session_summary,
)
from ui.common import error_dialog
from ui.common import shortcuts as keys
from ui.common.background import TaskRunner, serial_runner
from ui.common.operations import FAILED, CoreCall
from ui.console import style
from ui.console.checkin_view import CheckInView
from ui.console.clock import Clock, QtClock, TimerState
from ui.console.context import ConsoleContext
from ui.console.observations_view import ObservationsView
from ui.console.questionnaire_view import QuestionnaireView
from ui.console.summary_view import SummaryView
from ui.console.task_view import TaskView
from ui.console.wording import study_label

HEARTBEAT_MS = 30_000
OBSERVATIONS_WIDTHS = (170, 340)  # the notes panel's narrowest and widest
NARROW_WINDOW = 900  # pixels: below this the notes panel gives its room to the page

class ConsoleWindow(QWidget):
    """The console on one opened session (see ``open_console`` to open one safely)."""

    session_completed = Signal(object)  # SessionSummary
    closed = Signal()

    def __init__(self, db: Database, state: ConsoleState, staff_id: uuid.UUID | None,
                 clock: Clock | None = None, parent: QWidget | None = None, *,
                 writer: TaskRunner | None = None) -> None:
        super().__init__(parent, objectName="console")
        writer = writer or serial_runner()
        writer.setParent(self)
        self.setWindowTitle(self.tr("TestLab console: %1").replace(
            "%1", state.session.participant_code or ""))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(style.STYLE_SHEET)
        self.context = ConsoleContext(db, state.session.id, state.workstation, staff_id,
                                      clock or QtClock(), writer)
        self.state = state
        self.participant_mode = False
        self._page_key = ""
        self._attempts: dict[uuid.UUID, AttemptInfo] = {a.task_id: a for a in state.attempts}
        self._completed = False
        self._released = False
        self._timer_to_restore = state.timer
        self._build()
        self._restart_session_clock(state.elapsed_seconds)
        self._heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._on_heartbeat_timeout)
        self._heartbeat.start()
        self._elapsed_refresh = QTimer(self, interval=1000)
        self._elapsed_refresh.timeout.connect(self._show_header)
        self._elapsed_refresh.start()
        self._route()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.header = QLabel(objectName="header", wordWrap=True)  # long names wrap, never widen
        self.elapsed_label = QLabel(objectName="elapsed")
        self.mode_label = QLabel(objectName="hint")
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.mode_label)
        top.addSpacing(style.MARGIN)
        top.addWidget(self.elapsed_label)

        self.checkin_page = CheckInView(self.context)
        self.task_page = TaskView(self.context)
        self.questionnaire_page = QuestionnaireView(self.context)
        self.summary_page = SummaryView()
        self.pages = QStackedWidget()
        # The pages take the focus (their single keys act there): each says what it is.
        for page, name in (
                (self.checkin_page, self.tr("Check-in: confirm consent, then check in")),
                (self.task_page, self.tr("Task: the keys time and record the attempt")),
                (self.questionnaire_page, self.tr("Closing questionnaire: digits answer")),
                (self.summary_page, self.tr("Session summary"))):
            page.setAccessibleName(name)
            self.pages.addWidget(page)
        self.observations = ObservationsView(self.context, self.session_elapsed_seconds,
                                             self._current_task_id, self.focus_page)
        self.observations.setMinimumWidth(OBSERVATIONS_WIDTHS[0])
        self.observations.setMaximumWidth(OBSERVATIONS_WIDTHS[1])
        self.observations.show_observations(self.state.observations)
        body = QHBoxLayout()
        body.setSpacing(style.MARGIN)
        body.addWidget(self.pages, 1)
        body.addWidget(self.observations)
        self.hints = QLabel(objectName="hint", wordWrap=True)
        # Participant mode's discreet line: what the facilitator's keys did (the timer).
        self.status_line = QLabel(objectName="hint")
        self.status_line.hide()
        self.task_page.timer.state_changed.connect(self._show_status_line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN, style.MARGIN, style.MARGIN, style.MARGIN)
        layout.setSpacing(style.SPACING)
        layout.addLayout(top)
        layout.addLayout(body, 1)
        layout.addWidget(self.hints)
        layout.addWidget(self.status_line)

        self.checkin_page.checked_in.connect(self._on_checkin_page_checked_in)
        self.task_page.attempt_saved.connect(self._on_task_page_attempt_saved)
        self.questionnaire_page.finished.connect(self._on_questionnaire_page_finished)
        self.summary_page.close_requested.connect(self.close)
        self.summary_page.results_requested.connect(self._on_summary_page_results_requested)
        keys.bind(self, keys.OBSERVE, self._on_observe_shortcut, window_wide=True)
        keys.bind(self, keys.PARTICIPANT_MODE, self.toggle_participant_mode, window_wide=True)
        keys.bind(self, keys.BACK_TO_PAGE, self.focus_page, window_wide=True)
        keys.bind(self, keys.PREVIOUS_TASK, lambda: self.step_task(-1), window_wide=True)
        keys.bind(self, keys.NEXT_TASK, lambda: self.step_task(1), window_wide=True)

    # -- navigation -----------------------------------------------------------------------
    def _route(self) -> None:
        """Show the page where the session stands: check-in, next task, or questionnaire."""
        status = self.state.session.status
        if self._completed:
            self._show_page(self.summary_page, "summary")
        elif status == SessionStatus.SCHEDULED:
            self.checkin_page.show_session(self.state.session)
            self._show_page(self.checkin_page, "checkin")
        else:
            index = self.next_task_index()
            if index is None:
                self.questionnaire_page.show_answers(self.state.answers)
                self._show_page(self.questionnaire_page, "questionnaire")
            else:
                self.task_page.show_task(self.state.tasks[index], index + 1, len(self.state.tasks))
                if self._timer_to_restore is not None:
                    self.task_page.restore_timer(self._timer_to_restore)
                    self._timer_to_restore = None
                self._show_page(self.task_page, "task")
        recording = status != SessionStatus.SCHEDULED and not self._completed
        self.observations.setEnabled(recording)
        self.observations.setVisible(recording and not self.participant_mode)
        self._show_header()

    def _hint(self, page: str) -> str:
        """The keys of ``page``, shown under it (every key on screen)."""
        label = keys.label
        if page == "checkin":
            return (self.tr("%1 tick consent · %2 check in")
                    .replace("%1", label(keys.CONFIRM_CONSENT)).replace("%2", label(keys.CHECK_IN)))
        if page == "task":
            return (self.tr("%1 start/stop · %2 pause · %3 type time · %4 outcome · 1–7 ease · "
                            "%5/%6 errors/assists (Shift −1) · %7 note · %8 save and next · "
                            "%9 previous task")
                    .replace("%1", label(keys.TIMER_START_STOP)).replace("%2", keys.TIMER_PAUSE)
                    .replace("%3", keys.TYPE_TIME)
                    .replace("%4", " ".join(keys.OUTCOME_KEYS.values()))
                    .replace("%5", keys.ERRORS_UP).replace("%6", keys.ASSISTS_UP)
                    .replace("%7", keys.TASK_NOTE).replace("%8", label(keys.SAVE_AND_NEXT))
                    .replace("%9", label(keys.PREVIOUS_TASK))
                    + self.tr(" · %1/%2 scroll").replace("%1", label(keys.PANEL_SCROLL_UP))
                    .replace("%2", label(keys.PANEL_SCROLL_DOWN)))
        if page == "questionnaire":
            return (self.tr("Digits answer · ↓ ↑ move · %1 finish · %2 back to the tasks")
                    .replace("%1", label(keys.FINISH_QUESTIONNAIRE))
                    .replace("%2", label(keys.PREVIOUS_TASK)))
        return (self.tr("%1 close · %2 correct results · %3/%4 scroll")
                .replace("%1", label(keys.CLOSE_CONSOLE))
                .replace("%2", label(keys.RECORDED_RESULTS))
                .replace("%3", label(keys.PANEL_SCROLL_UP))
                .replace("%4", label(keys.PANEL_SCROLL_DOWN)))

    def _global_hint(self) -> str:
        return (self.tr("%1 observation · %2 participant mode")
                .replace("%1", keys.label(keys.OBSERVE))
                .replace("%2", keys.label(keys.PARTICIPANT_MODE)))

    def _show_page(self, page: QWidget, hint_key: str) -> None:
        # Only the page shown counts for the window's smallest size: the pages hidden in the
        # stack must not keep it wider than a 1366×768 screen at 200% (683 pixels).
        for index in range(self.pages.count()):
            other = self.pages.widget(index)
            policy = (QSizePolicy.Policy.Preferred if other is page
                      else QSizePolicy.Policy.Ignored)
            other.setSizePolicy(policy, policy)
        self.pages.setCurrentWidget(page)
        self._page_key = hint_key
        # Notes are only taken once the participant is checked in, and not after the end.
        with_notes = hint_key in ("task", "questionnaire")
        self.hints.setText(self._hint(hint_key) + (" · " + self._global_hint() if with_notes else ""))
        self.focus_page()

    def step_task(self, step: int) -> None:
        """Alt+← / Alt+→: step back to any recorded task (its values loaded; saving it again
        is an audited correction), and forward again to where the session stands."""
        if self.participant_mode or self._page_key not in ("task", "questionnaire"):
            return
        count = len(self.state.tasks)
        if self._page_key == "questionnaire":
            current = count
        else:
            current = self.state.tasks.index(self.task_page.task) if self.task_page.task else 0
            if self.task_page.has_entries():
                self.task_page.message.setText(self.tr(
                    "Save this task first (%1): stepping away would lose what is entered.")
                    .replace("%1", keys.label(keys.SAVE_AND_NEXT)))
                return
        target = current + step
        if not 0 <= target < count:
            if step > 0:
                self._route()
            return
        attempt = self._attempts.get(self.state.tasks[target].id)
        if attempt is None:
            self._route()  # the first task not yet recorded
            return
        self.task_page.show_task(self.state.tasks[target], target + 1, count, attempt)
        self._show_page(self.task_page, "task")

    def next_task_index(self) -> int | None:
        """The first task, in the study's order, with no attempt yet."""
        return next((i for i, t in enumerate(self.state.tasks) if t.id not in self._attempts),
                    None)

    def current_page(self) -> str:
        """"checkin", "task", "questionnaire" or "summary"."""
        return self._page_key

    def focus_page(self) -> None:
        """Esc: the keyboard goes back to the current page."""
        page = self.pages.currentWidget()
        focus = getattr(page, "focus_page", None)
        if callable(focus):
            focus()
        else:
            page.setFocus()

    def _current_task_id(self) -> uuid.UUID | None:
        task = self.task_page.task
        return task.id if task is not None and self._page_key == "task" else None

    # -- session time ---------------------------------------------------------------------
    def _restart_session_clock(self, elapsed_seconds: float) -> None:
        self._elapsed_base = elapsed_seconds
        self._opened_ms = self.context.clock.now_ms()

    def session_elapsed_seconds(self) -> float:
        """Time since the session started: the database's figure at opening plus the monotonic
        time since, so a clock change on this PC does not move it."""
        return round(self._elapsed_base
                     + (self.context.clock.now_ms() - self._opened_ms) / 1000.0, 1)

    def _show_header(self) -> None:
        info = self.state.session
        where = study_label(info.product_name, info.stage_name, info.study_title)
        if self.participant_mode:
            self.header.setText(info.product_name)
        else:
            self.header.setText(f"{info.participant_code or ''}  ·  {where}")
        started = self.state.session.status != SessionStatus.SCHEDULED and not self._completed
        self.elapsed_label.setText(
            self.tr("Session %1").replace("%1", format_duration(self.session_elapsed_seconds()))
            if started and not self.participant_mode else "")
        self.mode_label.setText(
            self.tr("Participant mode · %1 to leave").replace(
                "%1", keys.label(keys.PARTICIPANT_MODE))
            if self.participant_mode else self.context.workstation)

    # -- participant mode -----------------------------------------------------------------
    def toggle_participant_mode(self) -> None:
        """F11 / Ctrl+P: hide the facilitator's panel and notes, large type."""
        self.participant_mode = not self.participant_mode
        on = self.participant_mode
        self.observations.setVisible(not on and self.observations.isEnabled())
        self.hints.setVisible(not on)
        self.status_line.setVisible(on)
        self._show_status_line()
        self.task_page.set_participant_mode(on)
        self.questionnaire_page.set_participant_mode(on)
        self._show_header()
        self.focus_page()

    def _show_status_line(self, _state: str = "") -> None:
        words = {
            TimerState.IDLE: self.tr("timer ready"),
            TimerState.RUNNING: self.tr("timer running"),
            TimerState.PAUSED: self.tr("timer paused"),
            TimerState.STOPPED: self.tr("timer stopped"),
        }
        timer = words[self.task_page.timer.state] if self._page_key == "task" else ""
        self.status_line.setText(" · ".join(part for part in (
            timer, self.tr("other keys are off"),
            self.tr("%1 to leave").replace("%1", keys.label(keys.PARTICIPANT_MODE))) if part))

    # -- slots ----------------------------------------------------------------------------
    def _on_observe_shortcut(self) -> None:
        if self.participant_mode:
            self.toggle_participant_mode()
        if self.observations.isEnabled():
            self.observations.focus_field()

    def _reopen(self) -> bool:
        """Read the session again (through the writer: after this console's writes)."""
        context = self.context
        state = CoreCall(self, lambda: open_for_recording(
            context.db, context.session_id, context.workstation)).run_and_wait(context.writer)
        if state is FAILED:
            return False
        self.state = state
        return True

    def _on_checkin_page_checked_in(self) -> None:
        if not self._reopen():
            return
        self._restart_session_clock(self.state.elapsed_seconds)
        self._route()

    def _on_task_page_attempt_saved(self, attempt: AttemptInfo) -> None:
        self._attempts[attempt.task_id] = attempt
        if self.next_task_index() is None:
            # Reload so the questionnaire shows anything answered before a crash.
            if not self._reopen():
                return
            self._attempts = {a.task_id: a for a in self.state.attempts}
        self._route()

    def _on_questionnaire_page_finished(self) -> None:
        context = self.context
        summary = CoreCall(self, lambda: complete_session(
            context.db, context.session_id, workstation=context.workstation)).run_and_wait(context.writer)
        if summary is FAILED:
            return
        self._completed = True
        self._released = True
        self._heartbeat.stop()
        if self.participant_mode:
            self.toggle_participant_mode()
        self.summary_page.show_summary(summary)
        self._route()
        self.session_completed.emit(summary)

    def _on_summary_page_results_requested(self) -> None:
        from ui.sessions.session_record_dialog import SessionRecordDialog

        context = self.context
        dialog = CoreCall(self, lambda: SessionRecordDialog(
            context.db, context.session_id, context.staff_id, self)).run()
        if dialog is FAILED:
            return
        dialog.attempt_corrected.connect(self._on_record_dialog_attempt_corrected)
        dialog.exec()

    def _on_record_dialog_attempt_corrected(self, _attempt: object) -> None:
        context = self.context
        CoreCall(self, lambda: session_summary(context.db, context.session_id)) \
            .success(self.summary_page.show_summary).run()

    def _on_heartbeat_timeout(self) -> None:
        # In the background, after any write queued before it; never waited for.
        context = self.context
        CoreCall(self, lambda: heartbeat(context.db, context.session_id, context.workstation)) \
            .failure(self._on_lock_lost, SessionLocked) \
            .quiet(TestLabError) \
            .run_in_background(context.writer, "console.heartbeat")
        # quiet: the database may be briefly unreachable; the next beat tries again.

    def _on_lock_lost(self, error: SessionLocked) -> None:
        self._heartbeat.stop()
        self._released = True
        error_dialog.show_error(self, error)

    def confirm_close_with_timer(self) -> bool:
        """Ask before closing with a task timer running; yes pauses it, kept as paused."""
        task = self.task_page.task
        answer = QMessageBox.question(
            self, self.tr("Close the console?"),
            self.tr("The timer of “%1” is running. Close the console anyway?\n\n"
                    "The timer is paused and kept: reopen the session and press %2 "
                    "to go on timing.").replace("%1", task.title if task else "")
            .replace("%2", keys.TIMER_PAUSE),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        """A narrow window (200% on a 1366×768 screen) keeps the notes panel at its narrowest,
        so the task page's two sides are not cut."""
        narrow = event.size().width() < NARROW_WINDOW
        self.observations.setMaximumWidth(OBSERVATIONS_WIDTHS[0 if narrow else 1])
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        """Let go of the session's lock; what was entered is already in the database.
        With a task timer running, ask first; the timer is then kept, paused."""
        if (not self._released and self._page_key == "task"
                and self.task_page.timer_running()):
            if not self.confirm_close_with_timer():
                event.ignore()
                return
            self.task_page.pause_timer_for_closing()
        self._heartbeat.stop()
        self._elapsed_refresh.stop()
        if not self._released:
            self._released = True
            context = self.context
            # quiet: a stale lock expires by itself.
            CoreCall(self, lambda: release(context.db, context.session_id, context.workstation)) \
                .quiet(TestLabError).run_and_wait(context.writer)
        self.closed.emit()
        super().closeEvent(event)


def open_console(db: Database, session_id: uuid.UUID, workstation: str,
                 staff_id: uuid.UUID | None, parent: QWidget | None = None,
                 clock: Clock | None = None) -> ConsoleWindow | None:
    """Open (lock) the session on this PC and show its console; a refusal becomes a message."""
    writer = serial_runner()
    state = CoreCall(parent, lambda: open_for_recording(db, session_id, workstation)) \
        .run_and_wait(writer)
    if state is FAILED:
        return None
    window = ConsoleWindow(db, state, staff_id, clock, parent, writer=writer)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    return window
