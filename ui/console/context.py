"""What every console page needs to record: the database, the session, this PC, who, the clock,
and the one writer thread every write of this console goes through (in order)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from testlab.db.database import Database
from ui.common.background import TaskRunner
from ui.console.clock import Clock


@dataclass(frozen=True)
class ConsoleContext:
    """Explicit wiring passed to each page (no globals)."""

    db: Database
    session_id: uuid.UUID
    workstation: str
    staff_id: uuid.UUID | None
    clock: Clock
    writer: TaskRunner  # serial: see ui/common/operations.py
