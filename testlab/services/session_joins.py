"""The joins that put a session in words: its study, stage and product, centre, and the
participant, facilitator and room it may have (the day's list and the schedule's)."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlalchemy import Select

from testlab import model as m

Query = TypeVar("Query", bound="Select[*tuple[Any, ...]]")


def with_session_context(query: Query) -> Query:
    """``query`` (selecting from ``sessions``) joined to the rows its columns name: study,
    stage, product and centre always; participant, facilitator and room when set."""
    return (
        query.join(m.Study, m.Session.study_id == m.Study.id)
        .join(m.Stage, m.Study.stage_id == m.Stage.id)
        .join(m.Product, m.Stage.product_id == m.Product.id)
        .join(m.Centre, m.Session.centre_id == m.Centre.id)
        .outerjoin(m.Participant, m.Session.participant_id == m.Participant.id)
        .outerjoin(m.Staff, m.Session.facilitator_id == m.Staff.id)
        .outerjoin(m.Room, m.Session.room_id == m.Room.id)
    )
