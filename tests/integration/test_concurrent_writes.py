"""Two processes write the same record at once: nobody's update is lost, every loser is told.

Each backend gets one pair of real processes (multiprocessing, spawn) that play
ROUNDS rounds of three races, held in step by a barrier: both read, meet at the
barrier, then both act.

- corrections of one attempt from the version both were shown: exactly one wins,
  the other gets ``Conflict`` naming the winner; the history holds every winner;
- corrections without a version (read and write inside the service): each is
  either applied on top (and in the history) or refused, never lost;
- the same task recorded by both: one attempt, one ``Conflict``;
- the first questionnaire answers given by both: each stored or refused, never lost;
- the same participant checked in by both: checked in once, the other told or shown it.

A worker reports anything that is not a ``TestLabError`` as raw: there must be none.
"""

from __future__ import annotations

import multiprocessing as mp
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database, open_database
from testlab.errors import Conflict, TestLabError
from tests.unit.test_recording_world import Lab, build_lab

ROUNDS = 30
WORKERS = 2
TIMEOUT = 60


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False) if not db.is_sqlite else str(
        db.url.database)


def _world(db: Database) -> tuple[Lab, uuid.UUID, list[uuid.UUID], list[uuid.UUID]]:
    """The lab, one attempt to correct, ROUNDS checked-in and ROUNDS scheduled sessions."""
    lab = build_lab(db)
    now = datetime.now(UTC)
    with db.session_factory.begin() as s:
        study = s.get_one(m.Study, lab.study_id)
        sessions = [m.Session(study=study, centre_id=lab.centre_id,
                              starts_at=now + timedelta(minutes=i),
                              status=m.SessionStatus.CHECKED_IN, checked_in_at=now)
                    for i in range(ROUNDS)]
        scheduled = [m.Session(study=study, centre_id=lab.centre_id,
                               participant=s.scalars(select(m.Participant)).first(),
                               starts_at=now + timedelta(hours=1, minutes=i),
                               status=m.SessionStatus.SCHEDULED)
                     for i in range(ROUNDS)]
        s.add_all(sessions + scheduled)
        s.flush()
        attempt = m.TaskAttempt(session=sessions[0], task_id=lab.task_ids[1],
                                outcome=m.Outcome.SUCCESS, seconds=30.0, notes="start")
        s.add(attempt)
        s.flush()
        return lab, attempt.id, [x.id for x in sessions], [x.id for x in scheduled]


def _worker(index: int, url: str, lab: Lab, attempt_id: uuid.UUID, sessions: list[uuid.UUID],
            scheduled: list[uuid.UUID], barrier: Any, results: Any) -> None:
    from testlab.services.recording.attempts import correct_attempt, record_attempt
    from testlab.services.recording.questionnaire import answer_questionnaire
    from testlab.services.sessions import check_in

    db = open_database(url)
    staff = (lab.staff_id, lab.other_staff_id)[index]

    def act(race: str, round_: int, work: Any, *args: Any, **kwargs: Any) -> None:
        try:
            work(*args, **kwargs)
            results.put((race, round_, index, "ok", ""))
        except TestLabError as error:
            kind = "conflict" if isinstance(error, Conflict) else type(error).__name__
            results.put((race, round_, index, kind, str(error)))
        except Exception as error:  # noqa: BLE001 - the point: report any raw error
            results.put((race, round_, index, "raw", repr(error)))

    try:
        for round_ in range(ROUNDS):
            barrier.wait()
            with db.session_factory() as s:  # what the dialog showed both of them
                shown = s.get_one(m.TaskAttempt, attempt_id).version
            barrier.wait()
            act("versioned", round_, correct_attempt, db, attempt_id, by=staff,
                reason=f"v{round_}", notes=f"v{round_}-{index}", version=shown)
        for round_ in range(ROUNDS):
            barrier.wait()
            act("on-top", round_, correct_attempt, db, attempt_id, by=staff,
                reason=f"t{round_}", notes=f"t{round_}-{index}")
        for round_, session_id in enumerate(sessions):
            barrier.wait()
            act("record", round_, record_attempt, db, session_id, lab.task_ids[0],
                outcome="success", seconds=10.0 + index, rating=5, errors=index, assists=0,
                notes=f"by {index}", by=staff)
        for round_, session_id in enumerate(sessions):
            barrier.wait()
            item, value = (("sus_1", 4), ("recommend", 9))[index]
            act("answer", round_, answer_questionnaire, db, session_id, item, value)
        for round_, session_id in enumerate(scheduled):
            barrier.wait()
            act("check-in", round_, check_in, db, session_id, consent_confirmed=True, by=staff)
    finally:
        db.close()


