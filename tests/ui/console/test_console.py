"""The session console driven by the keyboard alone, from check-in to questionnaire,
then every value checked in the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database
from testlab.services.recording.session import open_for_recording
from tests.ui.lab_world import Lab, build_lab
from ui.console import ConsoleWindow
from ui.console.clock import TimerState

PC = "LAB-PC-03"


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.ms = 1_000_000

    def now_ms(self) -> int:
        return self.ms

    def advance(self, seconds: float) -> None:
        self.ms += int(seconds * 1000)


def key(qtbot: QtBot, window: ConsoleWindow, k: Qt.Key | str,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is, as a facilitator would."""
    target = window.focusWidget() or window
    qtbot.keyClick(target, k, modifier)


def type_text(qtbot: QtBot, window: ConsoleWindow, text: str) -> None:
    qtbot.keyClicks(window.focusWidget() or window, text)


@pytest.fixture
def lab(sqlite_db: Database) -> Lab:
    return build_lab(sqlite_db)


def open_window(qtbot: QtBot, db: Database, lab: Lab, clock: FakeClock) -> ConsoleWindow:
    state = open_for_recording(db, lab.session_id, PC)
    window = ConsoleWindow(db, state, lab.staff_id, clock)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    return window


def test_a_whole_session_by_keyboard_alone(qtbot: QtBot, sqlite_db: Database, lab: Lab) -> None:
    clock = FakeClock()
    window = open_window(qtbot, sqlite_db, lab, clock)
    assert window.current_page() == "checkin"

    # Check-in: Enter without consent is refused where typed; Space ticks it; Enter checks in.
    key(qtbot, window, Qt.Key.Key_Return)
    assert "consent" in window.checkin_page.message.text().lower()
    assert window.current_page() == "checkin"
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.current_page() == "task"
    assert window.task_page.task.id == lab.task_ids[0]

    # Task 1: Space start, 2 minutes pass with a 30-second pause, Space stop, S, 6, E E, Enter.
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(50)
    key(qtbot, window, "p")
    clock.advance(30)  # an interruption: not the participant's time
    key(qtbot, window, "p")
    clock.advance(42.4)
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.task_page.timer.state == TimerState.STOPPED
    key(qtbot, window, "s")
    key(qtbot, window, "6")
    key(qtbot, window, "e")
    key(qtbot, window, "e")
    key(qtbot, window, "e", Qt.KeyboardModifier.ShiftModifier)
    key(qtbot, window, "n")
    type_text(qtbot, window, "Scrolled past the plan")
    key(qtbot, window, Qt.Key.Key_Escape)
    # An observation during the task, with a tag.
    clock.advance(5)
    key(qtbot, window, "n", Qt.KeyboardModifier.ControlModifier)
    assert window.focusWidget() is window.observations.field
    type_text(qtbot, window, "Hesitates at the price filter #pricing #Filter")
    key(qtbot, window, Qt.Key.Key_Return)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.focusWidget() is window.task_page
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.task_page.task.id == lab.task_ids[1]

    # Task 2: the time typed by hand; "abc" and "0:00" are refused where typed.
    key(qtbot, window, "t")
    type_text(qtbot, window, "abc")
    key(qtbot, window, Qt.Key.Key_Return)
    assert "not a time" in window.task_page.message.text()
    window.task_page.manual_time.clear()
    type_text(qtbot, window, "0:00")
    key(qtbot, window, Qt.Key.Key_Return)
    assert "more than 0:00" in window.task_page.message.text()
    window.task_page.manual_time.clear()
    type_text(qtbot, window, "1:35")
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.task_page.message.text() == ""
    key(qtbot, window, "a")  # success with help: one assist counted by itself
    key(qtbot, window, "h")  # and a second one
    key(qtbot, window, "3")
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.task_page.task.id == lab.task_ids[2]

    # Task 3: Enter with nothing chosen is refused; then false completion, rated 7.
    key(qtbot, window, Qt.Key.Key_Return)
    assert "outcome" in window.task_page.message.text()
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(61)
    key(qtbot, window, "c")
    key(qtbot, window, "7")
    # Issue 10 item 12: Save with the timer running stops it and saves (it used to refuse).
    assert window.task_page.timer.state == TimerState.RUNNING
    key(qtbot, window, Qt.Key.Key_Return)

    # Questionnaire: ten SUS digits, recommend "1" "0" = 10, satisfaction 4, a comment.
    assert window.current_page() == "questionnaire"
    sus = [4, 2, 5, 1, 4, 2, 5, 1, 4, 3]
    for answer in sus:
        key(qtbot, window, str(answer))
    key(qtbot, window, "1")
    key(qtbot, window, "0")  # 10, and the page moves on by itself (issue 10 item 13)
    key(qtbot, window, "4")
    assert window.focusWidget() is window.questionnaire_page.comments
    type_text(qtbot, window, "Clear, but roaming was hidden.")
    key(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "summary"
    assert "3 of 3 tasks done" in window.summary_page.totals.text()

    with qtbot.waitSignal(window.closed):
        key(qtbot, window, Qt.Key.Key_Return)

    # Every value, from the database.
    with sqlite_db.session_factory() as s:
        session = s.get(m.Session, lab.session_id)
        assert session.status == m.SessionStatus.COMPLETED
        assert session.consent_confirmed_at is not None and session.ended_at is not None
        assert session.open_on is None
        attempts = {a.task_id: a for a in s.scalars(select(m.TaskAttempt).where(
            m.TaskAttempt.session_id == lab.session_id))}
        first, second, third = (attempts[t] for t in lab.task_ids)
        assert (first.outcome, first.seconds, first.rating, first.errors, first.assists) == (
            m.Outcome.SUCCESS, 92.4, 6, 1, 0)
        assert first.notes == "Scrolled past the plan"
        assert (second.outcome, second.seconds, second.rating, second.errors, second.assists) == (
            m.Outcome.SUCCESS_ASSISTED, 95.0, 3, 0, 2)
        assert (third.outcome, third.seconds, third.rating, third.errors, third.assists) == (
            m.Outcome.FALSE_COMPLETION, 61.0, 7, 0, 0)
        assert {a.recorded_by_id for a in attempts.values()} == {lab.staff_id}
        [note] = session.observations
        assert note.text == "Hesitates at the price filter #pricing #Filter"
        assert note.tags == ["pricing", "filter"] and note.task_id == lab.task_ids[0]
        assert note.elapsed_seconds == pytest.approx(127.4, abs=0.05)
        answers = session.questionnaire
        assert answers.sus_answers() == sus
        assert (answers.recommend, answers.satisfaction) == (10, 4)
        assert answers.comments == "Clear, but roaming was hidden."
        assert answers.completed_at is not None
