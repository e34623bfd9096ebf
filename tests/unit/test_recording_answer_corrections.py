"""Correcting a session's questionnaire answers later: audited, versioned, refused when stale."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import Conflict, InvalidInput, NotFound
from testlab.services import sessions as svc
from testlab.services.recording.answer_corrections import (
    answers_history,
    answers_record,
    correct_answers,
    item_label,
)
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.questionnaire import answer_questionnaire
from testlab.services.recording.session import complete_session, open_for_recording, release
from tests.unit.test_recording_world import Lab, open_lab

PC = "LAB-PC-01"
T0 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


@pytest.fixture
def lab(db: Database) -> Lab:
    """A completed session: three SUS answers, recommend 9, a comment."""
    world = open_lab(db, T0, PC)
    record_attempt(db, world.session_id, world.task_ids[0], outcome="success", seconds=40.0,
                   rating=6, errors=0, assists=0, notes="", by=world.staff_id, now=T0)
    for item, value in (("sus_1", 4), ("sus_2", 2), ("sus_3", 5), ("recommend", 9),
                        ("comments", "Clair")):
        answer_questionnaire(db, world.session_id, item, value, now=T0)
    complete_session(db, world.session_id, workstation=PC, now=T0 + timedelta(minutes=40))
    return world


def _stored(db: Database, session_id: uuid.UUID) -> tuple[object, ...]:
    with db.session_factory() as s:
        row = s.get_one(m.Questionnaire, session_id)
        return (*row.sus_answers(), row.recommend, row.satisfaction, row.comments, row.version,
                row.sus_points)


def test_a_completed_sessions_answers_are_corrected_and_the_old_ones_kept(
    db: Database, lab: Lab
) -> None:
    shown = answers_record(db, lab.session_id)
    assert (shown.answers.sus[:3], shown.answers.recommend, shown.corrections) == (
        (4, 2, 5), 9, 0)
    later = T0 + timedelta(days=1)
    after = correct_answers(db, lab.session_id, by=lab.other_staff_id,
                            reason="read from the paper form",
                            answers={"sus_2": 1, "recommend": 6, "satisfaction": 4,
                                     "comments": "  Clair, rapide  "},
                            version=shown.version, now=later)
    assert (after.answers.sus[:3], after.answers.recommend, after.answers.satisfaction,
            after.answers.comments) == ((4, 1, 5), 6, 4, "Clair, rapide")
    assert after.version == shown.version + 1 and after.corrections == 1
    assert _stored(db, lab.session_id)[10:13] == (6, 4, "Clair, rapide")
    [entry] = answers_history(db, lab.session_id)
    assert (entry.changed_by_name, entry.changed_at, entry.reason) == (
        "Omar Haddad", later, "read from the paper form")
    assert {(c.item, c.before, c.after) for c in entry.changes} == {
        ("sus_2", 2, 1), ("recommend", 9, 6), ("satisfaction", None, 4),
        ("comments", "Clair", "Clair, rapide")}
    with db.session_factory() as s:
        kept = s.scalars(select(m.QuestionnaireRevision)).one()
        assert kept.previous == {"sus_2": 2, "recommend": 9, "satisfaction": None,
                                 "comments": "Clair"}


def test_the_history_walks_back_newest_first(db: Database, lab: Lab) -> None:
    correct_answers(db, lab.session_id, by=lab.staff_id, reason="first", answers={"sus_1": 3},
                    now=T0 + timedelta(hours=1))
    correct_answers(db, lab.session_id, by=lab.other_staff_id, reason="second",
                    answers={"sus_1": 5, "sus_4": 2}, now=T0 + timedelta(hours=2))
    newest, oldest = answers_history(db, lab.session_id)
    assert (newest.reason, oldest.reason) == ("second", "first")
    assert {(c.item, c.before, c.after) for c in newest.changes} == {
        ("sus_1", 3, 5), ("sus_4", None, 2)}
    assert [(c.item, c.before, c.after) for c in oldest.changes] == [("sus_1", 4, 3)]
    assert (newest.changed_by_name, oldest.changed_by_name) == ("Omar Haddad", "Lucía Pérez")


def test_a_stale_version_is_refused_saying_who_changed_what(db: Database, lab: Lab) -> None:
    shown = answers_record(db, lab.session_id)
    correct_answers(db, lab.session_id, by=lab.other_staff_id, reason="paper form",
                    answers={"recommend": 10}, version=shown.version)
    before = _stored(db, lab.session_id)
    with pytest.raises(Conflict) as refused:
        correct_answers(db, lab.session_id, by=lab.staff_id, reason="mine",
                        answers={"recommend": 7}, version=shown.version)
    message = str(refused.value)
    assert "Omar Haddad corrected these answers meanwhile" in message
    assert "Recommend (0–10): 9 → 10" in message and "paper form" in message
    assert "not saved" in message
    assert _stored(db, lab.session_id) == before
    assert len(answers_history(db, lab.session_id)) == 1


def test_a_correction_racing_another_at_the_same_moment_is_a_conflict(
    db: Database, lab: Lab
) -> None:
    """Between the service's read and its write another correction commits: StaleDataError."""
    shown = answers_record(db, lab.session_id)

    def other_pc_writes(session: OrmSession, *_args: object) -> None:
        with db.engine.begin() as other:
            other.execute(text("UPDATE questionnaires SET recommend = 3, version = version + 1 "
                               "WHERE session_id = :id"), {"id": _key(db, lab.session_id)})

    with _once_before_flush(other_pc_writes), pytest.raises(Conflict, match="meanwhile"):
        correct_answers(db, lab.session_id, by=lab.staff_id, reason="mine",
                        answers={"recommend": 7}, version=shown.version)
    assert _stored(db, lab.session_id)[10] == 3
    assert answers_history(db, lab.session_id) == []


