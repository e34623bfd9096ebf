"""The participant pool of a centre: search, history, adding with consent, erasing contacts.

Contact details are read here and nowhere else (no report or export shows them), and
are erased on request: the participant's pseudonymous code, profile and results stay,
anonymous, and the erasure is logged with its instant only, never what was erased.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.clock import utc_instant
from testlab.db.database import Database
from testlab.errors import Conflict, InvalidInput, NotFound
from testlab.services.setup.participants import ParticipantFields, save_participant
from testlab.services.writes import write_unit


@dataclass(frozen=True)
class PoolEntry:
    """A participant of the pool with profile, consent and (shown only here) contact details."""

    id: uuid.UUID
    code: str
    centre_code: str
    age_band: m.AgeBand | None
    segment: m.Segment | None
    digital_skill: m.DigitalSkill | None
    existing_customer: bool
    consent_date: date | None
    consent_version: str | None
    full_name: str | None
    phone: str | None
    email: str | None
    erased_at: datetime | None


@dataclass(frozen=True)
class StudyVisit:
    """One session of a participant's history: which study of which product, when, how it ended."""

    session_id: uuid.UUID
    starts_at: datetime
    study_title: str
    product_name: str
    status: m.SessionStatus


@dataclass(frozen=True)
class Contact:
    """How to reach a participant (all optional but the name)."""

    full_name: str
    phone: str | None = None
    email: str | None = None


def _entry(p: m.Participant, erased_at: datetime | None) -> PoolEntry:
    return PoolEntry(
        id=p.id, code=p.code, centre_code=p.centre.code, age_band=p.age_band,
        segment=p.segment, digital_skill=p.digital_skill,
        existing_customer=p.existing_customer, consent_date=p.consent_date,
        consent_version=p.consent_version,
        full_name=p.contact.full_name if p.contact else None,
        phone=p.contact.phone if p.contact else None,
        email=p.contact.email if p.contact else None, erased_at=erased_at,
    )


def search_pool(
    db: Database, centre_code: str, *, code: str = "", age_band: m.AgeBand | None = None,
    segment: m.Segment | None = None, digital_skill: m.DigitalSkill | None = None,
    limit: int = 500,
) -> list[PoolEntry]:
    """A centre's participants whose code contains ``code`` and whose profile matches, by code."""
    with db.session_factory() as s:
        centre = s.scalar(select(m.Centre).where(m.Centre.code == centre_code.strip().upper()))
        if centre is None:
            raise NotFound(f"There is no centre with the code {centre_code.strip().upper()}.")
        query = select(m.Participant).where(m.Participant.centre_id == centre.id)
        if code.strip():
            query = query.where(m.Participant.code.icontains(code.strip(), autoescape=True))
        for column, value in ((m.Participant.age_band, age_band),
                              (m.Participant.segment, segment),
                              (m.Participant.digital_skill, digital_skill)):
            if value is not None:
                query = query.where(column == value)
        participants = s.scalars(query.order_by(m.Participant.code).limit(limit)).all()
        erased = _erasures(s, [p.id for p in participants])
        return [_entry(p, erased.get(p.id)) for p in participants]


def _erasures(s: OrmSession, ids: list[uuid.UUID]) -> dict[uuid.UUID, datetime]:
    rows = s.execute(select(m.ContactErasure.participant_id, m.ContactErasure.erased_at)
                     .where(m.ContactErasure.participant_id.in_(ids)))
    return {pid: at for pid, at in rows}


def history(db: Database, participant_code: str) -> list[StudyVisit]:
    """Every session of the participant, oldest first, with its study and product."""
    with db.session_factory() as s:
        participant = _participant(s, participant_code)
        rows = s.execute(
            select(m.Session.id, m.Session.starts_at, m.Study.title, m.Product.name,
                   m.Session.status)
            .join(m.Study, m.Study.id == m.Session.study_id)
            .join(m.Stage, m.Stage.id == m.Study.stage_id)
            .join(m.Product, m.Product.id == m.Stage.product_id)
            .where(m.Session.participant_id == participant.id)
            .order_by(m.Session.starts_at))
        return [StudyVisit(*row) for row in rows]


def _participant(s: OrmSession, code: str) -> m.Participant:
    wanted = code.strip().upper()
    participant = s.scalar(select(m.Participant).where(m.Participant.code == wanted))
    if participant is None:
        raise NotFound(f"There is no participant with the code {wanted or '(empty)'}.")
    return participant


def add_participant(db: Database, fields: ParticipantFields, contact: Contact | None) -> PoolEntry:
    """Add a new participant with consent (date and version required) and contact details."""
    if fields.consent_date is None or not (fields.consent_version or "").strip():
        raise InvalidInput("A participant is added with their consent: give its date and "
                           "version.")
    with write_unit(db, lambda: f"The code {fields.code.strip()} was taken meanwhile; "
                                "nothing was saved.") as s:
        if s.scalar(select(m.Participant.id).where(
                m.Participant.code == fields.code.strip())) is not None:
            raise Conflict(f"There is already a participant with the code {fields.code.strip()}.")
        participant = save_participant(s, fields)
        if contact is not None:
            if not contact.full_name.strip():
                raise InvalidInput("A contact needs a name.")
            participant.contact = m.ParticipantContact(
                full_name=contact.full_name.strip(), phone=contact.phone, email=contact.email)
        s.flush()
        return _entry(participant, None)


def erase_contact(db: Database, participant_code: str, *, now: datetime | None = None) -> datetime:
    """Erase a participant's contact details on request; results stay, anonymous.

    Logs the erasure (participant and instant only).  A participant whose details were
    already erased, or who never had any, is told so and nothing is written.
    """
    instant = utc_instant(now)
    with write_unit(db, lambda: "The participant changed meanwhile; nothing was erased. "
                                "Try again.") as s:
        participant = _participant(s, participant_code)
        if participant.contact is None:
            raise Conflict(f"{participant.code} has no contact details to erase.")
        participant.contact = None
        s.add(m.ContactErasure(participant_id=participant.id, erased_at=instant))
        s.flush()
        return instant
