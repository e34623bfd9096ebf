"""Export, then import into an empty database with the same reference data: exactly the same.

Compared twice: the two exported files byte for byte, and the attempt and
session rows (values, UTC starts, conditions) read back from both databases.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from testlab import model as m
from testlab.db.database import Database, open_database
from testlab.errors import NotFound
from testlab.io.results_csv import COLUMNS, UTF8_BOM
from testlab.services.results_io import (
    export_results,
    export_results_data,
    import_results_data,
)
from tests.unit.io.refdata import (
    CONTACT_EMAIL,
    CONTACT_NAME,
    CONTACT_PHONE,
    build_reference,
    count_rows,
)

REFERENCE_TABLES = (m.Centre, m.Room, m.Staff, m.Product, m.Stage, m.Study, m.Task)


def _rows(db: Database) -> list[tuple]:
    """Every attempt with its session's identity and conditions, ids replaced by names."""
    with db.session_factory() as s:
        query = (
            select(m.TaskAttempt, m.Session)
            .join(m.Session, m.Session.id == m.TaskAttempt.session_id)
        )
        out = []
        for attempt, session in s.execute(query):
            out.append((
                session.centre.code, session.study.stage.product.name, session.study.stage.name,
                session.study.title, attempt.task.key,
                session.participant.code if session.participant else None, session.starts_at,
                session.status.value, session.facilitator.email if session.facilitator else None,
                session.room.name if session.room else None, session.device_kind,
                session.device_model, session.device_os, session.network, session.setting,
                attempt.outcome.value, attempt.seconds, attempt.rating, attempt.errors,
                attempt.assists, attempt.notes,
            ))
        return sorted(out, key=repr)


def _seed_attempts(db: Database) -> None:
    """Attempts recorded through the ORM, as the window would: conditions, odd values, DST."""
    with db.session_factory.begin() as s:
        centres = {c.code: c for c in s.scalars(select(m.Centre))}
        tasks = {(t.study.stage.name, t.key): t for t in s.scalars(select(m.Task))}
        staff = s.scalars(select(m.Staff).where(m.Staff.email == "j.martin@example.com")).one()
        p1 = s.scalars(select(m.Participant)).one()
        p2 = m.Participant(code="P-PAR-0100", centre=centres["PAR"])
        s.add(p2)
        room = next(r for r in centres["PAR"].rooms if r.name == "Salon")
        s.flush()
        sessions = [
            m.Session(study=tasks[("Wireframes v2", "pay-bill")].study, centre=centres["DKR"],
                      participant=p1, starts_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
                      status=m.SessionStatus.COMPLETED),
            # 01:30 UTC on 25 Oct 2026 is the second 02:30 in Paris (clocks went back).
            m.Session(study=tasks[("Beta 1", "top-up")].study, centre=centres["PAR"],
                      room_id=room.id, facilitator=staff, participant=p2,
                      starts_at=datetime(2026, 10, 25, 1, 30, 7, tzinfo=UTC),
                      status=m.SessionStatus.COMPLETED, device_kind=m.DeviceKind.SMARTPHONE,
                      device_model="Galaxy A54", device_os="Android 14",
                      network=m.Network.CELL_4G, setting=m.Setting.LIVING_ROOM_LAB),
        ]
        s.add_all(sessions)
        s.flush()
        s.add_all([
            m.TaskAttempt(session=sessions[0], task=tasks[("Wireframes v2", "pay-bill")],
                          outcome=m.Outcome.SUCCESS, seconds=0.1 + 0.2, rating=7,
                          notes='Said "easy", then: ;,\r\nsecond line'),
            m.TaskAttempt(session=sessions[0], task=tasks[("Wireframes v2", "top-up")],
                          outcome=m.Outcome.SKIPPED, seconds=None, rating=None),
            m.TaskAttempt(session=sessions[1], task=tasks[("Beta 1", "top-up")],
                          outcome=m.Outcome.FALSE_COMPLETION, seconds=1234.5678, rating=2,
                          errors=3, assists=1, notes="Ünïcødé — عربي — 中文"),
            m.TaskAttempt(session=sessions[1], task=tasks[("Beta 1", "pay-bill")],
                          outcome=m.Outcome.GAVE_UP, seconds=1e-05, rating=1, errors=0),
        ])


