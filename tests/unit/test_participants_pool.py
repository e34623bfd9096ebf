"""The participant pool: search, history, adding with consent, erasing contact details."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import Conflict, InvalidInput, NotFound
from testlab.services import participants as pool
from testlab.services.schedule import booking as svc
from testlab.services.setup.participants import ParticipantFields
from tests.unit.scheduling.world import booking, build_world

CONSENTED = {"consent_date": date(2027, 5, 1), "consent_version": "v3"}


def test_add_search_history_and_erase(db: Database) -> None:
    build_world(db)
    added = pool.add_participant(
        db, ParticipantFields(code="P-PAR-0042", centre_code="PAR", segment="senior",
                              consent_audio=True, **CONSENTED),  # type: ignore[arg-type]
        pool.Contact("Jeanne Dupont", phone="+33 1 23 45 67 89"))
    assert added.full_name == "Jeanne Dupont" and added.segment == m.Segment.SENIOR
    found = pool.search_pool(db, "par", code="0042")
    assert [p.code for p in found] == ["P-PAR-0042"] and found[0].phone == "+33 1 23 45 67 89"
    assert [p.code for p in pool.search_pool(db, "PAR", segment=m.Segment.SENIOR)] == [
        "P-PAR-0042"]
    assert len(pool.search_pool(db, "PAR")) == 3
    session = svc.book(db, booking("2027-06-09 10:00", participant_code="P-PAR-0042"))
    visits = pool.history(db, "p-par-0042")
    assert [(v.session_id, v.study_title, v.product_name) for v in visits] == [
        (session.id, "Alpha round", "Self-care app")]

    erased_at = pool.erase_contact(db, "P-PAR-0042", now=datetime(2027, 6, 10, tzinfo=UTC))
    after = pool.search_pool(db, "PAR", code="0042")[0]
    assert (after.full_name, after.phone, after.email) == (None, None, None)
    assert after.erased_at == erased_at and after.segment == m.Segment.SENIOR
    assert len(pool.history(db, "P-PAR-0042")) == 1  # results stay, anonymous
    # The log holds the participant and instant only: the name is nowhere in the database.
    with db.engine.connect() as connection:
        for table in ("contact_erasures", "participant_contacts", "participants"):
            for row in connection.execute(text(f"SELECT * FROM {table}")):
                assert "Dupont" not in repr(row) and "45 67" not in repr(row)
    with pytest.raises(Conflict, match="P-PAR-0042 has no contact details to erase"):
        pool.erase_contact(db, "P-PAR-0042")


def test_refusals(db: Database) -> None:
    build_world(db)
    with pytest.raises(InvalidInput, match="with their consent"):
        pool.add_participant(db, ParticipantFields(code="P-X", centre_code="PAR"), None)
    with pytest.raises(Conflict, match="already a participant with the code P-PAR-0001"):
        pool.add_participant(db, ParticipantFields(code="P-PAR-0001", centre_code="PAR",
                                                   **CONSENTED), None)  # type: ignore[arg-type]
    with pytest.raises(NotFound, match="no participant with the code P-NONE"):
        pool.erase_contact(db, "p-none")
    with pytest.raises(NotFound, match="no centre with the code XYZ"):
        pool.search_pool(db, "xyz")
