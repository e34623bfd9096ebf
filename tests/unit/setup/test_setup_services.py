"""Every setup entity created, edited and refused through the services, on both backends."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import func, select

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import InvalidField, NeedsConfirmation
from testlab.model.enums import Outcome, Role, RoomKind, SessionStatus, StageKind, StudyStatus
from testlab.services.setup import centres, products, staff, studies, tasks

from .world import build, madrid, study_fields


def _counts(db: Database) -> tuple[int, ...]:
    with db.session_factory.begin() as s:
        return tuple(s.scalar(select(func.count()).select_from(table)) or 0 for table in (
            m.Centre, m.Room, m.OpeningHours, m.ClosedDay, m.Staff, m.StaffRole, m.Product,
            m.Stage, m.Study, m.StudyCentre, m.Task))


def _refused(db: Database, field: str, call: object) -> InvalidField:
    before = _counts(db)
    with pytest.raises(InvalidField) as caught:
        call()  # type: ignore[operator]
    assert caught.value.field == field
    assert field.split("_")[0] in str(caught.value)
    assert _counts(db) == before
    return caught.value


def test_a_whole_design_is_created(db: Database) -> None:
    world = build(db)
    assert _counts(db) == (1, 1, 5, 1, 1, 1, 1, 2, 1, 1, 2)
    with db.session_factory.begin() as s:
        centre = s.get_one(m.Centre, world.centre)
        assert [h.weekday for h in centre.hours] == [0, 1, 2, 3, 4]
        assert [d.day for d in centre.closed_days] == [date(2026, 12, 25)]
        study = s.get_one(m.Study, world.study)
        assert study.status is StudyStatus.DRAFT
        assert [(t.position, t.key) for t in study.tasks] == [(0, "pay-bill"), (1, "top-up")]


def test_centre_edited_and_refused(db: Database) -> None:
    world = build(db)
    edited = centres.edit_centre(db, centre_id=world.centre, fields=madrid(
        name="Madrid Castellana", hours=(centres.Hours(5, time(10), time(14)),), closed_days=()))
    assert (edited.name, edited.hours, edited.closed_days) == (
        "Madrid Castellana", (centres.Hours(5, time(10), time(14)),), ())
    _refused(db, "time_zone", lambda: centres.create_centre(
        db, fields=madrid(code="DKR", time_zone="Africa/Atlantis")))
    _refused(db, "code", lambda: centres.create_centre(db, fields=madrid(name="Other")))
    _refused(db, "code", lambda: centres.create_centre(db, fields=madrid(code="MA1")))
    _refused(db, "country", lambda: centres.create_centre(db, fields=madrid(code="LIS",
                                                                              country="PRT")))
    _refused(db, "hours", lambda: centres.edit_centre(db, centre_id=world.centre, fields=madrid(
        hours=(centres.Hours(0, time(18), time(9)),))))


def test_rooms_added_renamed_and_refused(db: Database) -> None:
    world = build(db)
    room = centres.edit_room(db, room_id=world.room, name="Living room",
                             kind=RoomKind.LIVING_ROOM_LAB)
    assert (room.name, room.kind) == ("Living room", RoomKind.LIVING_ROOM_LAB)
    _refused(db, "name", lambda: centres.add_room(db, centre_id=world.centre,
                                                   name="Living room", kind="remote"))
    _refused(db, "kind", lambda: centres.add_room(db, centre_id=world.centre, name="X",
                                                   kind="kitchen"))
    # The only room of a centre taking part in a draft study stays.
    _refused(db, "room", lambda: centres.remove_room(db, room_id=world.room))


def test_staff_edited_deactivated_and_refused(db: Database) -> None:
    world = build(db)
    person = staff.create_staff(db, fields=staff.StaffFields(
        name="Awa Diop", email="awa@example.net",
        roles=frozenset({Role.FACILITATOR, Role.DESIGNER})))
    assert person.roles == (Role.DESIGNER, Role.FACILITATOR) and person.active
    edited = staff.edit_staff(db, staff_id=person.id, fields=staff.StaffFields(
        name="Awa Diop", email="awa.diop@example.net", roles=frozenset({Role.ADMIN}),
        home_centre_id=world.centre))
    assert (edited.email, edited.roles, edited.home_centre_id) == (
        "awa.diop@example.net", (Role.ADMIN,), world.centre)
    gone = staff.set_staff_active(db, staff_id=person.id, active=False)
    assert not gone.active
    _refused(db, "email", lambda: staff.create_staff(db, fields=staff.StaffFields(
        name="Someone", email="ANA@example.net")))
    _refused(db, "email", lambda: staff.create_staff(db, fields=staff.StaffFields(
        name="Someone", email="not an address")))
    _refused(db, "roles", lambda: staff.create_staff(db, fields=staff.StaffFields(
        name="Someone", email="s@example.net", roles=frozenset({"boss"}))))  # type: ignore[arg-type]


def test_products_and_stages_added_renamed_reordered(db: Database) -> None:
    world = build(db)
    product = products.edit_product(db, product_id=world.product, fields=products.ProductFields(
        name="My Account", description="Self-care", owner_id=world.owner))
    assert product.name == "My Account"
    products.edit_stage(db, stage_id=world.beta, name="Beta 2", kind=StageKind.BETA)
    reordered = products.reorder_stages(db, product_id=world.product,
                                        order=[world.beta, world.concept])
    assert [(st.position, st.name) for st in reordered.stages] == [(0, "Beta 2"), (1, "Wireframes")]
    _refused(db, "name", lambda: products.add_stage(db, product_id=world.product, name="Beta 2",
                                                     kind="beta"))
    _refused(db, "name", lambda: products.create_product(db, fields=products.ProductFields(
        name="My Account")))
    _refused(db, "owner", lambda: products.create_product(db, fields=products.ProductFields(
        name="TV", owner_id=uuid.uuid4())))
    _refused(db, "stages", lambda: products.reorder_stages(db, product_id=world.product,
                                                            order=[world.beta]))


def test_studies_edited_moved_on_and_refused(db: Database) -> None:
    world = build(db)
    edited = studies.edit_study(db, study_id=world.study, fields=study_fields(
        objectives="Can customers pay?", status=StudyStatus.PLANNED), centres={world.centre: 12})
    assert (edited.status, edited.centres) == (StudyStatus.PLANNED, ((world.centre, 12),))
    assert studies.set_study_status(db, study_id=world.study,
                                    status="running").status is StudyStatus.RUNNING
    _refused(db, "status", lambda: studies.set_study_status(db, study_id=world.study,
                                                             status="draft"))
    _refused(db, "ends_on", lambda: studies.create_study(db, stage_id=world.beta, fields=study_fields(
        starts_on=date(2026, 4, 10), ends_on=date(2026, 4, 1))))
    _refused(db, "planned_sample", lambda: studies.create_study(
        db, stage_id=world.beta, fields=study_fields(), centres={world.centre: 0}))
    _refused(db, "title", lambda: studies.create_study(db, stage_id=world.concept,
                                                        fields=study_fields()))
    roomless = centres.create_centre(db, fields=madrid(code="DKR", time_zone="Africa/Dakar"))
    error = _refused(db, "centres", lambda: studies.create_study(
        db, stage_id=world.beta, fields=study_fields(), centres={roomless.id: 5}))
    assert "DKR has no room" in str(error)


def _record_attempt(db: Database, world_study: uuid.UUID, centre: uuid.UUID, key: str) -> None:
    with db.session_factory.begin() as s:
        task = s.scalars(select(m.Task).where(m.Task.study_id == world_study,
                                              m.Task.key == key)).one()
        session = m.Session(study_id=world_study, centre_id=centre, status=SessionStatus.COMPLETED,
                            starts_at=datetime(2026, 3, 2, 9, tzinfo=UTC))
        s.add(session)
        s.flush()
        s.add(m.TaskAttempt(session_id=session.id, task_id=task.id, outcome=Outcome.SUCCESS,
                            seconds=42.0))


def test_tasks_reordered_copied_and_protected_once_recorded(db: Database) -> None:
    world = build(db)
    with db.session_factory.begin() as s:
        ids = {t.key: t.id for t in s.get_one(m.Study, world.study).tasks}
    order = tasks.reorder_tasks(db, study_id=world.study, order=[ids["top-up"], ids["pay-bill"]])
    assert [t.key for t in order] == ["top-up", "pay-bill"]
    beta_study = studies.create_study(db, stage_id=world.beta, fields=study_fields(title="Beta"))
    copied = tasks.copy_tasks(db, from_study_id=world.study, to_study_id=beta_study.id)
    assert [(t.key, t.title, t.target_seconds) for t in copied] == [
        ("top-up", "Top up", 60.0), ("pay-bill", "Pay your bill", 60.0)]
    _refused(db, "key", lambda: tasks.copy_tasks(db, from_study_id=world.study,
                                                  to_study_id=beta_study.id))
    _refused(db, "from_study", lambda: tasks.copy_tasks(db, from_study_id=beta_study.id,
                                                         to_study_id=world.study))
    _refused(db, "key", lambda: tasks.add_task(db, study_id=world.study, fields=tasks.TaskFields(
        key="pay-bill", title="Again")))
    _refused(db, "target_seconds", lambda: tasks.add_task(db, study_id=world.study,
                                                           fields=tasks.TaskFields(
        key="new", title="New", target_seconds=0)))

    _record_attempt(db, world.study, world.centre, "pay-bill")
    _refused(db, "task", lambda: tasks.delete_task(db, task_id=ids["pay-bill"]))
    _refused(db, "key", lambda: tasks.edit_task(db, task_id=ids["pay-bill"], fields=tasks.TaskFields(
        key="pay-my-bill", title="Pay your bill", scenario="Scenario of pay-bill",
        target_seconds=60.0)))
    reworded = tasks.TaskFields(key="pay-bill", title="Pay this month's bill",
                                scenario="Scenario of pay-bill", target_seconds=60.0)
    with pytest.raises(NeedsConfirmation) as asked:
        tasks.edit_task(db, task_id=ids["pay-bill"], fields=reworded)
    assert asked.value.field == "title"
    done = tasks.edit_task(db, task_id=ids["pay-bill"], fields=reworded, confirm_wording=True)
    assert done.title == "Pay this month's bill"
    tasks.delete_task(db, task_id=ids["top-up"])  # no attempt: goes, the rest closes up
    with db.session_factory.begin() as s:
        left = [(t.position, t.key) for t in s.get_one(m.Study, world.study).tasks]
    assert left == [(0, "pay-bill")]


def test_the_documented_example_imports_and_again_changes_nothing(db: Database,
                                                                  tmp_path: object) -> None:
    from pathlib import Path

    from testlab.services.setup_file import import_setup, setup_document

    doc = (Path(__file__).parents[3] / "docs" / "setup-file.md").read_text(encoding="utf-8")
    example = doc.split("```toml\n", 1)[1].split("```", 1)[0]
    file = Path(str(tmp_path)) / "example.toml"
    file.write_text(example, encoding="utf-8")
    first = import_setup(db, file)
    assert first.entries == 18 and first.created > 18
    again = import_setup(db, file)
    assert (again.created, again.changed) == (0, 0)
    exported = setup_document(db)
    assert [t["key"] for t in exported["task"]] == ["pay-bill", "top-up", "pay-bill"]
    assert [p["active"] for p in exported["staff"]] == [True, True, False]
    assert exported["centre"][1]["closed_days"] == [date(2026, 12, 25), date(2027, 1, 1)]
    assert exported["customers"] == [{"country": "ES", "segment": "family",
                                      "customers": 2_400_000}]
