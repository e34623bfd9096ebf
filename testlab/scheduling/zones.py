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


_SPAN_STEP = timedelta(days=7)
_SPAN_REACH = 60  # steps of a week each way: a span found is at most ~14 months long


def offset_span(zone_name: str, instant: datetime) -> tuple[datetime, datetime, timedelta]:
    """The UTC offset ``zone_name`` has at the aware ``instant``, and the span
    ``[begin, end)`` of instants around it that share that offset.

    Bulk conversion converts once per span instead of once per instant: the bounds are
    the zone's transitions to the second, or ``instant`` -/+ about 14 months where there
    is none.  Assumes, as the tz database does, that no offset lasts less than a week
    and comes back again within it.
    """
    tz = zone(zone_name)

    def offset(at: datetime) -> timedelta | None:
        return at.astimezone(tz).utcoffset()

    here = offset(instant)
    assert here is not None

    def edge(step: timedelta) -> datetime:
        near = instant
        for _ in range(_SPAN_REACH):
            try:
                far = near + step
            except OverflowError:
                return near
            if offset(far) != here:
                break
            near = far
        else:
            return near
        while abs(far - near) > timedelta(seconds=1):  # the change to the second
            middle = near + (far - near) / 2
            if offset(middle) == here:
                near = middle
            else:
                far = middle
        return far if step > timedelta(0) else near

    begin, end = edge(-_SPAN_STEP), edge(_SPAN_STEP)
    return begin.replace(microsecond=0), end.replace(microsecond=0), here
