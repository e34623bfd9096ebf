"""Today's sessions as a table: its columns, described once."""

from __future__ import annotations

from typing import Any

from testlab.services.sessions import SessionRow
from ui.common import labels
from ui.common.table_model import Column, RowTableModel

SESSION_COLUMNS: tuple[Column[SessionRow], ...] = (
    Column("Time", lambda r: f"{r.local_start:%H:%M}", width=6),
    Column("Participant", lambda r: r.participant_code or "–", width=12),
    Column("Study", lambda r: r.study_title, stretch=True, tooltip=lambda r: r.study_title),
    Column("Room", lambda r: r.room_name or "–", width=12, optional=True),
    Column("Facilitator", lambda r: r.facilitator_name or "–", width=18, optional=True),
    Column("Status", lambda r: labels.word(r.status.value.replace("_", " ")), width=11),
    Column("Tasks", lambda r: f"{r.tasks_done}/{r.tasks_total}", numeric=True, width=6),
    Column("Open on", lambda r: r.open_on or "", width=12, optional=True),
)


class SessionsModel(RowTableModel[SessionRow]):
    """Rows from ``testlab.services.sessions.todays_sessions``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(SESSION_COLUMNS, parent)
