"""One cell of the results CSV: parse it into a model value, or format a value back.

Parsers raise ``CellError`` with a reason a centre's staff can act on; the
caller adds the line number.  Formatters write the canonical spelling, chosen so
that ``parse(format(x)) == x`` exactly for every stored value (floats use their
shortest exact repr; times are stored to the millisecond).
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from zoneinfo import ZoneInfo

from testlab.limits import MAX_COUNT, MAX_SECONDS, MAX_SECONDS_TEXT
from testlab.model import to_millisecond
from testlab.model.enums import DeviceKind, Network, Outcome, Setting

MIN_YEAR, MAX_YEAR = 1970, 2200


class CellError(ValueError):
    """A cell that cannot be read; ``str()`` is the reason without a line number."""


_OUTCOME_SPELLINGS: dict[str, Outcome] = {
    "success": Outcome.SUCCESS, "succeeded": Outcome.SUCCESS, "successful": Outcome.SUCCESS,
    "pass": Outcome.SUCCESS, "passed": Outcome.SUCCESS, "ok": Outcome.SUCCESS,
    "success_assisted": Outcome.SUCCESS_ASSISTED,
    "success_with_assistance": Outcome.SUCCESS_ASSISTED,
    "success_with_assist": Outcome.SUCCESS_ASSISTED,
    "assisted_success": Outcome.SUCCESS_ASSISTED, "assisted": Outcome.SUCCESS_ASSISTED,
    "failure": Outcome.FAILURE, "fail": Outcome.FAILURE, "failed": Outcome.FAILURE,
    "gave_up": Outcome.GAVE_UP, "give_up": Outcome.GAVE_UP, "given_up": Outcome.GAVE_UP,
    "abandoned": Outcome.GAVE_UP,
    "false_completion": Outcome.FALSE_COMPLETION, "false_success": Outcome.FALSE_COMPLETION,
    "skipped": Outcome.SKIPPED, "skip": Outcome.SKIPPED, "not_attempted": Outcome.SKIPPED,
    # As spreadsheets write them: 1/0, yes/no, true/false, completed, timeout.
    "1": Outcome.SUCCESS, "0": Outcome.FAILURE, "yes": Outcome.SUCCESS, "no": Outcome.FAILURE,
    "y": Outcome.SUCCESS, "n": Outcome.FAILURE, "true": Outcome.SUCCESS,
    "false": Outcome.FAILURE, "completed": Outcome.SUCCESS, "complete": Outcome.SUCCESS,
    "done": Outcome.SUCCESS,
    # Ran out of time: a failure (the import preview says so).
    "timeout": Outcome.FAILURE, "timed_out": Outcome.FAILURE, "time_out": Outcome.FAILURE,
}
TIMEOUT_WORDS = frozenset({"timeout", "timed_out", "time_out"})

_CONDITION_SPELLINGS: dict[type[StrEnum], dict[str, str]] = {
    Network: {"wi_fi": "wifi", "wlan": "wifi", "fiber": "fibre", "lte": "4g", "ftth": "fibre"},
    DeviceKind: {"phone": "smartphone", "mobile": "smartphone", "pc": "desktop",
                 "stb": "set_top_box", "speaker": "smart_speaker", "watch": "wearable"},
    Setting: {"living_room": "living_room_lab", "usability_lab": "lab", "at_home": "home"},
}

_NUMBER = r"\d+(?:[.,]\d+)?"
_SECONDS_RE = re.compile(rf"^(?:(\d+):)?(?:(\d+):)({_NUMBER})$|^({_NUMBER})$")
_INT_RE = re.compile(r"^[+]?\d+$")
_START_RE = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})[ T](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,6}))?)?"
    r"(?:\s*([+-])(\d{2}):?(\d{2}))?$"
)


def _word(cell: str) -> str:
    """Lower case, words joined by underscores: "Gave up" and "gave-up" become "gave_up"."""
    return re.sub(r"[\s\-]+", "_", cell.strip().casefold())


def parse_outcome(cell: str) -> Outcome:
    """An outcome, in any case, from the model's values or a few obvious spellings."""
    word = _word(cell)
    if not word:
        raise CellError("outcome is empty")
    try:
        return _OUTCOME_SPELLINGS[word]
    except KeyError:
        allowed = ", ".join(o.value for o in Outcome)
        raise CellError(f"outcome '{cell.strip()}' is not one of {allowed} (or 1/0, yes/no, "
                        "true/false, pass/fail, completed, timeout)") from None


