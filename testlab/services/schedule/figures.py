"""Operations figures for a period, per centre and for the network.

Planned: sessions not cancelled; held: sessions that started (or completed);
no-show rate: no-shows over held plus no-shows; on time: held sessions that started
within ``grace`` of their planned start; room use: booked hours (planned sessions'
minutes) over open hours (every room open all its centre's opening hours, closed
days left out).  Each centre's period is its own local days.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.scheduling.zones import zone

ON_TIME_GRACE = timedelta(minutes=5)
_HELD = (m.SessionStatus.RUNNING, m.SessionStatus.COMPLETED)


@dataclass(frozen=True)
class Figures:
    """One centre's (or the network's: ``centre_code`` "ALL") figures for the period."""

    centre_code: str
    planned: int
    held: int
    no_shows: int
    on_time: int
    booked_hours: float
    open_hours: float

    @property
    def no_show_rate(self) -> float | None:
        due = self.held + self.no_shows
        return self.no_shows / due if due else None

    @property
    def on_time_share(self) -> float | None:
        return self.on_time / self.held if self.held else None

    @property
    def room_use(self) -> float | None:
        return self.booked_hours / self.open_hours if self.open_hours else None


@dataclass
class _Sums:
    planned: int = 0
    held: int = 0
    no_shows: int = 0
    on_time: int = 0
    booked_minutes: int = 0


def operations_figures(
    db: Database, first_day: date, last_day: date, *, grace: timedelta = ON_TIME_GRACE
) -> tuple[list[Figures], Figures]:
    """Each centre's figures (by code) and the network's, for local days first..last inclusive."""
    if last_day < first_day:
        raise InvalidInput(f"The period ends ({last_day}) before it starts ({first_day}).")
    low = datetime.combine(first_day, time(0), UTC) - timedelta(hours=14)
    high = datetime.combine(last_day + timedelta(days=1), time(0), UTC) + timedelta(hours=12)
    with db.session_factory() as s:
        centres = s.execute(select(m.Centre.id, m.Centre.code, m.Centre.time_zone)
                            .order_by(m.Centre.code)).all()
        rooms: dict[uuid.UUID, int] = {
            centre_id: count for centre_id, count in s.execute(
                select(m.Room.centre_id, func.count()).group_by(m.Room.centre_id))}
        hours: dict[uuid.UUID, dict[int, float]] = defaultdict(dict)
        for centre_id, weekday, opens, closes in s.execute(select(
                m.OpeningHours.centre_id, m.OpeningHours.weekday, m.OpeningHours.opens,
                m.OpeningHours.closes)):
            span = datetime.combine(date.min, closes) - datetime.combine(date.min, opens)
            hours[centre_id][weekday] = span.total_seconds() / 3600
        closed: dict[uuid.UUID, set[date]] = defaultdict(set)
        for centre_id, day in s.execute(select(m.ClosedDay.centre_id, m.ClosedDay.day).where(
                m.ClosedDay.day >= first_day, m.ClosedDay.day <= last_day)):
            closed[centre_id].add(day)
        rows = s.execute(select(m.Session.centre_id, m.Session.starts_at,
                                m.Session.planned_minutes, m.Session.status,
                                m.Session.started_at)
                         .where(m.Session.starts_at >= low, m.Session.starts_at < high,
                                m.Session.status != m.SessionStatus.CANCELLED)).all()
    zones = {c.id: zone(c.time_zone) for c in centres}
    sums: dict[uuid.UUID, _Sums] = defaultdict(_Sums)
    for centre_id, starts_at, minutes, status, started_at in rows:
        if not first_day <= starts_at.astimezone(zones[centre_id]).date() <= last_day:
            continue
        one = sums[centre_id]
        one.planned += 1
        one.booked_minutes += minutes
        if status in _HELD or started_at is not None and status != m.SessionStatus.NO_SHOW:
            one.held += 1
            if started_at is not None and started_at <= starts_at + grace:
                one.on_time += 1
        elif status == m.SessionStatus.NO_SHOW:
            one.no_shows += 1
    days = [first_day + timedelta(days=i) for i in range((last_day - first_day).days + 1)]
    result = []
    for centre_id, code, _tz in centres:
        one = sums[centre_id]
        open_hours = rooms.get(centre_id, 0) * sum(
            hours[centre_id].get(day.weekday(), 0.0) for day in days
            if day not in closed[centre_id])
        result.append(Figures(code, one.planned, one.held, one.no_shows, one.on_time,
                              one.booked_minutes / 60, open_hours))
    network = Figures(
        "ALL", planned=sum(f.planned for f in result), held=sum(f.held for f in result),
        no_shows=sum(f.no_shows for f in result), on_time=sum(f.on_time for f in result),
        booked_hours=sum(f.booked_hours for f in result),
        open_hours=sum(f.open_hours for f in result),
    )
    return result, network
