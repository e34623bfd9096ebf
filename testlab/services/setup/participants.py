"""Participants' pseudonymous code, profile and consent (contact details are not set here)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.errors import InvalidField
from testlab.model.enums import AgeBand, DigitalSkill, Segment
from testlab.services.setup import fields as check


@dataclass(frozen=True)
class ParticipantFields:
    """A participant's profile and consent; None: not known."""

    code: str
    centre_code: str
    age_band: AgeBand | str | None = None
    segment: Segment | str | None = None
    digital_skill: DigitalSkill | str | None = None
    existing_customer: bool = True
    consent_date: date | None = None
    consent_version: str | None = None
    consent_audio: bool = False
    consent_video: bool = False
    consent_screen: bool = False


def save_participant(s: OrmSession, fields: ParticipantFields) -> m.Participant:
    """Create or update (by code) a participant in ``s``."""
    code = fields.code.strip()
    if not code or len(code) > 32 or not re.fullmatch(r"\S+", code):
        raise InvalidField("code", f"code '{code}' is not a participant code (e.g. P-MAD-0042).")
    centre_code = check.centre_code(fields.centre_code, "centre")
    centre_id = s.scalar(select(m.Centre.id).where(m.Centre.code == centre_code))
    if centre_id is None:
        raise InvalidField("centre", f"centre: there is no centre {centre_code}")
    values = {
        "centre_id": centre_id,
        "age_band": None if fields.age_band is None else check.choice(fields.age_band, AgeBand,
                                                                       "age_band"),
        "segment": None if fields.segment is None else check.choice(fields.segment, Segment,
                                                                     "segment"),
        "digital_skill": None if fields.digital_skill is None else check.choice(
            fields.digital_skill, DigitalSkill, "digital_skill"),
        "existing_customer": fields.existing_customer,
        "consent_date": fields.consent_date,
        "consent_version": None if fields.consent_version is None else check.text(
            fields.consent_version, "consent_version", 32),
        "consent_audio": fields.consent_audio, "consent_video": fields.consent_video,
        "consent_screen": fields.consent_screen,
    }
    participant = s.scalars(select(m.Participant).where(m.Participant.code == code)).first()
    if participant is None:
        participant = m.Participant(code=code, **values)
        s.add(participant)
    else:
        for name, value in values.items():
            if getattr(participant, name) != value:
                setattr(participant, name, value)
    s.flush()
    return participant
