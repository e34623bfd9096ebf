"""How the domain's closed vocabularies and times read in the window."""

from __future__ import annotations

from datetime import date, datetime, time
from enum import Enum
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from testlab.model.countries import say_label
from testlab.model.enums import Outcome, RoomKind, StageKind, StudyMethod, StudyStatus
from ui.common.i18n import current_language

K = TypeVar("K", bound=Enum)


class _Words(dict[K, str]):
    """A vocabulary written once in English; each word is translated as it is looked up.

    Its words are marked ``QT_TRANSLATE_NOOP("Labels", …)`` so that lupdate finds them.
    """

    def __getitem__(self, key: K) -> str:
        return QCoreApplication.translate("Labels", super().__getitem__(key))


def word(text: str) -> str:
    """A word of the domain's vocabulary, translated (e.g. a session status).

    lupdate cannot see ``text``: mark it where it is written,
    ``QT_TRANSLATE_NOOP("Labels", "…")``.
    """
    return QCoreApplication.translate("Labels", text)


# Session statuses as the sessions list writes them (SessionStatus.words), for word().
_SESSION_STATUS_WORDS = (
    QT_TRANSLATE_NOOP("Labels", "scheduled"),
    QT_TRANSLATE_NOOP("Labels", "checked in"),
    QT_TRANSLATE_NOOP("Labels", "running"),
    QT_TRANSLATE_NOOP("Labels", "completed"),
    QT_TRANSLATE_NOOP("Labels", "no show"),
    QT_TRANSLATE_NOOP("Labels", "cancelled"),
)

ROOM_KINDS = _Words({
    RoomKind.USABILITY_LAB: QT_TRANSLATE_NOOP("Labels", "Usability lab"),
    RoomKind.LIVING_ROOM_LAB: QT_TRANSLATE_NOOP("Labels", "Living-room lab"),
    RoomKind.REMOTE: QT_TRANSLATE_NOOP("Labels", "Remote"),
})
STAGE_KINDS = _Words({
    StageKind.CONCEPT: QT_TRANSLATE_NOOP("Labels", "Concept"),
    StageKind.PROTOTYPE: QT_TRANSLATE_NOOP("Labels", "Prototype"),
    StageKind.ALPHA: QT_TRANSLATE_NOOP("Labels", "Alpha"),
    StageKind.BETA: QT_TRANSLATE_NOOP("Labels", "Beta"),
    StageKind.PRE_LAUNCH: QT_TRANSLATE_NOOP("Labels", "Pre-launch"),
    StageKind.POST_LAUNCH: QT_TRANSLATE_NOOP("Labels", "Post-launch"),
})
STUDY_METHODS = _Words({
    StudyMethod.MODERATED_LAB: QT_TRANSLATE_NOOP("Labels", "Moderated, in lab"),
    StudyMethod.REMOTE: QT_TRANSLATE_NOOP("Labels", "Remote"),
    StudyMethod.AT_HOME: QT_TRANSLATE_NOOP("Labels", "At home"),
})
STUDY_STATUSES = _Words({
    StudyStatus.DRAFT: QT_TRANSLATE_NOOP("Labels", "Draft"),
    StudyStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "Planned"),
    StudyStatus.RUNNING: QT_TRANSLATE_NOOP("Labels", "Running"),
    StudyStatus.CLOSED: QT_TRANSLATE_NOOP("Labels", "Closed"),
    StudyStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "Cancelled"),
})

