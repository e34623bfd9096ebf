"""Today's sessions at a centre, walk-in sessions, check-in and resumable sessions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import Conflict, InvalidInput, NotFound
from testlab.services import sessions as svc
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.notes import add_observation
from testlab.services.recording.session import open_for_recording, release
from tests.unit.test_recording_world import build_lab

NOON = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)  # 12:00 in Madrid


def test_todays_sessions_lists_the_centres_local_day(db: Database) -> None:
    lab = build_lab(db, now=NOON)
    rows = svc.todays_sessions(db, "mad", now=NOON)
    assert [r.id for r in rows] == [lab.session_id, lab.other_session_id]
    first = rows[0]
    assert first.participant_code == "P-MAD-0007"
    assert first.local_start.utcoffset() == timedelta(hours=2)
    assert (first.local_start.hour, first.local_start.minute) == (11, 30)
    assert (first.tasks_total, first.tasks_done) == (3, 0)
    assert first.status == m.SessionStatus.SCHEDULED
    assert first.product_name == "Self-care app" and first.room_name == "Lab 1"


def test_local_day_differs_from_the_utc_day(db: Database) -> None:
    # Sessions at 21:15 and 22:15 UTC on 9 June: 23:15 on 9 June and 00:15 on 10 June in Madrid.
    lab = build_lab(db, now=datetime(2026, 6, 9, 21, 45, tzinfo=UTC))
    evening = datetime(2026, 6, 9, 21, 50, tzinfo=UTC)
    after_midnight = datetime(2026, 6, 9, 22, 30, tzinfo=UTC)  # still 9 June in UTC
    assert [r.id for r in svc.todays_sessions(db, "MAD", now=evening)] == [lab.session_id]
    assert [r.id for r in svc.todays_sessions(db, "MAD", now=after_midnight)] == [
        lab.other_session_id]
    assert svc.todays_sessions(db, "MAD", now=evening + timedelta(days=2)) == []


def test_unknown_centre_is_not_found(db: Database) -> None:
    with pytest.raises(NotFound, match="XYZ"):
        svc.todays_sessions(db, "XYZ")


def test_adhoc_session_gets_the_next_pseudonymous_code(db: Database) -> None:
    lab = build_lab(db, now=NOON)
    person = svc.NewParticipant(age_band=m.AgeBand.A18_24, segment=m.Segment.YOUTH,
                                consent_version="v3", consent_audio=True)
    conditions = svc.Conditions(device_kind=m.DeviceKind.TABLET, network=m.Network.CELL_5G,
                                setting=m.Setting.LAB)
    row = svc.create_adhoc_session(db, lab.study_id, centre_code="MAD", participant=person,
                                   facilitator_id=lab.staff_id, conditions=conditions, now=NOON)
    again = svc.create_adhoc_session(db, lab.study_id, centre_code="MAD",
                                     participant=svc.NewParticipant(), facilitator_id=None,
                                     conditions=svc.Conditions(), now=NOON)
    assert (row.participant_code, again.participant_code) == ("P-MAD-0009", "P-MAD-0010")
    assert row.status == m.SessionStatus.SCHEDULED and row.starts_at == NOON
    with db.session_factory.begin() as s:
        session = s.get(m.Session, row.id)
        assert session.network == m.Network.CELL_5G and session.device_kind == m.DeviceKind.TABLET
        assert session.participant.consent_audio and not session.participant.consent_video
        assert session.participant.age_band == m.AgeBand.A18_24
    assert row.id in {r.id for r in svc.todays_sessions(db, "MAD", now=NOON)}


def test_adhoc_session_refuses_a_study_the_centre_is_not_in(db: Database) -> None:
    lab = build_lab(db, now=NOON)
    with db.session_factory.begin() as s:
        s.add(m.Centre(code="DKR", name="Dakar", city="Dakar", country="SN",
                       time_zone="Africa/Dakar"))
    with pytest.raises(Conflict, match="DKR"):
        svc.create_adhoc_session(db, lab.study_id, centre_code="DKR",
                                 participant=svc.NewParticipant(), facilitator_id=None,
                                 conditions=svc.Conditions())


def test_check_in_requires_consent_and_nothing_is_recorded_before(db: Database) -> None:
    lab = build_lab(db, now=NOON)
    with pytest.raises(Conflict, match="Check the participant in"):
        record_attempt(db, lab.session_id, lab.task_ids[0], outcome="success", seconds=30, rating=7,
                       errors=0, assists=0, notes="", by=lab.staff_id)
    with pytest.raises(Conflict):
        add_observation(db, lab.session_id, elapsed_seconds=1.0, text="too early", tags=[],
                        task_id=None, by=lab.staff_id)
    with pytest.raises(InvalidInput, match="consent"):
        svc.check_in(db, lab.session_id, consent_confirmed=False, by=lab.staff_id)
    row = svc.check_in(db, lab.session_id, consent_confirmed=True, by=lab.staff_id, now=NOON)
    assert row.status == m.SessionStatus.CHECKED_IN
    with db.session_factory.begin() as s:
        session = s.get(m.Session, lab.session_id)
        assert session.consent_confirmed_at == NOON and session.checked_in_at == NOON
    # Checking in twice is harmless.
    assert svc.check_in(db, lab.session_id, consent_confirmed=True,
                        by=lab.staff_id).status == m.SessionStatus.CHECKED_IN


def test_resumable_sessions_for_this_pc_and_centre(db: Database) -> None:
    lab = build_lab(db, now=NOON)
    svc.check_in(db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    open_for_recording(db, lab.session_id, "LAB-PC-01")
    assert [r.id for r in svc.resumable_sessions(db, "LAB-PC-01")] == [lab.session_id]
    assert svc.resumable_sessions(db, "LAB-PC-02") == []
    # Released mid-session: any PC of the centre may pick it up.
    release(db, lab.session_id, "LAB-PC-01")
    resumable = svc.resumable_sessions(db, "LAB-PC-02", centre_code="MAD")
    assert [r.id for r in resumable] == [lab.session_id]
    # Held fresh by another PC: not offered; once stale, offered.
    open_for_recording(db, lab.session_id, "LAB-PC-01")
    assert svc.resumable_sessions(db, "LAB-PC-02", centre_code="MAD") == []
    later = datetime.now(UTC) + svc.STALE_AFTER + timedelta(seconds=5)
    assert [
        r.id for r in svc.resumable_sessions(db, "LAB-PC-02", centre_code="MAD", now=later)
    ] == [lab.session_id]


def test_workstation_name_override_and_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(svc.WORKSTATION_ENV, "LAB-PC-07")
    assert svc.workstation_name() == "LAB-PC-07"
    assert svc.workstation_name("  LAB-PC-09 ") == "LAB-PC-09"
    monkeypatch.delenv(svc.WORKSTATION_ENV)
    assert svc.workstation_name()  # the host name


def test_holds_sessions_only_for_the_pc_holding_a_checked_in_or_running_one(
    db: Database,
) -> None:
    lab = build_lab(db)
    assert not svc.holds_sessions(db, "LAB-PC-01")
    open_for_recording(db, lab.session_id, "LAB-PC-01")  # scheduled: at check-in only
    assert not svc.holds_sessions(db, "LAB-PC-01")
    svc.check_in(db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    open_for_recording(db, lab.session_id, "LAB-PC-01")  # now running here
    assert svc.holds_sessions(db, "LAB-PC-01") and not svc.holds_sessions(db, "LAB-PC-02")
    release(db, lab.session_id, "LAB-PC-01")
    assert not svc.holds_sessions(db, "LAB-PC-01")


def test_a_given_day_is_listed_with_its_attempts_counted(db: Database) -> None:
    lab = build_lab(db, now=NOON)
    svc.check_in(db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    open_for_recording(db, lab.session_id, "PC-1")
    record_attempt(db, lab.session_id, lab.task_ids[0], outcome="success", seconds=60.0, rating=6, errors=0, assists=0, notes="",
                   by=lab.staff_id, workstation="PC-1")
    day = svc.centre_today(db, "MAD", now=NOON)
    assert day.isoformat() == "2026-06-10"
    later = NOON + timedelta(days=5)
    rows = svc.todays_sessions(db, "MAD", now=later, day=day)
    assert [r.id for r in rows] == [lab.session_id, lab.other_session_id]
    assert [r.tasks_done for r in rows] == [1, 0]
    assert svc.todays_sessions(db, "MAD", now=NOON, day=day + timedelta(days=1)) == []


def test_a_day_is_listed_with_a_fixed_number_of_queries(db: Database) -> None:
    from sqlalchemy import event

    lab = build_lab(db, now=NOON)
    statements: list[str] = []

    def count(*_args: object) -> None:
        statements.append("x")

    def listed() -> tuple[int, int]:
        statements.clear()
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            rows = svc.todays_sessions(db, "MAD", now=NOON)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        return len(rows), len(statements)

    few, few_statements = listed()
    for _ in range(12):
        svc.create_adhoc_session(db, lab.study_id, centre_code="MAD", participant=svc.NewParticipant(), facilitator_id=None,
                                 conditions=svc.Conditions(), now=NOON)
    many, many_statements = listed()
    # One grouped count for the whole day, never one COUNT per session.
    assert (few, many) == (2, 14) and many_statements == few_statements
