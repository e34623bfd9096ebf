"""The recording services on the demo network: a scheduled demo session can be run
through, a completed one cannot be recorded again."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import Conflict
from testlab.services import sessions as svc
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.notes import add_observation
from testlab.services.recording.session import complete_session, open_for_recording


def test_a_scheduled_demo_session_runs_from_the_centres_list(demo_db: Database) -> None:
    with demo_db.session_factory() as s:
        session = s.scalars(select(m.Session).where(
            m.Session.status == m.SessionStatus.SCHEDULED,
            m.Session.participant_id.is_not(None)).order_by(m.Session.starts_at)).first()
        assert session is not None, "the demo has sessions after its reference date"
        session_id, starts_at, code = session.id, session.starts_at, session.centre.code
        facilitator = session.facilitator_id
    listed = svc.todays_sessions(demo_db, code, now=starts_at)
    assert session_id in {r.id for r in listed}
    assert all(r.local_start.date() == listed[0].local_start.date() for r in listed)
    svc.check_in(demo_db, session_id, consent_confirmed=True, by=facilitator)
    state = open_for_recording(demo_db, session_id, "LAB-PC-DEMO")
    assert state.tasks and [t.position for t in state.tasks] == sorted(t.position for t in state.tasks)
    for n, task in enumerate(state.tasks, start=1):
        record_attempt(demo_db, session_id, task.id, outcome="success", seconds=30.0 * n, rating=6,
                       errors=0, assists=0, notes="", by=facilitator, workstation="LAB-PC-DEMO")
    summary = complete_session(demo_db, session_id, workstation="LAB-PC-DEMO")
    assert summary.tasks_done == summary.tasks_total == len(state.tasks)


def test_a_completed_demo_session_is_not_recorded_again(demo_db: Database) -> None:
    with demo_db.session_factory() as s:
        session_id = s.scalars(select(m.Session.id).where(
            m.Session.status == m.SessionStatus.COMPLETED)).first()
    with pytest.raises(Conflict, match="completed"):
        open_for_recording(demo_db, session_id, "LAB-PC-DEMO")
    with pytest.raises(Conflict, match="completed"):
        add_observation(demo_db, session_id, elapsed_seconds=1.0, text="late", tags=[],
                        task_id=None, by=None)