def _run(db: Database) -> tuple[Lab, uuid.UUID, list[uuid.UUID], list[uuid.UUID],
                               list[tuple[Any, ...]]]:
    lab, attempt_id, sessions, scheduled = _world(db)
    context = mp.get_context("spawn")
    barrier = context.Barrier(WORKERS, timeout=TIMEOUT)
    results = context.Queue()
    workers = [context.Process(target=_worker, args=(i, _url(db), lab, attempt_id, sessions,
                                                     scheduled, barrier, results))
               for i in range(WORKERS)]
    for worker in workers:
        worker.start()
    expected = WORKERS * ROUNDS * 5
    got = [results.get(timeout=TIMEOUT * 2) for _ in range(expected)]
    for worker in workers:
        worker.join(TIMEOUT)
        assert worker.exitcode == 0
    return lab, attempt_id, sessions, scheduled, got


@pytest.mark.slow
def test_racing_writers_lose_nothing_and_every_loser_is_told(db: Database) -> None:
    lab, attempt_id, sessions, scheduled, results = _run(db)
    raw = [r for r in results if r[3] not in ("ok", "conflict")]
    assert raw == [], raw
    by_race: dict[str, dict[int, list[tuple[Any, ...]]]] = {}
    for race, round_, index, kind, message in results:
        by_race.setdefault(race, {}).setdefault(round_, []).append((index, kind, message))
    names = ("Lucía Pérez", "Omar Haddad")

    with db.session_factory() as s:
        attempt = s.get_one(m.TaskAttempt, attempt_id)
        history = s.scalars(select(m.AttemptRevision).where(
            m.AttemptRevision.attempt_id == attempt_id).order_by(
            m.AttemptRevision.changed_at, m.AttemptRevision.id)).all()
        values = [r.previous["notes"] for r in history][1:] + [attempt.notes]

    # From the version both were shown: exactly one wins, the loser hears who and what.
    winners = []
    for round_ in range(ROUNDS):
        outcome = sorted(by_race["versioned"][round_])
        assert sorted(kind for _, kind, _ in outcome) == ["conflict", "ok"], outcome
        [(win, _, _)] = [o for o in outcome if o[1] == "ok"]
        [(_, _, told)] = [o for o in outcome if o[1] == "conflict"]
        assert names[win] in told and f"v{round_}-{win}" in told, told
        winners.append(f"v{round_}-{win}")
    # Without a version: applied on top or refused, and every applied one is in the history.
    applied = [f"t{round_}-{index}" for round_ in range(ROUNDS)
               for index, kind, _ in sorted(by_race["on-top"][round_]) if kind == "ok"]
    assert all(len([1 for _, kind, _ in by_race["on-top"][r] if kind == "ok"]) >= 1
               for r in range(ROUNDS))
    assert len(history) == ROUNDS + len(applied)
    assert values[:ROUNDS] == winners
    assert sorted(values[ROUNDS:]) == sorted(applied)

    # The same task recorded by both: one attempt stored, the other process told.
    with db.session_factory() as s:
        stored = {a.session_id: a for a in s.scalars(select(m.TaskAttempt).where(
            m.TaskAttempt.session_id.in_(sessions), m.TaskAttempt.task_id == lab.task_ids[0]))}
        answers = {q.session_id: q for q in s.scalars(select(m.Questionnaire).where(
            m.Questionnaire.session_id.in_(sessions)))}
    for round_, session_id in enumerate(sessions):
        outcome = by_race["record"][round_]
        assert sorted(kind for _, kind, _ in outcome) == ["conflict", "ok"], outcome
        [(win, _, _)] = [o for o in outcome if o[1] == "ok"]
        assert stored[session_id].notes == f"by {win}"
        # First answers at once: each is stored, or its sender was told it was not.
        for index, kind, _ in by_race["answer"][round_]:
            row = answers[session_id]
            value = row.sus_1 if index == 0 else row.recommend
            assert (value == (4, 9)[index]) == (kind == "ok"), (round_, index, kind)

    # Both check the same participant in: once, by one of them; the other is shown it
    # (check-in is idempotent) or told that the session changed at the same moment.
    with db.session_factory() as s:
        checked = {x.id: x for x in s.scalars(select(m.Session).where(
            m.Session.id.in_(scheduled)))}
    for round_, session_id in enumerate(scheduled):
        kinds = sorted(kind for _, kind, _ in by_race["check-in"][round_])
        assert kinds in (["ok", "ok"], ["conflict", "ok"]), kinds
        assert checked[session_id].status == m.SessionStatus.CHECKED_IN
        assert checked[session_id].version == 2  # written once
