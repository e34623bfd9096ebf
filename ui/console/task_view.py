"""The task page: the scenario in large type for the participant; timer, outcome, rating,
counts and a note for the facilitator.  Enter saves the attempt (committed at once)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from testlab.analysis.stats import SEQ_QUESTION
from testlab.errors import InvalidInput, NotFound, TestLabError
from testlab.limits import MAX_COUNT
from testlab.model import Outcome
from testlab.services.recording.attempts import (
    AttemptInfo,
    AttemptWarning,
    attempt_warnings,
    correct_attempt,
    format_duration,
    parse_duration,
    record_attempt,
)
from testlab.services.recording.session import TaskInfo
from testlab.services.recording.timer import KeptState, KeptTimer, keep_timer
from ui.common import labels
from ui.common import shortcuts as keys
from ui.common.operations import FAILED, CoreCall
from ui.console import style
from ui.console.clock import TimerState
from ui.console.context import ConsoleContext
from ui.console.field_keys import FieldKeys
from ui.console.inline_label import InlineLabel
from ui.console.timer_view import TimerView

# The spoken words of each point of the Single Ease Question, for screen readers.
# testlab.analysis.stats.SEQ_QUESTION (the core has no Qt), marked for lupdate: shown
# translated in the context "SEQ".
_SEQ_QUESTION_WORDS = QT_TRANSLATE_NOOP("SEQ", "Overall, how difficult or easy was the task to complete?")
EASE_WORDS = {
    1: QT_TRANSLATE_NOOP("TaskView", "very difficult"),
    2: QT_TRANSLATE_NOOP("TaskView", "difficult"),
    3: QT_TRANSLATE_NOOP("TaskView", "rather difficult"),
    4: QT_TRANSLATE_NOOP("TaskView", "neither difficult nor easy"),
    5: QT_TRANSLATE_NOOP("TaskView", "rather easy"),
    6: QT_TRANSLATE_NOOP("TaskView", "easy"),
    7: QT_TRANSLATE_NOOP("TaskView", "very easy"),
}
REVEAL_MARGIN = 16  # pixels kept around a field scrolled into view
NARROW_PANEL = 500  # pixels: below this the panel's rows are stacked
PANEL_MIN_WIDTH = 260  # pixels: the facilitator's panel, its rows stacked
# A scenario with a word longer than this is cut rather than the console made wider than
# a 1366×768 screen at 200%.
SCENARIO_MIN_WIDTH_CAP = 180


def outcome_name(outcome: Outcome) -> str:
    """An outcome in the user's language ("Success with help")."""
    return QCoreApplication.translate("Outcome", labels.OUTCOMES[outcome])


def _no_focus(button: QPushButton) -> QPushButton:
    # Buttons never take the focus, so Space and Enter always reach the page's shortcuts.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


