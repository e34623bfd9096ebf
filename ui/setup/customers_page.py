"""Setup → Customer numbers: how many customers the operator has per country and segment.

The weights of the operator's NPS (issue 13): a table with a row per country of the
network's centres (and any country that already has numbers) and a column per
customer segment of the participant profile.  Each cell is checked as it is typed;
a wrong one is marked with a sign and explained under the table, and Save
(Ctrl+S) writes every change at once, or nothing when any cell is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.model.countries import country_name
from testlab.model.enums import Segment
from testlab.services.customers import (
    CustomerNumber,
    check_customers,
    list_customers,
    set_many_customers,
)
from testlab.services.setup.lists import SetupLists
from ui.common import metrics, shortcuts
from ui.common.i18n import translate
from ui.common.operations import FAILED, CoreCall
from ui.setup.setup_page import error_line, key_button

SEGMENT_WORDS = {
    Segment.CONSUMER: QT_TRANSLATE_NOOP("CustomersPage", "Consumer"),
    Segment.YOUTH: QT_TRANSLATE_NOOP("CustomersPage", "Youth"),
    Segment.FAMILY: QT_TRANSLATE_NOOP("CustomersPage", "Family"),
    Segment.SENIOR: QT_TRANSLATE_NOOP("CustomersPage", "Senior"),
    Segment.SMALL_BUSINESS: QT_TRANSLATE_NOOP("CustomersPage", "Small business"),
    Segment.ENTERPRISE: QT_TRANSLATE_NOOP("CustomersPage", "Enterprise"),
}
_GROUPING = re.compile(r"[\s\u00a0\u202f']")  # 125 000, 125'000 (as typed in the centres)
WRONG_SIGN = "⚠"
MAX_PROBLEMS_SHOWN = 4

Key = tuple[str, Segment]


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomersPage", text)


def parse_customers(text: str) -> int | None:
    """A typed number of customers: empty for none entered; digits, grouped by spaces or '."""
    value = _GROUPING.sub("", text or "")
    if not value:
        return None
    if not re.fullmatch(r"-?\d+", value):
        raise InvalidInput(translate("CustomersPage",
                                     "“{0}” is not a whole number of customers: type digits, e.g. "
                                     "125000 or 125 000.").format(text.strip()))
    return check_customers(int(value))


def shown_number(value: int | None) -> str:
    """A number as the table shows it: grouped by thin spaces; empty for none."""
    return "" if value is None else f"{value:,}".replace(",", "\u202f")


