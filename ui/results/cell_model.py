"""A read-only table model over immutable rows of ``Cell``s, and its table view.

Flags show as a symbol and a word in the cell's text; the colour (``ForegroundRole``) only
helps. ``VALUE_ROLE`` gives the document's value a cell shows (tests and copying).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ui.common.table_setup import read_only_table
from ui.results.formatting import BAD, GOOD
from ui.results.rows import Column, Row

AnyIndex = QModelIndex | QPersistentModelIndex
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
TONE_ROLE = Qt.ItemDataRole.UserRole + 2
# Dark enough to read on white and on the alternate row colour (contrast above 4.5:1).
TONE_COLOURS = {GOOD: QColor("#1b6e2d"), BAD: QColor("#b0171f")}
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CellTableModel(QAbstractTableModel):
    """Rows of cells under titled columns; ``set_rows`` replaces them all."""

    def __init__(self, columns: Sequence[Column], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def titles(self) -> list[str]:
        return [QCoreApplication.translate("Columns", c.title).strip() for c in self.columns]

    def as_text(self) -> list[list[str]]:
        """The header and every row as the texts shown."""
        return [self.titles(), *([c.text for c in row] for row in self._rows)]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == VALUE_ROLE:
            return cell.value
        if role == TONE_ROLE:
            return cell.tone
        if role == Qt.ItemDataRole.ForegroundRole and cell.tone in TONE_COLOURS:
            return QBrush(TONE_COLOURS[cell.tone])
        if role == Qt.ItemDataRole.ToolTipRole and cell.tooltip:
            return cell.tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if cell.numeric else _LEFT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        return None


def cell_table(model: CellTableModel, name: str, parent: QWidget | None = None) -> QTableView:
    """A read-only table whose columns fit their contents (scrolls sideways if need be)."""
    # Several rows can be selected, to copy them; the grid helps reading figures across.
    view = read_only_table(model, parent, selection=QAbstractItemView.SelectionMode
                           .ExtendedSelection, row_padding=8, grid=True)
    view.setAccessibleName(name)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    model.modelReset.connect(lambda: _fit_columns(view))
    return view


MAX_COLUMN_CHARS = 90


def _fit_columns(view: QTableView) -> None:
    """Each column as wide as its widest text (measured on at most 200 rows), capped."""
    model = view.model()
    metrics = view.fontMetrics()
    cap = metrics.averageCharWidth() * MAX_COLUMN_CHARS
    header = view.horizontalHeader()
    for column in range(model.columnCount()):
        texts = [str(model.headerData(column, Qt.Orientation.Horizontal))]
        texts += [str(model.index(r, column).data() or "")
                  for r in range(min(model.rowCount(), 200))]
        width = max(metrics.horizontalAdvance(t) for t in texts) + 24
        header.resizeSection(column, min(width, cap))