class TaskView(QWidget):
    """One task at a time; ``attempt_saved`` after the attempt is in the database.

    A task already recorded can be shown again (``show_task`` with its attempt): its
    values are loaded, a reason is asked, and saving goes through the audited correction.
    """

    attempt_saved = Signal(object)  # AttemptInfo

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._task: TaskInfo | None = None
        self._attempt: AttemptInfo | None = None  # the recorded attempt being corrected
        self._manual_seconds: float | None = None
        self._shortcuts: list[QShortcut] = []
        self.participant_mode = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._bind_keys()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self._counter = QLabel(objectName="hint")
        self._title = QLabel(objectName="taskTitle")
        self._title.setWordWrap(True)
        self._scenario = QLabel(objectName="scenario")
        self._scenario.setWordWrap(True)
        self._scenario.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._scenario.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        participant_side = QVBoxLayout()
        participant_side.addWidget(self._counter)
        participant_side.addWidget(self._title)
        # Scrolls when it does not fit (a long scenario at 200%), never cut.
        scenario_scroller = QScrollArea()
        scenario_scroller.setWidgetResizable(True)
        scenario_scroller.setFrameShape(QFrame.Shape.NoFrame)
        scenario_scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scenario_scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scenario_scroller.setWidget(self._scenario)
        participant_side.addWidget(scenario_scroller, 1)
        self._scenario_scroller = scenario_scroller

        self.facilitator_panel = QFrame(objectName="sidePanel")
        panel = QVBoxLayout(self.facilitator_panel)
        panel.setContentsMargins(8, 8, 8, 8)
        panel.setSpacing(style.SPACING - 6)
        self._criteria = QLabel(wordWrap=True)
        self._target = QLabel(objectName="hint")
        panel.addWidget(QLabel(self.tr("Success criteria"), objectName="sectionTitle"))
        panel.addWidget(self._criteria)
        panel.addWidget(self._target)
        self.timer = TimerView(self._context.clock)
        self.timer.state_changed.connect(self._on_timer_state_changed)
        panel.addWidget(self.timer)
        self.manual_time = QLineEdit(
            placeholderText=self.tr("Type the time, m:ss  [%1]").replace("%1", keys.TYPE_TIME))
        self.manual_time.setAccessibleName(self.tr("Time on task, typed (minutes:seconds)"))
        self.manual_time.returnPressed.connect(self._on_manual_time_return_pressed)
        self.manual_time.installEventFilter(FieldKeys(self.focus_page, self))
        panel.addWidget(self.manual_time)

        # No "Outcome" title: each button says what it is (and its accessible name too),
        # and the line it would take keeps the note above the fold at 1366×768.
        self._outcomes = QButtonGroup(self)
        self._outcome_grid = grid = QGridLayout()
        grid.setSpacing(6)
        for index, (outcome, key) in enumerate(keys.OUTCOME_KEYS.items()):
            button = _no_focus(QPushButton(f"{outcome_name(outcome)}  [{key}]", checkable=True))
            button.setAccessibleName(self.tr("Outcome: %1").replace("%1", outcome_name(outcome)))
            button.setProperty("outcome", outcome.value)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self._outcomes.addButton(button, index)
            grid.addWidget(button, index // 2, index % 2)
        self._outcomes.idClicked.connect(self._on_outcomes_id_clicked)
        panel.addLayout(grid)

        panel.addWidget(QLabel(self.tr("Ease: “%1”  1 = very difficult … 7 = very easy")
                               .replace("%1", QCoreApplication.translate("SEQ", SEQ_QUESTION)),
                               wordWrap=True))
        self._ratings = QButtonGroup(self)
        ratings = QHBoxLayout()
        ratings.setSpacing(6)
        for value in range(1, 8):
            button = _no_focus(QPushButton(str(value), checkable=True))
            button.setAccessibleName(self.ease_name(value))
            button.setToolTip(self.ease_name(value))
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self._ratings.addButton(button, value)
            ratings.addWidget(button)
        panel.addLayout(ratings)

        # Errors and assists side by side (one line keeps the note above the fold at
        # 1366×768), one under the other when the panel is narrow (200%).
        self._counts = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.errors = QSpinBox(maximum=MAX_COUNT)
        self.assists = QSpinBox(maximum=MAX_COUNT)
        for name, spin, up, down in (
                (self.tr("&Errors"), self.errors, keys.ERRORS_UP, keys.ERRORS_DOWN),
                (self.tr("A&ssists"), self.assists, keys.ASSISTS_UP, keys.ASSISTS_DOWN)):
            caption = QLabel(f"{name}  [{up}, {keys.label(down)}]")
            caption.setBuddy(spin)
            spin.setAccessibleName(name.replace("&", ""))
            pair = QHBoxLayout()
            pair.addWidget(caption)
            pair.addWidget(spin)
            pair.addStretch(1)
            self._counts.addLayout(pair)
        panel.addLayout(self._counts)
        self.assists.valueChanged.connect(self._show_warnings)
        self.note = QLineEdit(placeholderText=self.tr("Note on this attempt  [%1]")
                              .replace("%1", keys.TASK_NOTE))
        self.note.setAccessibleName(self.tr("Note on this attempt"))
        self.note.installEventFilter(FieldKeys(self.focus_page, self))
        self.note.returnPressed.connect(self.focus_page)
        panel.addWidget(self.note)
        # Shown only when a recorded task is stepped back to: why it is corrected.
        self.reason = QLineEdit(placeholderText=self.tr("Why is this correction made? (required)"))
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.reason.installEventFilter(FieldKeys(self.focus_page, self))
        self.reason.returnPressed.connect(self.save_and_next)
        self.reason.hide()
        panel.addWidget(self.reason)
        panel.addStretch(1)
        # Outside the scrolling panel: the refusal, the warnings and the save button are
        # always in view.
        self.message = InlineLabel()
        self.warning = InlineLabel("warning")
        self.save_button = _no_focus(QPushButton(objectName="primary"))
        self.save_button.clicked.connect(self.save_and_next)

        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setWidget(self.facilitator_panel)
        # The (stacked) panel's narrowest beside its scroll bar: nothing is cut at the side.
        self.scroller.setMinimumWidth(
            PANEL_MIN_WIDTH + self.scroller.verticalScrollBar().sizeHint().width())
        self.scroller.installEventFilter(self)
        self._facilitator_side = QWidget()
        side = QVBoxLayout(self._facilitator_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(6)
        side.addWidget(self.scroller, 1)
        side.addWidget(self.message)
        side.addWidget(self.warning)
        side.addWidget(self.save_button)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.SPACING)
        layout.addLayout(participant_side, 4)
        layout.addWidget(self._facilitator_side, 5)
        self.set_participant_mode(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        """A narrow panel (200%, a small screen) stacks the timer's and the counts' parts."""
        if watched is self.scroller and event.type() == QEvent.Type.Resize:
            narrow = self.scroller.width() < NARROW_PANEL
            self.timer.set_compact(narrow)
            columns = 1 if narrow else 2  # a narrow button would cut its words
            for index, button in enumerate(self._outcomes.buttons()):
                self._outcome_grid.addWidget(button, index // columns, index % columns)
            self._counts.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                      else QBoxLayout.Direction.LeftToRight)
        return False

    def ease_name(self, value: int) -> str:
        """"Ease 1 of 7 — very difficult": what a screen reader says for an ease button."""
        return (self.tr("Ease %1 of 7 — %2").replace("%1", str(value))
                .replace("%2", self.tr(EASE_WORDS[value])))

    def _bind_keys(self) -> None:
        def bind(key: keys.Key, slot: Callable[[], object]) -> None:
            self._shortcuts.extend(keys.bind(self, key, slot))

        # The timer's keys stay on in participant mode (they record no result; the
        # console's status line shows what they did); every other key is off there.
        keys.bind(self, keys.TIMER_START_STOP, self._on_space)
        keys.bind(self, keys.TIMER_PAUSE, self.timer.pause_or_resume)
        bind(keys.TYPE_TIME, lambda: self._focus_field(self.manual_time))
        bind(keys.TASK_NOTE, lambda: self._focus_field(self.note))
        bind(keys.ERRORS_UP, lambda: self._step(self.errors, 1))
        bind(keys.ERRORS_DOWN, lambda: self._step(self.errors, -1))
        bind(keys.ASSISTS_UP, lambda: self._step(self.assists, 1))
        bind(keys.ASSISTS_DOWN, lambda: self._step(self.assists, -1))
        bind(keys.SAVE_AND_NEXT, self.save_and_next)
        bind(keys.PANEL_SCROLL_DOWN, lambda: self._scroll_panel(1))
        bind(keys.PANEL_SCROLL_UP, lambda: self._scroll_panel(-1))
        for index, key in enumerate(keys.OUTCOME_KEYS.values()):
            bind(key, lambda i=index: self._choose_outcome(i))
        for value, key in enumerate(keys.RATING_KEYS, start=1):
            bind(key, lambda v=value: self._choose_rating(v))

    # -- public ---------------------------------------------------------------------------
    def show_task(self, task: TaskInfo, number: int, total: int,
                  attempt: AttemptInfo | None = None) -> None:
        """Show a task afresh (timer at 0:00, nothing chosen), or, given its recorded
        ``attempt``, with its values loaded for a correction.  Always scrolled to the top."""
        self._task = task
        self._attempt = attempt
        self._counter.setText(self.tr("Task %1 of %2").replace("%1", str(number))
                              .replace("%2", str(total))
                              + (self.tr(" · recorded: correcting it") if attempt else ""))
        self._title.setText(task.title)
        self._scenario.setText(task.scenario or task.title)
        self._fit_scenario()
        self._criteria.setText(task.success_criteria or self.tr("(none written)"))
        self._target.setText(self.tr("Target time %1").replace(
            "%1", format_duration(task.target_seconds)) if task.target_seconds else "")
        self.timer.reset()
        self._manual_seconds = None
        self.manual_time.clear()
        for group in (self._outcomes, self._ratings):
            group.setExclusive(False)
            for button in group.buttons():
                button.setChecked(False)
            group.setExclusive(True)
        self.errors.setValue(0)
        self.assists.setValue(0)
        self.note.clear()
        self.reason.clear()
        self.reason.setVisible(attempt is not None)
        if attempt is not None:
            self._load(attempt)
        self.message.clear()
        self._show_warnings()
        self.save_button.setText(
            (self.tr("Save the correction  [%1]") if attempt
             else self.tr("Save and next task  [%1]")).replace("%1", keys.label(keys.SAVE_AND_NEXT)))
        self.scroller.verticalScrollBar().setValue(0)
        self.focus_page()

    def _load(self, attempt: AttemptInfo) -> None:
        button = next(b for b in self._outcomes.buttons()
                      if b.property("outcome") == attempt.outcome.value)
        button.setChecked(True)
        if attempt.rating is not None:
            self._ratings.button(attempt.rating).setChecked(True)
        self.errors.setValue(attempt.errors)
        self.assists.setValue(attempt.assists)
        self.note.setText(attempt.notes)
        if attempt.seconds is not None:
            self.manual_time.setText(format_duration(attempt.seconds))
            self._manual_seconds = attempt.seconds
            self.timer.show_manual(attempt.seconds)

    @property
    def task(self) -> TaskInfo | None:
        return self._task

    @property
    def correcting(self) -> AttemptInfo | None:
        """The recorded attempt shown for a correction, if any."""
        return self._attempt

    def has_entries(self) -> bool:
        """Something is entered on a task not yet recorded (stepping away would lose it)."""
        return self._attempt is None and (
            self.timer.state != TimerState.IDLE or self.selected_outcome() is not None
            or bool(self.manual_time.text().strip()) or bool(self.note.text().strip()))

    def focus_page(self) -> None:
        """Give the keyboard back to the page, where the single-key shortcuts live."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_participant_mode(self, on: bool) -> None:
        """Participant mode hides everything meant for the facilitator, enlarges the scenario
        and turns off every key that records a result (outcome, ease, counts, note, save):
        a participant's stray key never records one.  Space and P still drive the timer,
        which the facilitator needs while the participant reads; the console's status
        line says what they did."""
        self.participant_mode = on
        self._facilitator_side.setVisible(not on)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(not on)
        font = self._scenario.font()
        font.setPointSize(style.SCENARIO_POINTS_PARTICIPANT if on else style.SCENARIO_POINTS)
        self._scenario.setFont(font)
        self._fit_scenario()

    def _fit_scenario(self) -> None:
        """The scenario's box is never narrower than its longest word (up to a cap) plus its
        scroll bar, so a narrow window (200% on a 1366×768 screen) scrolls it, never cuts it."""
        self._scenario.ensurePolished()
        bar = self._scenario_scroller.verticalScrollBar().sizeHint().width()
        widest = min(self._scenario.minimumSizeHint().width(), SCENARIO_MIN_WIDTH_CAP)
        self._scenario_scroller.setMinimumWidth(widest + bar)

    def selected_outcome(self) -> Outcome | None:
        button = self._outcomes.checkedButton()
        return Outcome(button.property("outcome")) if button else None

    def selected_rating(self) -> int | None:
        value = self._ratings.checkedId()
        return value if value > 0 else None

    # -- keeping the panel in view --------------------------------------------------------
    def _reveal(self, widget: QWidget) -> None:
        self._scroll_to_show(widget)
        # Again once the layout has settled (a field shown or restacked moves the rest).
        QTimer.singleShot(0, widget, lambda: self._scroll_to_show(widget))

    def _scroll_to_show(self, widget: QWidget) -> None:
        """Scroll the panel so all of ``widget`` is in view.  Not ``ensureWidgetVisible``:
        for a focused line edit that shows only its text cursor, not the field."""
        bar = self.scroller.verticalScrollBar()
        top = widget.mapTo(self.facilitator_panel, QPoint(0, 0)).y() - REVEAL_MARGIN
        bottom = top + widget.height() + 2 * REVEAL_MARGIN
        height = self.scroller.viewport().height()
        if top < bar.value():
            bar.setValue(top)
        elif bottom > bar.value() + height:
            bar.setValue(min(top, bottom - height))

    def _focus_field(self, field: QLineEdit) -> None:
        # Scrolled into view first: the facilitator always sees where the keys go.
        self._reveal(field)
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_app_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and self.facilitator_panel.isAncestorOf(new):
            self._reveal(new)

    def _scroll_panel(self, pages: int) -> None:
        bar = self.scroller.verticalScrollBar()
        bar.setValue(bar.value() + pages * bar.pageStep())

    def _step(self, spin: QSpinBox, step: int) -> None:
        spin.stepBy(step)
        self._reveal(spin)

    # -- slots ----------------------------------------------------------------------------
    def _on_space(self) -> None:
        self._manual_seconds = None
        self.manual_time.clear()
        self.timer.start_or_stop()
        self.message.clear()
        self._reveal(self.timer)

    def _on_timer_state_changed(self, _state: str) -> None:
        self._show_warnings()
        self._keep_timer()

    def _keep_timer(self) -> None:
        """Write the timer down as it changes (in the background, in order with every other
        write), so a crash does not lose a running timer."""
        task, stopwatch = self._task, self.timer.stopwatch
        if task is None or self._attempt is not None:
            return
        context = self._context
        task_id = task.id if stopwatch.state != TimerState.IDLE else None
        state = None if stopwatch.state == TimerState.IDLE else KeptState(stopwatch.state.value)
        milliseconds = stopwatch.elapsed_ms()
        CoreCall(self, lambda: keep_timer(context.db, context.session_id, task_id, state,
                                          milliseconds, workstation=context.workstation)) \
            .quiet(TestLabError).run_in_background(context.writer, "console.timer")
        # quiet: at worst a crash would lose this timer, as before; recording goes on.

    def restore_timer(self, kept: KeptTimer) -> None:
        """Take up the timer kept for this task (the console was closed or crashed)."""
        if self._task is None or kept.task_id != self._task.id:
            return
        note = (self.tr("Timing went on while the console was closed")
                if kept.running else self.tr("Paused when the console closed"))
        self.timer.restore(kept.milliseconds, TimerState(kept.state.value), note)

    def timer_running(self) -> bool:
        """A task timer runs (or is paused) on a task not yet recorded."""
        return self._attempt is None and self.timer.state in (TimerState.RUNNING,
                                                              TimerState.PAUSED)

    def pause_timer_for_closing(self) -> None:
        """The console closes with the timer running: pause it, kept as paused."""
        if self.timer.state == TimerState.RUNNING:
            self.timer.pause_or_resume()

    def _choose_outcome(self, index: int) -> None:
        self._outcomes.button(index).setChecked(True)
        self._on_outcomes_id_clicked(index)
        self._reveal(self._outcomes.button(index))

    def _choose_rating(self, value: int) -> None:
        self._ratings.button(value).setChecked(True)
        self._reveal(self._ratings.button(value))

    def _on_outcomes_id_clicked(self, index: int) -> None:
        # "Success with help" with no assist counted would contradict itself.
        if self.selected_outcome() == Outcome.SUCCESS_ASSISTED and self.assists.value() == 0:
            self.assists.setValue(1)
        self._show_warnings()

    def _entered_seconds(self) -> float | None:
        if self._manual_seconds is not None:
            return self._manual_seconds
        return self.timer.seconds() if self.timer.state == TimerState.STOPPED else None

    def _show_warnings(self) -> None:
        """Contradictions are pointed out beside the save button, never refused."""
        seconds = self._entered_seconds()
        words = {
            AttemptWarning.SUCCESS_WITH_ASSISTS: self.tr(
                "Success, yet assists are counted: was it “Success with help” (%1)?")
            .replace("%1", keys.OUTCOME_KEYS[Outcome.SUCCESS_ASSISTED]),
            AttemptWarning.SUCCESS_TOO_FAST: self.tr(
                "A success in %1 s is unusually quick: check the time.")
            .replace("%1", f"{seconds or 0:.0f}"),
        }
        found = attempt_warnings(self.selected_outcome(), seconds, self.assists.value())
        self.warning.setText("\n".join(words[w] for w in found))

    def _on_manual_time_return_pressed(self) -> None:
        if self._apply_manual_time():
            self.focus_page()

    def _apply_manual_time(self) -> bool:
        text = self.manual_time.text().strip()
        if not text:
            self._manual_seconds = None
            return True
        seconds = CoreCall(self, lambda: parse_duration(text)) \
            .inline(self._refuse_manual_time, InvalidInput).run()
        if seconds is FAILED:
            self._manual_seconds = None
            return False
        self._manual_seconds = seconds
        if self.timer.state in (TimerState.RUNNING, TimerState.PAUSED):
            self.timer.start_or_stop()
        self.timer.show_manual(self._manual_seconds)
        self.message.clear()
        self._show_warnings()
        return True

    def _refuse_manual_time(self, message: str) -> None:
        self.message.setText(message)
        self._focus_field(self.manual_time)
        self.manual_time.selectAll()

    def save_and_next(self) -> None:
        """Enter: check what is entered, record it at once, and move on.  A running timer
        is stopped first: Save is the facilitator's "done"."""
        if self._task is None:
            return
        outcome = self.selected_outcome()
        if outcome is None:
            letters = " ".join(keys.OUTCOME_KEYS.values())
            self.message.setText(self.tr("Choose the outcome first (%1).").replace("%1", letters))
            return
        if not self._apply_manual_time():
            return
        if self.timer.state in (TimerState.RUNNING, TimerState.PAUSED):
            self.timer.start_or_stop()
        seconds = self._entered_seconds()
        if outcome == Outcome.SKIPPED:
            seconds = None
        elif not seconds:
            self.message.setText(
                self.tr("No time yet: start the timer (%1) or type it (%2).")
                .replace("%1", keys.label(keys.TIMER_START_STOP)).replace("%2", keys.TYPE_TIME))
            return
        context, task_id = self._context, self._task.id
        rating, errors, assists = self.selected_rating(), self.errors.value(), self.assists.value()
        notes = self.note.text()
        if self._attempt is not None:
            self._save_correction(self._attempt, outcome, seconds, rating, errors, assists, notes)
            return
        # Saved before the page moves on (see ui/common/operations.py for why it waits).
        info = CoreCall(self, lambda: record_attempt(
            context.db, context.session_id, task_id, outcome=outcome, seconds=seconds,
            rating=rating, errors=errors, assists=assists, notes=notes, by=context.staff_id,
            workstation=context.workstation)) \
            .inline(self.message, InvalidInput).run_and_wait(context.writer)
        if info is FAILED:
            return
        self.attempt_saved.emit(info)

    def _save_correction(self, attempt: AttemptInfo, outcome: Outcome, seconds: float | None,
                         rating: int | None, errors: int, assists: int, notes: str) -> None:
        """A recorded task saved again: the audited correction, with its reason."""
        unchanged = (attempt.outcome, attempt.seconds, attempt.rating, attempt.errors,
                     attempt.assists, attempt.notes) == (
            outcome, seconds, rating, errors, assists, notes.strip())
        if unchanged:
            self.attempt_saved.emit(attempt)  # nothing to correct: just move on
            return
        reason = self.reason.text()
        if not reason.strip():
            self.message.setText(self.tr("Say why the attempt is corrected."))
            self._focus_field(self.reason)
            return
        staff = self._context.staff_id
        if staff is None:
            self.message.setText(self.tr(
                "A correction needs the member of staff at this PC (Settings → This lab PC…)."))
            return
        context = self._context
        info = CoreCall(self, lambda: correct_attempt(
            context.db, attempt.id, by=staff, reason=reason, outcome=outcome, seconds=seconds,
            rating=rating, errors=errors, assists=assists, notes=notes)) \
            .inline(self.message, InvalidInput, NotFound).run_and_wait(context.writer)
        if info is FAILED:
            return
        self.attempt_saved.emit(info)