class CustomersPage(QWidget):
    """The customer numbers table; ``saved`` after a save that changed something."""

    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.countries: list[str] = []
        self.entered: dict[Key, int] = {}
        self.problems: dict[Key, str] = {}
        self._filling = False
        intro = QLabel(self.tr(
            "How many customers the operator has in each country and segment: the weights of "
            "the operator's NPS. Empty: not entered; 0: no customers there. Rows are the "
            "countries of the network's centres; type in a cell (F2 edits it) to change it."), wordWrap=True, objectName="hint")
        self.table = QTableWidget(0, len(Segment), self)
        self.table.setObjectName("customersTable")
        self.table.setAccessibleName(self.tr("Customer numbers by country and segment"))
        self.table.setHorizontalHeaderLabels([_tr(SEGMENT_WORDS[s]) for s in Segment])
        # Columns share the width but never shrink below a number of millions or their
        # title: the table scrolls sideways instead (at 200%), nothing is cut.
        header = self.table.horizontalHeader()
        metrics_ = self.table.fontMetrics()
        header.setMinimumSectionSize(24 + max(
            metrics_.horizontalAdvance(shown_number(99_999_999)),
            *(header.fontMetrics().horizontalAdvance(_tr(w)) for w in SEGMENT_WORDS.values())))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.empty_note = QLabel(wordWrap=True, objectName="hint")
        self.empty_note.hide()
        self.message = error_line()
        self.status = QLabel(objectName="hint", wordWrap=True)
        self.save_button = key_button(self.tr("Save"), shortcuts.SETUP_SAVE, self, self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = metrics.page(QVBoxLayout(self))
        layout.addWidget(intro)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)

    # -- data -----------------------------------------------------------------------------
    def show_lists(self, lists: SetupLists) -> None:
        """Rows for the centres' countries; the numbers as entered (read again)."""
        found = CoreCall(self, lambda: list_customers(self._db)).run()
        numbers: Sequence[CustomerNumber] = [] if found is FAILED else found
        self.show_numbers({c.country for c in lists.centres}, numbers)

    def show_numbers(self, countries: set[str], numbers: Sequence[CustomerNumber]) -> None:
        """Fill the table: ``countries`` and those with ``numbers``, by name."""
        self.entered = {(n.country, n.segment): n.customers for n in numbers}
        self.countries = sorted(countries | {n.country for n in numbers},
                                key=lambda code: country_name(code).casefold())
        self.problems = {}
        self._filling = True
        self.table.setRowCount(len(self.countries))
        self.table.setVerticalHeaderLabels(
            [f"{country_name(code)} ({code})" for code in self.countries])
        for row, code in enumerate(self.countries):
            for column, segment in enumerate(Segment):
                item = QTableWidgetItem(shown_number(self.entered.get((code, segment))))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self._filling = False
        self.empty_note.setText(self.tr("No centre yet: add centres first (their countries are "
                                        "the rows of this table)."))
        self.empty_note.setVisible(not self.countries)
        self.save_button.setEnabled(bool(self.countries))
        self._show_problems()

    def key_at(self, row: int, column: int) -> Key:
        """The (country, segment) of a cell."""
        return self.countries[row], list(Segment)[column]

    def values(self) -> dict[Key, int | None]:
        """Every cell's number as typed (``None`` when empty); wrong cells are left out."""
        found: dict[Key, int | None] = {}
        for row in range(self.table.rowCount()):
            for column in range(self.table.columnCount()):
                key = self.key_at(row, column)
                if key in self.problems:
                    continue
                item = self.table.item(row, column)
                found[key] = parse_customers(item.text() if item else "")
        return found

    def changes(self) -> dict[Key, int | None]:
        """What differs from the numbers as entered."""
        return {key: value for key, value in self.values().items()
                if value != self.entered.get(key)}

    # -- actions --------------------------------------------------------------------------
    def save(self) -> bool:
        """Ctrl+S: write every change at once; with any wrong cell, nothing.  True if saved."""
        self._finish_editing()
        self.status.clear()
        if self.problems:
            self._show_problems(self.tr("Nothing was saved: correct the cells marked {0} "
                                        "first.").format(WRONG_SIGN))
            first = next(iter(self.problems))
            self.table.setCurrentCell(self.countries.index(first[0]),
                                      list(Segment).index(first[1]))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        changes = self.changes()
        if not changes:
            self.status.setText(self.tr("Nothing to save: no number was changed."))
            return False
        numbers = {(code, segment.value): value for (code, segment), value in changes.items()}
        after = CoreCall(self, lambda: set_many_customers(self._db, numbers)) \
            .inline(self._refused, InvalidInput).run()
        if after is FAILED:
            return False
        self.show_numbers(set(self.countries), after)
        count = len(changes)
        self.status.setText(self.tr("Saved: 1 number changed.") if count == 1
                            else self.tr("Saved: {0} numbers changed.").format(count))
        self.saved.emit()
        return True

    def _finish_editing(self) -> None:
        """Ctrl+S while a cell is being typed in: what is typed counts (Qt commits it later)."""
        editor = QApplication.focusWidget()
        if (self.table.state() == QAbstractItemView.State.EditingState and editor is not None
                and self.table.isAncestorOf(editor)):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def _refused(self, message: str) -> None:
        self.message.setText(f"{WRONG_SIGN} {message} " + self.tr("Nothing was saved."))
        self.message.show()

    def _show_problems(self, lead: str = "") -> None:
        lines = [lead] if lead else []
        for (code, segment), problem in list(self.problems.items())[:MAX_PROBLEMS_SHOWN]:
            lines.append(f"{WRONG_SIGN} {country_name(code)}, {_tr(SEGMENT_WORDS[segment])}: "
                         f"{problem}")
        more = len(self.problems) - MAX_PROBLEMS_SHOWN
        if more > 0:
            lines.append(self.tr("… and {0} more cells marked {1}.").format(more, WRONG_SIGN))
        self.message.setText("\n".join(lines))
        self.message.setVisible(bool(lines))

    # -- slots ----------------------------------------------------------------------------
    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        key = self.key_at(item.row(), item.column())
        found: list[str] = []
        CoreCall(self, lambda: parse_customers(item.text())).inline(found.append,
                                                                   InvalidInput).run()
        problem = found[0] if found else ""
        self._filling = True  # marking the cell changes it again
        if problem:
            self.problems[key] = problem
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            item.setToolTip(problem)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, problem)
        else:
            self.problems.pop(key, None)
            item.setIcon(QIcon())
            item.setToolTip("")
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, "")
        self._filling = False
        self.status.clear()
        self._show_problems()
