"""Correcting observations later: edit text and tags, delete; audited, versioned, stale refused."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import Conflict, InvalidInput, NotFound
from testlab.services.findings import add_finding
from testlab.services.recording.notes import ObservationInfo, add_observation
from testlab.services.recording.observation_corrections import (
    DELETED,
    EDITED,
    delete_observation,
    edit_observation,
    observation_history,
    session_observations,
)
from testlab.services.recording.session import complete_session
from tests.unit.test_recording_world import TASKS, Lab, open_lab

PC = "LAB-PC-01"
T0 = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)


@pytest.fixture
def lab(db: Database) -> Lab:
    world = open_lab(db, T0, PC)
    return world


def _note(db: Database, lab: Lab, body: str, seconds: float, task: int | None = 0,
          tags: tuple[str, ...] = ()) -> ObservationInfo:
    return add_observation(db, lab.session_id, elapsed_seconds=seconds, text=body, tags=tags,
                           task_id=lab.task_ids[task] if task is not None else None,
                           by=lab.staff_id, now=T0 + timedelta(seconds=seconds))


def _rows(db: Database) -> list[tuple[str, list[str], int]]:
    with db.session_factory() as s:
        return [(o.text, list(o.tags), o.version) for o in s.scalars(
            select(m.Observation).order_by(m.Observation.elapsed_seconds))]


def test_observations_listed_with_task_and_who_noted_them(db: Database, lab: Lab) -> None:
    _note(db, lab, "Second", 90.0, task=None)
    first = _note(db, lab, "Looks for the menu", 30.0, tags=("navigation",))
    rows = session_observations(db, lab.session_id)
    assert [r.observation.text for r in rows] == ["Looks for the menu", "Second"]
    assert (rows[0].id, rows[0].task_title, rows[0].noted_by_name, rows[0].corrections) == (
        first.id, TASKS[0][1], "Lucía Pérez", 0)
    assert rows[1].task_title is None and rows[0].observation.version == 1


def test_an_edit_after_the_session_keeps_the_note_as_it_was(db: Database, lab: Lab) -> None:
    note = _note(db, lab, "Taps the wrong buton", 30.0, tags=("typo",))
    complete_session(db, lab.session_id, workstation=PC, now=T0 + timedelta(minutes=40))
    later = T0 + timedelta(days=1)
    edited = edit_observation(db, note.id, by=lab.other_staff_id, reason="spelling",
                              text=" Taps the wrong button ", tags=["#Navigation", "tap"],
                              version=note.version, now=later)
    assert (edited.text, edited.tags, edited.version) == (
        "Taps the wrong button", ("navigation", "tap"), note.version + 1)
    assert edited.elapsed_seconds == 30.0 and edited.task_id == note.task_id
    [entry] = observation_history(db, lab.session_id)
    assert (entry.observation_id, entry.action, entry.changed_by_name, entry.changed_at,
            entry.reason, entry.text, entry.tags, entry.elapsed_seconds) == (
        note.id, EDITED, "Omar Haddad", later, "spelling", "Taps the wrong buton", ("typo",),
        30.0)
    assert session_observations(db, lab.session_id)[0].corrections == 1
    # Only the tags: the text stays.
    again = edit_observation(db, note.id, by=lab.staff_id, reason="tag", tags=[])
    assert (again.text, again.tags) == ("Taps the wrong button", ())


def test_a_deletion_is_kept_in_the_history(db: Database, lab: Lab) -> None:
    gone = _note(db, lab, "Wrong participant", 10.0)
    kept = _note(db, lab, "Stays", 20.0)
    delete_observation(db, gone.id, by=lab.other_staff_id, reason="noted in the wrong session",
                       version=gone.version, now=T0 + timedelta(hours=1))
    assert [r.id for r in session_observations(db, lab.session_id)] == [kept.id]
    [entry] = observation_history(db, lab.session_id)
    assert (entry.action, entry.text, entry.changed_by_name, entry.reason) == (
        DELETED, "Wrong participant", "Omar Haddad", "noted in the wrong session")
    # A correction of the deleted note says who deleted it.
    with pytest.raises(Conflict, match="Omar Haddad deleted this observation meanwhile"):
        edit_observation(db, gone.id, by=lab.staff_id, reason="x", text="y",
                         version=gone.version)


def test_a_stale_version_is_refused_saying_who_changed_what(db: Database, lab: Lab) -> None:
    note = _note(db, lab, "Hesitates", 10.0)
    edit_observation(db, note.id, by=lab.other_staff_id, reason="more precise",
                     text="Hesitates 5 s on the price", version=note.version)
    before = _rows(db)
    for act in (lambda: edit_observation(db, note.id, by=lab.staff_id, reason="mine",
                                         text="Mine", version=note.version),
                lambda: delete_observation(db, note.id, by=lab.staff_id, reason="mine",
                                           version=note.version)):
        with pytest.raises(Conflict) as refused:
            act()
        message = str(refused.value)
        assert "Omar Haddad corrected this observation meanwhile" in message
        assert "“Hesitates” → “Hesitates 5 s on the price”" in message
        assert "more precise" in message and "not saved" in message
    assert _rows(db) == before
    assert len(observation_history(db, lab.session_id)) == 1


def test_a_correction_racing_another_at_the_same_moment_is_a_conflict(
    db: Database, lab: Lab
) -> None:
    note = _note(db, lab, "Original", 10.0)
    key = note.id.hex if db.is_sqlite else note.id
    fired: list[bool] = []

    def other_pc_writes(_session: OrmSession, *_args: object) -> None:
        if fired:
            return
        fired.append(True)
        with db.engine.begin() as other:
            other.execute(text("UPDATE observations SET text = 'Theirs', version = version + 1 "
                               "WHERE id = :id"), {"id": key})

    event.listen(OrmSession, "before_flush", other_pc_writes)
    try:
        with pytest.raises(Conflict, match="meanwhile"):
            edit_observation(db, note.id, by=lab.staff_id, reason="mine", text="Mine",
                             version=note.version)
    finally:
        event.remove(OrmSession, "before_flush", other_pc_writes)
    assert _rows(db)[0][0] == "Theirs"
    assert observation_history(db, lab.session_id) == []


def test_evidence_of_a_finding_is_not_deleted(db: Database, lab: Lab) -> None:
    note = _note(db, lab, "Cannot find roaming", 10.0)
    add_finding(db, product="Self-care app", first_stage="Beta 2", title="Roaming hidden",
                severity=2, affected=1, observed=1, observation_ids=[note.id])
    with pytest.raises(Conflict, match="evidence of the finding “Roaming hidden”"):
        delete_observation(db, note.id, by=lab.staff_id, reason="x")
    assert len(_rows(db)) == 1 and observation_history(db, lab.session_id) == []
    # Its text can still be corrected.
    assert edit_observation(db, note.id, by=lab.staff_id, reason="clearer",
                            text="Cannot find the roaming switch").version == 2


def test_bad_corrections_change_nothing(db: Database, lab: Lab) -> None:
    note = _note(db, lab, "Kept", 10.0, tags=("a",))
    before = _rows(db)
    for kwargs in ({"reason": " ", "text": "New"}, {"reason": "x", "text": "  "},
                   {"reason": "x", "text": "Kept"}, {"reason": "x", "tags": ["a"]},
                   {"reason": "x", "tags": ["two words"]}, {"reason": "x", "tags": ["t" * 41]}):
        with pytest.raises(InvalidInput):
            edit_observation(db, note.id, by=lab.staff_id, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(InvalidInput):
        delete_observation(db, note.id, by=lab.staff_id, reason="")
    with pytest.raises(NotFound):
        edit_observation(db, note.id, by=uuid.uuid4(), reason="x", text="New")
    with pytest.raises(NotFound):
        delete_observation(db, uuid.uuid4(), by=lab.staff_id, reason="x")
    assert _rows(db) == before and observation_history(db, lab.session_id) == []
