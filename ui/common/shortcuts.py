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
def _noop(text: str) -> str:
    return text


HELP: Final[dict[str, tuple[tuple[Key, str], ...]]] = {
    "window": (
        (SECTION_KEYS[0], _noop("Go to the first section (Ctrl+2, Ctrl+3: the next ones)")),
        (FIND, _noop("Search the current section")),
        (IMPORT_RESULTS, _noop("Import results from a CSV file")),
        (EXPORT_REPORT, _noop("Export a product's PDF findings report")),
        (LAB_SETTINGS, _noop("Set this lab PC's centre and staff member")),
        (SHORTCUTS_HELP, _noop("Show the keyboard shortcuts of this screen")),
        (QUIT, _noop("Quit TestLab")),
    ),
    "sessions": (
        (START_SESSION, _noop("Start or resume the selected session")),
        (ADHOC_SESSION, _noop("Test a walk-in participant (new session)")),
        (RECORDED_RESULTS, _noop("Review and correct the selected session's results")),
        (REFRESH, _noop("List the day's sessions again")),
        (PREVIOUS_DAY, _noop("Previous day")),
        (NEXT_DAY, _noop("Next day")),
        (TODAY, _noop("Back to today")),
        (CHOOSE_DAY, _noop("Type or pick a day in the calendar")),
    ),
    "setup": (
        (SETUP_NEW, _noop("New entry: an empty form that Save creates")),
        (SETUP_SAVE, _noop("Save the entry")),
        (SETUP_ADD_ITEM, _noop("Add a room, stage or task to the selected entry")),
        (SETUP_MOVE_UP, _noop("Move the selected stage or task up")),
        (SETUP_MOVE_DOWN, _noop("Move the selected stage or task down")),
    ),
    "results": (
        (RESULTS_COPY_TABLE, _noop("Copy the table as tab-separated text (pastes into a "
                                   "spreadsheet)")),
        (RESULTS_SAVE_TABLE, _noop("Save the table as a CSV file")),
        (RESULTS_SAVE_CHART, _noop("Save the chart as PNG (300 dpi) or SVG")),
        (RESULTS_NEW_FINDING, _noop("New finding for the selected task")),
    ),
    "schedule": (
        (PREVIOUS_WEEK, _noop("Previous week")),
        (NEXT_WEEK, _noop("Next week")),
        (THIS_WEEK, _noop("Back to this week")),
        (CHOOSE_CENTRE, _noop("Switch the week to another centre")),
        (CHOOSE_ROOM, _noop("Show every room or one room")),
        (SLOT_OPEN, _noop("Book the selected free slot, or open the session in it "
                          "(arrow keys move the selection)")),
        (MOVE_BLOCK, _noop("Move the selected session: arrow keys carry it, Return drops it")),
        (MOVE_CANCEL, _noop("Put a session being moved back where it was")),
        (CANCEL_BOOKING, _noop("Cancel the selected session")),
        (ADD_PARTICIPANT, _noop("Add a participant to the pool, with consent")),
        (ERASE_CONTACT, _noop("Erase the selected participant's contact details")),
    ),
    "findings": (
        (FINDING_NEW, _noop("New finding of the product shown")),
        (FINDING_EDIT, _noop("Edit the selected finding (Return works too)")),
        (FINDING_STATUS, _noop("Set the selected finding's status at a stage")),
        (FINDING_EXPORT, _noop("Export the product's findings log as CSV")),
    ),
    "finding_form": (
        (FINDING_SAVE, _noop("Save the finding")),
    ),
    "recorded_results": (
        (CORRECT_ATTEMPT, _noop("Correct the selected attempt or observation, or the "
                                "questionnaire's answers (Return works too)")),
        (RECORD_TASKS_TAB, _noop("Show the tasks' attempts")),
        (RECORD_OBSERVATIONS_TAB, _noop("Show the observations")),
        (RECORD_ANSWERS_TAB, _noop("Show the questionnaire's answers")),
        (MAKE_FINDING, _noop("Make a finding from the selected observations")),
        (ADD_TO_FINDING, _noop("Add the selected observations to a finding as evidence")),
        (SHORTCUTS_HELP, _noop("Show the keyboard shortcuts of this screen")),
    ),
    "console": (
        (OBSERVE, _noop("Write an observation")),
        (PARTICIPANT_MODE, _noop("Participant mode: hide the facilitator's panel")),
        (BACK_TO_PAGE, _noop("Back to the page from an observation")),
    ),
    "checkin": (
        (CONFIRM_CONSENT, _noop("Confirm the participant's consent")),
        (CHECK_IN, _noop("Check the participant in")),
    ),
    "task": (
        (TIMER_START_STOP, _noop("Start or stop the task timer")),
        (TIMER_PAUSE, _noop("Pause the timer")),
        (TYPE_TIME, _noop("Type the time on task")),
        (TASK_NOTE, _noop("Write a note on the task")),
        (ERRORS_UP, _noop("One more error")),
        (ERRORS_DOWN, _noop("One error less")),
        (ASSISTS_UP, _noop("One more assist")),
        (ASSISTS_DOWN, _noop("One assist less")),
        (tuple(OUTCOME_KEYS.values()), _noop(
            "Outcome: S success, A with assistance, F failure, G gave up, "
            "C false completion, K skipped")),
        (RATING_KEYS, _noop("Ease rating 1 (very difficult) to 7 (very easy)")),
        (SAVE_AND_NEXT, _noop("Save the attempt and go to the next task")),
        (PREVIOUS_TASK, _noop("Step back to a recorded task (to correct it)")),
        (NEXT_TASK, _noop("Step forward again, to where the session stands")),
        (PANEL_SCROLL_DOWN, _noop("Scroll the facilitator's panel down")),
        (PANEL_SCROLL_UP, _noop("Scroll the facilitator's panel up")),
    ),
    "questionnaire": (
        (ANSWER_KEYS, _noop("Answer the highlighted question")),
        (NEXT_QUESTION, _noop("Next question")),
        (PREVIOUS_QUESTION, _noop("Previous question")),
        (FINISH_QUESTIONNAIRE, _noop("Finish the questionnaire")),
    ),
    "summary": (
        (CLOSE_CONSOLE, _noop("Close the console")),
        (RECORDED_RESULTS, _noop("Review and correct the session's results")),
        (PANEL_SCROLL_DOWN, _noop("Scroll the summary down")),
        (PANEL_SCROLL_UP, _noop("Scroll the summary up")),
    ),
}
