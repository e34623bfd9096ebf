"""What every Setup page shares: a list on the left, a form on the right, inline refusals.

A refusal of the setup services is an ``InvalidField`` naming its field: the page
shows its message in the line under that field's control (or under the form when
no control carries that name), and nothing was saved.  Save and New have page keys
(``ui/common/shortcuts.py``) shown on their buttons.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from testlab.errors import InvalidField
from testlab.services.setup.lists import SetupLists
from ui.common import shortcuts
from ui.common.table_model import Column, RowTableModel
from ui.common.table_setup import list_table

Row = TypeVar("Row")
LIST_SHARE, FORM_SHARE = 2, 3  # of the page's width, at first
LIST_MIN_CHARS = 24
W = TypeVar("W", bound=QWidget)


class FieldErrors:
    """The error line under each field of a form, by the field name the services use."""

    def __init__(self, general: QLabel) -> None:
        self._lines: dict[str, QLabel] = {}
        self._general = general
        self._shown: dict[str, str] = {}

    def line_for(self, *fields: str) -> QLabel:
        """A new (empty, hidden) error line standing for ``fields``."""
        line = error_line()
        for field in fields:
            self._lines[field] = line
        return line

    def show(self, error: InvalidField) -> None:
        """Show ``error`` under its field (or under the form)."""
        self.clear()
        line = self._lines.get(error.field, self._general)
        line.setText(error.message)
        line.setVisible(True)
        self._shown = {error.field if line is not self._general else "": error.message}

    def message(self, text: str) -> None:
        """A message not tied to one field."""
        self.clear()
        self._general.setText(text)
        self._general.setVisible(True)
        self._shown = {"": text}

    def clear(self) -> None:
        for line in [*self._lines.values(), self._general]:
            line.clear()
            line.setVisible(False)
        self._shown = {}

    def shown(self) -> dict[str, str]:
        """The refusal now shown: its field ("" under the form) -> its message."""
        return dict(self._shown)


def error_line() -> QLabel:
    """A label for a refusal: words (with a sign), never colour alone."""
    line = QLabel()
    line.setObjectName("fieldError")
    line.setWordWrap(True)
    line.setVisible(False)
    return line


def key_button(text: str, key: shortcuts.Key, page: QWidget,
               slot: Callable[[], object]) -> QPushButton:
    """A button whose page key is bound and shown on it: ``Save (Ctrl+S)``."""
    button = QPushButton(f"{text} ({shortcuts.label(key)})", page)
    button.setAccessibleName(text)
    button.clicked.connect(slot)
    shortcuts.bind(page, key, button.click)
    return button


def add_field(form: QFormLayout, errors: FieldErrors, text: str, widget: W,
              *fields: str) -> W:
    """A labelled row (the label is the widget's buddy and accessible name) and its error line."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", ""))
    form.addRow(label, widget)
    if fields:
        form.addRow("", errors.line_for(*fields))
    return widget


class SetupPage(QWidget, Generic[Row]):
    """A list of ``Row`` (the records of one entity) and a form to create or edit one."""

    saved = Signal(object)  # the record a save returned

    def __init__(self, columns: Sequence[Column[Row]], list_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RowTableModel[Row] = RowTableModel(columns, self)
        self.table: QTableView = list_table(self.model, self)
        self.table.setAccessibleName(list_name)
        self.general_error = error_line()
        self.errors = FieldErrors(self.general_error)
        self.current: Row | None = None
        self.form_box = QWidget(self)
        self.form = QFormLayout(self.form_box)
        # Narrow (200%, or a narrow window): labels go above their fields, no side scrolling.
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.buttons = QHBoxLayout()  # the entry's own: New, Save, …
        self.item_buttons = QGridLayout()  # its rooms', stages' or tasks', two a row
        right = QWidget(self)
        column = QVBoxLayout(right)
        column.addWidget(self.form_box)
        column.addWidget(self.general_error)
        column.addStretch(1)
        scroll = QScrollArea(self)  # long forms (a study) scroll at 1366×768 and 200%
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(right)
        side = QWidget(self)
        side_column = QVBoxLayout(side)
        side_column.setContentsMargins(0, 0, 0, 0)
        side_column.addWidget(scroll, 1)
        side_column.addLayout(self.item_buttons)
        side_column.addLayout(self.buttons)
        splitter = QSplitter(self)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([LIST_SHARE, FORM_SHARE])
        splitter.setChildrenCollapsible(False)
        self.table.setMinimumWidth(self.table.fontMetrics().averageCharWidth() * LIST_MIN_CHARS)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.new_button = key_button(self.tr("New"), shortcuts.SETUP_NEW, self, self.new)
        self.save_button = key_button(self.tr("Save"), shortcuts.SETUP_SAVE, self, self.save)
        self.buttons.addWidget(self.new_button)
        self.buttons.addWidget(self.save_button)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.lists: SetupLists | None = None

    # -- what a page fills in ------------------------------------------------------------
    def add_item_button(self, button: QPushButton) -> None:
        """A button of the entry's rooms, stages or tasks: two a row."""
        count = self.item_buttons.count()
        self.item_buttons.addWidget(button, count // 2, count % 2)

    def show_lists(self, lists: SetupLists) -> None:
        """New data from the database: list it and keep the same row selected."""
        self.lists = lists
        kept = self.row_id(self.current) if self.current is not None else None
        self.fill_choices(lists)
        self.model.set_rows(self.rows(lists))
        line = self.model.find_row(lambda row: self.row_id(row) == kept) if kept else -1
        if line >= 0:
            self.select_line(line)
            # The same line may have been selected already: show its new values anyway.
            self.current = self.model.row_at(line)
            self.show_row(self.current)
        elif self.current is None:
            self.new()

    def select_line(self, line: int) -> None:
        self.model.ensure_fetched(line)
        self.table.selectRow(line)

    def select_id(self, row_id: uuid.UUID) -> bool:
        line = self.model.find_row(lambda row: self.row_id(row) == row_id)
        if line >= 0:
            self.select_line(line)
        return line >= 0

    def new(self) -> None:
        """An empty form: Save creates."""
        self.table.clearSelection()
        self.current = None
        self.errors.clear()
        self.clear_form()

    def _on_table_selection_changed(self, selected: QItemSelection, _old: QItemSelection) -> None:
        rows = selected.indexes()
        if not rows:
            return
        self.current = self.model.row_at(rows[0].row())
        self.errors.clear()
        self.show_row(self.current)

    def refused(self, error: Any) -> None:
        """Route a refusal to its field's line."""
        if isinstance(error, InvalidField):
            self.errors.show(error)
        else:
            self.errors.message(error.message)

    def done(self, record: Any) -> None:
        """A save went in: say so, and let the section list everything again."""
        self.errors.clear()
        self.current = record  # listed again, it stays selected
        self.saved.emit(record)

    def rows(self, lists: SetupLists) -> Sequence[Row]:
        raise NotImplementedError

    def row_id(self, row: Any) -> uuid.UUID:
        return row.id  # type: ignore[no-any-return]

    def fill_choices(self, lists: SetupLists) -> None:
        """Fill the form's choosers (centres, staff, stages) from ``lists``."""

    def show_row(self, row: Row) -> None:
        raise NotImplementedError

    def clear_form(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError


def moved(ids: Sequence[uuid.UUID], chosen: uuid.UUID, step: int) -> list[uuid.UUID] | None:
    """``ids`` with ``chosen`` moved ``step`` places (-1 up, +1 down); None at either end."""
    order = list(ids)
    at = order.index(chosen)
    to = at + step
    if not 0 <= to < len(order):
        return None
    order[at], order[to] = order[to], order[at]
    return order


def find_data(combo: QComboBox, value: object) -> int:
    """The line of ``combo`` whose data equals ``value`` (a UUID too, which ``findData``
    cannot compare), or -1."""
    return next((line for line in range(combo.count()) if combo.itemData(line) == value), -1)


def fill_chooser(combo: QComboBox, none_text: str, items: Sequence[tuple[str, object]]) -> None:
    """``combo`` lists "(none)" then ``items`` (text, data), keeping the chosen data chosen."""
    chosen = combo.currentData()
    combo.clear()
    combo.addItem(none_text, None)
    for text, data in items:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, find_data(combo, chosen)))
