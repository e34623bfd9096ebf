"""A small network built through the setup services, for the setup tests."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from testlab.db.database import Database
from testlab.model.enums import Role, RoomKind, StageKind, StudyMethod
from testlab.services.setup import centres, products, staff, studies, tasks

WEEKDAYS_9_TO_6 = tuple(centres.Hours(day, time(9), time(18)) for day in range(5))


@dataclass(frozen=True)
class World:
    centre: uuid.UUID
    room: uuid.UUID
    owner: uuid.UUID
    product: uuid.UUID
    concept: uuid.UUID
    beta: uuid.UUID
    study: uuid.UUID


def madrid(**changes: object) -> centres.CentreFields:
    values: dict[str, object] = dict(code="MAD", name="Madrid lab", city="Madrid", country="ES",
                                     time_zone="Europe/Madrid", hours=WEEKDAYS_9_TO_6,
                                     closed_days=(date(2026, 12, 25),))
    values.update(changes)
    return centres.CentreFields(**values)  # type: ignore[arg-type]


def study_fields(**changes: object) -> studies.StudyFields:
    values: dict[str, object] = dict(title="Round 1", method=StudyMethod.MODERATED_LAB,
                                     starts_on=date(2026, 3, 2), ends_on=date(2026, 3, 6))
    values.update(changes)
    return studies.StudyFields(**values)  # type: ignore[arg-type]


def build(db: Database) -> World:
    centre = centres.create_centre(db, fields=madrid())
    room = centres.add_room(db, centre_id=centre.id, name="Lab 1", kind=RoomKind.USABILITY_LAB)
    owner = staff.create_staff(db, fields=staff.StaffFields(
        name="Ana Ruiz", email="ana@example.net", roles=frozenset({Role.PRODUCT_OWNER}),
        home_centre_id=centre.id))
    product = products.create_product(db, fields=products.ProductFields(
        name="Self-care app", owner_id=owner.id))
    concept = products.add_stage(db, product_id=product.id, name="Wireframes",
                                 kind=StageKind.CONCEPT)
    beta = products.add_stage(db, product_id=product.id, name="Beta 1", kind=StageKind.BETA)
    study = studies.create_study(db, stage_id=concept.id, fields=study_fields(),
                                 centres={centre.id: 8})
    for key, title in (("pay-bill", "Pay your bill"), ("top-up", "Top up")):
        tasks.add_task(db, study_id=study.id, fields=tasks.TaskFields(
            key=key, title=title, scenario=f"Scenario of {key}", target_seconds=60.0))
    return World(centre.id, room.id, owner.id, product.id, concept.id, beta.id, study.id)
