"""How the domain's closed vocabularies and times read in the window."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import Enum
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication

from testlab.model.enums import Outcome, RoomKind, StageKind, StudyMethod, StudyStatus

K = TypeVar("K", bound=Enum)


class _Words(dict[K, str]):
    """A vocabulary written once in English; each word is translated as it is looked up."""

    def __getitem__(self, key: K) -> str:
        return QCoreApplication.translate("Labels", super().__getitem__(key))


def word(text: str) -> str:
    """A word of the domain's vocabulary, translated (e.g. a session status)."""
    return QCoreApplication.translate("Labels", text)

ROOM_KINDS = _Words({
    RoomKind.USABILITY_LAB: "Usability lab",
    RoomKind.LIVING_ROOM_LAB: "Living-room lab",
    RoomKind.REMOTE: "Remote",
})
STAGE_KINDS = _Words({
    StageKind.CONCEPT: "Concept",
    StageKind.PROTOTYPE: "Prototype",
    StageKind.ALPHA: "Alpha",
    StageKind.BETA: "Beta",
    StageKind.PRE_LAUNCH: "Pre-launch",
    StageKind.POST_LAUNCH: "Post-launch",
})
STUDY_METHODS = _Words({
    StudyMethod.MODERATED_LAB: "Moderated, in lab",
    StudyMethod.REMOTE: "Remote",
    StudyMethod.AT_HOME: "At home",
})
STUDY_STATUSES = _Words({
    StudyStatus.DRAFT: "Draft",
    StudyStatus.PLANNED: "Planned",
    StudyStatus.RUNNING: "Running",
    StudyStatus.CLOSED: "Closed",
    StudyStatus.CANCELLED: "Cancelled",
})

OUTCOMES = _Words({
    Outcome.SUCCESS: "Success",
    Outcome.SUCCESS_ASSISTED: "Success with help",
    Outcome.FAILURE: "Failure",
    Outcome.GAVE_UP: "Gave up",
    Outcome.FALSE_COMPLETION: "False completion",
    Outcome.SKIPPED: "Skipped",
})


def clock(value: time | None) -> str:
    """A local time of day, 24-hour: ``09:30``."""
    return "" if value is None else value.strftime("%H:%M")


def local_now(value: datetime) -> str:
    """A centre's local date and time with its UTC offset: ``Mon 30 Nov, 14:05 (UTC+01:00)``."""
    offset = value.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    return f"{value.strftime('%a %d %b, %H:%M')} ({offset})"


def day(value: date) -> str:
    """A calendar date, unambiguous in every centre's locale: ``2024-01-15``."""
    return value.isoformat()


def date_range(start: date, end: date) -> str:
    """Two dates, shortened when they share a year: ``2024-01-15 → 02-02``."""
    if start == end:
        return day(start)
    if start.year == end.year:
        return f"{day(start)} → {end.strftime('%m-%d')}"
    return f"{day(start)} → {day(end)}"


def moment(value: datetime, zone: str) -> str:
    """An instant in a centre's local time, date first: ``2026-11-30 14:05``."""
    try:
        local = value.astimezone(ZoneInfo(zone))
    except (ZoneInfoNotFoundError, ValueError):
        local = value
    return local.strftime("%Y-%m-%d %H:%M")
