"""The product list as a table: its columns, described once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from testlab.services.products import ProductRow
from ui.common.labels import STAGE_KINDS
from ui.common.table_model import Column, RowTableModel


def _current_stage(row: ProductRow) -> str:
    if row.current_stage is None or row.current_stage_kind is None:
        return "—"
    return f"{STAGE_KINDS[row.current_stage_kind]}: {row.current_stage}"


PRODUCT_COLUMNS: tuple[Column[ProductRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda r: r.name, width=30, tooltip=lambda r: r.name),
    Column(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda r: r.owner or "—", width=20),
    Column(QT_TRANSLATE_NOOP("Columns", "Current stage"), _current_stage, stretch=True, tooltip=_current_stage),
    Column(QT_TRANSLATE_NOOP("Columns", "Stages"), lambda r: str(r.stages), numeric=True, width=6),
    Column(QT_TRANSLATE_NOOP("Columns", "Studies"), lambda r: str(r.studies), numeric=True, width=7),
    Column(QT_TRANSLATE_NOOP("Columns", "Sessions"), lambda r: str(r.sessions), numeric=True, width=8,
           tooltip=lambda r: f"{r.completed_sessions} of {r.sessions} sessions completed"),
)


class ProductsModel(RowTableModel[ProductRow]):
    """Rows from ``testlab.services.products.list_products``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(PRODUCT_COLUMNS, parent)
