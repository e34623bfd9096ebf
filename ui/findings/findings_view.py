"""The Findings section: a product's findings log, filtered, sorted, edited, exported.

Pick a product; filter by stage (the status column then says the status *at* that
stage), severity, status and task.  Filtering is the service's (``list_findings``),
off the GUI thread, a newer choice dropping an older answer; sorting is the model's,
over every row.  New, edit, status at a stage and export each have a key, shown on
their button.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from testlab.services.findings import FindingRow, export_findings, list_findings
from testlab.services.findings_choices import (
    FindingChoices,
    ProductChoice,
    finding_choices,
    finding_products,
)
from ui.common import metrics, shortcuts
from ui.common.i18n import translate
from ui.common.operations import FAILED, CoreCall
from ui.common.table_setup import list_table
from ui.context import AppContext
from ui.findings.combo import index_of
from ui.findings.finding_dialog import edit_finding_dialog, open_new_finding
from ui.findings.findings_details import FindingDetails
from ui.findings.findings_model import FindingsModel
from ui.findings.status_dialog import StatusDialog
from ui.findings.wording import STATUS_ORDER, severities, severity_long, status_word

PRODUCT_SETTING = "findings/product"
AskPath = Callable[[QWidget, str], str | None]


def ask_export_path(parent: QWidget, suggested: str) -> str | None:
    """The file the log is exported to, asked in the platform's save dialog."""
    path, _filter = QFileDialog.getSaveFileName(
        parent, translate("FindingsView", "Export findings as CSV"), suggested,
        translate("FindingsView", "CSV files (*.csv)"))
    return path or None


