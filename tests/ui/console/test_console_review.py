"""The console after the usability review (issue 10): fit at 1366×768, focus kept in view at
200%, every task at the top, participant-mode keys, warnings, saving with the timer running,
the NPS digit, the summary's figures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database
from testlab.services import sessions as svc
from testlab.services.recording.attempts import (
    AttemptWarning,
    attempt_warnings,
    record_attempt,
)
from testlab.services.recording.notes import add_observation
from testlab.services.recording.questionnaire import answer_questionnaire
from testlab.services.recording.session import (
    NpsCategory,
    complete_session,
    open_for_recording,
    session_summary,
)
from tests.ui.console.test_console import PC, FakeClock, key, type_text
from tests.ui.lab_world import build_lab
from tests.unit.test_recording_world import Lab
from ui.console import ConsoleWindow
from ui.console.clock import TimerState
from ui.console.summary_view import SummaryView

MAXIMISED = (1366, 728)  # 1366×768 less a 40-pixel taskbar
AT_200_PERCENT = (683, 364)  # the same screen in logical pixels at QT_SCALE_FACTOR=2


@pytest.fixture
def lab(sqlite_db: Database) -> Lab:
    lab = build_lab(sqlite_db)
    svc.check_in(sqlite_db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    return lab


def console(qtbot: QtBot, db: Database, lab: Lab, clock: FakeClock,
            size: tuple[int, int] = MAXIMISED) -> ConsoleWindow:
    window = ConsoleWindow(db, open_for_recording(db, lab.session_id, PC), lab.staff_id, clock)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def in_view(window: ConsoleWindow, widget: QWidget) -> bool:
    """``widget`` lies wholly inside the task panel's visible viewport."""
    viewport = window.task_page.scroller.viewport()
    box = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
    return widget.isVisible() and viewport.rect().contains(box)


def facilitator_fields(window: ConsoleWindow) -> list[QWidget]:
    page = window.task_page
    return [page.timer, page.manual_time, *page._outcomes.buttons(),
            *page._ratings.buttons(), page.errors, page.assists, page.note]


def test_the_task_page_fits_a_maximised_window_at_1366x768(
    qtbot: QtBot, sqlite_db: Database, lab: Lab
) -> None:
    window = console(qtbot, sqlite_db, lab, FakeClock())
    qtbot.waitUntil(lambda: window.task_page.scroller.viewport().height() > 0)
    assert window.size().toTuple() == MAXIMISED
    hidden = [f.accessibleName() or type(f).__name__ for f in facilitator_fields(window)
              if not in_view(window, f)]
    assert hidden == []
    assert window.task_page.scroller.verticalScrollBar().maximum() == 0


def test_at_200_percent_the_focused_field_is_scrolled_into_view(
    qtbot: QtBot, sqlite_db: Database, lab: Lab
) -> None:
    window = console(qtbot, sqlite_db, lab, FakeClock(), AT_200_PERCENT)
    page = window.task_page
    bar = page.scroller.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # the panel does not fit: it scrolls
    assert not in_view(window, page.note)
    key(qtbot, window, "n")  # N never types into a field out of sight
    assert window.focusWidget() is page.note
    qtbot.waitUntil(lambda: in_view(window, page.note))
    key(qtbot, window, Qt.Key.Key_Escape)
    key(qtbot, window, "t")
    assert window.focusWidget() is page.manual_time
    qtbot.waitUntil(lambda: in_view(window, page.manual_time))
    key(qtbot, window, Qt.Key.Key_Escape)
    key(qtbot, window, "h")  # a key that changes a count shows the count
    assert page.assists.value() == 1
    qtbot.waitUntil(lambda: in_view(window, page.assists))
    # The panel scrolls by keyboard.
    bar.setValue(0)
    key(qtbot, window, Qt.Key.Key_PageDown)
    assert bar.value() > 0
    key(qtbot, window, Qt.Key.Key_PageUp)
    assert bar.value() == 0


