"""Declarative base, naming convention and the column types every table shares.

Identifiers are UUIDs so that records made in different centres never clash;
times are stored in UTC and converted to a centre's local time at the edges;
durations on task are kept to the millisecond.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, Enum, Float, Integer, MetaData, Uuid, text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

# Stable constraint names, so Alembic migrations can refer to them on both backends.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored in UTC; naive values are refused, not guessed."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; TestLab stores aware UTC times only")
        value = value.astimezone(UTC)
        # SQLite keeps no zone: store the UTC wall time.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def to_millisecond(seconds: float) -> float:
    """``seconds`` rounded to the millisecond, a positive time staying positive.

    Python's ``round(seconds, 3)``; a time under half a millisecond becomes 0.001
    rather than 0, which the ``seconds > 0`` checks would refuse.
    """
    rounded = round(seconds, 3)
    return 0.001 if rounded == 0 and seconds > 0 else rounded


class MillisecondSeconds(TypeDecorator[float]):
    """Seconds as a float, stored on the millisecond grid (``to_millisecond``).

    Whatever writes the column (ORM, Core executemany) stores a whole number of
    milliseconds, so statistics can read ``ROUND(seconds * 1000)`` as exact
    integer milliseconds.
    """

    impl = Float
    cache_ok = True

    def process_bind_param(self, value: float | None, dialect: Dialect) -> float | None:
        return None if value is None else to_millisecond(value)


def str_enum(enum_class: type[enum.Enum], name: str) -> Enum:
    """A portable enum column: stored as its string values, guarded by a CHECK."""
    return Enum(
        enum_class,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(str(m.value)) for m in enum_class),
        values_callable=lambda members: [str(m.value) for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    """Base of every TestLab table."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {datetime: UTCDateTime(), uuid.UUID: Uuid()}


def uuid_pk() -> Mapped[uuid.UUID]:
    """A UUID primary key, generated in Python so it is known before the insert."""
    return mapped_column(Uuid(), primary_key=True, default=uuid.uuid4)


def version_column() -> Mapped[int]:
    """The row's version, for ``__mapper_args__ = {"version_id_col": version}``.

    The ORM adds ``AND version = <the version read>`` to every UPDATE of the row
    and raises ``StaleDataError`` when another unit of work changed it meanwhile:
    the one mechanism that keeps read-modify-write services (corrections, status
    changes, questionnaire answers) from losing an update.  Rows inserted outside
    the ORM (imports, the demo) start at 1 by the server default.
    """
    return mapped_column(Integer, nullable=False, server_default=text("1"))