def is_timeout(cell: str) -> bool:
    """Whether an outcome cell says the participant ran out of time (stored as a failure)."""
    return _word(cell) in TIMEOUT_WORDS


def _short(text: str, name: str) -> str:
    """Refuse absurdly long numeric cells before int() meets them (and its digit limit)."""
    if len(text) > 24:
        raise CellError(f"{name} '{text[:24]}…' is far too long for a number")
    return text


def _number(text: str) -> float:
    return float(text.replace(",", "."))


def parse_seconds(cell: str, outcome: Outcome) -> float | None:
    """Time on task: "75", "75.5", "75,5", "1:15", "01:15" or "0:01:15"; empty only if skipped.

    Rounded to the millisecond ("12.34567" is 12.346), as the database keeps it.
    """
    text = _short(cell.strip(), "time on task")
    if not text:
        if outcome is Outcome.SKIPPED:
            return None
        raise CellError("seconds is empty (only a skipped task may have no time)")
    if text.startswith("-"):
        raise CellError(f"time on task '{text}' is negative")
    match = _SECONDS_RE.match(text)
    if match is None:
        raise CellError(f"time on task '{text}' is not seconds (75, 75.5) or mm:ss (1:15)")
    hours, minutes, secs, plain = match.groups()
    if plain is not None:
        value = _number(plain)
    else:
        sec = _number(secs)
        if sec >= 60 or (hours is not None and int(minutes) >= 60):
            raise CellError(f"time on task '{text}' is not a valid mm:ss time")
        value = int(hours or 0) * 3600 + int(minutes) * 60 + sec
    if not math.isfinite(value) or value > MAX_SECONDS:
        raise CellError(f"time on task '{text}' is longer than {MAX_SECONDS_TEXT}")
    if value <= 0:
        raise CellError(f"time on task '{text}' is zero; it must be more than 0 seconds")
    # Kept to the millisecond, as stored: a re-import then matches the recorded attempt.
    return to_millisecond(value)


def format_seconds(value: float | None) -> str:
    """Seconds with a decimal point, shortest exact form, no exponent ("75", "75.5")."""
    if value is None:
        return ""
    if value.is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def parse_rating(cell: str) -> int | None:
    """The simplicity rating 1 (very difficult) to 7 (very easy), or empty when not asked."""
    text = _short(cell.strip(), "simplicity")
    if not text:
        return None
    if not _INT_RE.match(text) and not re.match(r"^\d+[.,]0+$", text):
        raise CellError(f"simplicity '{text}' is not a whole number from 1 to 7")
    value = int(re.split(r"[.,]", text)[0])
    if not 1 <= value <= 7:
        raise CellError(f"simplicity {value} is out of range; it must be 1 to 7")
    return value


def parse_count(cell: str, name: str) -> int:
    """A count of errors or assists: a whole number, 0 or more; empty means 0."""
    text = _short(cell.strip(), name)
    if not text:
        return 0
    if text.startswith("-") and _INT_RE.match(text[1:]):
        raise CellError(f"{name} {text} is negative")
    if not _INT_RE.match(text):
        raise CellError(f"{name} '{text}' is not a whole number")
    value = int(text)
    if value > MAX_COUNT:
        raise CellError(f"{name} {value} is implausibly large (more than {MAX_COUNT})")
    return value


