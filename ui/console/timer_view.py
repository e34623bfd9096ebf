"""The large task timer: mm:ss from a ``Stopwatch``, refreshed by a QTimer for display only."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from testlab.services.recording.attempts import format_duration
from ui.common import shortcuts as keys
from ui.console import style
from ui.console.clock import Clock, Stopwatch, TimerState

_STATE_TEXT = {
    TimerState.IDLE: QT_TRANSLATE_NOOP("TimerView", "Ready"),
    TimerState.RUNNING: QT_TRANSLATE_NOOP("TimerView", "Timing…"),
    TimerState.PAUSED: QT_TRANSLATE_NOOP("TimerView", "Paused: interruption not counted"),
    TimerState.STOPPED: QT_TRANSLATE_NOOP("TimerView", "Stopped"),
}


class TimerView(QWidget):
    """Shows and drives the task's stopwatch; the time itself always comes from the clock."""

    state_changed = Signal(str)

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stopwatch = Stopwatch(clock)
        self._display = QLabel("0:00", objectName="timer")
        font = self._display.font()
        font.setPointSize(style.TIMER_POINTS)
        font.setStyleHint(QFont.StyleHint.Monospace)
        self._display.setFont(font)
        self._state = QLabel(self.tr(_STATE_TEXT[TimerState.IDLE]), objectName="timerState")
        self._start_button = QPushButton()
        self._pause_button = QPushButton()
        for button in (self._start_button, self._pause_button):
            button.setFocusPolicy(button.focusPolicy().NoFocus)
            button.setMinimumHeight(style.TOUCH_HEIGHT - 8)
        self._start_button.clicked.connect(self.start_or_stop)
        self._pause_button.clicked.connect(self.pause_or_resume)
        shown = QHBoxLayout()
        shown.addWidget(self._display)
        shown.addWidget(self._state, 1, Qt.AlignmentFlag.AlignBottom)
        # Side by side: the timer row is no taller than its figure (fit at 1366×768).
        buttons = QHBoxLayout()
        buttons.addWidget(self._start_button)
        buttons.addWidget(self._pause_button)
        self._layout = layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(shown, 1)
        layout.addLayout(buttons, 1)
        self._refresh = QTimer(self)
        self._refresh.setInterval(200)
        self._refresh.timeout.connect(self._on_refresh_timeout)
        self._show()

    def set_compact(self, on: bool) -> None:
        """The buttons under the figure (a narrow panel) or beside it."""
        self._layout.setDirection(QBoxLayout.Direction.TopToBottom if on
                                  else QBoxLayout.Direction.LeftToRight)

    def seconds(self) -> float:
        """Time on task so far, to a tenth of a second."""
        return round(self.stopwatch.elapsed_ms() / 1000.0, 1)

    @property
    def state(self) -> TimerState:
        return self.stopwatch.state

    def start_or_stop(self) -> None:
        self.stopwatch.start_or_stop()
        self._show()

    def pause_or_resume(self) -> None:
        self.stopwatch.pause_or_resume()
        self._show()

    def reset(self) -> None:
        self.stopwatch.reset()
        self._show()

    def restore(self, milliseconds: int, state: TimerState, note: str) -> None:
        """Take up a kept timer (after a crash or a close) and say so under the figure."""
        self.stopwatch.restore(milliseconds, state)
        self._show()
        self._state.setText(note)

    def show_manual(self, seconds: float) -> None:
        """Show a typed time instead of the stopwatch's (the stopwatch stays as it was)."""
        self._display.setText(format_duration(seconds))
        self._state.setText(self.tr("Typed by hand"))

    def _on_refresh_timeout(self) -> None:
        self._display.setText(format_duration(self.stopwatch.elapsed_ms() / 1000.0))

    def _show(self) -> None:
        state = self.stopwatch.state
        self._on_refresh_timeout()
        self._state.setText(self.tr(_STATE_TEXT[state]))
        running = state == TimerState.RUNNING
        if running:
            self._refresh.start()
        else:
            self._refresh.stop()
        start_word = {TimerState.IDLE: self.tr("Start"),
                      TimerState.STOPPED: self.tr("Continue")}.get(state, self.tr("Stop"))
        self._start_button.setText(f"{start_word}  [{keys.label(keys.TIMER_START_STOP)}]")
        pause_word = self.tr("Resume") if state == TimerState.PAUSED else self.tr("Pause")
        self._pause_button.setText(f"{pause_word}  [{keys.TIMER_PAUSE}]")
        self._pause_button.setEnabled(state in (TimerState.RUNNING, TimerState.PAUSED))
        self.state_changed.emit(state.value)
