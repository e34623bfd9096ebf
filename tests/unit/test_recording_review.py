"""testlab.services.recording.review: a session's attempts and each one's corrections, named."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import NotFound
from testlab.services.recording.attempts import correct_attempt, record_attempt
from testlab.services.recording.review import attempt_history, session_record
from tests.unit.test_recording_world import TASKS, Lab, open_lab

PC = "LAB-PC-01"
T0 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


@pytest.fixture
def lab(db: Database) -> Lab:
    world = open_lab(db, T0, PC)
    return world


def test_a_session_without_attempts(db: Database, lab: Lab) -> None:
    record = session_record(db, lab.session_id)
    assert record.attempts == () and record.tasks_total == 3
    assert (record.participant_code, record.centre_code) == ("P-MAD-0007", "MAD")
    assert record.status == m.SessionStatus.RUNNING


def test_attempts_in_task_order_with_who_changed_them_last(db: Database, lab: Lab) -> None:
    late = record_attempt(db, lab.session_id, lab.task_ids[2], outcome="skipped", seconds=None,
                          rating=None, errors=0, assists=0, notes="", by=lab.staff_id,
                          now=T0 + timedelta(minutes=9))
    first = record_attempt(db, lab.session_id, lab.task_ids[0], outcome="success", seconds=61.5,
                           rating=6, errors=1, assists=0, notes="quick", by=lab.staff_id,
                           now=T0 + timedelta(minutes=3))
    correct_attempt(db, first.id, by=lab.other_staff_id, reason="typo", seconds=71.0,
                        now=T0 + timedelta(hours=2))
    rows = session_record(db, lab.session_id).attempts
    assert [r.task_title for r in rows] == [TASKS[0][1], TASKS[2][1]]
    assert [r.id for r in rows] == [first.id, late.id]
    assert rows[0].attempt.seconds == 71.0 and rows[0].corrected
    assert (rows[0].changed_by_name, rows[0].changed_at) == ("Omar Haddad",
                                                             T0 + timedelta(hours=2))
    assert (rows[1].changed_by_name, rows[1].changed_at) == ("Lucía Pérez",
                                                             T0 + timedelta(minutes=9))
    assert not rows[1].corrected


def test_history_newest_first_with_previous_values_and_who_set_them(
    db: Database, lab: Lab
) -> None:
    first = record_attempt(db, lab.session_id, lab.task_ids[0], outcome="failure", seconds=200.0,
                           rating=2, errors=3, assists=1, notes="lost", by=lab.staff_id, now=T0)
    assert attempt_history(db, first.id) == []
    correct_attempt(db, first.id, by=lab.other_staff_id, reason="was a success",
                        outcome="success", now=T0 + timedelta(hours=1))
    correct_attempt(db, first.id, by=lab.staff_id, reason="ease mistyped", rating=5,
                        now=T0 + timedelta(hours=2))
    newest, oldest = attempt_history(db, first.id)
    assert (oldest.outcome, oldest.seconds, oldest.rating, oldest.errors, oldest.assists,
            oldest.notes) == (m.Outcome.FAILURE, 200.0, 2, 3, 1, "lost")
    assert (oldest.changed_by_name, oldest.set_by_name, oldest.reason) == (
        "Omar Haddad", "Lucía Pérez", "was a success")
    assert (newest.outcome, newest.rating, newest.changed_at) == (
        m.Outcome.SUCCESS, 2, T0 + timedelta(hours=2))
    assert (newest.changed_by_name, newest.set_by_name) == ("Lucía Pérez", "Omar Haddad")


def test_unknown_ids_are_not_found(db: Database, lab: Lab) -> None:
    with pytest.raises(NotFound):
        session_record(db, uuid.uuid4())
    with pytest.raises(NotFound):
        attempt_history(db, uuid.uuid4())
