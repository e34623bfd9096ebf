"""Pure booking checks: a centre's wall-clock start as an exact instant, overlaps, opening hours.

No database here: the booking service reads the rows and asks these functions, so the
rules (a spring-forward time does not exist, an autumn time needs its fold, adjacent
sessions do not clash) are the same for the dialog, the command line and the CSV.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from testlab.scheduling.opening_hours import DayHours
from testlab.scheduling.zones import zone

# The longest session one booking may hold (a whole working day).
MAX_MINUTES = 8 * 60


@dataclass(frozen=True)
class Slot:
    """A booked interval: [start, end) as aware UTC instants."""

    start: datetime
    end: datetime

    def overlaps(self, other: Slot) -> bool:
        """Whether the two share any instant; 10:00-11:00 and 11:00-12:00 do not."""
        return self.start < other.end and other.start < self.end


def slot_of(start: datetime, minutes: int) -> Slot:
    """The slot of a session starting at the aware ``start`` for ``minutes``."""
    return Slot(start.astimezone(UTC), start.astimezone(UTC) + timedelta(minutes=minutes))


def is_ambiguous(local: datetime, zone_name: str) -> bool:
    """Whether the naive wall-clock ``local`` occurs twice in ``zone_name`` (the autumn hour)."""
    tz = zone(zone_name)
    first = local.replace(tzinfo=tz, fold=0)
    second = local.replace(tzinfo=tz, fold=1)
    return first.utcoffset() != second.utcoffset() and exists(local, zone_name)


def exists(local: datetime, zone_name: str) -> bool:
    """Whether the naive wall-clock ``local`` happens at all in ``zone_name`` (not skipped in spring)."""
    tz = zone(zone_name)
    for fold in (0, 1):
        aware = local.replace(tzinfo=tz, fold=fold)
        back = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None, fold=0)
        if back == local.replace(fold=0):
            return True
    return False


def local_start_problem(local: datetime, zone_name: str, fold: int | None) -> str | None:
    """Why the centre's wall-clock ``local`` cannot be booked as given, or None.

    A time skipped by the spring change does not exist; a time repeated by the autumn
    change is booked only when ``fold`` says which one (0: the first, 1: the second).
    """
    shown = local.strftime("%Y-%m-%d %H:%M")
    if not exists(local, zone_name):
        return (f"{shown} does not exist in {zone_name} (the clocks go forward that night); "
                "choose another time")
    if fold not in (None, 0, 1):
        return f"fold must be 0 or 1, not {fold}"
    if fold is None and is_ambiguous(local, zone_name):
        return (f"{shown} occurs twice in {zone_name} (the clocks go back that night); "
                "say which: fold 0 for the first, fold 1 for the second")
    return None


def to_instant(local: datetime, zone_name: str, fold: int | None = None) -> datetime:
    """The aware UTC instant of the centre's wall-clock ``local`` (``fold`` picks a repeated hour)."""
    return local.replace(tzinfo=zone(zone_name), fold=fold or 0).astimezone(UTC)


def fold_of(instant: datetime, zone_name: str) -> int:
    """Which of a repeated local hour ``instant`` is in ``zone_name`` (0 outside the autumn hour)."""
    return instant.astimezone(zone(zone_name)).fold


def hours_problem(
    slot: Slot, zone_name: str, week: tuple[DayHours, ...], closed: dict[date, str]
) -> str | None:
    """Why ``slot`` is outside the centre's opening hours or on a closed day, or None."""
    tz = zone(zone_name)
    start = slot.start.astimezone(tz)
    end = slot.end.astimezone(tz)
    day = start.date()
    shown = f"{start:%Y-%m-%d %H:%M}-{end:%H:%M}"
    if day in closed:
        reason = f" ({closed[day]})" if closed[day] else ""
        return f"the centre is closed on {day.isoformat()}{reason}"
    hours = week[day.weekday()]
    if hours.opens is None or hours.closes is None:
        return f"the centre is closed on {hours.day_name}s"
    opens = datetime.combine(day, hours.opens)
    closes = datetime.combine(day, hours.closes)
    if start.replace(tzinfo=None) < opens or end.replace(tzinfo=None) > closes or end.date() != day:
        return (f"{shown} is outside the opening hours ({hours.day_name} "
                f"{hours.opens:%H:%M}-{hours.closes:%H:%M})")
    return None
