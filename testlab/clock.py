"""The one place TestLab reads the clock: the current instant, always aware and in UTC.

Times are stored in UTC and shown in a centre's zone at the edges (``testlab.scheduling``).
Services take an optional ``now`` so that tests can pin the instant; ``utc_instant``
turns that argument into the instant a service uses.
"""

from __future__ import annotations

from datetime import UTC, datetime

from testlab.errors import InvalidInput


def utc_now() -> datetime:
    """The current instant as an aware UTC datetime."""
    return datetime.now(UTC)


def utc_instant(now: datetime | None) -> datetime:
    """``now`` as aware UTC, or the current instant; a naive time is refused (``InvalidInput``)."""
    if now is None:
        return utc_now()
    if now.tzinfo is None:
        raise InvalidInput("A naive time was given; TestLab needs aware times.")
    return now.astimezone(UTC)
