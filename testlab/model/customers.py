"""The operator's customers per country and customer segment: the weights of its own NPS.

The company's NPS weights each stratum (country × segment) by how many customers the
operator has there; a lab sample never has that mix, so TestLab keeps the numbers.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, CheckConstraint, String
from sqlalchemy.orm import Mapped, mapped_column

from testlab.model.base import Base, str_enum
from testlab.model.enums import Segment


class CustomerCount(Base):
    """How many customers the operator has in one country (ISO 3166 alpha-2) and segment."""

    __tablename__ = "customer_counts"
    __table_args__ = (
        CheckConstraint("length(country) = 2", name="country_iso2"),
        CheckConstraint("customers >= 0", name="customers_not_negative"),
    )

    country: Mapped[str] = mapped_column(String(2), primary_key=True)
    segment: Mapped[Segment] = mapped_column(str_enum(Segment, "segment"), primary_key=True)
    customers: Mapped[int] = mapped_column(BigInteger)
