"""Minimal valid rows for model tests: one centre, room, staff, product, study, task, session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy.orm import Session

from testlab import model as m


@dataclass
class World:
    centre: m.Centre
    other_centre: m.Centre
    room: m.Room
    other_room: m.Room
    facilitator: m.Staff
    product: m.Product
    stage: m.Stage
    study: m.Study
    task: m.Task
    participant: m.Participant
    session: m.Session


def build_world(s: Session) -> World:
    """Insert one of everything a recorded attempt needs, and return it."""
    centre = m.Centre(code="DKR", name="Centre de Dakar", city="Dakar", country="SN",
                      time_zone="Africa/Dakar")
    other = m.Centre(code="LDZ", name="Centrum Łódź", city="Łódź", country="PL",
                     time_zone="Europe/Warsaw")
    room = m.Room(centre=centre, name="Lab 1", kind=m.RoomKind.USABILITY_LAB)
    other_room = m.Room(centre=other, name="Salon", kind=m.RoomKind.LIVING_ROOM_LAB)
    centre.hours.append(m.OpeningHours(weekday=0, opens=time(9), closes=time(18)))
    staff = m.Staff(name="Aïssatou Diop", email="a.diop@example.com", home_centre=centre)
    staff.role_rows.append(m.StaffRole(role=m.Role.FACILITATOR))
    product = m.Product(name="Self-care app", owner=staff)
    stage = m.Stage(product=product, position=0, kind=m.StageKind.PROTOTYPE, name="Wireframes v2")
    study = m.Study(stage=stage, title="Round 1", method=m.StudyMethod.MODERATED_LAB,
                    starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 6),
                    status=m.StudyStatus.CLOSED)
    task = m.Task(study=study, position=0, key="pay-bill", title="Pay your bill",
                  target_seconds=90.0)
    participant = m.Participant(code="P-DKR-0001", centre=centre)
    s.add_all([centre, other, room, other_room, staff, product, participant])
    s.flush()
    session = m.Session(study=study, centre_id=centre.id, room_id=room.id, participant=participant,
                        facilitator=staff, starts_at=datetime(2026, 3, 2, 9, 30, tzinfo=UTC),
                        status=m.SessionStatus.COMPLETED)
    s.add(session)
    s.flush()
    return World(centre, other, room, other_room, staff, product, stage, study, task,
                 participant, session)
