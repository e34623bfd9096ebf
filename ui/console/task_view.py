"""The task page: the scenario in large type for the participant; timer, outcome, rating,
counts and a note for the facilitator.  Enter saves the attempt (committed at once)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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

from testlab.errors import InvalidInput
from testlab.limits import MAX_COUNT
from testlab.model import Outcome
from testlab.services.recording.attempts import (
    format_duration,
    parse_duration,
    record_attempt,
)
from testlab.services.recording.session import TaskInfo
from ui.common import shortcuts as keys
from ui.common.operations import FAILED, CoreCall
from ui.console import style
from ui.console.clock import TimerState
from ui.console.context import ConsoleContext
from ui.console.field_keys import FieldKeys
from ui.console.timer_view import TimerView

OUTCOME_NAMES = {
    Outcome.SUCCESS: "Success",
    Outcome.SUCCESS_ASSISTED: "Success with help",
    Outcome.FAILURE: "Failure",
    Outcome.GAVE_UP: "Gave up",
    Outcome.FALSE_COMPLETION: "False completion",
    Outcome.SKIPPED: "Skipped",
}
SEQ_QUESTION = "Overall, how difficult or easy was the task to complete?"
SEQ_ANCHORS = ("Very difficult", "Very easy")


def _no_focus(button: QPushButton) -> QPushButton:
    # Buttons never take the focus, so Space and Enter always reach the page's shortcuts.
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumHeight(style.TOUCH_HEIGHT - 10)
    return button


class TaskView(QWidget):
    """One task at a time; ``attempt_saved`` after the attempt is in the database."""

    attempt_saved = Signal(object)  # AttemptInfo

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._task: TaskInfo | None = None
        self._manual_seconds: float | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self._bind_keys()

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
        participant_side.addWidget(self._scenario, 1)

        self.facilitator_panel = QFrame(objectName="sidePanel")
        panel = QVBoxLayout(self.facilitator_panel)
        panel.setSpacing(style.SPACING - 4)
        self._criteria = QLabel(wordWrap=True)
        self._target = QLabel(objectName="hint")
        panel.addWidget(QLabel("Success criteria", objectName="sectionTitle"))
        panel.addWidget(self._criteria)
        panel.addWidget(self._target)
        self.timer = TimerView(self._context.clock)
        panel.addWidget(self.timer)
        self.manual_time = QLineEdit(placeholderText=f"Type the time, m:ss  [{keys.TYPE_TIME}]")
        self.manual_time.returnPressed.connect(self._on_manual_time_return_pressed)
        self.manual_time.installEventFilter(FieldKeys(self.focus_page, self))
        panel.addWidget(self.manual_time)

        panel.addWidget(QLabel("Outcome", objectName="sectionTitle"))
        self._outcomes = QButtonGroup(self)
        grid = QGridLayout()
        for index, (outcome, key) in enumerate(keys.OUTCOME_KEYS.items()):
            button = _no_focus(QPushButton(f"{OUTCOME_NAMES[outcome]}  [{key}]", checkable=True))
            button.setProperty("outcome", outcome.value)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self._outcomes.addButton(button, index)
            grid.addWidget(button, index // 2, index % 2)
        self._outcomes.idClicked.connect(self._on_outcomes_id_clicked)
        panel.addLayout(grid)

        panel.addWidget(QLabel(f"Ease: “{SEQ_QUESTION}”", wordWrap=True))
        self._ratings = QButtonGroup(self)
        ratings = QHBoxLayout()
        for value in range(1, 8):
            button = _no_focus(QPushButton(str(value), checkable=True))
            button.setMinimumWidth(36)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            self._ratings.addButton(button, value)
            ratings.addWidget(button)
        panel.addLayout(ratings)
        anchors = QHBoxLayout()
        anchors.addWidget(QLabel(f"1 = {SEQ_ANCHORS[0]}", objectName="hint"))
        anchors.addStretch(1)
        anchors.addWidget(QLabel(f"7 = {SEQ_ANCHORS[1]}", objectName="hint"))
        panel.addLayout(anchors)

        counts = QGridLayout()
        self.errors = QSpinBox(maximum=MAX_COUNT)
        self.assists = QSpinBox(maximum=MAX_COUNT)
        for row, (name, spin, up, down) in enumerate((
                ("Errors", self.errors, keys.ERRORS_UP, keys.ERRORS_DOWN),
                ("Assists", self.assists, keys.ASSISTS_UP, keys.ASSISTS_DOWN))):
            counts.addWidget(QLabel(name), row, 0)
            counts.addWidget(spin, row, 1)
            counts.addWidget(QLabel(f"{up} +1 · {keys.label(down)} −1", objectName="hint"),
                             row, 2)
        counts.setColumnStretch(2, 1)
        panel.addLayout(counts)
        self.note = QLineEdit(placeholderText=f"Note on this attempt  [{keys.TASK_NOTE}]")
        self.note.installEventFilter(FieldKeys(self.focus_page, self))
        self.note.returnPressed.connect(self.focus_page)
        panel.addWidget(self.note)
        panel.addStretch(1)
        # Outside the scrolling panel: the refusal and the save button are always in view.
        self.message = QLabel(objectName="inline", wordWrap=True)
        save = _no_focus(QPushButton(f"Save and next task  [{keys.label(keys.SAVE_AND_NEXT)}]",
                                     objectName="primary"))
        save.clicked.connect(self.save_and_next)

        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(self.facilitator_panel)
        scroller.setMinimumWidth(360)
        self._facilitator_side = QWidget()
        side = QVBoxLayout(self._facilitator_side)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(scroller, 1)
        side.addWidget(self.message)
        side.addWidget(save)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(style.MARGIN)
        layout.addLayout(participant_side, 4)
        layout.addWidget(self._facilitator_side, 5)
        self.set_participant_mode(False)

    def _bind_keys(self) -> None:
        keys.bind(self, keys.TIMER_START_STOP, self._on_space)
        keys.bind(self, keys.TIMER_PAUSE, self.timer.pause_or_resume)
        keys.bind(self, keys.TYPE_TIME, self.manual_time.setFocus)
        keys.bind(self, keys.TASK_NOTE, self.note.setFocus)
        keys.bind(self, keys.ERRORS_UP, lambda: self.errors.stepBy(1))
        keys.bind(self, keys.ERRORS_DOWN, lambda: self.errors.stepBy(-1))
        keys.bind(self, keys.ASSISTS_UP, lambda: self.assists.stepBy(1))
        keys.bind(self, keys.ASSISTS_DOWN, lambda: self.assists.stepBy(-1))
        keys.bind(self, keys.SAVE_AND_NEXT, self.save_and_next)
        for index, key in enumerate(keys.OUTCOME_KEYS.values()):
            keys.bind(self, key, lambda i=index: self._choose_outcome(i))
        for value, key in enumerate(keys.RATING_KEYS, start=1):
            keys.bind(self, key, lambda v=value: self._ratings.button(v).setChecked(True))

    # -- public ---------------------------------------------------------------------------
    def show_task(self, task: TaskInfo, number: int, total: int) -> None:
        """Show a task afresh: timer at 0:00, nothing chosen."""
        self._task = task
        self._counter.setText(f"Task {number} of {total}")
        self._title.setText(task.title)
        self._scenario.setText(task.scenario or task.title)
        self._criteria.setText(task.success_criteria or "(none written)")
        self._target.setText(f"Target time {format_duration(task.target_seconds)}"
                             if task.target_seconds else "")
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
        self.message.clear()
        self.focus_page()

    @property
    def task(self) -> TaskInfo | None:
        return self._task

    def focus_page(self) -> None:
        """Give the keyboard back to the page, where the single-key shortcuts live."""
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_participant_mode(self, on: bool) -> None:
        """Participant mode hides everything meant for the facilitator and enlarges the scenario."""
        self._facilitator_side.setVisible(not on)
        font = self._scenario.font()
        font.setPointSize(style.SCENARIO_POINTS_PARTICIPANT if on else style.SCENARIO_POINTS)
        self._scenario.setFont(font)

    def selected_outcome(self) -> Outcome | None:
        button = self._outcomes.checkedButton()
        return Outcome(button.property("outcome")) if button else None

    def selected_rating(self) -> int | None:
        value = self._ratings.checkedId()
        return value if value > 0 else None

    # -- slots ----------------------------------------------------------------------------
    def _on_space(self) -> None:
        self._manual_seconds = None
        self.manual_time.clear()
        self.timer.start_or_stop()
        self.message.clear()

    def _choose_outcome(self, index: int) -> None:
        self._outcomes.button(index).setChecked(True)
        self._on_outcomes_id_clicked(index)

    def _on_outcomes_id_clicked(self, index: int) -> None:
        # "Success with help" with no assist counted would contradict itself.
        if self.selected_outcome() == Outcome.SUCCESS_ASSISTED and self.assists.value() == 0:
            self.assists.setValue(1)

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
        return True

    def _refuse_manual_time(self, message: str) -> None:
        self.message.setText(message)
        self.manual_time.setFocus()
        self.manual_time.selectAll()

    def save_and_next(self) -> None:
        """Enter: check what is entered, record it at once, and move on."""
        if self._task is None:
            return
        outcome = self.selected_outcome()
        if outcome is None:
            letters = " ".join(keys.OUTCOME_KEYS.values())
            self.message.setText(f"Choose the outcome first ({letters}).")
            return
        if not self._apply_manual_time():
            return
        if self.timer.state in (TimerState.RUNNING, TimerState.PAUSED) and outcome != Outcome.SKIPPED:
            self.message.setText(f"Stop the timer first ({keys.label(keys.TIMER_START_STOP)}).")
            return
        seconds = self._manual_seconds if self._manual_seconds is not None else self.timer.seconds()
        if outcome == Outcome.SKIPPED:
            seconds = None
        elif not seconds:
            self.message.setText(f"No time yet: start the timer ({keys.label(keys.TIMER_START_STOP)})"
                                 f" or type it ({keys.TYPE_TIME}).")
            return
        context, task_id = self._context, self._task.id
        rating, errors, assists = self.selected_rating(), self.errors.value(), self.assists.value()
        notes = self.note.text()
        # Saved before the page moves on (see ui/common/operations.py for why it waits).
        info = CoreCall(self, lambda: record_attempt(
            context.db, context.session_id, task_id, outcome=outcome, seconds=seconds,
            rating=rating, errors=errors, assists=assists, notes=notes, by=context.staff_id,
            workstation=context.workstation)) \
            .inline(self.message, InvalidInput).run_and_wait(context.writer)
        if info is FAILED:
            return
        self.attempt_saved.emit(info)
