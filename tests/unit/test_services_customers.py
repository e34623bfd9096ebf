"""Customer numbers per country and segment: set, replaced, listed; bad input refused with
nothing changed; the demo network has them for every country it has centres in."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.model import Centre, Segment
from testlab.model.countries import country_name
from testlab.services.customers import CustomerNumber, list_customers, set_customers


def test_set_then_list_in_country_and_segment_order(db: Database) -> None:
    assert list_customers(db) == []
    set_customers(db, country="sn", segment="youth", customers=2_400_000)
    set_customers(db, country="BE", segment="senior", customers=410_000)
    stored = set_customers(db, country=" be ", segment="Consumer", customers=1_560_000)
    assert stored == CustomerNumber("BE", "Belgium", Segment.CONSUMER, 1_560_000)
    assert list_customers(db) == [
        CustomerNumber("BE", "Belgium", Segment.CONSUMER, 1_560_000),
        CustomerNumber("BE", "Belgium", Segment.SENIOR, 410_000),
        CustomerNumber("SN", "Senegal", Segment.YOUTH, 2_400_000),
    ]


def test_setting_again_replaces_the_number(db: Database) -> None:
    set_customers(db, country="BE", segment="small business", customers=10)
    set_customers(db, country="BE", segment="small_business", customers=0)
    assert list_customers(db) == [CustomerNumber("BE", "Belgium", Segment.SMALL_BUSINESS, 0)]


@pytest.mark.parametrize(
    ("country", "segment", "customers", "message"),
    [
        ("XX", "senior", 1, "'XX' is not an ISO 3166 country code"),
        ("BEL", "senior", 1, "not an ISO 3166 country code"),
        ("", "senior", 1, "not an ISO 3166 country code"),
        ("BE", "kids", 1, "'kids' is not a customer segment: use one of consumer"),
        ("BE", "senior", -1, "cannot be negative"),
        ("BE", "senior", 2.5, "whole number"),
        ("BE", "senior", True, "whole number"),
        ("BE", "senior", 10**13, "more than TestLab can take"),
    ],
)
def test_bad_input_is_refused_and_nothing_changes(
    db: Database, country: str, segment: str, customers: int, message: str
) -> None:
    set_customers(db, country="BE", segment="senior", customers=5)
    with pytest.raises(InvalidInput, match=message):
        set_customers(db, country=country, segment=segment, customers=customers)
    assert list_customers(db) == [CustomerNumber("BE", "Belgium", Segment.SENIOR, 5)]


def test_country_names_come_from_iso_3166() -> None:
    assert country_name("be") == "Belgium"
    assert country_name("CI") == "Côte d’Ivoire"
    assert country_name("ZZ") == "ZZ"


def test_demo_has_customers_for_every_country_and_segment(demo_db: Database) -> None:
    rows = list_customers(demo_db)
    with demo_db.engine.connect() as connection:
        countries = set(connection.execute(select(Centre.country).distinct()).scalars())
        centres = connection.execute(select(func.count()).select_from(Centre)).scalar_one()
    assert centres == 23
    assert {r.country for r in rows} == countries
    assert len(rows) == len(countries) * len(Segment)
    assert all(r.customers > 0 for r in rows)
    by_country = {c: sum(r.customers for r in rows if r.country == c) for c in countries}
    assert by_country["LU"] < by_country["BE"] < by_country["FR"] < by_country["EG"]
