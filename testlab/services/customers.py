"""Use cases: the operator's customer numbers per country and segment (NPS weights).

The weighted NPS of ``testlab stats`` weights each stratum (country × customer segment)
by these numbers. A number is set per (country, segment); 0 says "no customers there".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.model.countries import country_name, country_names
from testlab.model.enums import Segment

if TYPE_CHECKING:
    from sqlalchemy.orm import Session as OrmSession

#: The most customers one stratum can hold: a BIGINT, far above any operator's size.
MAX_CUSTOMERS = 10**12


@dataclass(frozen=True)
class CustomerNumber:
    """How many customers the operator has in one country and segment."""

    country: str
    country_name: str
    segment: Segment
    customers: int


def check_country(country: str) -> str:
    """An ISO 3166-1 alpha-2 code in upper case, or ``InvalidInput``."""
    code = country.strip().upper() if isinstance(country, str) else ""
    if code not in country_names():
        raise InvalidInput(
            f"'{country}' is not an ISO 3166 country code: use two letters such as BE or SN."
        )
    return code


def check_segment(segment: str) -> Segment:
    """A customer segment of the participant profile, or ``InvalidInput``."""
    text = segment.strip().lower().replace(" ", "_").replace("-", "_") if isinstance(
        segment, str) else ""  # fmt: skip
    try:
        return Segment(text)
    except ValueError:
        known = ", ".join(s.value for s in Segment)
        raise InvalidInput(f"'{segment}' is not a customer segment: use one of {known}.") from None


def check_customers(customers: int) -> int:
    """A whole number of customers from 0 up, or ``InvalidInput``."""
    if isinstance(customers, bool) or not isinstance(customers, int):
        raise InvalidInput(f"The number of customers must be a whole number, not {customers!r}.")
    if customers < 0:
        raise InvalidInput(f"The number of customers cannot be negative (got {customers}).")
    if customers > MAX_CUSTOMERS:
        raise InvalidInput(f"{customers} customers is more than TestLab can take ({MAX_CUSTOMERS}).")
    return customers


def list_customers(db: Database) -> list[CustomerNumber]:
    """Every customer number entered, by country code then segment (profile order)."""
    from testlab.model import CustomerCount

    order = {segment: i for i, segment in enumerate(Segment)}
    with db.engine.connect() as connection:
        rows = connection.execute(
            select(CustomerCount.country, CustomerCount.segment, CustomerCount.customers)
        ).all()
    return sorted(
        (CustomerNumber(c, country_name(c), Segment(s), int(n)) for c, s, n in rows),
        key=lambda row: (row.country, order[row.segment]),
    )


def set_customers(db: Database, *, country: str, segment: str, customers: int) -> CustomerNumber:
    """Set the number of customers of one country and segment (creating or replacing it).

    Raises ``InvalidInput`` for an unknown country code or segment or a negative number;
    nothing is changed then.
    """
    with db.session_factory.begin() as s:
        return save_customers(s, country=country, segment=segment, customers=customers)


def save_customers(s: OrmSession, *, country: str, segment: str,
                   customers: int) -> CustomerNumber:
    """``set_customers`` inside the caller's unit of work (the setup file's import)."""
    from testlab.model import CustomerCount

    code = check_country(country)
    kind = check_segment(segment)
    number = check_customers(customers)
    row = s.get(CustomerCount, (code, kind))
    if row is None:
        s.add(CustomerCount(country=code, segment=kind, customers=number))
    elif row.customers != number:
        row.customers = number
    return CustomerNumber(code, country_name(code), kind, number)


def set_many_customers(
    db: Database, numbers: Mapping[tuple[str, str], int | None]
) -> list[CustomerNumber]:
    """Set several numbers at once, all or none (the Setup section's table).

    ``numbers`` maps (country, segment) to a number of customers, or to ``None`` to
    remove an entered number.  Every value is checked before anything is written;
    the first bad one is ``InvalidInput`` and nothing is changed.  Returns every
    number now entered (``list_customers``).
    """
    from testlab.model import CustomerCount

    checked = [(check_country(country), check_segment(segment),
                None if customers is None else check_customers(customers))
               for (country, segment), customers in numbers.items()]
    with db.session_factory.begin() as s:
        for code, kind, number in checked:
            if number is None:
                row = s.get(CustomerCount, (code, kind))
                if row is not None:
                    s.delete(row)
            else:
                save_customers(s, country=code, segment=kind.value, customers=number)
    return list_customers(db)
