"""A centre's IANA time zone: from stored UTC instants to local time and back.

Every conversion between UTC and a centre's wall clock goes through here, so that an
unknown zone, a naive time or a calendar day's bounds are handled the same everywhere.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from testlab.clock import utc_now


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    """The IANA zone ``name`` (cached: one lookup per centre per run); raises if unknown."""
    return ZoneInfo(name)


def local_time(zone_name: str, now: datetime | None = None) -> datetime:
    """``now`` (default: the current instant) in the IANA time zone ``zone_name`` (UTC if unknown)."""
    instant = now or utc_now()
    if instant.tzinfo is None:
        raise ValueError("naive datetime given; pass an aware instant")
    try:
        return instant.astimezone(zone(zone_name))
    except (ZoneInfoNotFoundError, ValueError):
        return instant.astimezone(UTC)


def local_date(instant: datetime, zone_name: str) -> date:
    """The calendar day it is in ``zone_name`` at the aware ``instant``."""
    return instant.astimezone(zone(zone_name)).date()


def local_to_utc(day: date, at: time, zone_name: str) -> datetime:
    """The UTC instant of wall-clock ``at`` on ``day`` in ``zone_name``."""
    return datetime.combine(day, at, tzinfo=zone(zone_name)).astimezone(UTC)


def local_day_bounds(zone_name: str, day: date) -> tuple[datetime, datetime]:
    """The UTC instants at which local ``day`` starts and the next one starts (DST-aware)."""
    return local_to_utc(day, time(0), zone_name), local_to_utc(
        day + timedelta(days=1), time(0), zone_name)
