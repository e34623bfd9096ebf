"""Opening hours of a centre: a week of local open/close times, and whether it is open now."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, time

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class DayHours:
    """Opening hours of one weekday (0 = Monday) in the centre's local time; None: closed."""

    weekday: int
    day_name: str
    opens: time | None
    closes: time | None

    @property
    def is_open_day(self) -> bool:
        return self.opens is not None and self.closes is not None


def week_of(hours: Mapping[int, tuple[time | None, time | None]]) -> tuple[DayHours, ...]:
    """Monday to Sunday from (opens, closes) by weekday; a missing weekday is closed."""
    return tuple(DayHours(day, WEEKDAYS[day], *hours.get(day, (None, None))) for day in range(7))


def is_open_at(week: tuple[DayHours, ...], local: datetime) -> bool:
    """Whether a centre with opening hours ``week`` is open at its local time ``local``."""
    today = week[local.weekday()]
    clock = local.time().replace(tzinfo=None)
    return bool(today.opens and today.closes and today.opens <= clock < today.closes)