def _key(db: Database, session_id: uuid.UUID) -> object:
    return session_id.hex if db.is_sqlite else session_id


class _once_before_flush:  # noqa: N801 - a context manager read as a phrase
    """Run ``hook`` once, in another connection, just before the next ORM flush."""

    def __init__(self, hook: object) -> None:
        self._hook = hook
        self._fired = False

    def _fire(self, session: OrmSession, *args: object) -> None:
        if not self._fired:
            self._fired = True
            self._hook(session, *args)  # type: ignore[operator]

    def __enter__(self) -> None:
        event.listen(OrmSession, "before_flush", self._fire)

    def __exit__(self, *_exc: object) -> None:
        event.remove(OrmSession, "before_flush", self._fire)


def test_bad_corrections_change_nothing(db: Database, lab: Lab) -> None:
    before = _stored(db, lab.session_id)
    cases: list[tuple[type[Exception], dict[str, object], str]] = [
        (InvalidInput, {"sus_1": 6}, "reason"),
        (InvalidInput, {"recommend": -1}, "reason"),
        (InvalidInput, {"satisfaction": "4"}, "reason"),
        (InvalidInput, {"sus_11": 3}, "reason"),
        (InvalidInput, {"sus_1": 3}, "  "),
        (InvalidInput, {"sus_1": 4}, "same value"),
    ]
    for error, answers, reason in cases:
        with pytest.raises(error):
            correct_answers(db, lab.session_id, by=lab.staff_id, reason=reason,
                            answers=answers)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        correct_answers(db, lab.session_id, by=uuid.uuid4(), reason="x", answers={"sus_1": 3})
    with pytest.raises(NotFound):
        correct_answers(db, uuid.uuid4(), by=lab.staff_id, reason="x", answers={"sus_1": 3})
    assert _stored(db, lab.session_id) == before
    assert answers_history(db, lab.session_id) == []


def test_a_session_open_in_a_console_or_not_run_is_refused(db: Database, lab: Lab) -> None:
    svc.check_in(db, lab.other_session_id, consent_confirmed=True, by=lab.staff_id, now=T0)
    with pytest.raises(Conflict, match="no answers to correct"):
        correct_answers(db, lab.other_session_id, by=lab.staff_id, reason="x",
                        answers={"sus_1": 3})
    open_for_recording(db, lab.other_session_id, PC, now=T0)
    with pytest.raises(Conflict, match=f"open in the console on {PC}"):
        correct_answers(db, lab.other_session_id, by=lab.staff_id, reason="x",
                        answers={"sus_1": 3})
    release(db, lab.other_session_id, PC, now=T0)
    # Closed without a questionnaire: a correction fills it in, from nothing (version 0).
    assert answers_record(db, lab.other_session_id).version == 0
    after = correct_answers(db, lab.other_session_id, by=lab.staff_id, reason="paper form",
                            answers={"sus_1": 3}, version=0)
    assert after.answers.sus[0] == 3
    [entry] = answers_history(db, lab.other_session_id)
    assert [(c.item, c.before, c.after) for c in entry.changes] == [("sus_1", None, 3)]


def test_item_labels() -> None:
    assert [item_label(i) for i in ("sus_10", "recommend", "satisfaction", "comments")] == [
        "SUS 10", "Recommend (0–10)", "Satisfaction (1–5)", "Comments"]
