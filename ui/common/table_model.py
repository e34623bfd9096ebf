"""A read-only Qt table model over immutable rows whose columns are described once.

Each concrete model (``centres_model.py``, ``products_model.py``) is a tuple of
``Column``s; the rows are the frozen dataclasses a service returned.  Rows are
handed to the view in pages (``canFetchMore``/``fetchMore``) so that a list of
tens of thousands of rows shows at once and scrolls smoothly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 500
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its title, how to show a row's value, and its layout hints."""

    title: str
    text: Callable[[Row], str]
    numeric: bool = False
    width: int | None = None  # in average characters; None: fit the contents
    tooltip: Callable[[Row], str] | None = None
    stretch: bool = False
    optional: bool = False  # hidden first when the table is too narrow for every column
    sample: str = ""  # the widest text expected (measured in the table's font), if known


class RowTableModel(QAbstractTableModel, Generic[Row]):
    """A table of immutable rows; replace them all with ``set_rows``."""

    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self._rows: list[Row] = []
        self._shown = 0

    # --- the rows ---------------------------------------------------------
    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows`` instead of the current ones (the first page at once)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(len(self._rows), PAGE_SIZE)
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        """The row object shown on line ``row``."""
        return self._rows[row]

    @property
    def total_rows(self) -> int:
        """How many rows the model holds, shown or not yet fetched by the view."""
        return len(self._rows)

    def find_row(self, predicate: Callable[[Row], bool]) -> int:
        """The line of the first row for which ``predicate`` is true, or -1."""
        return next((i for i, row in enumerate(self._rows) if predicate(row)), -1)

    def ensure_fetched(self, row: int) -> None:
        """Make line ``row`` visible to the view, fetching pages up to it."""
        while self._shown <= row < len(self._rows):
            self.fetchMore(QModelIndex())

    # --- Qt overrides -----------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: AnyIndex) -> None:
        if parent.isValid():
            return
        more = min(PAGE_SIZE, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(self._rows[index.row()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if column.numeric else _LEFT
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(self._rows[index.row()])
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # Titles are written once in English and translated where shown.
            return QCoreApplication.translate("Columns", self.columns[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT if self.columns[section].numeric else _LEFT
        return None
