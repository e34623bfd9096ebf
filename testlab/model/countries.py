"""ISO 3166-1 alpha-2 country codes and their short names.

English names are read once from the ``iso3166.tab`` that the IANA time-zone database
ships (the ``tzdata`` package, which zoneinfo needs on Windows anyway): the list stays
as current as the zones, and no copy of it lives in our code.  Other languages' names
come from the Unicode CLDR through Babel (imported only when asked).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
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


@functools.cache
def _codes_by_english_name() -> dict[str, str]:
    return {name: code for code, name in country_names().items()}


def code_of(english_name: str) -> str | None:
    """The code of a country's English short name ("Belgium" -> "BE"), or None."""
    return _codes_by_english_name().get(english_name)


@functools.cache
def country_name_in(code: str, language: str) -> str:
    """A country's name in ``language`` (an ISO 639 code: "fr" -> "Belgique"); English,
    or the code, when the language or the country is unknown to CLDR."""
    if language == "en":
        return country_name(code)
    from babel import Locale, UnknownLocaleError

    try:
        names = Locale.parse(language).territories
    except (UnknownLocaleError, ValueError):
        return country_name(code)
    return str(names.get(code.upper()) or country_name(code))


def say_label(label: str, language: str, word: Callable[[str], str]) -> str:
    """A label of ", "-separated parts (a weighted-NPS stratum: "Belgium, small business")
    in ``language``: each country by its name there, every other part through ``word``."""
    said = []
    for part in label.split(", "):
        code = code_of(part)
        said.append(country_name_in(code, language) if code else word(part))
    return ", ".join(said)
