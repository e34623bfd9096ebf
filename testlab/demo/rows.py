"""The rows the demo generator produces, table by table, and its deterministic helpers.

The generator never touches the database: it fills a ``DemoRows`` with plain
dicts (column name -> value) that ``services.demo`` inserts with executemany.  Every
identifier and instant comes from the seeded ``random.Random`` or from
``REFERENCE_DATE``, so one seed always gives the same rows.
"""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

Row = dict[str, Any]

# Parents before children, so foreign keys hold at every insert.
INSERT_ORDER: tuple[str, ...] = (
    "centres",
    "opening_hours",
    "rooms",
    "staff",
    "staff_roles",
    "products",
    "stages",
    "studies",
    "study_centres",
    "tasks",
    "participants",
    "participant_contacts",
    "sessions",
    "task_attempts",
    "questionnaires",
    "observations",
    "findings",
    "finding_evidence",
    "finding_stage_status",
    "customer_counts",
)


@dataclass
class DemoRows:
    """Rows to insert, per table name, in generation order."""

    tables: dict[str, list[Row]] = field(
        default_factory=lambda: {name: [] for name in INSERT_ORDER}
    )

    def add(self, table: str, row: Row) -> Row:
        """Append ``row`` to ``table`` and return it (so callers can keep its id)."""
        self.tables[table].append(row)
        return row

    def count(self, table: str) -> int:
        """How many rows ``table`` will receive."""
        return len(self.tables[table])


def new_id(rng: random.Random) -> uuid.UUID:
    """A version-4 UUID drawn from ``rng``: unique in practice, repeatable per seed."""
    return uuid.UUID(int=rng.getrandbits(128), version=4)


def utc_midday(day: date) -> datetime:
    """Noon UTC on ``day``: a stable timestamp for records that need one."""
    return datetime.combine(day, time(12, 0), tzinfo=UTC)


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters, digits, dots and hyphens for e-mail local parts."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    kept = "".join(ch for ch in decomposed if ch.isascii())
    slug = "".join(ch if ch.isalnum() else "-" for ch in kept.lower().replace(" ", "-"))
    return "-".join(part for part in slug.split("-") if part)


def split_name(entry: str) -> tuple[str, str]:
    """``"ليلى=layla"`` -> (``"ليلى"``, ``"layla"``); a Latin name gives its own slug."""
    if "=" in entry:
        shown, latin = entry.split("=", 1)
        return shown, latin
    return entry, ascii_slug(entry)


def weighted(rng: random.Random, choices: tuple[tuple[Any, float], ...]) -> Any:
    """One of ``choices`` (value, weight) drawn by weight."""
    values = [value for value, _ in choices]
    weights = [weight for _, weight in choices]
    return rng.choices(values, weights)[0]
