"""The report's words: one TOML catalogue per language under ``resources/reports/``.

Every heading, label and sentence of the PDF is a key of the catalogue; numbers are
written the language's way (decimal sign, the space before ``%`` and units, thousands
separator), all said in the catalogue's ``[format]`` table. A third language is a file.
"""

from __future__ import annotations

import functools
import math
import tomllib
from datetime import date, datetime
from typing import Any

from resources import ROOT
from testlab.errors import InvalidInput

FOLDER = ROOT / "reports"


def languages() -> tuple[str, ...]:
    """The languages a report can be written in (one catalogue file each)."""
    return tuple(sorted(p.stem for p in FOLDER.glob("*.toml")))


@functools.cache
def _load(lang: str) -> dict[str, Any]:
    path = FOLDER / f"{lang}.toml"
    if not path.is_file():
        raise InvalidInput(
            f"There is no report language '{lang}': use one of {', '.join(languages())}."
        )
    with path.open("rb") as f:
        return tomllib.load(f)


def flatten(table: dict[str, Any], prefix: str = "") -> dict[str, str]:
    """``{"a": {"b": "x"}}`` -> ``{"a.b": "x"}`` (the catalogue's keys)."""
    out: dict[str, str] = {}
    for key, value in table.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(flatten(value, name + "."))
        else:
            out[name] = str(value)
    return out


class Words:
    """A language's words and number formats."""

    def __init__(self, lang: str) -> None:
        data = _load(lang)
        self.lang = lang
        self._words = flatten({k: v for k, v in data.items() if k != "format"})
        fmt = data.get("format", {})
        self.decimal: str = fmt.get("decimal", ".")
        self.thousands: str = fmt.get("thousands", ",")
        self.percent: str = fmt.get("percent", "%")
        self.unit_space: str = fmt.get("unit_space", " ")
        self.date_format: str = fmt.get("date", "%Y-%m-%d")
        self.range_sign: str = fmt.get("range", "–")
        self.minus: str = fmt.get("minus", "-")
        self.list_sep: str = fmt.get("list_sep", "; ")
        self.colon: str = fmt.get("colon", ": ")

    def __call__(self, key: str, **values: object) -> str:
        """The words of ``key`` with ``{name}`` filled in."""
        text = self._words[key]
        return text.format(**values) if values else text

    def key_set(self) -> set[str]:
        """Every key of the catalogue."""
        return set(self._words)

    def items(self, prefix: str) -> list[tuple[str, str]]:
        """The (key, words) pairs whose key starts with ``prefix``."""
        return [(k, v) for k, v in self._words.items() if k.startswith(prefix)]

    def get(self, key: str, default: str) -> str:
        """The words of ``key``, or ``default`` when the catalogue has none (enum values)."""
        return self._words.get(key, default)

    # -- numbers ------------------------------------------------------------------------
    def num(self, value: float | None, digits: int = 1, *, sign: bool = False) -> str:
        """A number rounded to ``digits`` decimals, the language's way ("–" for none)."""
        if value is None or not math.isfinite(value):
            return "–"
        text = f"{value:+,.{digits}f}" if sign else f"{value:,.{digits}f}"
        text = text.replace(",", "\0").replace(".", self.decimal).replace("\0", self.thousands)
        return text.replace("-", self.minus)

    def pct(self, share: float | None, digits: int = 0, *, sign: bool = False) -> str:
        """A share (0–1) as a percentage: "83%" / "83 %"."""
        if share is None:
            return "–"
        return self.num(100 * share, digits, sign=sign) + self.percent

    def pct_range(self, low: float | None, high: float | None, digits: int = 0) -> str:
        """An interval of shares: "58–94%"."""
        if low is None or high is None:
            return "–"
        return self.num(100 * low, digits) + self.range_sign + self.num(100 * high, digits) + self.percent

    def num_range(self, low: float | None, high: float | None, digits: int = 1,
                  unit: str = "") -> str:
        """An interval of numbers: "5.1–6.0" (with a unit: "46–101 s")."""
        if low is None or high is None:
            return "–"
        sign = self.range_sign if low >= 0 else f" {self.range_sign} "  # −52 – 15, not −52–15
        text = self.num(low, digits) + sign + self.num(high, digits)
        return text + (self.unit_space + unit if unit else "")

    def seconds(self, value: float | None) -> str:
        """A time on task: "68 s"."""
        if value is None:
            return "–"
        return self.num(value, 0) + self.unit_space + "s"

    def p(self, value: float | None) -> str:
        """A p-value: "p = 0.033", "p < 0.001"."""
        if value is None:
            return "–"
        if value < 0.001:
            return f"p{self.unit_space}<{self.unit_space}" + self.num(0.001, 3)
        return f"p{self.unit_space}={self.unit_space}" + self.num(value, 3)

    def day(self, value: date | datetime) -> str:
        """A date the language's way."""
        return value.strftime(self.date_format)
