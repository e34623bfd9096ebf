"""testlab.services.network.list_staff: who may be chosen as the person at a lab PC."""

from __future__ import annotations

from testlab import model as m
from testlab.services.network import list_staff
from tests.unit.test_recording_world import build_lab


def test_empty_database_has_no_staff(sqlite_db):
    assert list_staff(sqlite_db) == []
    assert list_staff(sqlite_db, "MAD") == []


def test_staff_of_one_centre_by_name_with_roles(sqlite_db):
    lab = build_lab(sqlite_db)
    with sqlite_db.session_factory.begin() as s:
        s.add(m.StaffRole(staff_id=lab.staff_id, role=m.Role.FACILITATOR))
        s.add(m.StaffRole(staff_id=lab.staff_id, role=m.Role.ADMIN))
    everyone = list_staff(sqlite_db)
    assert [r.name for r in everyone] == ["Lucía Pérez", "Omar Haddad"]
    assert everyone[1].centre_code is None and everyone[1].roles == ()
    [lucia] = list_staff(sqlite_db, " mad ")
    assert (lucia.id, lucia.centre_code) == (lab.staff_id, "MAD")
    assert lucia.roles == (m.Role.ADMIN, m.Role.FACILITATOR)
    assert [r.id for r in list_staff(sqlite_db, role=m.Role.FACILITATOR)] == [lab.staff_id]
    assert list_staff(sqlite_db, "MAD", role=m.Role.DESIGNER) == []
    assert list_staff(sqlite_db, "XXX") == []


def test_demo_centre_staff_all_belong_to_it(demo_db):
    rows = list_staff(demo_db, "MAD")
    assert rows and all(r.centre_code == "MAD" for r in rows)
    assert [r.name for r in rows] == sorted(r.name for r in rows)
    facilitators = list_staff(demo_db, "MAD", role=m.Role.FACILITATOR)
    assert facilitators and all(m.Role.FACILITATOR in r.roles for r in facilitators)
