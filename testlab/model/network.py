"""The test-centre network: centres, their rooms and opening hours, and staff."""

from __future__ import annotations

import uuid
from datetime import date, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    SmallInteger,
    String,
    Time,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from testlab.model.base import Base, str_enum, uuid_pk
from testlab.model.enums import Role, RoomKind


class Centre(Base):
    """One of the operator's customer test centres."""

    __tablename__ = "centres"
    __table_args__ = (
        CheckConstraint("length(code) = 3", name="code_three_letters"),
        CheckConstraint("length(country) = 2", name="country_iso2"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    code: Mapped[str] = mapped_column(String(3), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    city: Mapped[str] = mapped_column(String(120))
    country: Mapped[str] = mapped_column(String(2))
    time_zone: Mapped[str] = mapped_column(String(64))

    rooms: Mapped[list[Room]] = relationship(
        back_populates="centre", cascade="all, delete-orphan", order_by="Room.name"
    )
    hours: Mapped[list[OpeningHours]] = relationship(
        back_populates="centre", cascade="all, delete-orphan", order_by="OpeningHours.weekday"
    )
    closed_days: Mapped[list[ClosedDay]] = relationship(
        back_populates="centre", cascade="all, delete-orphan", order_by="ClosedDay.day"
    )


class OpeningHours(Base):
    """When a centre is open on one weekday (0 = Monday), in its local time."""

    __tablename__ = "opening_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("opens < closes", name="opens_before_closes"),
    )

    centre_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("centres.id", ondelete="CASCADE"), primary_key=True
    )
    weekday: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    opens: Mapped[time] = mapped_column(Time)
    closes: Mapped[time] = mapped_column(Time)

    centre: Mapped[Centre] = relationship(back_populates="hours")


class ClosedDay(Base):
    """A date on which a centre is closed although its weekday is open (a holiday)."""

    __tablename__ = "closed_days"

    centre_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("centres.id", ondelete="CASCADE"), primary_key=True
    )
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str] = mapped_column(String(120), default="")

    centre: Mapped[Centre] = relationship(back_populates="closed_days")


class Room(Base):
    """A room of a centre where sessions take place."""

    __tablename__ = "rooms"
    __table_args__ = (
        UniqueConstraint("centre_id", "name"),
        # Target of the sessions' (room_id, centre_id) foreign key: a session's
        # room must belong to the session's centre.
        UniqueConstraint("id", "centre_id"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id", ondelete="CASCADE"))
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[RoomKind] = mapped_column(str_enum(RoomKind, "room_kind"))

    centre: Mapped[Centre] = relationship(back_populates="rooms")


class Staff(Base):
    """A member of staff: facilitator, designer, product owner and/or admin."""

    __tablename__ = "staff"

    id: Mapped[uuid.UUID] = uuid_pk()
    name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str] = mapped_column(String(254), unique=True)
    home_centre_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("centres.id", ondelete="SET NULL"), index=True
    )
    # Someone who leaves is deactivated, never deleted: their recorded work keeps its author.
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())

    home_centre: Mapped[Centre | None] = relationship()
    role_rows: Mapped[list[StaffRole]] = relationship(
        back_populates="staff", cascade="all, delete-orphan"
    )

    @property
    def roles(self) -> set[Role]:
        """The roles this person holds."""
        return {row.role for row in self.role_rows}


class StaffRole(Base):
    """One role held by one member of staff."""

    __tablename__ = "staff_roles"

    staff_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("staff.id", ondelete="CASCADE"), primary_key=True
    )
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"), primary_key=True)

    staff: Mapped[Staff] = relationship(back_populates="role_rows")
