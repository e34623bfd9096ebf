"""What every console page needs to record: the database, the session, this PC, who, the clock."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from testlab.db.database import Database
from ui.console.clock import Clock


@dataclass(frozen=True)
class ConsoleContext:
    """Explicit wiring passed to each page (no globals)."""

    db: Database
    session_id: uuid.UUID
    workstation: str
    staff_id: uuid.UUID | None
    clock: Clock
