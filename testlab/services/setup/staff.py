"""Staff: create, edit, deactivate (never delete, so recorded work keeps its author)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import InvalidField, NotFound
from testlab.model.enums import Role
from testlab.services.setup import fields as check


@dataclass(frozen=True)
class StaffFields:
    """A member of staff; ``home_centre_id`` None: no home centre."""

    name: str
    email: str
    roles: frozenset[Role] = frozenset()
    home_centre_id: uuid.UUID | None = None


@dataclass(frozen=True)
class StaffRecord:
    """A member of staff as saved."""

    id: uuid.UUID
    name: str
    email: str
    roles: tuple[Role, ...]
    home_centre_id: uuid.UUID | None
    active: bool


def _record(staff: m.Staff) -> StaffRecord:
    return StaffRecord(staff.id, staff.name, staff.email, tuple(sorted(staff.roles)),
                       staff.home_centre_id, staff.active)


def save_staff(s: OrmSession, fields: StaffFields, staff: m.Staff | None = None) -> m.Staff:
    """Create or update a member of staff in ``s``; the e-mail is unique (any case)."""
    name = check.text(fields.name, "name", 120)
    email = check.email(fields.email)
    roles = {check.choice(role, Role, "roles") for role in fields.roles}
    other = s.scalar(select(m.Staff.id).where(func.lower(m.Staff.email) == email.lower()))
    if other is not None and (staff is None or other != staff.id):
        raise InvalidField("email", f"email {email} is already another member of staff's.")
    if fields.home_centre_id is not None and s.get(m.Centre, fields.home_centre_id) is None:
        raise InvalidField("home_centre", f"home_centre: no centre with id {fields.home_centre_id}.")
    if staff is None:
        staff = m.Staff(name=name, email=email, home_centre_id=fields.home_centre_id, active=True)
        s.add(staff)
    else:
        staff.name, staff.email, staff.home_centre_id = name, email, fields.home_centre_id
    for row in list(staff.role_rows):
        if row.role not in roles:
            staff.role_rows.remove(row)
    for role in sorted(roles - staff.roles):
        staff.role_rows.append(m.StaffRole(role=role))
    s.flush()
    return staff


def create_staff(db: Database, *, fields: StaffFields) -> StaffRecord:
    """A new, active member of staff."""
    with db.session_factory.begin() as s:
        return _record(save_staff(s, fields))


def edit_staff(db: Database, *, staff_id: uuid.UUID, fields: StaffFields) -> StaffRecord:
    """Change a member of staff's name, e-mail, roles or home centre."""
    with db.session_factory.begin() as s:
        return _record(save_staff(s, fields, _staff(s, staff_id)))


def set_staff_active(db: Database, *, staff_id: uuid.UUID, active: bool) -> StaffRecord:
    """Deactivate someone who left (or bring them back); nothing they recorded changes."""
    with db.session_factory.begin() as s:
        staff = _staff(s, staff_id)
        staff.active = active
        s.flush()
        return _record(staff)


def _staff(s: OrmSession, staff_id: uuid.UUID) -> m.Staff:
    staff = s.get(m.Staff, staff_id)
    if staff is None:
        raise NotFound(f"No member of staff with id {staff_id}.")
    return staff