def test_round_trip_is_exact(db: Database, tmp_path: Path) -> None:
    build_reference(db)
    _seed_attempts(db)
    first, rows = export_results_data(db)
    assert rows == 4 and first.startswith(UTF8_BOM)
    fresh = open_database(str(tmp_path / "fresh.sqlite3"))
    try:
        build_reference(fresh)
        result = import_results_data(fresh, first)
        assert (result.added, result.sessions_created, result.participants_created) == (4, 2, 1)
        second, _ = export_results_data(fresh)
        assert second == first
        assert _rows(fresh) == _rows(db)
        assert import_results_data(fresh, second).added == 0  # and again: nothing new
    finally:
        fresh.close()


def test_ambiguous_local_time_is_exported_with_its_offset(db: Database) -> None:
    build_reference(db)
    _seed_attempts(db)
    text = export_results_data(db, product="Self-care app", stage="Beta 1")[0].decode("utf-8-sig")
    assert "2026-10-25 02:30:07+01:00" in text
    assert text.splitlines()[0] == ",".join(COLUMNS)


def test_export_never_contains_contact_details(db: Database, tmp_path: Path) -> None:
    build_reference(db)
    _seed_attempts(db)
    out = tmp_path / "all.csv"
    export_results(db, out)
    data = out.read_bytes()
    for secret in (CONTACT_NAME, CONTACT_PHONE, CONTACT_EMAIL, "Zéphyrine", "000 42 42"):
        assert secret.encode() not in data
    assert b"P-DKR-0001" in data


def test_export_filters_and_unknown_names(db: Database) -> None:
    build_reference(db)
    _seed_attempts(db)
    assert export_results_data(db, product="Self-care app", stage="Wireframes v2")[1] == 2
    assert export_results_data(db, stage="Beta 1")[1] == 2
    assert export_results_data(db, product="Box TV")[1] == 0
    with pytest.raises(NotFound):
        export_results_data(db, product="Nope")
    with pytest.raises(NotFound):
        export_results_data(db, product="Box TV", stage="Beta 1")


def test_failed_export_leaves_the_old_file(db: Database, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    build_reference(db)
    _seed_attempts(db)
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "results.csv"
    out.write_bytes(b"old contents")

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("testlab.services.results_io.os.replace", broken_replace)
    with pytest.raises(Exception, match="No space left"):
        export_results(db, out)
    assert out.read_bytes() == b"old contents"
    assert sorted(p.name for p in folder.iterdir()) == ["results.csv"]  # no temp file left


def _copy_reference(source: Database, target: Database) -> None:
    """The demo's reference tables copied row for row (same ids) into ``target``."""
    with source.session_factory() as s:
        data = {
            model: [dict(r._mapping) for r in s.execute(select(model.__table__))]
            for model in REFERENCE_TABLES
        }
    with target.session_factory.begin() as s:
        for model in REFERENCE_TABLES:
            if data[model]:
                s.execute(insert(model.__table__), data[model])


def test_demo_round_trip(demo_db: Database, tmp_path: Path) -> None:
    """The whole demo network's attempts survive export and import into a fresh database."""
    first, rows = export_results_data(demo_db)
    assert rows > 1000
    fresh = open_database(str(tmp_path / "fresh.sqlite3"))
    try:
        _copy_reference(demo_db, fresh)
        before = count_rows(fresh)
        result = import_results_data(fresh, first)
        assert result.added == rows
        assert count_rows(fresh)["task_attempts"] == before["task_attempts"] + rows
        assert export_results_data(fresh)[0] == first
    finally:
        fresh.close()
