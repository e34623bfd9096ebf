"""A section of the window that lists rows and shows the selected one's details.

Search box on top, table on the left, details on the right (in a QSplitter).
Listing and details both run off the GUI thread (``CoreCall.run_in_background``), so
typing in the search box never freezes the window; filtering is done in SQL by the
service, and an answer to an older search is dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.common import metrics
from ui.common.operations import CoreCall
from ui.common.search_box import SearchBox
from ui.common.table_model import RowTableModel
from ui.common.table_setup import list_table
from ui.context import AppContext

DETAILS_MIN_WIDTH = 250


class DetailsPane(Protocol):
    """What a section's details widget offers: it is a QWidget that can show one detail."""

    def show_detail(self, detail: Any) -> None: ...


class ListSectionView(QWidget):
    """List + details.  ``list_rows(search)`` and ``load_detail(id)`` are service calls.

    ``details()`` makes the details widget (a QWidget with ``show_detail(detail)``); it
    is called when a first detail arrives (or ``details`` is asked for), after the list
    is painted: the window's first screen does not wait for a pane it cannot fill yet.

    ``orientation``: details beside the list (horizontal) or under it (vertical,
    for short lists with wide details); ``stretch``: how the two share the room.
    """

    rows_listed = Signal(int)  # how many rows are now shown
    detail_shown = Signal(object)  # the detail dataclass now in the pane

    def __init__(
        self,
        context: AppContext,
        key: str,
        title: str,
        search_hint: str,
        model: RowTableModel[Any],
        list_rows: Callable[[str], list[Any]],
        load_detail: Callable[[uuid.UUID], Any],
        details: Callable[[], QWidget],
        nouns: tuple[str, str],
        orientation: Qt.Orientation = Qt.Orientation.Horizontal,
        stretch: tuple[int, int] = (3, 2),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{key}Section")
        self._context = context
        self._key = key
        self._list_rows = list_rows
        self._load_detail = load_detail
        self._make_details = details
        self._details: QWidget | None = None
        self._nouns = nouns
        self._search = ""
        self._selected_id: uuid.UUID | None = None
        self._loaded_once = False

        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        self.search_box = SearchBox(search_hint)
        self.search_box.setObjectName(f"{key}Search")
        self.search_box.setAccessibleName(self.tr("Search {0}").format(nouns[1]))
        self.search_box.search_changed.connect(self._on_search_box_search_changed)

        self.model = model
        self.table = list_table(model)
        self.table.setObjectName(f"{key}Table")
        self.table.setAccessibleName(title)
        self.table.selectionModel().selectionChanged.connect(
            self._on_table_selection_changed
        )

        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self._details_stack = QStackedWidget()
        self._details_stack.addWidget(self.hint)
        pane = QFrame()
        pane.setObjectName("detailsPane")
        metrics.flush(QVBoxLayout(pane)).addWidget(self._details_stack)
        pane.layout().setContentsMargins(1, 1, 1, 1)
        pane.setMinimumWidth(DETAILS_MIN_WIDTH)

        self.splitter = QSplitter(orientation)
        self.splitter.setObjectName(f"{key}Splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(pane)
        self.splitter.setStretchFactor(0, stretch[0])
        self.splitter.setStretchFactor(1, stretch[1])

        layout = metrics.page(QVBoxLayout(self))
        layout.addWidget(heading)
        layout.addWidget(self.search_box)
        layout.addWidget(self.splitter, 1)
        self._show_hint(self.tr("Loading…"))

    # --- public -----------------------------------------------------------
    @property
    def details(self) -> QWidget:
        """The details widget (made on first use)."""
        if self._details is None:
            details = self._make_details()
            if not details.accessibleName():
                details.setAccessibleName(
                    self.tr("The selected {0}'s details").format(self._nouns[0]))
            self._details_stack.addWidget(details)
            self._details = details
        return self._details

    def reload(self) -> None:
        """List the rows again with the current search (e.g. after the data changed)."""
        search = self._search
        CoreCall(self, lambda: self._list_rows(search)).success(self._on_rows_listed) \
            .run_in_background(self._context.tasks, f"{self._key}.list")

    def ensure_loaded(self) -> None:
        """Load the rows the first time the section is shown."""
        if not self._loaded_once:
            self._loaded_once = True
            self.reload()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def select_row(self, row: int) -> None:
        """Select line ``row`` of the table (fetching it first if needed)."""
        self.model.ensure_fetched(row)
        self.table.selectRow(row)

    # --- slots --------------------------------------------------------------
    def _on_search_box_search_changed(self, text: str) -> None:
        self._search = text
        self.reload()

    def _on_rows_listed(self, rows: list[Any]) -> None:
        self.model.set_rows(rows)
        if rows:
            wanted = self._selected_id
            line = self.model.find_row(lambda r: r.id == wanted) if wanted else -1
            self.select_row(max(line, 0))
        else:
            self._selected_id = None
            singular, plural = self._nouns
            self._show_hint(
                self.tr("No {0} match “{1}”.").format(plural, self._search) if self._search
                else self.tr("There are no {0} in this database yet.").format(plural)
            )
        self.rows_listed.emit(len(rows))

    def _on_table_selection_changed(self, _selected: QItemSelection,
                                    _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        row = self.model.row_at(rows[0].row())
        self._selected_id = row.id
        CoreCall(self, lambda: self._load_detail(row.id)).success(self._on_detail_loaded) \
            .run_in_background(self._context.tasks, f"{self._key}.detail")

    def _on_detail_loaded(self, detail: Any) -> None:
        details = self.details
        pane: DetailsPane = details  # type: ignore[assignment]
        pane.show_detail(detail)
        self._details_stack.setCurrentWidget(details)
        self.detail_shown.emit(detail)

    def _show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self._details_stack.setCurrentIndex(0)

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()
