"""Pseudonymous participants and, apart from them, their erasable contact details."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from testlab.clock import utc_now
from testlab.model.base import Base, str_enum, uuid_pk
from testlab.model.enums import AgeBand, DigitalSkill, Segment
from testlab.model.network import Centre


class Participant(Base):
    """A participant known only by a pseudonymous code such as ``P-MAD-0042``.

    Results refer to this row only; names and phone numbers live in
    ``ParticipantContact`` so they can be erased while results stay, anonymous.
    """

    __tablename__ = "participants"

    id: Mapped[uuid.UUID] = uuid_pk()
    code: Mapped[str] = mapped_column(String(32), unique=True)
    centre_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("centres.id", ondelete="RESTRICT"), index=True
    )
    age_band: Mapped[AgeBand | None] = mapped_column(str_enum(AgeBand, "age_band"))
    segment: Mapped[Segment | None] = mapped_column(str_enum(Segment, "segment"))
    digital_skill: Mapped[DigitalSkill | None] = mapped_column(
        str_enum(DigitalSkill, "digital_skill")
    )
    existing_customer: Mapped[bool] = mapped_column(Boolean, default=True)
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_version: Mapped[str | None] = mapped_column(String(32))
    consent_audio: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_video: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_screen: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    centre: Mapped[Centre] = relationship()
    contact: Mapped[ParticipantContact | None] = relationship(
        back_populates="participant", cascade="all, delete-orphan", uselist=False
    )


class ParticipantContact(Base):
    """How to reach a participant.  Read by scheduling only; erasable on request."""

    __tablename__ = "participant_contacts"

    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), primary_key=True
    )
    full_name: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))
    email: Mapped[str | None] = mapped_column(String(254))

    participant: Mapped[Participant] = relationship(back_populates="contact")


class ContactErasure(Base):
    """That a participant's contact details were erased on request, and when.

    Holds none of the erased data: only the pseudonymous participant and the instant.
    """

    __tablename__ = "contact_erasures"

    id: Mapped[uuid.UUID] = uuid_pk()
    participant_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    erased_at: Mapped[datetime] = mapped_column(default=utc_now)
