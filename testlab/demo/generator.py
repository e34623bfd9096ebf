"""Generate the demo network's rows in memory, from a seed, without touching a database.

``testlab.services.demo.load_demo_network`` inserts them in one unit of work;
``GENERATION_STEPS`` is how many progress steps ``generate`` reports.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from testlab import errors
from testlab.demo.build_catalog import build_catalog
from testlab.demo.build_findings import build_findings
from testlab.demo.build_network import build_network
from testlab.demo.build_sessions import SessionBuilder
from testlab.demo.customers_data import build_customers
from testlab.demo.products_data import REFERENCE_DATE
from testlab.demo.rows import DemoRows

GENERATION_STEPS = 4


class DemoCancelled(errors.Cancelled):
    """The demo load was cancelled by the user; nothing was written."""


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo network loaded."""

    seed: int
    centres: int
    rooms: int
    staff: int
    products: int
    stages: int
    studies: int
    tasks: int
    participants: int
    sessions: int
    attempts: int
    questionnaires: int
    observations: int
    findings: int


def week_shift(today: date | None) -> timedelta:
    """Whole weeks from the demo's own reference week to ``today``'s (none for None).

    Whole weeks keep every weekday, so the random draws, opening hours and slots are
    the same whatever the day: only the dates move.
    """
    if today is None:
        return timedelta(0)
    monday = today - timedelta(days=today.weekday())
    reference = REFERENCE_DATE - timedelta(days=REFERENCE_DATE.weekday())
    return monday - reference


def generate(seed: int, step: Callable[[], None] | None = None, *,
             today: date | None = None) -> DemoRows:
    """The demo's rows for ``seed``, without touching any database.

    With ``today``, the schedule is placed around that day: weeks before its week
    held, its week and the following ones booked (None: the demo's own reference
    week, late November 2026).  ``step`` is called after each generation phase (to
    report progress and to stop early when the user cancels).
    """
    tick = step or (lambda: None)
    rng = random.Random(seed)
    rows = DemoRows()
    network = build_network(rng, rows)
    build_customers(rows)
    tick()
    shift = week_shift(today)
    plans = build_catalog(rng, rows, network, shift)
    tick()
    sessions = SessionBuilder(rng, rows, network, REFERENCE_DATE + shift).build(plans)
    tick()
    build_findings(rng, rows, network, plans, sessions)
    tick()
    return rows


def summary(seed: int, rows: DemoRows) -> DemoSummary:
    """How many rows of each kind ``rows`` holds."""
    count = rows.count
    return DemoSummary(
        seed=seed, centres=count("centres"), rooms=count("rooms"), staff=count("staff"),
        products=count("products"), stages=count("stages"), studies=count("studies"),
        tasks=count("tasks"), participants=count("participants"), sessions=count("sessions"),
        attempts=count("task_attempts"), questionnaires=count("questionnaires"),
        observations=count("observations"), findings=count("findings"),
    )