OUTCOMES = _Words({
    Outcome.SUCCESS: QT_TRANSLATE_NOOP("Labels", "Success"),
    Outcome.SUCCESS_ASSISTED: QT_TRANSLATE_NOOP("Labels", "Success with help"),
    Outcome.FAILURE: QT_TRANSLATE_NOOP("Labels", "Failure"),
    Outcome.GAVE_UP: QT_TRANSLATE_NOOP("Labels", "Gave up"),
    Outcome.FALSE_COMPLETION: QT_TRANSLATE_NOOP("Labels", "False completion"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("Labels", "Skipped"),
})


# Profile and session-condition values as the core stores them (lower case, "_" for a
# space), said in the window's language by ``value``.
_VALUE_WORDS = (
    QT_TRANSLATE_NOOP("Labels", "consumer"), QT_TRANSLATE_NOOP("Labels", "youth"),
    QT_TRANSLATE_NOOP("Labels", "family"), QT_TRANSLATE_NOOP("Labels", "senior"),
    QT_TRANSLATE_NOOP("Labels", "small business"), QT_TRANSLATE_NOOP("Labels", "enterprise"),
    QT_TRANSLATE_NOOP("Labels", "low"), QT_TRANSLATE_NOOP("Labels", "medium"),
    QT_TRANSLATE_NOOP("Labels", "high"),
    QT_TRANSLATE_NOOP("Labels", "smartphone"), QT_TRANSLATE_NOOP("Labels", "tablet"),
    QT_TRANSLATE_NOOP("Labels", "laptop"), QT_TRANSLATE_NOOP("Labels", "desktop"),
    QT_TRANSLATE_NOOP("Labels", "tv"), QT_TRANSLATE_NOOP("Labels", "set top box"),
    QT_TRANSLATE_NOOP("Labels", "router"), QT_TRANSLATE_NOOP("Labels", "smart speaker"),
    QT_TRANSLATE_NOOP("Labels", "wearable"),
    QT_TRANSLATE_NOOP("Labels", "wifi"), QT_TRANSLATE_NOOP("Labels", "fibre"),
    QT_TRANSLATE_NOOP("Labels", "dsl"), QT_TRANSLATE_NOOP("Labels", "ethernet"),
    QT_TRANSLATE_NOOP("Labels", "offline"),
    QT_TRANSLATE_NOOP("Labels", "lab"), QT_TRANSLATE_NOOP("Labels", "living room lab"),
    QT_TRANSLATE_NOOP("Labels", "home"), QT_TRANSLATE_NOOP("Labels", "street"),
    QT_TRANSLATE_NOOP("Labels", "yes"), QT_TRANSLATE_NOOP("Labels", "no"),
)


def value(stored: Enum | str | None) -> str:
    """A stored value (``small_business``, ``set_top_box``, ``65+``) as the window says it:
    spaced and translated (``petites entreprises``); one with no translation as it is."""
    if stored is None:
        return ""
    raw = stored.value if isinstance(stored, Enum) else stored
    return word(str(raw).replace("_", " "))


# The weighted NPS's strata: what they are by, and a stratum whose profile is unknown.
_STRATA_WORDS = (
    QT_TRANSLATE_NOOP("Labels", "country"), QT_TRANSLATE_NOOP("Labels", "segment"),
    QT_TRANSLATE_NOOP("Labels", "country not recorded"),
    QT_TRANSLATE_NOOP("Labels", "segment not recorded"),
)


def stratum(label: str) -> str:
    """A stratum as the core labels it ("Belgium, small business") in the window's
    language: the country by its name in that language (CLDR), the segment in words."""
    return say_label(label, current_language(), word)


def strata_by(text: str) -> str:
    """What strata are by ("country,segment") in words: ``pays × segment``."""
    return " × ".join(word(part) for part in text.split(","))


# Day and month names in the window's language (strftime's %a and %b are always English).
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Labels", "Mon"), QT_TRANSLATE_NOOP("Labels", "Tue"),
    QT_TRANSLATE_NOOP("Labels", "Wed"), QT_TRANSLATE_NOOP("Labels", "Thu"),
    QT_TRANSLATE_NOOP("Labels", "Fri"), QT_TRANSLATE_NOOP("Labels", "Sat"),
    QT_TRANSLATE_NOOP("Labels", "Sun"),
)
_WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Labels", "Monday"), QT_TRANSLATE_NOOP("Labels", "Tuesday"),
    QT_TRANSLATE_NOOP("Labels", "Wednesday"), QT_TRANSLATE_NOOP("Labels", "Thursday"),
    QT_TRANSLATE_NOOP("Labels", "Friday"), QT_TRANSLATE_NOOP("Labels", "Saturday"),
    QT_TRANSLATE_NOOP("Labels", "Sunday"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("Labels", "Jan"), QT_TRANSLATE_NOOP("Labels", "Feb"),
    QT_TRANSLATE_NOOP("Labels", "Mar"), QT_TRANSLATE_NOOP("Labels", "Apr"),
    QT_TRANSLATE_NOOP("Labels", "May"), QT_TRANSLATE_NOOP("Labels", "Jun"),
    QT_TRANSLATE_NOOP("Labels", "Jul"), QT_TRANSLATE_NOOP("Labels", "Aug"),
    QT_TRANSLATE_NOOP("Labels", "Sep"), QT_TRANSLATE_NOOP("Labels", "Oct"),
    QT_TRANSLATE_NOOP("Labels", "Nov"), QT_TRANSLATE_NOOP("Labels", "Dec"),
)


def weekday(value: date, *, full: bool = False) -> str:
    """The day of the week of ``value`` in the window's language: ``Mon`` / ``lun.``
    (``full``: ``Monday`` / ``lundi``)."""
    return word((_WEEKDAY_NAMES if full else _WEEKDAYS)[value.weekday()])


def weekday_named(english_name: str) -> str:
    """An English day name from the core (``Monday``) in the window's language."""
    return word(english_name) if english_name in _WEEKDAY_NAMES else english_name


def when(value: datetime) -> str:
    """A local start as tooltips and accessible descriptions say it: ``Mon 2027-06-07 10:00``."""
    return f"{weekday(value)} {value:%Y-%m-%d %H:%M}"


def clock(value: time | None) -> str:
    """A local time of day, 24-hour: ``09:30``."""
    return "" if value is None else value.strftime("%H:%M")


def local_now(value: datetime) -> str:
    """A centre's local date and time with its UTC offset: ``Mon 30 Nov, 14:05 (UTC+01:00)``."""
    offset = value.strftime("%z")
    offset = f"UTC{offset[:3]}:{offset[3:]}" if offset else "UTC"
    month = word(_MONTHS[value.month - 1])
    return f"{weekday(value)} {value:%d} {month}, {value:%H:%M} ({offset})"


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
