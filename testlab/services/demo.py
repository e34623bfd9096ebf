"""Use cases around the demo network: is the database empty, and load the demo into it."""

from __future__ import annotations

from sqlalchemy import exists, select

from testlab.db import Database
from testlab.demo import DemoSummary, load_demo
from testlab.model import Centre
from testlab.progress import CancelCheck, Progress


def is_empty(db: Database) -> bool:
    """True when the database has no centre yet (a new database: offer the demo)."""
    with db.session_factory.begin() as s:
        return not s.scalar(select(exists(select(Centre.id))))


def load_demo_network(
    db: Database,
    *,
    seed: int = 1,
    progress: Progress | None = None,
    cancelled: CancelCheck | None = None,
) -> DemoSummary:
    """Load the demo network generated from ``seed`` into an empty database.

    All or nothing: raises ``Conflict`` for a database that already has
    centres and ``DemoCancelled`` when ``cancelled()`` turns true.
    """
    return load_demo(db, seed=seed, progress=progress, cancelled=cancelled)