def test_every_task_opens_at_the_top(qtbot: QtBot, sqlite_db: Database, lab: Lab) -> None:
    clock = FakeClock()
    window = console(qtbot, sqlite_db, lab, clock, AT_200_PERCENT)
    page = window.task_page
    key(qtbot, window, "n")
    type_text(qtbot, window, "scrolled down")
    key(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.scroller.verticalScrollBar().value() > 0)
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(40)
    key(qtbot, window, "f")
    key(qtbot, window, Qt.Key.Key_Return)
    assert page.task.id == lab.task_ids[1]
    qtbot.wait(50)  # any reveal still queued from the last task has run
    assert page.scroller.verticalScrollBar().value() == 0
    assert in_view(window, page._criteria)


def test_save_with_the_timer_running_stops_it_and_saves(
    qtbot: QtBot, sqlite_db: Database, lab: Lab
) -> None:
    clock = FakeClock()
    window = console(qtbot, sqlite_db, lab, clock)
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(33.3)
    key(qtbot, window, "s")
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.task_page.task.id == lab.task_ids[1]
    with sqlite_db.session_factory() as s:
        attempt = s.scalars(select(m.TaskAttempt)).one()
        assert (attempt.outcome, attempt.seconds) == (m.Outcome.SUCCESS, 33.3)


def test_contradictions_are_warned_inline_not_refused(
    qtbot: QtBot, sqlite_db: Database, lab: Lab
) -> None:
    assert attempt_warnings(m.Outcome.SUCCESS, 2.0, 1) == (
        AttemptWarning.SUCCESS_WITH_ASSISTS, AttemptWarning.SUCCESS_TOO_FAST)
    assert attempt_warnings(m.Outcome.FAILURE, 2.0, 3) == ()
    clock = FakeClock()
    window = console(qtbot, sqlite_db, lab, clock)
    page = window.task_page
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(2)
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, "s")
    assert "2 s" in page.warning.text() and page.warning.isVisible()
    key(qtbot, window, "h")
    assert "Success with help" in page.warning.text()
    key(qtbot, window, "h", Qt.KeyboardModifier.ShiftModifier)
    assert "Success with help" not in page.warning.text()
    key(qtbot, window, "h")
    key(qtbot, window, Qt.Key.Key_Return)  # a warning never blocks
    assert page.task.id == lab.task_ids[1]
    assert not page.warning.isVisible()  # and does not stay on the next task
    with sqlite_db.session_factory() as s:
        attempt = s.scalars(select(m.TaskAttempt)).one()
        assert (attempt.outcome, attempt.seconds, attempt.assists) == (m.Outcome.SUCCESS, 2.0, 1)


def test_in_participant_mode_a_stray_key_records_nothing(
    qtbot: QtBot, sqlite_db: Database, lab: Lab
) -> None:
    clock = FakeClock()
    window = console(qtbot, sqlite_db, lab, clock)
    page = window.task_page
    key(qtbot, window, Qt.Key.Key_F11)
    assert window.status_line.isVisible()
    key(qtbot, window, Qt.Key.Key_Space)  # the timer's key works, and says so discreetly
    assert page.timer.state == TimerState.RUNNING
    assert "timer running" in window.status_line.text()
    clock.advance(20)
    for stray in ("s", "f", "4", "e", "h", "n", "t"):
        key(qtbot, window, stray)
    key(qtbot, window, Qt.Key.Key_Return)
    assert page.selected_outcome() is None and page.selected_rating() is None
    assert (page.errors.value(), page.assists.value(), page.note.text()) == (0, 0, "")
    assert page.task.id == lab.task_ids[0]
    with sqlite_db.session_factory() as s:
        assert s.scalars(select(m.TaskAttempt)).all() == []
    key(qtbot, window, Qt.Key.Key_F11)
    assert not window.status_line.isVisible()
    key(qtbot, window, "s")  # back to the facilitator: the keys record again
    assert page.selected_outcome() == m.Outcome.SUCCESS


def _to_questionnaire(db: Database, lab: Lab) -> None:
    open_for_recording(db, lab.session_id, PC)
    for task_id in lab.task_ids:
        record_attempt(db, lab.session_id, task_id, outcome="success", seconds=30, rating=6, errors=0, assists=0, notes="", by=None)


