"""A small lab world for recording tests (not the demo): one centre, a study of
three tasks, a facilitator, and sessions scheduled for today.

Imported by the recording, sessions, console and kill/resume tests; holds a
sanity test of its own so the module is also a valid test file.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from testlab import model as m
from testlab.db.database import Database

TASKS = (
    ("find-plan", "Find a mobile plan",
     "You want a plan with more data for under 20 euros a month. Find one you would choose.",
     "Opens the plan list and selects a plan of at most 20 euros with at least 20 GB.", 120.0),
    ("pay-bill", "Pay your bill",
     "Your March bill has arrived. Pay it with the card saved in the app.",
     "Payment confirmation screen shown; card ending 4242 used.", 90.0),
    ("roaming", "Switch on roaming",
     "You travel to Morocco tomorrow. Make sure your phone will work there.",
     "Roaming toggle on for Morocco; the price notice read.", None),
)


@dataclass(frozen=True)
class Lab:
    """Ids of what the tests record against."""

    centre_code: str
    centre_id: uuid.UUID
    study_id: uuid.UUID
    task_ids: tuple[uuid.UUID, ...]
    staff_id: uuid.UUID
    other_staff_id: uuid.UUID
    session_id: uuid.UUID
    other_session_id: uuid.UUID
    participant_code: str


def build_lab(db: Database, now: datetime | None = None) -> Lab:
    """Insert the world through the ORM; the two sessions start an hour either side of ``now``."""
    instant = now or datetime.now(UTC)
    with db.session_factory.begin() as s:
        centre = m.Centre(code="MAD", name="Centro Madrid", city="Madrid", country="ES",
                          time_zone="Europe/Madrid")
        room = m.Room(centre=centre, name="Lab 1", kind=m.RoomKind.USABILITY_LAB)
        staff = m.Staff(name="Lucía Pérez", email="l.perez@example.com", home_centre=centre)
        other_staff = m.Staff(name="Omar Haddad", email="o.haddad@example.com")
        product = m.Product(name="Self-care app", owner=staff)
        stage = m.Stage(product=product, position=0, kind=m.StageKind.BETA, name="Beta 2")
        today = instant.date()
        study = m.Study(stage=stage, title="Beta round", method=m.StudyMethod.MODERATED_LAB,
                        starts_on=today - timedelta(days=3), ends_on=today + timedelta(days=3),
                        status=m.StudyStatus.RUNNING)
        study.centres.append(m.StudyCentre(centre=centre, planned_sample=8))
        for position, (key, title, scenario, criteria, target) in enumerate(TASKS):
            study.tasks.append(m.Task(position=position, key=key, title=title, scenario=scenario,
                                      success_criteria=criteria, target_seconds=target))
        p1 = m.Participant(code="P-MAD-0007", centre=centre, age_band=m.AgeBand.A35_44,
                           segment=m.Segment.FAMILY, digital_skill=m.DigitalSkill.MEDIUM,
                           consent_date=date(2026, 1, 5), consent_version="v3",
                           consent_audio=True, consent_screen=True)
        p2 = m.Participant(code="P-MAD-0008", centre=centre)
        s.add_all([centre, room, staff, other_staff, product, p1, p2])
        s.flush()
        session = m.Session(study=study, centre_id=centre.id, room_id=room.id, participant=p1,
                            facilitator=staff, starts_at=instant - timedelta(minutes=30),
                            status=m.SessionStatus.SCHEDULED, device_kind=m.DeviceKind.SMARTPHONE,
                            device_model="Galaxy A54", network=m.Network.CELL_4G,
                            setting=m.Setting.LAB)
        other = m.Session(study=study, centre_id=centre.id, room_id=room.id, participant=p2,
                          facilitator=other_staff, starts_at=instant + timedelta(minutes=30),
                          status=m.SessionStatus.SCHEDULED)
        s.add_all([session, other])
        s.flush()
        return Lab("MAD", centre.id, study.id, tuple(t.id for t in study.tasks), staff.id,
                   other_staff.id, session.id, other.id, p1.code)


def test_build_lab_has_three_tasks_in_order(sqlite_db: Database) -> None:
    lab = build_lab(sqlite_db)
    with sqlite_db.session_factory.begin() as s:
        keys = [t.key for t in s.get(m.Study, lab.study_id).tasks]
    assert keys == [t[0] for t in TASKS]


def open_lab(db: Database, now: datetime, workstation: str) -> Lab:
    """The world with its first session checked in (consent given) and opened for recording
    at ``workstation``: where the console's tests start."""
    from testlab.services import sessions
    from testlab.services.recording.session import open_for_recording

    lab = build_lab(db, now)
    sessions.check_in(db, lab.session_id, consent_confirmed=True, by=lab.staff_id, now=now)
    open_for_recording(db, lab.session_id, workstation, now=now)
    return lab
