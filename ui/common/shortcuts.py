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

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

from testlab.model.enums import Outcome

Standard = QKeySequence.StandardKey
Key: TypeAlias = str | Standard | tuple[str | Standard, ...]

# -- The main window (window-wide) ----------------------------------------------------------
FIND: Final = Standard.Find  # the current section's search box
QUIT: Final = Standard.Quit
IMPORT_RESULTS: Final = "Ctrl+I"  # File → Import results…
EXPORT_REPORT: Final = "Ctrl+Shift+P"  # File → Export report… (PDF); Results presets its product
LAB_SETTINGS: Final = (Standard.Preferences, "Ctrl+,")  # Settings → This lab PC…
SHORTCUTS_HELP: Final = Standard.HelpContents  # Help → Keyboard shortcuts (F1)
SECTION_KEYS: Final = tuple(f"Ctrl+{number}" for number in range(1, 10))  # n-th section

# -- The Sessions section: window-wide while it is shown (its menu's actions) ----------------
START_SESSION: Final = ("Return", "Enter")
ADHOC_SESSION: Final = "Ctrl+Shift+N"  # a walk-in session
REFRESH: Final = "F5"
RECORDED_RESULTS: Final = "Ctrl+R"  # also on the console's summary page
PREVIOUS_DAY: Final = "Alt+Left"
NEXT_DAY: Final = "Alt+Right"
TODAY: Final = "Alt+Home"
CHOOSE_DAY: Final = "Ctrl+D"  # the day's calendar field

# -- The Setup section's pages (centres, staff, products, studies) ------------------------
SETUP_NEW: Final = "Ctrl+Shift+A"  # an empty form: Save creates
SETUP_SAVE: Final = "Ctrl+S"
SETUP_ADD_ITEM: Final = "Ctrl+Shift+R"  # add a room / stage / task to the selected entry
SETUP_MOVE_UP: Final = "Ctrl+Shift+Up"  # stages and tasks
SETUP_MOVE_DOWN: Final = "Ctrl+Shift+Down"

# -- The Results section (page keys: they act while the section has the focus) -------------
RESULTS_COPY_TABLE: Final = "Ctrl+Shift+C"  # the table in focus, as tab-separated text
RESULTS_SAVE_TABLE: Final = "Ctrl+Shift+E"  # … as a CSV file
RESULTS_SAVE_CHART: Final = "Ctrl+Shift+G"  # the chart shown, PNG or SVG
RESULTS_NEW_FINDING: Final = "Ctrl+Shift+F"  # a finding for the selected task

# -- The Schedule section (keys of its pages; arrows move the week grid's selected slot) ----
PREVIOUS_WEEK: Final = "Alt+PgUp"
NEXT_WEEK: Final = "Alt+PgDown"
THIS_WEEK: Final = "Ctrl+T"
CHOOSE_CENTRE: Final = "Ctrl+Shift+C"  # the week's centre switch
CHOOSE_ROOM: Final = "Ctrl+Shift+O"  # the week's room switch (all rooms or one)
SLOT_OPEN: Final = ("Return", "Enter")  # book the free slot, or open the session in it
MOVE_BLOCK: Final = "M"  # pick up the selected session; arrows carry it, Return drops it
MOVE_CANCEL: Final = "Esc"  # put it back where it was
CANCEL_BOOKING: Final = "Delete"  # cancel the selected session (asks first)
ADD_PARTICIPANT: Final = "Ctrl+Shift+A"  # the participant pool
ERASE_CONTACT: Final = "Ctrl+Shift+E"

# -- A session's recorded results (its own dialog) ----------------------------------------
CORRECT_ATTEMPT: Final = "Ctrl+E"  # the current tab's Correct…; Enter works too (default)
RECORD_TASKS_TAB: Final = "Alt+1"
RECORD_OBSERVATIONS_TAB: Final = "Alt+2"
RECORD_ANSWERS_TAB: Final = "Alt+3"
MAKE_FINDING: Final = "Ctrl+Shift+F"  # from the observations selected there
ADD_TO_FINDING: Final = "Ctrl+Shift+A"  # the selected observations: more evidence of one

