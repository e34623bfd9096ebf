"""Load the demo network into an empty database, in one transaction, with progress.

The rows are generated in memory first (see ``generate``), then inserted
table by table with executemany, so ~10,000 rows take about a second.
Anything that stops the load (refusal, cancellation, error) rolls it all back.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from testlab import errors
from testlab.db import Database
from testlab.demo.build_catalog import build_catalog
from testlab.demo.build_findings import build_findings
from testlab.demo.build_network import build_network
from testlab.demo.build_sessions import SessionBuilder
from testlab.demo.customers_data import build_customers
from testlab.demo.rows import INSERT_ORDER, DemoRows
from testlab.errors import Conflict
from testlab.model import Base, Centre

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

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


def generate(seed: int, step: Callable[[], None] | None = None) -> DemoRows:
    """The demo's rows for ``seed``, without touching any database.

    ``step`` is called after each generation phase (to report progress and
    to stop early when the user cancels).
    """
    tick = step or (lambda: None)
    rng = random.Random(seed)
    rows = DemoRows()
    network = build_network(rng, rows)
    build_customers(rows)
    tick()
    plans = build_catalog(rng, rows, network)
    tick()
    sessions = SessionBuilder(rng, rows, network).build(plans)
    tick()
    build_findings(rng, rows, network, plans, sessions)
    tick()
    return rows


def load_demo(
    db: Database,
    seed: int = 1,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo network generated from ``seed``.

    Raises ``Conflict`` if the database already has centres, and
    ``DemoCancelled`` if ``cancelled()`` turns true; either way nothing is written.
    """
    total = GENERATION_STEPS + len(INSERT_ORDER)
    done = 0

    def step() -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise DemoCancelled("The demo load was cancelled; nothing was written.")
        done += 1
        if progress is not None:
            progress(done, total)

    with db.session_factory() as s:
        existing = s.scalar(select(func.count()).select_from(Centre)) or 0
    if existing:
        raise Conflict(_refusal(db, existing))
    rows = generate(seed, step)
    with db.session_factory.begin() as s:
        # Checked again inside the unit of work: another PC may have loaded meanwhile.
        existing = s.scalar(select(func.count()).select_from(Centre)) or 0
        if existing:
            raise Conflict(_refusal(db, existing))
        for name in INSERT_ORDER:
            if rows.tables[name]:
                s.execute(insert(Base.metadata.tables[name]), rows.tables[name])
            step()
    return _summary(seed, rows)


def _refusal(db: Database, centres: int) -> str:
    return (
        f"{db.description} already holds {centres} centre(s); the demo network is only "
        "loaded into an empty database. Nothing was changed."
    )


def _summary(seed: int, rows: DemoRows) -> DemoSummary:
    count = rows.count
    return DemoSummary(
        seed=seed, centres=count("centres"), rooms=count("rooms"), staff=count("staff"),
        products=count("products"), stages=count("stages"), studies=count("studies"),
        tasks=count("tasks"), participants=count("participants"), sessions=count("sessions"),
        attempts=count("task_attempts"), questionnaires=count("questionnaires"),
        observations=count("observations"), findings=count("findings"),
    )
