"""A product's findings as a table: columns described once, sorted over every row.

The rows are the ``FindingRow``s ``list_findings`` returned (filtered by the service);
sorting is done here over the whole list, not only the page the view has fetched,
so a click on a header orders all 10,000 findings, then shows the first page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont

from testlab.services.findings import FindingRow
from ui.common.table_model import AnyIndex, Column, RowTableModel
from ui.findings.wording import STATUS_ORDER, severity_long, severity_short, status_word


def _of(affected: int, observed: int) -> str:
    return QCoreApplication.translate("Findings", "{0} of {1}").format(affected, observed)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _evidence_tip(row: FindingRow) -> str:
    return "\n".join(f"{e.participant} ({e.stage}): {_one_line(e.text)}" for e in row.evidence)


COLUMNS: tuple[Column[FindingRow], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Severity"), lambda r: severity_short(r.severity), width=11,
           tooltip=lambda r: severity_long(r.severity), sample="4 cosmetic"),
    Column(QT_TRANSLATE_NOOP("Columns", "Title"), lambda r: r.title, stretch=True, tooltip=lambda r: r.title),
    Column(QT_TRANSLATE_NOOP("Columns", "Task"), lambda r: r.task_key or "–", width=14, tooltip=lambda r: r.task_key or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "First seen"), lambda r: r.first_stage, width=15, tooltip=lambda r: r.first_stage),
    Column(QT_TRANSLATE_NOOP("Columns", "Affected"), lambda r: _of(r.affected, r.observed), numeric=True, width=9),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: status_word(r.status), width=14, sample="▲ Verified fixed"),
    Column(QT_TRANSLATE_NOOP("Columns", "Evidence"), lambda r: str(len(r.evidence)), numeric=True, width=8,
           tooltip=_evidence_tip),
    Column(QT_TRANSLATE_NOOP("Columns", "Owner"), lambda r: r.owner or "–", width=14, optional=True),
)
STATUS_COLUMN = 5

_STATUS_RANK = {status: rank for rank, status in enumerate(STATUS_ORDER)}
# How each column orders (ties: by severity, first stage and title, as the service lists).
_SORT_KEYS: tuple[Callable[[FindingRow], Any], ...] = (
    lambda r: r.severity,
    lambda r: r.title.casefold(),
    lambda r: (r.task_key or "").casefold(),
    lambda r: r.first_stage_position,
    lambda r: (r.affected / r.observed if r.observed else 0.0, r.observed),
    lambda r: _STATUS_RANK.get(r.status, len(_STATUS_RANK)),
    lambda r: len(r.evidence),
    lambda r: (r.owner or "").casefold(),
)


def _default_order(row: FindingRow) -> tuple[int, int, str]:
    return (row.severity, row.first_stage_position, row.title.casefold())


class FindingsModel(RowTableModel[FindingRow]):
    """Rows from ``testlab.services.findings.list_findings``; "came back" in bold, marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, parent)
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Any) -> None:
        """Show ``rows``, in the order last asked for with a header click (if any)."""
        listed = list(rows)
        if self._sort is not None:
            listed = self._sorted(listed, *self._sort)
        super().set_rows(listed)

    def rows(self) -> list[FindingRow]:
        """Every row in the order shown (fetched by the view yet or not)."""
        return [self.row_at(n) for n in range(self.total_rows)]

    # -- Qt overrides -----------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        self._sort = (column, order)
        super().set_rows(self._sorted(self.rows(), column, order))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.FontRole and index.isValid()
                and index.column() == STATUS_COLUMN and self.row_at(index.row()).came_back):
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    @staticmethod
    def _sorted(rows: list[FindingRow], column: int, order: Qt.SortOrder) -> list[FindingRow]:
        key = _SORT_KEYS[column]
        ordered = sorted(rows, key=_default_order)  # stable: ties keep the usual order
        return sorted(ordered, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
