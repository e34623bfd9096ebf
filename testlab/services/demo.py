"""Use cases around the demo network: is the database empty, and load the demo into it.

The rows are generated in memory first (``testlab.demo.generator``), then inserted
table by table with executemany in one unit of work, so ~10,000 rows take about a
second.  Anything that stops the load (refusal, cancellation, error) rolls it all back.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, func, insert, select

from testlab.clock import utc_now
from testlab.db.database import Database
from testlab.demo.generator import GENERATION_STEPS, DemoCancelled, DemoSummary, generate, summary
from testlab.demo.rows import INSERT_ORDER
from testlab.errors import Conflict
from testlab.model import Base, Centre
from testlab.progress import CancelCheck, Progress, Steps


def is_empty(db: Database) -> bool:
    """True when the database has no centre yet (a new database: offer the demo)."""
    with db.session_factory.begin() as s:
        return not s.scalar(select(exists(select(Centre.id))))


def load_demo_network(
    db: Database,
    *,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> DemoSummary:
    """Fill an empty database with the demo network generated from ``seed``.

    The schedule is placed around ``today`` (default: the current day in UTC): weeks
    before it held, its week and the next ones booked; the same seed and day give the
    same rows.  All or nothing: raises ``Conflict`` if the database already has centres, and
    ``DemoCancelled`` if ``cancelled()`` turns true; either way nothing is written.
    """
    steps = Steps(GENERATION_STEPS + len(INSERT_ORDER), progress, cancelled,
                  lambda: DemoCancelled("The demo load was cancelled; nothing was written."))
    with db.session_factory() as s:
        existing = s.scalar(select(func.count()).select_from(Centre)) or 0
    if existing:
        raise Conflict(_refusal(db, existing))
    rows = generate(seed, steps.step, today=today or utc_now().date())
    with db.session_factory.begin() as s:
        # Checked again inside the unit of work: another PC may have loaded meanwhile.
        existing = s.scalar(select(func.count()).select_from(Centre)) or 0
        if existing:
            raise Conflict(_refusal(db, existing))
        for name in INSERT_ORDER:
            if rows.tables[name]:
                s.execute(insert(Base.metadata.tables[name]), rows.tables[name])
            steps.step()
    return summary(seed, rows)


def _refusal(db: Database, centres: int) -> str:
    return (
        f"{db.description} already holds {centres} centre(s); the demo network is only "
        "loaded into an empty database. Nothing was changed."
    )
