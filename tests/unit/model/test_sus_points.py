"""The database computes each questionnaire's SUS raw points, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from testlab import model as m
from testlab.analysis.stats import sus_score
from testlab.db.database import Database
from tests.unit.model.factories import build_world

MIXED = [4, 2, 5, 1, 3, 2, 4, 3, 5, 1]


def _answered(db: Database, answers: list[int | None]) -> m.Questionnaire:
    """A questionnaire with ``answers`` as SUS items 1-10, read back from the database."""
    with db.session_factory.begin() as s:
        world = build_world(s)
        s.add(m.Questionnaire(session_id=world.session.id, study_id=world.study.id,
                              **{f"sus_{i}": v for i, v in enumerate(answers, start=1)}))
    with db.session_factory() as s:
        row = s.scalars(select(m.Questionnaire)).one()
        s.expunge(row)
        return row


@pytest.mark.parametrize(("answers", "points"), [
    pytest.param([1] * 10, 20, id="all-ones"),
    pytest.param([5] * 10, 20, id="all-fives"),
    pytest.param([5, 1] * 5, 40, id="best"),
    pytest.param([1, 5] * 5, 0, id="worst"),
    pytest.param(MIXED, sus_score(MIXED) / 2.5, id="mixed"),
])
def test_points_are_computed_by_the_database(db: Database, answers: list[int | None],
                                             points: float) -> None:
    row = _answered(db, answers)
    assert row.sus_points == points
    assert row.sus_points == sus_score([a for a in answers if a is not None]) / 2.5


@pytest.mark.parametrize("missing", [1, 2, 9, 10])
def test_points_are_null_while_an_answer_is_missing(db: Database, missing: int) -> None:
    answers: list[int | None] = list(MIXED)
    answers[missing - 1] = None
    assert _answered(db, answers).sus_points is None


def test_points_follow_answers_given_one_at_a_time(db: Database) -> None:
    # As recording_questionnaire.answer_questionnaire does: one item set, then a flush.
    with db.session_factory.begin() as s:
        world = build_world(s)
        row = m.Questionnaire(session_id=world.session.id, study_id=world.study.id, comments="")
        s.add(row)
        s.flush()
        assert row.sus_points is None
        for item, value in enumerate(MIXED, start=1):
            setattr(row, f"sus_{item}", value)
            s.flush()
            assert row.sus_points == (sus_score(MIXED) / 2.5 if item == 10 else None)
        row.sus_2 = 5  # a changed answer: even item, 3 points fewer
        s.flush()
        assert row.sus_points == sus_score(MIXED) / 2.5 - 3
        row.sus_7 = None  # a cleared answer
        s.flush()
        assert row.sus_points is None
    with db.session_factory() as s:
        assert s.scalars(select(m.Questionnaire.sus_points)).one() is None


def test_writing_points_directly_is_refused(db: Database) -> None:
    with db.session_factory.begin() as s:
        world = build_world(s)
        s.add(m.Questionnaire(session_id=world.session.id, study_id=world.study.id,
                              **{f"sus_{i}": v for i, v in enumerate(MIXED, start=1)}))
    with pytest.raises(DBAPIError), db.session_factory.begin() as s:
        s.execute(text("UPDATE questionnaires SET sus_points = 40"))
    with pytest.raises(DBAPIError), db.session_factory.begin() as s:
        row = s.scalars(select(m.Questionnaire)).one()
        row.sus_points = 40
    with pytest.raises(DBAPIError), db.session_factory.begin() as s:
        s.execute(text("DELETE FROM questionnaires"))
        s.add(m.Questionnaire(session_id=world.session.id, study_id=world.study.id,
                              sus_points=40))
    with db.session_factory() as s:
        assert s.scalars(select(m.Questionnaire.sus_points)).one() == sus_score(MIXED) / 2.5


def test_per_study_sums_read_the_points_index(db: Database) -> None:
    """The statistics' grouped query finds every value it adds up in one index.

    PostgreSQL scans it alone.  SQLite names it but still reads each row: its planner
    counts a generated column as using every column of the table, so no index covers it.
    """
    if not db.is_sqlite:
        pytest.skip("EXPLAIN QUERY PLAN is SQLite's; PostgreSQL plans by table size")
    query = ("SELECT study_id, count(*), count(sus_points), sum(sus_points), "
             "sum(sus_points * sus_points), count(CASE WHEN recommend >= 9 THEN 1 END), "
             "count(satisfaction), sum(satisfaction) FROM questionnaires GROUP BY study_id")
    with db.engine.connect() as connection:
        plan = " ".join(row[-1] for row in connection.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {query}"))
    assert "USING INDEX ix_questionnaires_study_id_points" in plan
