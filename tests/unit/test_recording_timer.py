"""The console's task timer kept in the session row, and the session clock leaving out the
time no console had the session open (issue 10 item 8), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.services.recording.session import heartbeat, open_for_recording, release
from testlab.services.recording.timer import KeptState, keep_timer
from tests.unit.test_recording_world import open_lab

PC = "LAB-PC-03"
T0 = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


def test_a_running_timer_goes_on_from_when_it_was_kept(db: Database) -> None:
    lab = open_lab(db, T0, PC)
    keep_timer(db, lab.session_id, lab.task_ids[0], KeptState.RUNNING, 25_000, workstation=PC,
               now=T0 + timedelta(seconds=25))
    # The PC dies; the console opens again 90 seconds later (the lock is its own).
    state = open_for_recording(db, lab.session_id, PC, now=T0 + timedelta(seconds=115))
    assert state.timer is not None and state.timer.task_id == lab.task_ids[0]
    assert (state.timer.state, state.timer.milliseconds) == (KeptState.RUNNING, 115_000)


def test_a_paused_timer_is_given_back_as_it_was_and_a_cleared_one_is_gone(db: Database) -> None:
    lab = open_lab(db, T0, PC)
    keep_timer(db, lab.session_id, lab.task_ids[1], KeptState.PAUSED, 42_000, now=T0)
    state = open_for_recording(db, lab.session_id, PC, now=T0 + timedelta(hours=1))
    assert state.timer is not None and state.timer.milliseconds == 42_000
    keep_timer(db, lab.session_id, None, now=T0)
    assert open_for_recording(db, lab.session_id, PC, now=T0).timer is None
    with pytest.raises(InvalidInput):
        keep_timer(db, lab.session_id, lab.task_ids[1], None, 5)


def test_the_session_clock_leaves_out_the_time_the_console_was_closed(db: Database) -> None:
    lab = open_lab(db, T0, PC)  # running from T0
    release(db, lab.session_id, PC, now=T0 + timedelta(minutes=5))
    state = open_for_recording(db, lab.session_id, PC, now=T0 + timedelta(minutes=25))
    assert state.elapsed_seconds == pytest.approx(5 * 60)
    # A crash: no release; the last heartbeat stands for the closing.
    heartbeat(db, lab.session_id, PC, now=T0 + timedelta(minutes=30))
    state = open_for_recording(db, lab.session_id, PC, now=T0 + timedelta(minutes=40))
    assert state.elapsed_seconds == pytest.approx(10 * 60)
