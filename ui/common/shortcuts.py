"""Every keyboard shortcut of the window and the session console, defined once, in one style.

A key is a constant: a sequence (``"Ctrl+I"``), a platform's standard key
(``QKeySequence.StandardKey.Find``), or a tuple of them bound together, the first
one that exists on this platform being the one shown on screen.  Standard keys
are turned into sequences only when bound or shown (``sequences``), since the
platform can only be asked once the QApplication exists.

Scopes: window-wide keys act anywhere in their window; page keys are bound to
their page (``WidgetWithChildrenShortcut``), so they act only while that page
has the focus and text fields keep the letters typed in them.  Two keys of the
same window (a window's keys plus any one page's) never clash:
``tests/ui/common/test_shortcuts.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final, TypeAlias

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from testlab.model.enums import Outcome

Standard = QKeySequence.StandardKey
Key: TypeAlias = str | Standard | tuple[str | Standard, ...]

# -- The main window (window-wide) ----------------------------------------------------------
FIND: Final = Standard.Find  # the current section's search box
QUIT: Final = Standard.Quit
IMPORT_RESULTS: Final = "Ctrl+I"  # File → Import results…
LAB_SETTINGS: Final = (Standard.Preferences, "Ctrl+,")  # Settings → This lab PC…
ABOUT: Final = Standard.HelpContents  # Help → About TestLab
SECTION_KEYS: Final = tuple(f"Ctrl+{number}" for number in range(1, 10))  # n-th section

# -- Today's sessions (the Sessions section's page) ---------------------------------------
START_SESSION: Final = ("Return", "Enter")
ADHOC_SESSION: Final = "Ctrl+Shift+N"
REFRESH: Final = "F5"
RECORDED_RESULTS: Final = "Ctrl+R"  # also on the console's summary page

# -- The Setup section's pages (centres, staff, products, studies) ------------------------
SETUP_NEW: Final = "Ctrl+Shift+A"  # an empty form: Save creates
SETUP_SAVE: Final = "Ctrl+S"
SETUP_ADD_ITEM: Final = "Ctrl+Shift+R"  # add a room / stage / task to the selected entry
SETUP_MOVE_UP: Final = "Ctrl+Shift+Up"  # stages and tasks
SETUP_MOVE_DOWN: Final = "Ctrl+Shift+Down"

# -- A session's recorded results (its own dialog) ----------------------------------------
CORRECT_ATTEMPT: Final = "Ctrl+E"  # Enter works too (the default button)

# -- The session console: anywhere in it ---------------------------------------------------
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
ANSWER_KEYS: Final = tuple(str(n) for n in range(10))
NEXT_QUESTION: Final = ("Down", "Tab")
PREVIOUS_QUESTION: Final = ("Up", "Backtab")
FINISH_QUESTIONNAIRE: Final = ("Ctrl+Return", "Ctrl+Enter")

# Summary page.
CLOSE_CONSOLE: Final = ("Return", "Enter")


def sequences(key: Key) -> list[QKeySequence]:
    """The key sequences ``key`` stands for on this platform, first shown first, no repeats."""
    found: list[QKeySequence] = []
    for part in key if isinstance(key, tuple) else (key,):
        candidates = (QKeySequence.keyBindings(part) if isinstance(part, Standard)
                      else [QKeySequence(part)])
        found.extend(seq for seq in candidates if not seq.isEmpty() and seq not in found)
    return found


def label(key: Key) -> str:
    """How a key is written on screen: its first sequence, in the platform's words."""
    shown = sequences(key)
    return shown[0].toString(QKeySequence.SequenceFormat.NativeText) if shown else ""


def section(number: int) -> str:
    """Ctrl+1 … Ctrl+9: go to the n-th section of the navigation list."""
    return SECTION_KEYS[number - 1]


def bind(
    widget: QWidget,
    key: Key,
    slot: Callable[[], object],
    *,
    window_wide: bool = False,
) -> list[QShortcut]:
    """Bind ``key`` (every sequence of it) to ``slot`` on ``widget`` and its children,
    or anywhere in ``widget``'s window."""
    context = (Qt.ShortcutContext.WindowShortcut if window_wide
               else Qt.ShortcutContext.WidgetWithChildrenShortcut)
    bound = []
    for sequence in sequences(key):
        shortcut = QShortcut(sequence, widget)
        shortcut.setContext(context)
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(slot)
        bound.append(shortcut)
    return bound


def set_on(action: QAction, key: Key) -> QAction:
    """Give ``action`` every sequence of ``key`` (the menu shows the first)."""
    action.setShortcuts(sequences(key))
    return action
