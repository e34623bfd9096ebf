"""How every table of the window is set up: one read-only look for all QTableViews, and the
lists over a RowTableModel with their column widths."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.common.table_model import RowTableModel

MIN_STRETCH_CHARS = 18  # a stretching column (a name) keeps at least this many characters


def read_only_table(model: QAbstractItemModel, parent: Any = None, *,
                    selection: QAbstractItemView.SelectionMode, row_padding: int,
                    grid: bool) -> QTableView:
    """The window's one table look: read-only, selected by rows, alternating colours, no
    row numbers, one text line per row of a fixed height (no per-row measuring, so
    10,000 rows scroll smoothly)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(grid)
    view.setWordWrap(False)
    rows = view.verticalHeader()
    rows.setVisible(False)
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + row_padding)
    view.horizontalHeader().setHighlightSections(False)
    return view


def list_table(model: RowTableModel[Any], parent: Any = None) -> QTableView:
    """A read-only, single-selection, row-wise table with column widths from the model."""
    view = read_only_table(model, parent, selection=QAbstractItemView.SelectionMode
                           .SingleSelection, row_padding=10, grid=False)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    char = view.fontMetrics().averageCharWidth()
    widths: list[int] = []
    for number, column in enumerate(model.columns):
        width = max(column.width or len(column.title) + 2, len(column.title) + 3) * char + 16
        if column.sample:  # measured, not guessed: capitals and accents are wider
            width = max(width, view.fontMetrics().horizontalAdvance(column.sample) + 24)
        if column.stretch:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Stretch)
            width = MIN_STRETCH_CHARS * char
        else:
            header.setSectionResizeMode(number, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(number, width)
        widths.append(width)
    view.viewport().installEventFilter(_ColumnFitter(view, model, widths))
    return view


class _ColumnFitter(QObject):
    """Hides the optional columns while the table is too narrow to show every column."""

    def __init__(self, view: QTableView, model: RowTableModel[Any], widths: list[int]) -> None:
        super().__init__(view)
        self._view = view
        self._model = model
        self._widths = widths

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        room = self._view.viewport().width()
        needed = sum(self._widths)
        for number, column in enumerate(self._model.columns):
            if column.optional:
                hide = needed > room
                self._view.setColumnHidden(number, hide)
                if hide:
                    needed -= self._widths[number]
