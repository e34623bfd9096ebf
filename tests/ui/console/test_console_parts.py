"""The console's parts: the real monotonic clock, participant mode, resuming, refusals,
the sessions section and the walk-in dialog."""

from __future__ import annotations

import time
import uuid

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database
from testlab.services import sessions as svc
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.notes import add_observation
from testlab.services.recording.questionnaire import answer_questionnaire
from testlab.services.recording.session import open_for_recording
from tests.ui.console.test_console import PC, FakeClock, key, open_window
from tests.ui.lab_world import build_lab
from ui.console.adhoc_dialog import AdhocSessionDialog
from ui.console.clock import QtClock, Stopwatch, TimerState
from ui.sessions.sessions_view import SessionsView


def test_stopwatch_on_the_real_monotonic_clock(qtbot: QtBot) -> None:
    watch = Stopwatch(QtClock())
    watch.start_or_stop()
    time.sleep(0.12)
    watch.pause_or_resume()
    paused_at = watch.elapsed_ms()
    time.sleep(0.1)  # paused: not counted
    assert watch.elapsed_ms() == paused_at
    watch.pause_or_resume()
    time.sleep(0.05)
    assert watch.start_or_stop() == TimerState.STOPPED
    assert 150 <= watch.elapsed_ms() < 1000


def test_stopwatch_stop_then_continue() -> None:
    clock = FakeClock()
    watch = Stopwatch(clock)
    watch.start_or_stop()
    clock.advance(10)
    watch.start_or_stop()
    clock.advance(100)  # stopped: not counted
    watch.start_or_stop()
    clock.advance(5)
    assert watch.elapsed_ms() == 15_000
    watch.reset()
    assert (watch.state, watch.elapsed_ms()) == (TimerState.IDLE, 0)


