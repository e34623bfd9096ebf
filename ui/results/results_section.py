"""The Results section: a product's stage results, charts, a comparison and a breakdown.

One analysis per choice of product, filters, confidence, comparison pair and breakdown
dimension, made off the GUI thread by ``testlab.services.analysis.product_statistics``
(every stage at once, so picking another stage repaints at once). Its statistics
document (``testlab.reports.stats_json.document``: what ``testlab stats --json`` prints)
feeds the tables; its dataclasses feed the chart builders. A newer choice supersedes an
older one (the runner drops a stale answer), and "Analysing…" shows only when the work
lasts over ``BUSY_AFTER_MS``.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from testlab.analysis.filters import Filters
from testlab.analysis.results import ProductAnalysis
from testlab.errors import InvalidInput, NotFound
from testlab.reports.stats_json import document
from testlab.services.analysis import product_statistics
from testlab.services.network import list_centres
from testlab.services.products import ProductRow, list_products, product_detail
from ui.common import shortcuts
from ui.common.operations import CoreCall
from ui.context import AppContext
from ui.results.chart_panel import ChartPanel
from ui.results.filters_bar import FiltersBar
from ui.results.pages import BreakdownPage, ComparisonPage, TasksPage

TASK_KEY = "results.analysis"
LISTS_KEY = "results.lists"
CONFIDENCE_KEY = "results/confidence"
BUSY_AFTER_MS = 300
CACHE_SIZE = 8


@dataclass(frozen=True)
class Request:
    """Everything an analysis depends on (the cache's key)."""

    product: str
    confidence: float
    filters: Filters
    by: str | None
    compare: tuple[str, str] | None


@dataclass(frozen=True)
class Answer:
    request: Request
    analysis: ProductAnalysis
    document: dict[str, Any]


class ResultsSection(QWidget):
    """Pick a product and a stage; read its figures, charts, comparison and breakdown."""

    analysis_shown = Signal(object)  # the statistics document now shown
    lists_shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._products: list[ProductRow] = []
        self._answer: Answer | None = None
        self._cache: dict[Request, Answer] = {}
        self._loaded = False
        self._filling = False
        self.requested_at = 0.0  # perf_counter of the last request (the benchmark reads it)
        self.product = QComboBox(self)
        self.product.setMinimumContentsLength(22)
        self.product.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.stage = QComboBox(self)
        self.stage.setMinimumContentsLength(22)
        self.stage.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.confidence = QComboBox(self)
        self.confidence.addItem("95%", 0.95)
        self.confidence.addItem("90%", 0.90)
        saved = float(context.settings.value(CONFIDENCE_KEY, 0.95))  # type: ignore[arg-type]
        self.confidence.setCurrentIndex(1 if abs(saved - 0.90) < 1e-9 else 0)
        # Its key is File → Export report…'s, which presets the product shown here.
        report_key = shortcuts.label(shortcuts.EXPORT_REPORT)
        self.report_button = QPushButton(self.tr("Report… ({0})").format(report_key), self)
        self.report_button.setAccessibleName(self.tr("Export the product's report"))
        self.report_button.clicked.connect(self._on_report_button_clicked)
        self.busy = QLabel(self.tr("Analysing…"), self)
        self.busy.setVisible(False)
        self._busy_timer = QTimer(self, singleShot=True, interval=BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.busy.setVisible(True))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filters = FiltersBar(self)
        self.tasks = TasksPage()
        self.charts = ChartPanel()
        self.comparison = ComparisonPage()
        self.breakdown = BreakdownPage()
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Results pages"))
        self.tabs.addTab(self.tasks, self.tr("S&tage results"))
        self.tabs.addTab(self.charts, self.tr("C&harts"))
        self.tabs.addTab(self.comparison, self.tr("Co&mparison"))
        self.tabs.addTab(self.breakdown, self.tr("Brea&kdown"))
        top = QHBoxLayout()
        for text, box in ((self.tr("&Product:"), self.product), (self.tr("Sta&ge:"), self.stage),
                          (self.tr("C&onfidence:"), self.confidence)):
            label = QLabel(text, self)
            label.setBuddy(box)
            top.addWidget(label)
            top.addWidget(box)
        top.addWidget(self.busy)
        top.addStretch(1)
        top.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.product.currentIndexChanged.connect(self._on_product_current_index_changed)
        self.stage.currentIndexChanged.connect(self._on_stage_current_index_changed)
        self.confidence.currentIndexChanged.connect(self._on_confidence_current_index_changed)
        self.filters.changed.connect(self.analyse)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.comparison.stages_changed.connect(self.analyse)
        self.breakdown.dimension_changed.connect(self.analyse)
        self.charts.chart_changed.connect(self.analyse)
        self.tasks.new_finding_requested.connect(self._on_tasks_new_finding_requested)

    def shortcut_scopes(self) -> tuple[str, ...]:
        return ("results",)

    @property
    def busy_working(self) -> bool:
        """Whether an analysis or a list of this section is still being made."""
        return any(self._context.tasks.is_busy(k) for k in (TASK_KEY, LISTS_KEY))

    @property
    def shown(self) -> dict[str, Any] | None:
        """The statistics document shown (None: nothing)."""
        return None if self._answer is None else self._answer.document

    # -- lists ------------------------------------------------------------------------------
    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        """List the products and centres again; analyse afresh (the data may have changed)."""
        self._cache.clear()
        db = self._context.db
        CoreCall(self, lambda: (list_products(db), list_centres(db))) \
            .success(self._on_lists_read).run_in_background(self._context.tasks, LISTS_KEY)

    def _on_lists_read(self, lists: tuple[list[ProductRow], list[Any]]) -> None:
        products, centres = lists
        chosen = self.product.currentText()
        self._products = products
        self.filters.set_centres([(c.code, c.name) for c in centres])
        self._filling = True
        self.product.clear()
        for row in products:
            self.product.addItem(row.name, row.name)
        self._filling = False
        self._say("" if products else self.tr(
            "No products yet: add one in Setup, or load the demo network."))
        found = self.product.findText(chosen)
        self.product.setCurrentIndex(found if found >= 0 else (0 if products else -1))
        self.lists_shown.emit()
        self.analyse()

    # -- the analysis -------------------------------------------------------------------------
    def request(self) -> Request | None:
        """What the choices on screen ask for (None: no product)."""
        product = self.product.currentText()
        if not product:
            return None
        page = self.tabs.currentWidget()
        by = None
        if page is self.breakdown:
            by = self.breakdown.dimension.currentData()
        elif page is self.charts and self.charts.needs_breakdown:
            by = "centre"
        compare = self.comparison.pair() if page is self.comparison else None
        return Request(product, float(self.confidence.currentData()), self.filters.filters(),
                       by, compare)

    def analyse(self) -> None:
        """Show the analysis the choices ask for: from the cache, else made in the background."""
        if self._filling:
            return
        wanted = self.request()
        self.requested_at = time.perf_counter()
        if wanted is None:
            self._answer = None
            self._render()
            return
        if wanted in self._cache:
            self._show(self._cache[wanted])
            return
        db = self._context.db

        def work(progress: Any, cancelled: Any) -> Answer:
            analysis = product_statistics(
                db, wanted.product, by=wanted.by, compare=wanted.compare,
                confidence=wanted.confidence, filters=wanted.filters,
                progress=progress, cancelled=cancelled)
            return Answer(wanted, analysis, document(analysis))

        self._busy_timer.start()
        CoreCall.with_progress(self, work).always(self._stop_busy) \
            .inline(self._say, InvalidInput, NotFound) \
            .success(self._on_analysis_done) \
            .run_in_background(self._context.tasks, TASK_KEY)

    def _say(self, text: str) -> None:
        """One message above the pages (a refused filter, nothing to show), or none."""
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _stop_busy(self) -> None:
        self._busy_timer.stop()
        self.busy.setVisible(False)

    def _on_analysis_done(self, answer: Answer) -> None:
        if len(self._cache) >= CACHE_SIZE:
            self._cache.pop(next(iter(self._cache)))
        self._cache[answer.request] = answer
        if answer.request == self.request():
            self._show(answer)

    def _show(self, answer: Answer) -> None:
        self._stop_busy()
        self._say("")
        new_product = self._answer is None or self._answer.request.product != answer.request.product
        self._answer = answer
        names = [s["name"] for s in answer.document["stages"]]
        if new_product or names != [self.stage.itemText(i) for i in range(self.stage.count())]:
            chosen = self.stage.currentText()
            self._filling = True
            self.stage.clear()
            self.stage.addItems(names)
            self.stage.setCurrentIndex(names.index(chosen) if chosen in names
                                       else (len(names) - 1 if names else -1))
            self.comparison.set_stages(names, self.stage.currentText())
            self._filling = False
        if not names:
            self._say(self.tr("{0} has no stages yet.").format(answer.request.product))
        self._render()
        if self.request() != answer.request:
            self.analyse()  # the stages just listed make a comparison pair: ask for it

    def _render(self) -> None:
        """Fill every page from the answer shown, for the stage chosen."""
        answer = self._answer
        stage_name = self.stage.currentText() or None
        doc = None if answer is None else answer.document
        stage = None if doc is None else next(
            (s for s in doc["stages"] if s["name"] == stage_name), None)
        self.tasks.show_stage(stage)
        self.comparison.show_comparison(None if doc is None else doc["comparison"])
        self.breakdown.show_breakdown(None if doc is None else doc["breakdown"], stage_name)
        if self.tabs.currentWidget() is self.charts:
            self.charts.show_analysis(None if answer is None else answer.analysis, stage_name)
        self.analysis_shown.emit(doc)

    # -- slots ------------------------------------------------------------------------------
    def _on_product_current_index_changed(self, _index: int) -> None:
        if not self._filling:
            # Another product has other stages: the pair to compare is chosen afresh.
            self._filling = True
            self.comparison.set_stages([], None)
            self._filling = False
            self.analyse()

    def _on_stage_current_index_changed(self, _index: int) -> None:
        if self._filling:
            return
        self.requested_at = time.perf_counter()
        self._render()

    def _on_confidence_current_index_changed(self, _index: int) -> None:
        self._context.settings.setValue(CONFIDENCE_KEY, self.confidence.currentData())
        self.analyse()

    def _on_tabs_current_changed(self, _index: int) -> None:
        wanted = self.request()
        if self._answer is not None and wanted == self._answer.request:
            self._render()
        else:
            self.analyse()

    def _product_id(self) -> Any:
        return next((p.id for p in self._products if p.name == self.product.currentText()), None)

    def _on_tasks_new_finding_requested(self, task_key: str) -> None:
        from ui.findings.finding_dialog import new_finding  # built by the findings section

        product_id = self._product_id()
        if product_id is None:
            return
        db, stage_name = self._context.db, self.stage.currentText()
        detail = CoreCall(self, lambda: product_detail(db, product_id)).run()
        stage_id = next((s.id for s in getattr(detail, "stages", ()) if s.name == stage_name),
                        None)
        new_finding(self, self._context, product_id=product_id, stage_id=stage_id,
                    task_key=task_key)

    def current_product_id(self) -> Any:
        """The product shown (File → Export report… presets it)."""
        return self._product_id()

    def _on_report_button_clicked(self) -> None:
        product_id = self._product_id()
        if product_id is None:
            return
        from ui.report.report_dialog import export_report  # built by the report section

        export_report(self, self._context, product_id=product_id)
