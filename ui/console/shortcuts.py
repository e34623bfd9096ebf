"""Every key of the session console, defined once and shown on screen from here.

Page keys are bound to their page (``WidgetWithChildrenShortcut``), so they act
only while that page has the focus; text fields keep the letters typed in them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from testlab.model import Outcome

# Anywhere in the console.
OBSERVE: Final = "Ctrl+N"
PARTICIPANT_MODE: Final = ("F11", "Ctrl+P")
BACK_TO_PAGE: Final = "Esc"

# Check-in page.
CONFIRM_CONSENT: Final = "Space"
CHECK_IN: Final = ("Return", "Enter")

# Task page.
TIMER_START_STOP: Final = "Space"
TIMER_PAUSE: Final = "P"
TYPE_TIME: Final = "T"
TASK_NOTE: Final = "N"
ERRORS_UP: Final = "E"
ERRORS_DOWN: Final = "Shift+E"
ASSISTS_UP: Final = "H"
ASSISTS_DOWN: Final = "Shift+H"
SAVE_AND_NEXT: Final = ("Return", "Enter")
OUTCOME_KEYS: Final[dict[Outcome, str]] = {
    Outcome.SUCCESS: "S",
    Outcome.SUCCESS_ASSISTED: "A",
    Outcome.FAILURE: "F",
    Outcome.GAVE_UP: "G",
    Outcome.FALSE_COMPLETION: "C",
    Outcome.SKIPPED: "K",
}
RATING_KEYS: Final = tuple(str(n) for n in range(1, 8))

# Questionnaire page (digits answer the highlighted question).
NEXT_QUESTION: Final = ("Down", "Tab")
PREVIOUS_QUESTION: Final = ("Up", "Backtab")
FINISH_QUESTIONNAIRE: Final = ("Ctrl+Return", "Ctrl+Enter")

# Summary page.
CLOSE_CONSOLE: Final = ("Return", "Enter")


def label(key: str | tuple[str, ...]) -> str:
    """How a key is written on screen: the first of its sequences, in the platform's words."""
    first = key[0] if isinstance(key, tuple) else key
    return QKeySequence(first).toString(QKeySequence.SequenceFormat.NativeText) or first


def bind(
    widget: QWidget,
    key: str | tuple[str, ...],
    slot: Callable[[], object],
    *,
    window_wide: bool = False,
) -> list[QShortcut]:
    """Bind ``key`` (one sequence or several) to ``slot`` on ``widget`` and its children."""
    context = (Qt.ShortcutContext.WindowShortcut if window_wide
               else Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcuts = []
    for sequence in (key if isinstance(key, tuple) else (key,)):
        shortcut = QShortcut(QKeySequence(sequence), widget)
        shortcut.setContext(context)
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(slot)
        shortcuts.append(shortcut)
    return shortcuts


class FieldKeys(QObject):
    """Lets a line edit keep Return and Esc for itself instead of the page's shortcuts."""

    _KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)

    def __init__(self, on_escape: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._on_escape = on_escape

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(event, QKeyEvent):
            return False
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in self._KEYS and plain:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self._on_escape()
            return True
        return False

# Today's sessions (ui/sessions/sessions_view.py).
START_SESSION: Final = ("Return", "Enter")
ADHOC_SESSION: Final = "Ctrl+Shift+N"
REFRESH: Final = "F5"
RECORDED_RESULTS: Final = "Ctrl+R"
