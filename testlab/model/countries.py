"""ISO 3166-1 alpha-2 country codes and their English short names.

Read once from the ``iso3166.tab`` that the IANA time-zone database ships (the
``tzdata`` package, which zoneinfo needs on Windows anyway): the list stays as current
as the zones, and no copy of it lives in our code.
"""

from __future__ import annotations

import functools
from importlib import resources


@functools.cache
def country_names() -> dict[str, str]:
    """Every ISO 3166-1 alpha-2 code (upper case) → its English short name."""
    text = resources.files("tzdata.zoneinfo").joinpath("iso3166.tab").read_text("utf-8")
    names: dict[str, str] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t", 1)
            names[code.strip()] = name.strip()
    return names


def country_name(code: str) -> str:
    """The English name of a country code ("BE" → "Belgium"), or the code if unknown."""
    return country_names().get(code.upper(), code)