# -- The Findings section (page keys: while the findings log has the focus) ---------------
FINDING_NEW: Final = "Ctrl+N"
FINDING_EDIT: Final = "Ctrl+E"  # Return and double-click work too
FINDING_STATUS: Final = "Ctrl+T"  # the selected finding's status at a stage
FINDING_EXPORT: Final = "Ctrl+Shift+E"  # the product's log as CSV
FINDING_SAVE: Final = "Ctrl+S"  # in a finding's form (and the status form)

# -- The session console: anywhere in it ---------------------------------------------------
OBSERVE: Final = "Ctrl+N"
PARTICIPANT_MODE: Final = ("F11", "Ctrl+P")
BACK_TO_PAGE: Final = "Esc"
PREVIOUS_TASK: Final = "Alt+Left"  # step back to a recorded task (to correct it)
NEXT_TASK: Final = "Alt+Right"  # and forward again, to where the session stands

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
PANEL_SCROLL_DOWN: Final = "PgDown"  # the facilitator's panel, when it does not fit
PANEL_SCROLL_UP: Final = "PgUp"

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


# -- What F1 lists: every key above, screen by screen, in people's words -------------------
# The words are translated where shown (context "Shortcuts"); a test checks that every
# key constant of this module is listed here, so the help cannot drift from the keys.
HELP: Final[dict[str, tuple[tuple[Key, str], ...]]] = {
    "window": (
        (SECTION_KEYS[0], QT_TRANSLATE_NOOP("Shortcuts", "Go to the first section (Ctrl+2, Ctrl+3: the next ones)")),
        (FIND, QT_TRANSLATE_NOOP("Shortcuts", "Search the current section")),
        (IMPORT_RESULTS, QT_TRANSLATE_NOOP("Shortcuts", "Import results from a CSV file")),
        (EXPORT_REPORT, QT_TRANSLATE_NOOP("Shortcuts", "Export a product's PDF findings report")),
        (LAB_SETTINGS, QT_TRANSLATE_NOOP("Shortcuts", "Set this lab PC's centre and staff member")),
        (SHORTCUTS_HELP, QT_TRANSLATE_NOOP("Shortcuts", "Show the keyboard shortcuts of this screen")),
        (QUIT, QT_TRANSLATE_NOOP("Shortcuts", "Quit TestLab")),
    ),
    "sessions": (
        (START_SESSION, QT_TRANSLATE_NOOP("Shortcuts", "Start or resume the selected session")),
        (ADHOC_SESSION, QT_TRANSLATE_NOOP("Shortcuts", "Test a walk-in participant (new session)")),
        (RECORDED_RESULTS, QT_TRANSLATE_NOOP("Shortcuts", "Review and correct the selected session's results")),
        (REFRESH, QT_TRANSLATE_NOOP("Shortcuts", "List the day's sessions again")),
        (PREVIOUS_DAY, QT_TRANSLATE_NOOP("Shortcuts", "Previous day")),
        (NEXT_DAY, QT_TRANSLATE_NOOP("Shortcuts", "Next day")),
        (TODAY, QT_TRANSLATE_NOOP("Shortcuts", "Back to today")),
        (CHOOSE_DAY, QT_TRANSLATE_NOOP("Shortcuts", "Type or pick a day in the calendar")),
    ),
    "setup": (
        (SETUP_NEW, QT_TRANSLATE_NOOP("Shortcuts", "New entry: an empty form that Save creates")),
        (SETUP_SAVE, QT_TRANSLATE_NOOP("Shortcuts", "Save the entry")),
        (SETUP_ADD_ITEM, QT_TRANSLATE_NOOP("Shortcuts", "Add a room, stage or task to the selected entry")),
        (SETUP_MOVE_UP, QT_TRANSLATE_NOOP("Shortcuts", "Move the selected stage or task up")),
        (SETUP_MOVE_DOWN, QT_TRANSLATE_NOOP("Shortcuts", "Move the selected stage or task down")),
    ),
    "results": (
        (RESULTS_COPY_TABLE, QT_TRANSLATE_NOOP("Shortcuts", "Copy the table as tab-separated text (pastes into a "
                                   "spreadsheet)")),
        (RESULTS_SAVE_TABLE, QT_TRANSLATE_NOOP("Shortcuts", "Save the table as a CSV file")),
        (RESULTS_SAVE_CHART, QT_TRANSLATE_NOOP("Shortcuts", "Save the chart as PNG (300 dpi) or SVG")),
        (RESULTS_NEW_FINDING, QT_TRANSLATE_NOOP("Shortcuts", "New finding for the selected task")),
    ),
    "schedule": (
        (PREVIOUS_WEEK, QT_TRANSLATE_NOOP("Shortcuts", "Previous week")),
        (NEXT_WEEK, QT_TRANSLATE_NOOP("Shortcuts", "Next week")),
        (THIS_WEEK, QT_TRANSLATE_NOOP("Shortcuts", "Back to this week")),
        (CHOOSE_CENTRE, QT_TRANSLATE_NOOP("Shortcuts", "Switch the week to another centre")),
        (CHOOSE_ROOM, QT_TRANSLATE_NOOP("Shortcuts", "Show every room or one room")),
        (SLOT_OPEN, QT_TRANSLATE_NOOP("Shortcuts", "Book the selected free slot, or open the session in it "
                          "(arrow keys move the selection)")),
        (MOVE_BLOCK, QT_TRANSLATE_NOOP("Shortcuts", "Move the selected session: arrow keys carry it, Return drops it")),
        (MOVE_CANCEL, QT_TRANSLATE_NOOP("Shortcuts", "Put a session being moved back where it was")),
        (CANCEL_BOOKING, QT_TRANSLATE_NOOP("Shortcuts", "Cancel the selected session")),
        (ADD_PARTICIPANT, QT_TRANSLATE_NOOP("Shortcuts", "Add a participant to the pool, with consent")),
        (ERASE_CONTACT, QT_TRANSLATE_NOOP("Shortcuts", "Erase the selected participant's contact details")),
    ),
    "findings": (
        (FINDING_NEW, QT_TRANSLATE_NOOP("Shortcuts", "New finding of the product shown")),
        (FINDING_EDIT, QT_TRANSLATE_NOOP("Shortcuts", "Edit the selected finding (Return works too)")),
        (FINDING_STATUS, QT_TRANSLATE_NOOP("Shortcuts", "Set the selected finding's status at a stage")),
        (FINDING_EXPORT, QT_TRANSLATE_NOOP("Shortcuts", "Export the product's findings log as CSV")),
    ),
    "finding_form": (
        (FINDING_SAVE, QT_TRANSLATE_NOOP("Shortcuts", "Save the finding")),
    ),
    "recorded_results": (
        (CORRECT_ATTEMPT, QT_TRANSLATE_NOOP("Shortcuts", "Correct the selected attempt or observation, or the "
                                "questionnaire's answers (Return works too)")),
        (RECORD_TASKS_TAB, QT_TRANSLATE_NOOP("Shortcuts", "Show the tasks' attempts")),
        (RECORD_OBSERVATIONS_TAB, QT_TRANSLATE_NOOP("Shortcuts", "Show the observations")),
        (RECORD_ANSWERS_TAB, QT_TRANSLATE_NOOP("Shortcuts", "Show the questionnaire's answers")),
        (MAKE_FINDING, QT_TRANSLATE_NOOP("Shortcuts", "Make a finding from the selected observations")),
        (ADD_TO_FINDING, QT_TRANSLATE_NOOP("Shortcuts", "Add the selected observations to a finding as evidence")),
        (SHORTCUTS_HELP, QT_TRANSLATE_NOOP("Shortcuts", "Show the keyboard shortcuts of this screen")),
    ),
    "console": (
        (OBSERVE, QT_TRANSLATE_NOOP("Shortcuts", "Write an observation")),
        (PARTICIPANT_MODE, QT_TRANSLATE_NOOP("Shortcuts", "Participant mode: hide the facilitator's panel")),
        (BACK_TO_PAGE, QT_TRANSLATE_NOOP("Shortcuts", "Back to the page from an observation")),
    ),
    "checkin": (
        (CONFIRM_CONSENT, QT_TRANSLATE_NOOP("Shortcuts", "Confirm the participant's consent")),
        (CHECK_IN, QT_TRANSLATE_NOOP("Shortcuts", "Check the participant in")),
    ),
    "task": (
        (TIMER_START_STOP, QT_TRANSLATE_NOOP("Shortcuts", "Start or stop the task timer")),
        (TIMER_PAUSE, QT_TRANSLATE_NOOP("Shortcuts", "Pause the timer")),
        (TYPE_TIME, QT_TRANSLATE_NOOP("Shortcuts", "Type the time on task")),
        (TASK_NOTE, QT_TRANSLATE_NOOP("Shortcuts", "Write a note on the task")),
        (ERRORS_UP, QT_TRANSLATE_NOOP("Shortcuts", "One more error")),
        (ERRORS_DOWN, QT_TRANSLATE_NOOP("Shortcuts", "One error less")),
        (ASSISTS_UP, QT_TRANSLATE_NOOP("Shortcuts", "One more assist")),
        (ASSISTS_DOWN, QT_TRANSLATE_NOOP("Shortcuts", "One assist less")),
        (tuple(OUTCOME_KEYS.values()), QT_TRANSLATE_NOOP("Shortcuts",
            "Outcome: S success, A with assistance, F failure, G gave up, "
            "C false completion, K skipped")),
        (RATING_KEYS, QT_TRANSLATE_NOOP("Shortcuts", "Ease rating 1 (very difficult) to 7 (very easy)")),
        (SAVE_AND_NEXT, QT_TRANSLATE_NOOP("Shortcuts", "Save the attempt and go to the next task")),
        (PREVIOUS_TASK, QT_TRANSLATE_NOOP("Shortcuts", "Step back to a recorded task (to correct it)")),
        (NEXT_TASK, QT_TRANSLATE_NOOP("Shortcuts", "Step forward again, to where the session stands")),
        (PANEL_SCROLL_DOWN, QT_TRANSLATE_NOOP("Shortcuts", "Scroll the facilitator's panel down")),
        (PANEL_SCROLL_UP, QT_TRANSLATE_NOOP("Shortcuts", "Scroll the facilitator's panel up")),
    ),
    "questionnaire": (
        (ANSWER_KEYS, QT_TRANSLATE_NOOP("Shortcuts", "Answer the highlighted question")),
        (NEXT_QUESTION, QT_TRANSLATE_NOOP("Shortcuts", "Next question")),
        (PREVIOUS_QUESTION, QT_TRANSLATE_NOOP("Shortcuts", "Previous question")),
        (FINISH_QUESTIONNAIRE, QT_TRANSLATE_NOOP("Shortcuts", "Finish the questionnaire")),
    ),
    "summary": (
        (CLOSE_CONSOLE, QT_TRANSLATE_NOOP("Shortcuts", "Close the console")),
        (RECORDED_RESULTS, QT_TRANSLATE_NOOP("Shortcuts", "Review and correct the session's results")),
        (PANEL_SCROLL_DOWN, QT_TRANSLATE_NOOP("Shortcuts", "Scroll the summary down")),
        (PANEL_SCROLL_UP, QT_TRANSLATE_NOOP("Shortcuts", "Scroll the summary up")),
    ),
}
