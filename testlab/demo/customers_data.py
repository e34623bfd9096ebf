"""The demo operator's customers per country and segment: the weights of its own NPS.

Plausible round figures for a large operator in each country of the demo network (in
thousands), split by segment with a European and an African/Middle-Eastern mix. No
randomness: the numbers do not depend on the seed, and drawing nothing keeps every
seed's other rows as they were.
"""

from __future__ import annotations

from testlab.demo.rows import DemoRows
from testlab.model.enums import Segment

#: Customers per country, in thousands.
CUSTOMERS_THOUSANDS: dict[str, int] = {
    "FR": 22_000, "ES": 18_500, "PL": 15_800, "RO": 10_900, "SK": 2_900, "BE": 3_400,
    "LU": 180, "SN": 10_200, "CI": 16_000, "CM": 9_500, "MA": 17_500, "TN": 4_800,
    "EG": 49_000, "JO": 3_100, "ML": 11_200, "MG": 5_100, "CD": 21_000, "BF": 11_600,
    "GN": 8_400, "SL": 4_000, "LR": 2_100,
}  # fmt: skip
EUROPE = frozenset({"FR", "ES", "PL", "RO", "SK", "BE", "LU"})

#: Share of each segment (sums to 1): Europe, then Africa and the Middle East.
SHARES: dict[bool, dict[Segment, float]] = {
    True: {Segment.CONSUMER: 0.46, Segment.YOUTH: 0.12, Segment.FAMILY: 0.22,
           Segment.SENIOR: 0.12, Segment.SMALL_BUSINESS: 0.07, Segment.ENTERPRISE: 0.01},
    False: {Segment.CONSUMER: 0.58, Segment.YOUTH: 0.24, Segment.FAMILY: 0.08,
            Segment.SENIOR: 0.04, Segment.SMALL_BUSINESS: 0.055, Segment.ENTERPRISE: 0.005},
}  # fmt: skip


def build_customers(rows: DemoRows) -> None:
    """Add one ``customer_counts`` row per country and segment, rounded to the thousand."""
    for country, thousands in CUSTOMERS_THOUSANDS.items():
        for segment, share in SHARES[country in EUROPE].items():
            rows.add("customer_counts", {
                "country": country, "segment": segment,
                "customers": round(thousands * share) * 1000,
            })  # fmt: skip
