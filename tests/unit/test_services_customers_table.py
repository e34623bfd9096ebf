"""set_many_customers: the Setup table's numbers saved all at once, or none."""

from __future__ import annotations

import pytest

from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.model.enums import Segment
from testlab.services.customers import list_customers, set_customers, set_many_customers


def _numbers(db: Database) -> dict[tuple[str, Segment], int]:
    return {(row.country, row.segment): row.customers for row in list_customers(db)}


def test_numbers_are_set_replaced_and_removed_together(db: Database) -> None:
    set_customers(db, country="BE", segment="senior", customers=10)
    set_customers(db, country="SN", segment="youth", customers=5)
    after = set_many_customers(db, {("BE", "senior"): 12_000, ("be", "Small business"): 0,
                                    ("SN", "youth"): None, ("CI", "consumer"): 3})
    assert [(r.country, r.segment, r.customers) for r in after] == [
        ("BE", Segment.SENIOR, 12_000), ("BE", Segment.SMALL_BUSINESS, 0),
        ("CI", Segment.CONSUMER, 3)]
    assert after == list_customers(db)
    assert set_many_customers(db, {("FR", "youth"): None}) == after  # nothing to remove


@pytest.mark.parametrize("bad", [
    {("BE", "senior"): -1}, {("BE", "senior"): "12"}, {("BE", "senior"): 1.5},
    {("XX", "senior"): 1}, {("BE", "pensioner"): 1}, {("BE", "senior"): 10**13}])
def test_one_bad_number_changes_nothing(db: Database, bad: dict) -> None:
    set_customers(db, country="BE", segment="youth", customers=7)
    before = _numbers(db)
    with pytest.raises(InvalidInput):
        set_many_customers(db, {("BE", "youth"): 8, ("SN", "family"): 2, **bad})
    assert _numbers(db) == before
