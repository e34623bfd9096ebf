"""Recording attempts, observations and answers: validated, committed at once, corrected with history."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import Conflict, InvalidInput, NotFound, SessionLocked
from testlab.services import sessions as svc
from testlab.services.recording.attempts import (
    attempt_revisions,
    correct_attempt,
    parse_duration,
    record_attempt,
)
from testlab.services.recording.notes import add_observation, split_hashtags
from testlab.services.recording.questionnaire import SUS_STATEMENTS, answer_questionnaire
from testlab.services.recording.session import complete_session, open_for_recording, release
from tests.unit.test_recording_world import Lab, build_lab

PC = "LAB-PC-01"


@pytest.fixture
def lab(db: Database) -> Lab:
    world = build_lab(db)
    svc.check_in(db, world.session_id, consent_confirmed=True, by=world.staff_id)
    open_for_recording(db, world.session_id, PC)
    return world


def _attempt(db: Database, lab: Lab, index: int) -> m.TaskAttempt:
    with db.session_factory() as s:
        return s.scalars(select(m.TaskAttempt).where(
            m.TaskAttempt.session_id == lab.session_id,
            m.TaskAttempt.task_id == lab.task_ids[index])).one()


def test_attempt_is_committed_at_once_and_running(db: Database, lab: Lab) -> None:
    info = record_attempt(db, lab.session_id, lab.task_ids[0], outcome="success_assisted",
                          seconds=83.5, rating=5, errors=2, assists=1, notes=" asked about data ",
                          by=lab.staff_id, workstation=PC)
    assert info.outcome == m.Outcome.SUCCESS_ASSISTED
    row = _attempt(db, lab, 0)  # a new unit of work sees it: it was committed
    assert (row.seconds, row.rating, row.errors, row.assists) == (83.5, 5, 2, 1)
    assert row.notes == "asked about data" and row.recorded_by_id == lab.staff_id
    state = open_for_recording(db, lab.session_id, PC)
    assert state.session.status == m.SessionStatus.RUNNING
    assert state.next_task_index == 1


@pytest.mark.parametrize(
    ("outcome", "seconds", "rating", "errors", "assists", "message"),
    [
        ("success", 0, 7, 0, 0, "more than 0"),
        ("success", -3, 7, 0, 0, "more than 0"),
        ("success", None, 7, 0, 0, "time on task"),
        ("success", float("nan"), 7, 0, 0, "more than 0"),
        ("success", 25 * 3600, 7, 0, 0, "over a day"),  # the one set of limits (testlab.limits)
        ("failure", 30, 0, 0, 0, "1 .very difficult"),
        ("failure", 30, 8, 0, 0, "1 .very difficult"),
        ("failure", 30, 4, -1, 0, "errors"),
        ("failure", 30, 4, 0, -2, "assists"),
        ("failure", 30, 4, 1.5, 0, "errors"),
        ("won", 30, 4, 0, 0, "not an outcome"),
    ],
)
def test_out_of_range_values_are_refused_before_the_database(
    db: Database, lab: Lab, outcome: str, seconds: float | None, rating: int, errors: int,
    assists: int, message: str,
) -> None:
    with pytest.raises(InvalidInput, match=message):
        record_attempt(db, lab.session_id, lab.task_ids[0], outcome=outcome, seconds=seconds,
                       rating=rating, errors=errors, assists=assists, notes="", by=lab.staff_id)
    assert open_for_recording(db, lab.session_id, PC).attempts == ()


def test_skipped_needs_no_time_and_a_second_attempt_is_a_conflict(db: Database, lab: Lab) -> None:
    record_attempt(db, lab.session_id, lab.task_ids[2], outcome="skipped", seconds=None,
                   rating=None, errors=0, assists=0, notes="", by=lab.staff_id)
    with pytest.raises(Conflict, match="already recorded"):
        record_attempt(db, lab.session_id, lab.task_ids[2], outcome="success", seconds=10, rating=7,
                       errors=0, assists=0, notes="", by=lab.staff_id)
    assert _attempt(db, lab, 2).seconds is None


def test_task_of_another_study_is_refused(db: Database, lab: Lab) -> None:
    with pytest.raises(NotFound):
        record_attempt(db, lab.session_id, uuid.uuid4(), outcome="success", seconds=10, rating=7,
                       errors=0, assists=0, notes="", by=None)


def test_correction_keeps_the_previous_values_and_who(db: Database, lab: Lab) -> None:
    first = record_attempt(db, lab.session_id, lab.task_ids[0], outcome="success", seconds=61.0,
                           rating=6, errors=0, assists=0, notes="", by=lab.staff_id)
    complete_session(db, lab.session_id, workstation=PC)
    fixed = correct_attempt(db, first.id, by=lab.other_staff_id, reason="video review",
                                outcome="false_completion", rating=3)
    assert (fixed.outcome, fixed.seconds, fixed.rating, fixed.revisions) == (
        m.Outcome.FALSE_COMPLETION, 61.0, 3, 1)
    [revision] = attempt_revisions(db, first.id)
    assert revision.changed_by_id == lab.other_staff_id and revision.reason == "video review"
    assert revision.previous["outcome"] == "success" and revision.previous["rating"] == 6
    assert revision.previous["seconds"] == 61.0
    assert revision.previous["recorded_by_id"] == str(lab.staff_id)
    with pytest.raises(InvalidInput, match="1 .very difficult"):
        correct_attempt(db, first.id, by=lab.staff_id, reason="typo", rating=9)
    with pytest.raises(InvalidInput, match="why"):
        correct_attempt(db, first.id, by=lab.staff_id, reason=" ", rating=4)
    with pytest.raises(InvalidInput, match="changes nothing"):
        correct_attempt(db, first.id, by=lab.staff_id, reason="again", rating=3)
    with pytest.raises(NotFound):
        correct_attempt(db, first.id, by=uuid.uuid4(), reason="who?", rating=4)
    assert len(attempt_revisions(db, first.id)) == 1


def test_times_are_kept_to_the_millisecond(db: Database, lab: Lab) -> None:
    first = record_attempt(db, lab.session_id, lab.task_ids[0], outcome="success", seconds=12.34567,
                           rating=6, errors=0, assists=0, notes="", by=lab.staff_id)
    assert first.seconds == 12.346 == _attempt(db, lab, 0).seconds
    with pytest.raises(InvalidInput, match="changes nothing"):  # the same millisecond
        correct_attempt(db, first.id, by=lab.staff_id, reason="typo", seconds=12.3462)
    fixed = correct_attempt(db, first.id, by=lab.staff_id, reason="typo", seconds=0.0001)
    assert fixed.seconds == 0.001 == _attempt(db, lab, 0).seconds
    [revision] = attempt_revisions(db, first.id)
    assert revision.previous["seconds"] == 12.346


def test_each_questionnaire_answer_carries_the_session_study(db: Database, lab: Lab) -> None:
    answer_questionnaire(db, lab.session_id, "sus_1", 4)
    with db.session_factory() as s:
        questionnaire = s.get(m.Questionnaire, lab.session_id)
        assert questionnaire is not None
        assert questionnaire.study_id == questionnaire.session.study_id


def test_observation_is_stamped_and_tagged(db: Database, lab: Lab) -> None:
    text, tags = split_hashtags("Looks for the #Pay button in the menu #navigation #pay")
    assert tags == ["pay", "navigation"]
    info = add_observation(db, lab.session_id, elapsed_seconds=95.25, text=text, tags=tags,
                           task_id=lab.task_ids[1], by=lab.staff_id)
    assert (info.elapsed_seconds, info.tags, info.task_id) == (95.25, ("pay", "navigation"),
                                                               lab.task_ids[1])
    state = open_for_recording(db, lab.session_id, PC)
    assert [o.text for o in state.observations] == [text]
    with pytest.raises(InvalidInput):
        add_observation(db, lab.session_id, elapsed_seconds=1.0, text="   ", tags=[], task_id=None,
                        by=None)
    with pytest.raises(InvalidInput):
        add_observation(db, lab.session_id, elapsed_seconds=-1.0, text="negative", tags=[],
                        task_id=None, by=None)
    with pytest.raises(InvalidInput):
        add_observation(db, lab.session_id, elapsed_seconds=1.0, text="bad tag",
                        tags=["two words"], task_id=None, by=None)


def test_each_questionnaire_answer_is_kept_at_once(db: Database, lab: Lab) -> None:
    assert len(SUS_STATEMENTS) == 10
    assert SUS_STATEMENTS[0] == "I think that I would like to use this system frequently."
    for i in range(1, 11):
        answer_questionnaire(db, lab.session_id, f"sus_{i}", (i % 5) + 1)
    answer_questionnaire(db, lab.session_id, "recommend", 0)
    answer_questionnaire(db, lab.session_id, "satisfaction", 4)
    answers = answer_questionnaire(db, lab.session_id, "comments", "Très bien 👍")
    assert answers.sus == tuple((i % 5) + 1 for i in range(1, 11))
    assert (answers.recommend, answers.satisfaction, answers.comments) == (0, 4, "Très bien 👍")
    assert open_for_recording(db, lab.session_id, PC).answers == answers
    for item, value in [("sus_1", 0), ("sus_10", 6), ("recommend", 11), ("satisfaction", 0),
                        ("sus_11", 3), ("recommend", True)]:
        with pytest.raises(InvalidInput):
            answer_questionnaire(db, lab.session_id, item, value)
    assert answer_questionnaire(db, lab.session_id, "sus_1", None).sus[0] is None


def test_complete_session_summarises_and_releases(db: Database, lab: Lab) -> None:
    record_attempt(db, lab.session_id, lab.task_ids[0], outcome="success", seconds=40, rating=7,
                   errors=0, assists=0, notes="", by=None)
    record_attempt(db, lab.session_id, lab.task_ids[1], outcome="gave_up", seconds=200, rating=2,
                   errors=3, assists=1, notes="", by=None)
    answer_questionnaire(db, lab.session_id, "sus_1", 4)
    summary = complete_session(db, lab.session_id, workstation=PC)
    assert summary.status == m.SessionStatus.COMPLETED
    assert (summary.tasks_done, summary.tasks_total, summary.successes) == (2, 3, 1)
    assert summary.total_seconds == 240
    assert [t.outcome for t in summary.tasks] == [m.Outcome.SUCCESS, m.Outcome.GAVE_UP, None]
    with db.session_factory() as s:
        session = s.get(m.Session, lab.session_id)
        assert session.ended_at is not None and session.open_on is None
        assert session.questionnaire.completed_at is not None
    with pytest.raises(Conflict, match="completed"):
        add_observation(db, lab.session_id, elapsed_seconds=1.0, text="late", tags=[],
                        task_id=None, by=None)
    with pytest.raises(Conflict, match="completed"):
        open_for_recording(db, lab.session_id, PC)


def test_a_pc_whose_lock_was_taken_over_cannot_write(db: Database, lab: Lab) -> None:
    release(db, lab.session_id, PC)
    open_for_recording(db, lab.session_id, "LAB-PC-02")
    with pytest.raises(SessionLocked, match="LAB-PC-02"):
        record_attempt(db, lab.session_id, lab.task_ids[0], outcome="success", seconds=4, rating=7,
                       errors=0, assists=0, notes="", by=None, workstation=PC)


@pytest.mark.parametrize(("text", "seconds"), [("1:35", 95), ("0:01", 1), ("12:00", 720),
                                                ("1:02:03", 3723), ("95", 95), (" 2:05 ", 125)])
def test_parse_duration(text: str, seconds: float) -> None:
    assert parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["0:00", "abc", "", "1:60", "-1:00", "1:5", "1.5", "0", "25:00:00"])
def test_parse_duration_refuses(text: str) -> None:
    with pytest.raises(InvalidInput):
        parse_duration(text)
