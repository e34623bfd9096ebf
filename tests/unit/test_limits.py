"""One set of limits: what the import accepts, the console records and corrections can change."""

from __future__ import annotations

import pytest

from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.io.results_cells import CellError, parse_count, parse_seconds
from testlab.limits import MAX_COUNT, MAX_SECONDS
from testlab.model import Outcome
from testlab.services import sessions as svc
from testlab.services.recording.attempts import correct_attempt, parse_duration, record_attempt
from testlab.services.recording.session import open_for_recording
from tests.unit.test_recording_world import build_lab


def test_the_largest_values_the_import_takes_can_be_recorded_and_corrected(db: Database) -> None:
    lab = build_lab(db)
    svc.check_in(db, lab.session_id, True, lab.staff_id)
    open_for_recording(db, lab.session_id, "PC")
    assert parse_seconds(str(int(MAX_SECONDS)), Outcome.FAILURE) == MAX_SECONDS
    assert parse_count(str(MAX_COUNT), "errors") == MAX_COUNT
    info = record_attempt(db, lab.session_id, lab.task_ids[0], "failure", MAX_SECONDS, 2,
                          MAX_COUNT, MAX_COUNT, "imported", None)
    fixed = correct_attempt(db, info.id, by=lab.staff_id, reason="typo", notes="kept")
    assert (fixed.seconds, fixed.errors, fixed.notes) == (MAX_SECONDS, MAX_COUNT, "kept")
    assert parse_duration("24:00:00") == MAX_SECONDS


def test_one_past_the_limits_is_refused_everywhere(db: Database) -> None:
    lab = build_lab(db)
    with pytest.raises(CellError, match="a day"):
        parse_seconds(str(int(MAX_SECONDS) + 1), Outcome.FAILURE)
    with pytest.raises(CellError, match=str(MAX_COUNT)):
        parse_count(str(MAX_COUNT + 1), "errors")
    with pytest.raises(InvalidInput, match="a day"):
        parse_duration("24:00:01")
    with pytest.raises(InvalidInput, match=str(MAX_COUNT)):
        record_attempt(db, lab.session_id, lab.task_ids[0], "failure", 10, 2, MAX_COUNT + 1,
                       0, "", None)