def test_participant_mode_hides_the_facilitators_panel_and_notes(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    lab = build_lab(sqlite_db)
    svc.check_in(sqlite_db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    window = open_window(qtbot, sqlite_db, lab, FakeClock())
    assert window.current_page() == "task"
    assert window.observations.isVisible()
    key(qtbot, window, Qt.Key.Key_F11)
    assert window.participant_mode
    assert not window.observations.isVisible()
    assert not window.task_page.facilitator_panel.isVisible()
    assert not window.hints.isVisible()
    # The facilitator's keys still work while the participant reads.
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.task_page.timer.state == TimerState.RUNNING
    key(qtbot, window, "p", Qt.KeyboardModifier.ControlModifier)
    assert not window.participant_mode and window.observations.isVisible()


def test_reopening_resumes_at_the_next_task_with_everything(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    lab = build_lab(sqlite_db)
    svc.check_in(sqlite_db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    open_for_recording(sqlite_db, lab.session_id, PC)
    record_attempt(sqlite_db, lab.session_id, lab.task_ids[0], outcome="failure", seconds=30,
                   rating=2, errors=1, assists=0, notes="", by=None)
    add_observation(sqlite_db, lab.session_id, elapsed_seconds=12.0, text="Lost #nav",
                    tags=["nav"], task_id=None, by=None)
    window = open_window(qtbot, sqlite_db, lab, FakeClock())
    assert window.current_page() == "task"
    assert window.task_page.task.id == lab.task_ids[1]
    assert window.observations.list.count() == 1
    assert "Lost #nav" in window.observations.list.item(0).text()


def test_questionnaire_resumes_with_answers_so_far(qtbot: QtBot, sqlite_db: Database) -> None:
    lab = build_lab(sqlite_db)
    svc.check_in(sqlite_db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    for task_id in lab.task_ids:
        record_attempt(sqlite_db, lab.session_id, task_id, outcome="skipped", seconds=None,
                       rating=None, errors=0, assists=0, notes="", by=None)
    for i in (1, 2, 3):
        answer_questionnaire(sqlite_db, lab.session_id, f"sus_{i}", 5)
    window = open_window(qtbot, sqlite_db, lab, FakeClock())
    page = window.questionnaire_page
    assert window.current_page() == "questionnaire"
    assert [row.value() for row in page.rows[:4]] == [5, 5, 5, None]
    key(qtbot, window, "9")  # out of range for SUS: refused where typed, nothing stored
    assert "1 to 5" in page.message.text()
    key(qtbot, window, "2")
    assert open_for_recording(sqlite_db, lab.session_id, PC).answers.sus[3] == 2
    # Finishing with questions unanswered warns once, then finishes.
    key(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Unanswered" in page.message.text() and window.current_page() == "questionnaire"
    key(qtbot, window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "summary"


def test_skipped_needs_no_time(qtbot: QtBot, sqlite_db: Database) -> None:
    lab = build_lab(sqlite_db)
    svc.check_in(sqlite_db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    window = open_window(qtbot, sqlite_db, lab, FakeClock())
    key(qtbot, window, Qt.Key.Key_Return)  # nothing chosen: refused, nothing stored
    key(qtbot, window, "s")
    key(qtbot, window, Qt.Key.Key_Return)  # success without a time: refused
    assert "No time yet" in window.task_page.message.text()
    key(qtbot, window, "k")
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.task_page.task.id == lab.task_ids[1]
    with sqlite_db.session_factory() as s:
        [attempt] = s.scalars(select(m.TaskAttempt)).all()
        assert (attempt.outcome, attempt.seconds) == (m.Outcome.SKIPPED, None)


def test_sessions_view_lists_today_and_offers_to_resume(
    qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    lab = build_lab(sqlite_db)
    view = SessionsView(sqlite_db, "mad", workstation=PC, staff_id=lab.staff_id,
                        clock=FakeClock())
    qtbot.addWidget(view)
    assert view.model.rowCount() == 2 and view.resume_banner.isHidden()
    assert view.model.index(0, 1).data() == "P-MAD-0007"
    console = view.open_session(lab.session_id)
    assert console is not None and console.current_page() == "checkin"
    console.checkin_page.consent.setChecked(True)
    console.checkin_page.check_in()
    assert console.current_page() == "task"
    # Another PC is refused with where the session is open.
    shown: list[str] = []
    monkeypatch.setattr("ui.common.error_dialog.show_error",
                        lambda parent, error, title="": shown.append(error.message))
    other = SessionsView(sqlite_db, "MAD", workstation="LAB-PC-99")
    qtbot.addWidget(other)
    assert other.open_session(lab.session_id) is None
    assert "open on LAB-PC-03" in shown[0]
    # The console dies without closing (lock kept): the next start on this PC offers it.
    console._released = True  # simulate a crash: no release
    console.close()
    again = SessionsView(sqlite_db, "MAD", workstation=PC)
    qtbot.addWidget(again)
    assert not again.resume_banner.isHidden()
    assert "P-MAD-0007" in again.resume_text.text()


def test_sessions_view_without_a_centre(qtbot: QtBot, sqlite_db: Database) -> None:
    view = SessionsView(sqlite_db, None)
    qtbot.addWidget(view)
    assert "centre" in view.message.text() and not view.adhoc_button.isEnabled()


def test_walk_in_dialog_creates_a_session(qtbot: QtBot, sqlite_db: Database) -> None:
    lab = build_lab(sqlite_db)
    dialog = AdhocSessionDialog(sqlite_db, "MAD", lab.staff_id)
    qtbot.addWidget(dialog)
    dialog.age_band.setCurrentIndex(dialog.age_band.findData(m.AgeBand.A65_PLUS))
    dialog.network.setCurrentIndex(dialog.network.findData(m.Network.FIBRE))
    dialog.consent_video.setChecked(True)
    dialog.accept()
    assert dialog.created is not None and dialog.created.participant_code == "P-MAD-0009"
    with sqlite_db.session_factory() as s:
        session = s.get(m.Session, dialog.created.id)
        assert session.network == m.Network.FIBRE
        assert session.participant.age_band == m.AgeBand.A65_PLUS
        assert session.participant.consent_video
    assert isinstance(dialog.created.id, uuid.UUID)
