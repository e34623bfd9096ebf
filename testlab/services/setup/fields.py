"""Checks shared by the setup services: each refuses with an ``InvalidField`` naming the field."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from testlab.errors import InvalidField

E = TypeVar("E", bound=StrEnum)
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


def text(value: str, field: str, limit: int, *, required: bool = True) -> str:
    """``value`` trimmed; refused when empty (if required) or longer than ``limit``."""
    cleaned = value.strip()
    if required and not cleaned:
        raise InvalidField(field, f"{field} is empty; give a {field.replace('_', ' ')}.")
    if len(cleaned) > limit:
        raise InvalidField(field, f"{field} is longer than {limit} characters.")
    return cleaned


def centre_code(value: str, field: str = "code") -> str:
    """A centre code: three letters, kept in capitals."""
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise InvalidField(field, f"{field} '{value.strip()}' is not three letters (e.g. MAD).")
    return code


def country(value: str) -> str:
    """An ISO 3166 alpha-2 country code, kept in capitals."""
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", code):
        raise InvalidField("country", f"country '{value.strip()}' is not a two-letter ISO "
                           "code (e.g. ES, SN).")
    return code


@cache
def _zones() -> frozenset[str]:
    return frozenset(available_timezones())


def time_zone(value: str) -> str:
    """An IANA time zone that exists on this machine's zone database."""
    name = value.strip()
    try:
        if name not in _zones():
            raise ZoneInfoNotFoundError(name)
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidField("time_zone", f"time_zone '{name}' does not exist; give an IANA "
                           "zone such as Europe/Madrid or Africa/Dakar.") from None
    return name


def email(value: str) -> str:
    """An e-mail address (one @, a dot in the domain), trimmed."""
    address = value.strip()
    if not _EMAIL.match(address) or len(address) > 254:
        raise InvalidField("email", f"email '{address}' is not an e-mail address.")
    return address


def task_key(value: str) -> str:
    """A task key: letters, digits, '.', '_' or '-', no spaces (e.g. pay-bill)."""
    key = value.strip()
    if not key or len(key) > 64 or not _KEY.match(key):
        raise InvalidField("key", f"key '{key}' is not a task key: letters, digits, '-', "
                           "'_' or '.', at most 64 (e.g. pay-bill).")
    return key


def choice(value: str | E, kind: type[E], field: str) -> E:
    """A member of ``kind`` by value."""
    try:
        return kind(str(value).strip())
    except ValueError:
        allowed = ", ".join(m.value for m in kind)
        raise InvalidField(field, f"{field} '{value}' is not one of {allowed}.") from None