class FindingsView(QWidget):
    """Product picker, filters, the log's table, the selected finding's details, actions."""

    rows_listed = Signal(int)  # how many findings are now shown
    finding_saved = Signal(object)  # the finding's id, after a new one, an edit or a status

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsSection")
        self._context = context
        self._loaded = False
        self._selected_id: uuid.UUID | None = None
        self.choices: FindingChoices | None = None
        self.ask_path: AskPath = ask_export_path

        heading = QLabel(self.tr("Findings"), objectName="sectionTitle")
        self.product = QComboBox(minimumContentsLength=24)
        self.stage = QComboBox(minimumContentsLength=18)
        self.severity = QComboBox(minimumContentsLength=12)
        self.severity.addItem(self.tr("Any severity"), None)
        for level in severities():
            self.severity.addItem(severity_long(level), level)
        self.status = QComboBox(minimumContentsLength=12)
        self.status.addItem(self.tr("Any status"), None)
        for status in STATUS_ORDER:
            self.status.addItem(status_word(status), status)
        self.task = QComboBox(minimumContentsLength=16)
        filters = QGridLayout()
        filters.setHorizontalSpacing(metrics.SPACING)
        for column, (text, box, name) in enumerate((
                (self.tr("&Product"), self.product, self.tr("Product")),
                (self.tr("Status at s&tage"), self.stage, self.tr("Stage")),
                (self.tr("Se&verity"), self.severity, self.tr("Severity filter")),
                (self.tr("Stat&us"), self.status, self.tr("Status filter")),
                (self.tr("T&ask"), self.task, self.tr("Task filter")))):
            label = QLabel(text)
            label.setBuddy(box)
            box.setAccessibleName(name)
            filters.addWidget(label, 0, column)
            filters.addWidget(box, 1, column)
            filters.setColumnStretch(column, 2 if box is self.product else 1)
        self.summary = QLabel(objectName="hint", wordWrap=True)

        self.model = FindingsModel(self)
        self.table = list_table(self.model)
        self.table.setObjectName("findingsTable")
        self.table.setAccessibleName(self.tr("Findings"))
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.activated.connect(self._on_table_activated)  # Return, double-click
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.details = FindingDetails()
        self.details.setMinimumWidth(260)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, childrenCollapsible=False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.new_button = self._button(self.tr("New finding…"), shortcuts.FINDING_NEW,
                                       self.new_finding)
        self.edit_button = self._button(self.tr("Edit…"), shortcuts.FINDING_EDIT,
                                        self.edit_selected)
        self.status_button = self._button(self.tr("Status at a stage…"),
                                          shortcuts.FINDING_STATUS, self.set_status)
        self.export_button = self._button(self.tr("Export CSV…"), shortcuts.FINDING_EXPORT,
                                          self.export)
        self.message = QLabel(objectName="hint", wordWrap=True)
        actions = metrics.flush(QHBoxLayout())
        for button in (self.new_button, self.edit_button, self.status_button,
                       self.export_button):
            actions.addWidget(button)
        actions.addWidget(self.message, 1)

        layout = metrics.page(QVBoxLayout(self))
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(actions)

        self.product.currentIndexChanged.connect(self._on_product_current_index_changed)
        for box in (self.stage, self.severity, self.status, self.task):
            box.currentIndexChanged.connect(self._on_filter_current_index_changed)
        self._enable_actions()

    def _button(self, text: str, key: shortcuts.Key, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self.tr("{0}  [{1}]").format(text, shortcuts.label(key)))
        button.clicked.connect(slot)
        shortcuts.bind(self, key, slot)
        return button

    # -- what the main window asks of a section ------------------------------------------
    def shortcut_scopes(self) -> tuple[str, ...]:
        """The groups of keys the help window (F1) lists for this section."""
        return ("findings",)

    def ensure_loaded(self) -> None:
        """List the products (and the first one's findings) the first time it is shown."""
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        """List the products, the chosen one's stages and tasks, and its findings again."""
        db = self._context.db
        CoreCall(self, lambda: finding_products(db)).success(self._on_products_listed) \
            .run_in_background(self._context.tasks, "findings.products")

    def focus_search(self) -> None:
        """Ctrl+F: the product picker, then the filters beside it."""
        self.product.setFocus(Qt.FocusReason.ShortcutFocusReason)

    # -- the current state ----------------------------------------------------------------
    def product_id(self) -> uuid.UUID | None:
        data = self.product.currentData()
        return data if isinstance(data, uuid.UUID) else None

    def selected(self) -> FindingRow | None:
        """The finding selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_finding(self, finding_id: uuid.UUID) -> bool:
        """Select the finding with this id, if listed."""
        line = self.model.find_row(lambda r: r.id == finding_id)
        if line < 0:
            return False
        self.model.ensure_fetched(line)
        self.table.selectRow(line)
        self.table.scrollTo(self.model.index(line, 0))
        return True

    # -- listing ---------------------------------------------------------------------------
    def _on_products_listed(self, products: list[ProductChoice]) -> None:
        wanted = self.product_id() or _uuid(self._context.settings.value(PRODUCT_SETTING))
        self.product.blockSignals(True)
        self.product.clear()
        for choice in products:
            self.product.addItem(choice.name, choice.id)
        index = index_of(self.product, wanted) if wanted else -1
        self.product.setCurrentIndex(max(index, 0) if products else -1)
        self.product.blockSignals(False)
        self._load_choices()

    def _load_choices(self) -> None:
        product_id = self.product_id()
        if product_id is None:
            self.choices = None
            self._fill_filters(None)
            self._show_rows([], self.tr("There are no products in this database yet: add one "
                                        "under Setup, then log its findings here."))
            return
        db = self._context.db
        CoreCall(self, lambda: finding_choices(db, product_id)) \
            .success(self._on_choices_loaded) \
            .run_in_background(self._context.tasks, "findings.choices")

    def _on_choices_loaded(self, choices: FindingChoices) -> None:
        if choices.product_id != self.product_id():
            return  # the picker moved on meanwhile; its own answer is on the way
        self.choices = choices
        self._fill_filters(choices)
        self._list()

    def _fill_filters(self, choices: FindingChoices | None) -> None:
        stage, task = self.stage.currentData(), self.task.currentData()
        for box in (self.stage, self.task):
            box.blockSignals(True)
            box.clear()
        self.stage.addItem(self.tr("Latest (every stage)"), None)
        self.task.addItem(self.tr("Any task"), None)
        for choice in choices.stages if choices else ():
            self.stage.addItem(choice.name, choice.name)
        for item in choices.tasks if choices else ():
            self.task.addItem(f"{item.key} · {item.title}", item.key)
        self.stage.setCurrentIndex(max(self.stage.findData(stage), 0))
        self.task.setCurrentIndex(max(self.task.findData(task), 0))
        for box in (self.stage, self.task):
            box.blockSignals(False)

    def _list(self) -> None:
        product_id = self.product_id()
        if product_id is None:
            return
        db = self._context.db
        filters: dict[str, Any] = dict(
            severity=self.severity.currentData(), status=self.status.currentData(),
            task_key=self.task.currentData(), stage=self.stage.currentData())
        CoreCall(self, lambda: list_findings(db, product=product_id, **filters)) \
            .success(lambda rows: self._on_rows_listed(product_id, rows)) \
            .run_in_background(self._context.tasks, "findings.list")

    def _on_rows_listed(self, product_id: uuid.UUID, rows: list[FindingRow]) -> None:
        if product_id != self.product_id():
            return  # another product was picked meanwhile: its findings are on the way
        filtered = any(box.currentData() is not None
                       for box in (self.severity, self.status, self.task))
        hint = (self.tr("No findings match these filters.") if filtered else
                self.tr("No findings logged for {0} yet: New finding… ({1}) adds one.")
                .format(self.product.currentText(), shortcuts.label(shortcuts.FINDING_NEW)))
        self._show_rows(rows, hint)

    def _show_rows(self, rows: list[FindingRow], hint: str) -> None:
        self.model.set_rows(rows)
        came_back = sum(r.came_back for r in rows)
        stage = self.stage.currentData()
        where = (self.tr("status at {0}").format(stage) if stage
                 else self.tr("status at its latest stage"))
        self.summary.setText(
            hint if not rows else self.tr("{0} finding(s), {1} came back (▲) · {2}")
            .format(len(rows), came_back, where))
        line = self.model.find_row(lambda r: r.id == self._selected_id) if rows else -1
        if rows:
            self.model.ensure_fetched(max(line, 0))
            self.table.selectRow(max(line, 0))
        else:
            self.details.show_finding(None, hint)
        self._enable_actions()
        self.rows_listed.emit(len(rows))

    def _enable_actions(self) -> None:
        has_product = self.product_id() is not None
        has_row = self.selected() is not None
        self.new_button.setEnabled(has_product)
        self.export_button.setEnabled(has_product)
        self.edit_button.setEnabled(has_row)
        self.status_button.setEnabled(has_row)

    # -- actions ---------------------------------------------------------------------------
    def new_finding(self) -> bool:
        """Ctrl+N: a new finding of the product shown (task and stage from the filters)."""
        product_id = self.product_id()
        if product_id is None:
            return False
        stage_id = next((s.id for s in self.choices.stages
                         if s.name == self.stage.currentData()), None) if self.choices else None
        dialog = open_new_finding(self, self._context, product_id=product_id,
                                  stage_id=stage_id, task_key=self.task.currentData())
        if dialog is None or dialog.exec() != dialog.DialogCode.Accepted:
            return False
        self._after_save(dialog.saved_row.id if dialog.saved_row else None,
                         self.tr("Finding saved."))
        return True

    def edit_selected(self) -> bool:
        """Ctrl+E / Return / double-click: edit the selected finding."""
        row, product_id = self.selected(), self.product_id()
        if row is None or product_id is None:
            self.message.setText(self.tr("Select a finding first."))
            return False
        saved = edit_finding_dialog(self, self._context, row.id, product_id)
        if saved:
            self._after_save(row.id, self.tr("Finding saved."))
        return saved

    def set_status(self) -> bool:
        """Ctrl+T: the selected finding's status at a stage (the one filtered on, if any)."""
        row = self.selected()
        if row is None or self.choices is None:
            self.message.setText(self.tr("Select a finding first."))
            return False
        dialog = StatusDialog(self._context.db, row, self.choices.stages,
                              self.stage.currentData(), self)
        saved = dialog.exec() == StatusDialog.DialogCode.Accepted
        if saved:
            self._after_save(row.id, self.tr("Status saved."))
        return saved

    def export(self) -> bool:
        """Ctrl+Shift+E: the product's whole log as a CSV file (filters do not apply)."""
        product_id = self.product_id()
        if product_id is None:
            return False
        path = self.ask_path(self, f"{self.product.currentText()} findings.csv")
        if not path:
            return False
        db = self._context.db
        written = CoreCall(self, lambda: export_findings(db, path, product=product_id)) \
            .inline(self.message).run()
        if written is FAILED:
            return False
        self.message.setText(self.tr("Wrote {0} finding(s) to {1}.").format(
            written, Path(path).name))
        return True

    def _after_save(self, finding_id: uuid.UUID | None, text: str) -> None:
        if finding_id is not None:
            self._selected_id = finding_id
        self.message.setText(text)
        self._list()
        self.finding_saved.emit(finding_id)

    # -- slots -----------------------------------------------------------------------------
    def _on_product_current_index_changed(self, _index: int) -> None:
        product_id = self.product_id()
        if product_id is not None:
            self._context.settings.setValue(PRODUCT_SETTING, str(product_id))
        self._selected_id = None
        self._load_choices()

    def _on_filter_current_index_changed(self, _index: int) -> None:
        self._list()

    def _on_table_activated(self, _index: QModelIndex) -> None:
        self.edit_selected()

    def _on_table_selection_changed(self, _selected: QItemSelection,
                                    _deselected: QItemSelection) -> None:
        row = self.selected()
        if row is not None:
            self._selected_id = row.id
        self.details.show_finding(row, self.tr("Select a finding to see its details."))
        self._enable_actions()


def _uuid(value: object) -> uuid.UUID | None:
    try:
        return uuid.UUID(str(value)) if value else None
    except ValueError:
        return None
