"""The "open on another PC" lock: refused with where it is open; two sessions at once are fine."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database, open_database
from testlab.errors import SessionLocked
from testlab.services import sessions as svc
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.notes import add_observation
from testlab.services.recording.questionnaire import answer_questionnaire
from testlab.services.recording.session import (
    complete_session,
    heartbeat,
    open_for_recording,
    release,
)
from tests.unit.test_recording_world import build_lab


def test_same_session_on_a_second_pc_is_refused_naming_the_holder(db: Database) -> None:
    lab = build_lab(db)
    svc.check_in(db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    opened_at = datetime.now(UTC).replace(microsecond=0)
    open_for_recording(db, lab.session_id, "LAB-PC-07", now=opened_at)
    with pytest.raises(SessionLocked) as refused:
        open_for_recording(db, lab.session_id, "LAB-PC-08", now=opened_at)
    local = opened_at.astimezone(ZoneInfo("Europe/Madrid"))
    assert "open on LAB-PC-07" in str(refused.value)
    assert f"{local:%H:%M}" in str(refused.value)
    # The holder may reopen (e.g. after its own crash) and its heartbeat keeps it.
    open_for_recording(db, lab.session_id, "LAB-PC-07", now=opened_at)
    heartbeat(db, lab.session_id, "LAB-PC-07", now=opened_at + timedelta(minutes=1))
    with pytest.raises(SessionLocked):
        open_for_recording(db, lab.session_id, "LAB-PC-08",
                               now=opened_at + timedelta(minutes=2))
    # Once stale (the PC died), another PC may take over, and the first is told.
    takeover = opened_at + timedelta(minutes=1) + svc.STALE_AFTER + timedelta(seconds=1)
    open_for_recording(db, lab.session_id, "LAB-PC-08", now=takeover)
    with pytest.raises(SessionLocked, match="LAB-PC-08"):
        heartbeat(db, lab.session_id, "LAB-PC-07")
    # Released: anyone may open.
    release(db, lab.session_id, "LAB-PC-08")
    open_for_recording(db, lab.session_id, "LAB-PC-07")


def test_racing_pcs_cannot_both_win(db: Database) -> None:
    lab = build_lab(db)
    svc.check_in(db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    winners: list[str] = []
    refused: list[str] = []
    barrier = threading.Barrier(6)

    def open_on(pc: str) -> None:
        barrier.wait()
        try:
            open_for_recording(db, lab.session_id, pc)
            winners.append(pc)
        except SessionLocked:
            refused.append(pc)

    threads = [threading.Thread(target=open_on, args=(f"LAB-PC-{i}",)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(winners) == 1 and len(refused) == 5
    with db.session_factory() as s:
        assert s.get(m.Session, lab.session_id).open_on == winners[0]


@pytest.mark.postgres
def test_two_pcs_record_different_sessions_at_once(postgres_schema_url: str) -> None:
    """Two lab PCs (two engines, like two processes) on one PostgreSQL database."""
    pc1, pc2 = open_database(postgres_schema_url), open_database(postgres_schema_url)
    try:
        lab = build_lab(pc1)
        errors: list[BaseException] = []

        def run(db: Database, session_id, pc: str, by) -> None:  # type: ignore[no-untyped-def]
            try:
                svc.check_in(db, session_id, consent_confirmed=True, by=by)
                open_for_recording(db, session_id, pc)
                for n, task_id in enumerate(lab.task_ids):
                    add_observation(db, session_id, elapsed_seconds=n * 10.0, text=f"{pc} note {n}",
                                    tags=[pc.lower()], task_id=task_id, by=by, workstation=pc)
                    record_attempt(db, session_id, task_id, outcome="success", seconds=10.0 + n,
                                   rating=6, errors=n, assists=0, notes=pc, by=by, workstation=pc)
                    heartbeat(db, session_id, pc)
                for i in range(1, 11):
                    answer_questionnaire(db, session_id, f"sus_{i}", 3, workstation=pc)
                complete_session(db, session_id, workstation=pc)
            except BaseException as exc:  # noqa: BLE001 - reported by the main thread
                errors.append(exc)

        threads = [
            threading.Thread(target=run, args=(pc1, lab.session_id, "LAB-PC-01", lab.staff_id)),
            threading.Thread(target=run, args=(pc2, lab.other_session_id, "LAB-PC-02",
                                               lab.other_staff_id)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        with pc1.session_factory() as s:
            for session_id, pc in ((lab.session_id, "LAB-PC-01"),
                                   (lab.other_session_id, "LAB-PC-02")):
                session = s.get(m.Session, session_id)
                assert session.status == m.SessionStatus.COMPLETED
                notes = s.scalars(select(m.TaskAttempt.notes).where(
                    m.TaskAttempt.session_id == session_id)).all()
                assert sorted(notes) == [pc] * 3
                assert len(session.observations) == 3
                assert session.questionnaire.sus_answers() == [3] * 10
    finally:
        pc1.close()
        pc2.close()
