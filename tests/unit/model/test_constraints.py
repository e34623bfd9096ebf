"""The database itself keeps bad values out, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DataError, IntegrityError, StatementError
from sqlalchemy.orm import Session

from testlab import model as m
from testlab.db.database import Database
from tests.unit.model.factories import World, build_world

BAD_ATTEMPTS = [
    pytest.param({"rating": 0}, id="rating-0"),
    pytest.param({"rating": 8}, id="rating-8"),
    pytest.param({"seconds": 0.0}, id="time-zero"),
    pytest.param({"seconds": -3.5}, id="time-negative"),
    pytest.param({"errors": -1}, id="errors-negative"),
    pytest.param({"assists": -1}, id="assists-negative"),
]


def _count(db: Database, table: type[m.Base]) -> int:
    with db.session_factory() as s:
        return s.scalar(select(func.count()).select_from(table)) or 0


@pytest.mark.parametrize("bad", BAD_ATTEMPTS)
def test_attempt_values_out_of_range_are_rejected(db: Database, bad: dict[str, object]) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
        session_id, task_id = world.session.id, world.task.id
    values = {"session_id": session_id, "task_id": task_id, "outcome": "success",
              "seconds": 42.0, "rating": 5, "errors": 0, "assists": 0} | bad
    # Raw SQL, so only the database stands between the bad value and the table.
    columns = ", ".join(values)
    params = ", ".join(f":{k}" for k in values)
    with pytest.raises(IntegrityError), db.session_factory.begin() as s:
        s.execute(text(f"INSERT INTO task_attempts (id, {columns}, notes, recorded_at) "
                       f"VALUES (:id, {params}, '', :at)"),
                  {**_ids(db, session_id, task_id, values), "at": _now(db)})
    assert _count(db, m.TaskAttempt) == 0


def _ids(db: Database, session_id: object, task_id: object, values: dict[str, object]) -> dict[str, object]:
    def conv(v: object) -> object:
        return v.hex if db.is_sqlite and isinstance(v, uuid.UUID) else v

    out = {k: conv(v) for k, v in values.items()}
    out["id"] = conv(uuid.uuid4())
    return out


def _now(db: Database) -> object:
    now = datetime.now(UTC)
    return now.replace(tzinfo=None) if db.is_sqlite else now


def test_one_attempt_per_session_and_task(db: Database) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
        s.add(m.TaskAttempt(session=world.session, task=world.task, outcome=m.Outcome.SUCCESS,
                            seconds=30.0, rating=6))
    with pytest.raises(IntegrityError), db.session_factory.begin() as s:
        s.add(m.TaskAttempt(session_id=world.session.id, task_id=world.task.id,
                            outcome=m.Outcome.FAILURE, seconds=50.0))
    assert _count(db, m.TaskAttempt) == 1


def test_session_room_must_belong_to_the_session_centre(db: Database) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
    with pytest.raises(IntegrityError), db.session_factory.begin() as s:
        s.add(m.Session(study_id=world.study.id, centre_id=world.centre.id,
                        room_id=world.other_room.id, starts_at=datetime(2026, 3, 3, 9, tzinfo=UTC),
                        status=m.SessionStatus.SCHEDULED))
    assert _count(db, m.Session) == 1


@pytest.mark.parametrize(
    ("column", "value"),
    [("sus_1", 0), ("sus_10", 6), ("recommend", 11), ("recommend", -1), ("satisfaction", 0),
     ("satisfaction", 6)],
)
def test_questionnaire_answers_out_of_scale_are_rejected(db: Database, column: str, value: int) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
    with pytest.raises(IntegrityError), db.session_factory.begin() as s:
        q = m.Questionnaire(session_id=world.session.id, study_id=world.study.id)
        s.add(q)
        s.flush()
        s.execute(text(f"UPDATE questionnaires SET {column} = :v"), {"v": value})
    assert _count(db, m.Questionnaire) == 0


def test_questionnaire_answers_in_scale_are_kept(db: Database) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
        s.add(m.Questionnaire(session_id=world.session.id, study_id=world.study.id, sus_1=1,
                              sus_2=5, recommend=0, satisfaction=5))
    with db.session_factory() as s:
        q = s.get(m.Questionnaire, world.session.id)
        assert q is not None
        assert (q.sus_1, q.sus_2, q.recommend, q.satisfaction) == (1, 5, 0, 5)


def _other_study(s: Session, world: World) -> m.Study:
    study = m.Study(stage=world.stage, title="Round 2", method=m.StudyMethod.REMOTE,
                    starts_on=date(2026, 4, 6), ends_on=date(2026, 4, 10),
                    status=m.StudyStatus.PLANNED)
    s.add(study)
    s.flush()
    return study


def _uuid(db: Database, value: uuid.UUID) -> object:
    """A UUID as raw SQL binds it on this backend (SQLite keeps 32 hex digits)."""
    return value.hex if db.is_sqlite else value


def test_questionnaire_study_must_be_its_session_study(db: Database) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
        other = _other_study(s, world)
    insert = text("INSERT INTO questionnaires (session_id, study_id, comments) "
                  "VALUES (:session, :study, '')")
    with pytest.raises(IntegrityError), db.session_factory.begin() as s:
        s.execute(insert, {"session": _uuid(db, world.session.id), "study": _uuid(db, other.id)})
    assert _count(db, m.Questionnaire) == 0
    with db.session_factory.begin() as s:
        s.execute(insert, {"session": _uuid(db, world.session.id),
                           "study": _uuid(db, world.study.id)})
    assert _count(db, m.Questionnaire) == 1


def test_questionnaire_takes_its_study_from_the_session_relationship(db: Database) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
        world.session.questionnaire = m.Questionnaire(sus_1=3)
    with db.session_factory() as s:
        q = s.get(m.Questionnaire, world.session.id)
        assert q is not None and (q.study_id, q.sus_1) == (world.study.id, 3)
        assert q.session.questionnaire is q


def test_moving_a_session_to_another_study_moves_its_questionnaire(db: Database) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
        other = _other_study(s, world)
        s.add(m.Questionnaire(session_id=world.session.id, study_id=world.study.id))
    with db.session_factory.begin() as s:
        s.execute(text("UPDATE sessions SET study_id = :study"), {"study": _uuid(db, other.id)})
    with db.session_factory() as s:
        assert s.scalars(select(m.Questionnaire.study_id)).one() == other.id
    with db.session_factory.begin() as s:
        s.execute(text("DELETE FROM sessions"))
    assert _count(db, m.Questionnaire) == 0


@pytest.mark.parametrize(("given", "kept"), [
    pytest.param(12.34567, 12.346, id="rounded"),
    pytest.param(0.0001, 0.001, id="tiny-stays-positive"),
    pytest.param(90.0, 90.0, id="whole"),
    pytest.param(2.0005, round(2.0005, 3), id="python-round"),
])
def test_times_are_kept_to_the_millisecond(db: Database, given: float, kept: float) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
        attempt = m.TaskAttempt(session=world.session, task=world.task,
                                outcome=m.Outcome.SUCCESS, seconds=given)
        s.add(attempt)
    with db.session_factory() as s:
        assert s.scalars(select(m.TaskAttempt.seconds)).one() == kept
        # What statistics read: exact integer milliseconds.
        ms = s.scalar(select(func.round(m.TaskAttempt.seconds * 1000)))
        assert ms == round(kept * 1000)


def test_enum_columns_refuse_unknown_values(db: Database) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
    with pytest.raises(IntegrityError), db.session_factory.begin() as s:
        s.execute(text("UPDATE sessions SET status = 'lost' WHERE 1 = 1"))
    with pytest.raises(StatementError), db.session_factory.begin() as s:
        s.add(m.TaskAttempt(session_id=world.session.id, task_id=world.task.id,
                            outcome="maybe", seconds=3.0))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE centres SET code = 'DAKR'",
        "UPDATE centres SET country = 'SEN'",
        "UPDATE opening_hours SET closes = '08:00:00'",
        "UPDATE opening_hours SET weekday = 7",
        "UPDATE tasks SET target_seconds = 0",
        "UPDATE sessions SET planned_minutes = 0",
    ],
)
def test_reference_data_constraints(db: Database, sql: str) -> None:
    with db.session_factory.begin() as s:
        build_world(s)
    # PostgreSQL refuses an over-long code by its VARCHAR length (DataError).
    with pytest.raises((IntegrityError, DataError)), db.session_factory.begin() as s:
        s.execute(text(sql))


def test_finding_affected_cannot_exceed_observed(db: Database) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
    with pytest.raises(IntegrityError), db.session_factory.begin() as s:
        s.add(m.Finding(product_id=world.product.id, first_stage_id=world.stage.id,
                        title="Pay button hidden", severity=2, affected=6, observed=5))
    with pytest.raises(IntegrityError), db.session_factory.begin() as s:
        s.add(m.Finding(product_id=world.product.id, first_stage_id=world.stage.id,
                        title="Pay button hidden", severity=5, affected=1, observed=5))


def test_times_round_trip_as_aware_utc(db: Database) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
    with db.session_factory() as s:
        session = s.get(m.Session, world.session.id)
        assert session is not None
        assert session.starts_at == datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
        assert session.starts_at.utcoffset() is not None
        hours = s.scalars(select(m.OpeningHours)).one()
        assert (hours.opens, hours.closes) == (time(9), time(18))


def test_naive_datetimes_are_refused(db: Database) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
    with pytest.raises(StatementError), db.session_factory.begin() as s:
        s.add(m.Session(study_id=world.study.id, centre_id=world.centre.id,
                        starts_at=datetime(2026, 3, 3, 9), status=m.SessionStatus.SCHEDULED))


def test_erasing_contact_details_keeps_results(db: Database) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
        world.participant.contact = m.ParticipantContact(full_name="Fatou Ndiaye",
                                                         phone="+221 77 000 00 00")
        s.add(m.TaskAttempt(session=world.session, task=world.task, outcome=m.Outcome.SUCCESS,
                            seconds=30.0))
    with db.session_factory.begin() as s:
        contact = s.get(m.ParticipantContact, world.participant.id)
        s.delete(contact)
    assert _count(db, m.ParticipantContact) == 0
    assert _count(db, m.Participant) == 1
    assert _count(db, m.TaskAttempt) == 1