def test_the_nps_digit_moves_on_and_the_last_items_come_into_view(
    qtbot: QtBot, sqlite_db: Database, lab: Lab
) -> None:
    _to_questionnaire(sqlite_db, lab)
    window = console(qtbot, sqlite_db, lab, FakeClock(), AT_200_PERCENT)
    page = window.questionnaire_page
    assert window.current_page() == "questionnaire"
    viewport = page._scroller.viewport()

    def shown(widget: QWidget) -> bool:
        box = QRect(widget.mapTo(viewport, QPoint(0, 0)), widget.size())
        return viewport.rect().intersects(box) and box.top() >= 0

    for _ in range(10):
        key(qtbot, window, "3")
    assert page.current_index() == 10 and shown(page.rows[10])
    key(qtbot, window, "8")  # one key on 0-10 and the page moves on
    assert page.current_index() == 11
    qtbot.waitUntil(lambda: shown(page.rows[11]))  # item 12 is scrolled into view
    key(qtbot, window, Qt.Key.Key_Up)
    key(qtbot, window, "1")  # may begin "10": kept, then moves on by itself
    assert page.rows[10].value() == 1
    qtbot.waitUntil(lambda: page.current_index() == 11, timeout=3000)
    key(qtbot, window, Qt.Key.Key_Up)
    key(qtbot, window, "1")
    key(qtbot, window, "0")
    assert page.rows[10].value() == 10 and page.current_index() == 11


def test_the_summary_shows_sus_nps_notes_and_counts_right(
    qtbot: QtBot, sqlite_db: Database, lab: Lab
) -> None:
    _to_questionnaire(sqlite_db, lab)
    for i, answer in enumerate([4, 2, 5, 1, 4, 2, 5, 1, 4, 3], start=1):
        answer_questionnaire(sqlite_db, lab.session_id, f"sus_{i}", answer)
    answer_questionnaire(sqlite_db, lab.session_id, "recommend", 6)
    answer_questionnaire(sqlite_db, lab.session_id, "comments", "Fine.")
    add_observation(sqlite_db, lab.session_id, elapsed_seconds=12.0, text="Lost at the filter", tags=[], task_id=None, by=None)
    summary = complete_session(sqlite_db, lab.session_id)
    assert summary.sus_score == 82.5 and summary.nps_category == NpsCategory.DETRACTOR
    assert summary.questionnaire_items_answered == 12  # 11 scales + comments of 13
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(session_summary(sqlite_db, lab.session_id))
    assert view.totals.text().endswith("· 1 observation")
    text = view.questionnaire.text()
    assert "12 of 13 answered" in text and "SUS 82.5 ·" in text
    assert "detractor" in text
    assert "Lost at the filter" in view.notes.text()


