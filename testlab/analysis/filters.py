"""Filters every figure follows: centres, participant profile and session dates.

A filter is a condition on the attempts' and answers' sessions, added to the grouped
SQL queries as ``session_id IN (SELECT …)``: nothing is loaded into Python to filter it.
Session dates are UTC calendar days (``--from`` 00:00 to ``--to`` 24:00 UTC).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Connection, select

from testlab.errors import InvalidInput
from testlab.model import Centre, Participant, Session
from testlab.model.enums import AgeBand, DigitalSkill, Segment


@dataclass(frozen=True, slots=True)
class Filters:
    """What to keep: sessions at these centres (codes; empty: all), of participants with
    this profile (None: any), starting on these UTC dates (inclusive; None: open)."""

    centres: tuple[str, ...] = ()
    age_band: str | None = None
    segment: str | None = None
    digital_skill: str | None = None
    existing_customer: bool | None = None
    date_from: date | None = None
    date_to: date | None = None

    @property
    def active(self) -> bool:
        """Whether anything is filtered out."""
        return self != NO_FILTERS

    def describe(self) -> str:
        """The filters in words, for tables and reports ("" when none)."""
        parts = []
        if self.centres:
            parts.append("centres " + ", ".join(self.centres))
        for name, value in (("age band", self.age_band), ("segment", self.segment),
                            ("digital skill", self.digital_skill)):  # fmt: skip
            if value is not None:
                parts.append(f"{name} {value}")
        if self.existing_customer is not None:
            parts.append("existing customers" if self.existing_customer else "non-customers")
        if self.date_from or self.date_to:
            parts.append(f"sessions {self.date_from or '…'} to {self.date_to or '…'} (UTC)")
        return "; ".join(parts)


def check_filters(connection: Connection, filters: Filters) -> Filters:
    """The filters with codes and values normalised, or ``InvalidInput`` naming the first
    unknown centre or value."""
    codes = tuple(dict.fromkeys(c.strip().upper() for c in filters.centres))
    if codes:
        known = set(connection.execute(select(Centre.code).where(Centre.code.in_(codes))).scalars())
        missing = [c for c in codes if c not in known]
        if missing:
            raise InvalidInput(f"There is no centre with the code '{missing[0]}'.")
    if filters.date_from and filters.date_to and filters.date_from > filters.date_to:
        raise InvalidInput(
            f"The dates are the wrong way round: --from {filters.date_from} is after "
            f"--to {filters.date_to}."
        )
    return Filters(
        centres=codes,
        age_band=_member(AgeBand, filters.age_band, "age band"),
        segment=_member(Segment, filters.segment, "segment"),
        digital_skill=_member(DigitalSkill, filters.digital_skill, "digital skill"),
        existing_customer=filters.existing_customer,
        date_from=filters.date_from,
        date_to=filters.date_to,
    )


def _member(kind: Any, value: str | None, name: str) -> str | None:
    if value is None:
        return None
    text = value.strip().lower().replace(" ", "_")
    try:
        return str(kind(text).value)
    except ValueError:
        known = ", ".join(m.value for m in kind)
        raise InvalidInput(f"Unknown {name} '{value}': use one of {known}.") from None


def session_condition(session_column: Any, filters: Filters) -> Any:
    """``session_column IN (the sessions the filters keep)``, or None without filters."""
    if not filters.active:
        return None
    sessions = select(Session.id)
    if filters.centres:
        sessions = sessions.where(
            Session.centre_id.in_(select(Centre.id).where(Centre.code.in_(filters.centres)))
        )
    profile = []
    if filters.age_band is not None:
        profile.append(Participant.age_band == AgeBand(filters.age_band))
    if filters.segment is not None:
        profile.append(Participant.segment == Segment(filters.segment))
    if filters.digital_skill is not None:
        profile.append(Participant.digital_skill == DigitalSkill(filters.digital_skill))
    if filters.existing_customer is not None:
        profile.append(Participant.existing_customer == filters.existing_customer)
    if profile:
        sessions = sessions.where(
            Session.participant_id.in_(select(Participant.id).where(*profile))
        )
    if filters.date_from is not None:
        sessions = sessions.where(
            Session.starts_at >= datetime.combine(filters.date_from, time(), tzinfo=UTC)
        )
    if filters.date_to is not None:
        end = filters.date_to + timedelta(days=1)
        sessions = sessions.where(Session.starts_at < datetime.combine(end, time(), tzinfo=UTC))
    return session_column.in_(sessions)


#: No filter: every session counts.
NO_FILTERS = Filters()
