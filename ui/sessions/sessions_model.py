"""Today's sessions as a table: its columns, described once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from testlab.services.sessions import SessionRow
from ui.common import labels
from ui.common.table_model import Column, RowTableModel

SESSION_COLUMNS: tuple[Column[SessionRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda r: f"{r.local_start:%H:%M}", width=6),
    Column(QT_TRANSLATE_NOOP("Columns", "Participant"), lambda r: r.participant_code or "–", width=12),
    Column(QT_TRANSLATE_NOOP("Columns", "Study"), lambda r: r.study_title, stretch=True, tooltip=lambda r: r.study_title),
    Column(QT_TRANSLATE_NOOP("Columns", "Room"), lambda r: r.room_name or "–", width=12, optional=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Facilitator"), lambda r: r.facilitator_name or "–", width=18, optional=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: labels.word(r.status.value.replace("_", " ")), width=11),
    Column(QT_TRANSLATE_NOOP("Columns", "Tasks"), lambda r: f"{r.tasks_done}/{r.tasks_total}", numeric=True, width=6),
    Column(QT_TRANSLATE_NOOP("Columns", "Open on"), lambda r: r.open_on or "", width=12, optional=True),
)


class SessionsModel(RowTableModel[SessionRow]):
    """Rows from ``testlab.services.sessions.todays_sessions``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(SESSION_COLUMNS, parent)