def test_step_back_to_a_recorded_task_and_correct_it_with_its_history(
    qtbot: QtBot, sqlite_db: Database, lab: Lab
) -> None:
    clock = FakeClock()
    window = console(qtbot, sqlite_db, lab, clock)
    page = window.task_page
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(50)
    key(qtbot, window, "f")
    key(qtbot, window, "2")
    key(qtbot, window, Qt.Key.Key_Return)
    assert page.task.id == lab.task_ids[1]
    key(qtbot, window, Qt.Key.Key_Space)  # something entered: stepping away is refused
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.task.id == lab.task_ids[1] and "Save this task first" in page.message.text()
    key(qtbot, window, Qt.Key.Key_Space)
    page.timer.reset()
    key(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    # Task 1 again, its values loaded.
    assert page.task.id == lab.task_ids[0] and page.correcting is not None
    assert (page.selected_outcome(), page.selected_rating()) == (m.Outcome.FAILURE, 2)
    assert page.manual_time.text() == "0:50" and page.reason.isVisible()
    key(qtbot, window, "g")
    key(qtbot, window, Qt.Key.Key_Return)  # a correction needs its reason
    assert "why" in page.message.text().lower() and window.focusWidget() is page.reason
    type_text(qtbot, window, "Participant said she gave up")
    key(qtbot, window, Qt.Key.Key_Return)
    assert page.task.id == lab.task_ids[1] and page.correcting is None  # back where it stood
    with sqlite_db.session_factory() as s:
        attempt = s.scalars(select(m.TaskAttempt)).one()
        assert attempt.outcome == m.Outcome.GAVE_UP and attempt.seconds == 50.0
        [revision] = attempt.revisions
        assert revision.reason == "Participant said she gave up"
        assert revision.previous["outcome"] == "failure"
        assert revision.changed_by_id == lab.staff_id


def _writes_done(window: ConsoleWindow) -> None:
    """Wait for every write queued on the console's serial writer."""
    from ui.common.operations import CoreCall

    CoreCall(window, lambda: None).run_and_wait(window.context.writer)


def test_a_running_timer_survives_a_crash_and_goes_on_timing(
    qtbot: QtBot, sqlite_db: Database, lab: Lab
) -> None:
    clock = FakeClock()
    first = console(qtbot, sqlite_db, lab, clock)
    key(qtbot, first, Qt.Key.Key_Space)
    clock.advance(25)
    _writes_done(first)
    first.hide()  # the PC crashes: nothing more is written, the lock is not let go
    # The console opens again on this PC 60 seconds later.
    later = datetime.now(UTC) + timedelta(seconds=60)
    state = open_for_recording(sqlite_db, lab.session_id, PC, now=later)
    assert state.timer is not None and state.timer.task_id == lab.task_ids[0]
    assert state.timer.running and state.timer.milliseconds >= 59_000
    second = ConsoleWindow(sqlite_db, state, lab.staff_id, FakeClock())
    qtbot.addWidget(second)
    second.show()
    page = second.task_page
    assert page.task.id == lab.task_ids[0] and page.timer.state == TimerState.RUNNING
    assert page.timer.seconds() >= 59
    assert "went on" in page.timer._state.text()


def test_closing_with_the_timer_running_asks_and_keeps_it_paused(
    qtbot: QtBot, sqlite_db: Database, lab: Lab, close_questions: list[str]
) -> None:
    clock = FakeClock()
    window = console(qtbot, sqlite_db, lab, clock)
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(42)
    close_questions.append("no")
    window.close()
    assert window.isVisible() and "is running" in close_questions[-1]  # "No" keeps it open
    assert window.task_page.timer.state == TimerState.RUNNING
    window.close()  # "Yes"
    assert not window.isVisible()
    state = open_for_recording(sqlite_db, lab.session_id, PC,
                               now=datetime.now(UTC) + timedelta(minutes=10))
    assert state.timer is not None and not state.timer.running
    assert state.timer.milliseconds == 42_000
    # The ten minutes the console was closed are not the session's time.
    assert state.elapsed_seconds < 60


def nameless(root: QWidget) -> list[str]:
    """Focusable controls under ``root`` with neither an accessible name nor a label buddy."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel

    buddies = {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy()}
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        parent = widget.parentWidget()
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) or widget.window() is not root:
            continue  # a spin box's or combo box's own editor or pop-up: its owner is named
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isEnabled():
            continue
        if widget.accessibleName() or id(widget) in buddies or widget is root:
            continue
        if isinstance(widget, QAbstractButton) and any(c.isalpha() for c in widget.text()):
            continue  # a button's words are its name (a bare "4" is not)
        found.append(f"{type(widget).__name__}:{widget.objectName()}")
    return found


def test_every_focusable_control_of_the_console_says_what_it_is(
    qtbot: QtBot, sqlite_db: Database, lab: Lab
) -> None:
    window = console(qtbot, sqlite_db, lab, FakeClock())
    assert nameless(window) == []
    page = window.task_page
    assert [b.accessibleName() for b in page._ratings.buttons()][::6] == [
        "Ease 1 of 7 — very difficult", "Ease 7 of 7 — very easy"]
    assert window.questionnaire_page.rows[10].group.button(10).accessibleName() == (
        "Question 11, answer 10 — Extremely likely")
    from ui.console.adhoc_dialog import AdhocSessionDialog

    dialog = AdhocSessionDialog(sqlite_db, "MAD", lab.staff_id)
    qtbot.addWidget(dialog)
    assert nameless(dialog) == []
    assert dialog.windowTitle().startswith("Walk-in session")
