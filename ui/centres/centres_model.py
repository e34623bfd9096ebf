"""The centre list as a table: its columns, described once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from testlab.services.network import CentreRow
from ui.common.table_model import Column, RowTableModel

CENTRE_COLUMNS: tuple[Column[CentreRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.code, width=6),
    Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda r: r.name, stretch=True, tooltip=lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda r: f"{r.city}, {r.country}", width=16, sample="Antananarivo, MG",
           tooltip=lambda r: f"{r.city}, {r.country}"),
    Column(QT_TRANSLATE_NOOP("Columns", "Time zone"), lambda r: r.time_zone, width=19, optional=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Rooms"), lambda r: str(r.rooms), numeric=True, width=6),
)


class CentresModel(RowTableModel[CentreRow]):
    """Rows from ``testlab.services.network.list_centres``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(CENTRE_COLUMNS, parent)