def parse_start(cell: str, tz: ZoneInfo) -> datetime:
    """A session start in the centre's local time ("2026-03-02 09:30") as an aware UTC time.

    A local time that does not exist (skipped by a DST change) is refused; an
    ambiguous one (repeated when clocks go back) means the first occurrence
    unless the cell carries the offset ("2026-10-25 02:30+01:00"), as export writes it.
    """
    text = cell.strip()
    match = _START_RE.match(text)
    if match is None:
        raise CellError(f"session_start '{text}' is not a date and time like 2026-03-02 09:30")
    year, month, day, hour, minute, second = (int(g or 0) for g in match.groups()[:6])
    micro = int((match.group(7) or "0").ljust(6, "0"))
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise CellError(f"session_start '{text}' has an implausible year")
    try:
        local = datetime(year, month, day, hour, minute, second, micro)
    except ValueError:
        raise CellError(f"session_start '{text}' is not a real date and time") from None
    first, second_ = local.replace(tzinfo=tz), local.replace(tzinfo=tz, fold=1)
    if first.astimezone(UTC).astimezone(tz).replace(tzinfo=None) != local:
        raise CellError(
            f"session_start '{text}' does not exist in {tz.key}: the clocks skipped that hour"
        )
    sign = match.group(8)
    if sign is None:
        return first.astimezone(UTC)
    offset = timedelta(hours=int(match.group(9)), minutes=int(match.group(10)))
    offset = -offset if sign == "-" else offset
    for candidate in (first, second_):
        if candidate.utcoffset() == offset:
            return candidate.astimezone(UTC)
    raise CellError(f"session_start '{text}': that offset is not in force in {tz.key} then")


_DATE_RE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def parse_start_or_date(cell: str, tz: ZoneInfo) -> tuple[datetime, bool]:
    """A session start, or a date alone (time unknown): (start in UTC, date only?).

    A date alone stands for the centre's local midnight of that day; the caller decides
    whether it identifies one session unambiguously.
    """
    match = _DATE_RE.match(cell.strip())
    if match is None:
        return parse_start(cell, tz), False
    year, month, day = (int(g) for g in match.groups())
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise CellError(f"session_start '{cell.strip()}' has an implausible year")
    try:
        local = datetime(year, month, day)
    except ValueError:
        raise CellError(f"session_start '{cell.strip()}' is not a real date") from None
    return local.replace(tzinfo=tz).astimezone(UTC), True


def format_date_only(value: datetime, tz: ZoneInfo) -> str:
    """A date-only session start as the centre's local date ("2026-03-02")."""
    return value.astimezone(tz).strftime("%Y-%m-%d")


def format_start(value: datetime, tz: ZoneInfo) -> str:
    """A UTC start as the centre's local time; the offset is added only when ambiguous."""
    local = value.astimezone(tz)
    text = local.strftime("%Y-%m-%d %H:%M")
    if local.second or local.microsecond:
        text += f":{local.second:02d}"
        if local.microsecond:
            text += f".{local.microsecond:06d}".rstrip("0")
    other = local.replace(fold=1 - local.fold)
    if other.utcoffset() != local.utcoffset():
        offset = local.utcoffset() or timedelta(0)
        sign = "-" if offset < timedelta(0) else "+"
        minutes = abs(int(offset.total_seconds())) // 60
        text += f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return text


def parse_condition(cell: str, kind: type[StrEnum], name: str) -> StrEnum | None:
    """A test condition (device kind, network, setting) by value, any case; empty: not stated."""
    word = _word(cell)
    if not word:
        return None
    word = _CONDITION_SPELLINGS.get(kind, {}).get(word, word)
    values = {member.value for member in kind}
    if word not in values:
        raise CellError(f"{name} '{cell.strip()}' is not one of {', '.join(sorted(values))}")
    return kind(word)


def parse_text(cell: str, name: str, limit: int) -> str | None:
    """A short free-text cell (trimmed; empty: not stated) no longer than the column allows."""
    text = cell.strip()
    if not text:
        return None
    if len(text) > limit:
        raise CellError(f"{name} is longer than {limit} characters")
    return text
