"""The Results section's charts: the core's chart builders drawn in a FigureCanvasQTAgg.

matplotlib is imported here only, and this module only by the lazy Results section: the
window starts without it. The builders (``testlab.reports.charts``) draw on the figure
they are given, the same functions the PDF report uses; this panel picks one, and saves
it as PNG (300 dpi) or SVG through ``testlab.services.analysis.save_chart``.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from testlab.analysis.results import ProductAnalysis, StageFigures
from testlab.reports.charts import (
    COMPLETION,
    SIMPLICITY,
    TIME,
    completion_per_task,
    metric_by_centre,
    metric_by_stage,
    simplicity_per_task,
    time_per_task,
)
from testlab.services.analysis import save_chart
from ui.common import shortcuts
from ui.common.operations import CoreCall

PER_TASK = {"completion": completion_per_task, "time": time_per_task,
            "seq": simplicity_per_task}
BY_STAGE = "by_stage"
FOREST = "forest"
ALL_TASKS = ""
#: Beyond this many tasks a per-task chart is unreadable (and slow to draw): the table
#: lists them all instead.
MAX_CHART_TASKS = 60


class ChartPanel(QWidget):
    """One chart at a time, chosen from the list; redrawn for every new analysis."""

    chart_changed = Signal()  # the choice changed: the section may need another analysis
    saved = Signal(str)  # path of the file written

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Chart"))
        for text, key in ((self.tr("Completion per task"), "completion"),
                          (self.tr("Time per task (log axis)"), "time"),
                          (self.tr("SEQ per task"), "seq"),
                          (self.tr("One metric stage by stage"), BY_STAGE),
                          (self.tr("One metric by centre (forest plot)"), FOREST)):
            self.kind.addItem(text, key)
        self.metric = QComboBox(self)
        self.metric.setAccessibleName(self.tr("Metric"))
        for text, key in ((self.tr("Completion"), COMPLETION), (self.tr("Time"), TIME),
                          (self.tr("SEQ"), SIMPLICITY)):
            self.metric.addItem(text, key)
        self.task = QComboBox(self)
        self.task.setAccessibleName(self.tr("Task of the chart"))
        self.task.setMinimumContentsLength(16)
        self.task.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        key = shortcuts.label(shortcuts.RESULTS_SAVE_CHART)
        self.save_button = QPushButton(self.tr("Save chart… ({0})").format(key), self)
        self.save_button.setAccessibleName(self.tr("Save chart as PNG or SVG"))
        self.save_button.clicked.connect(self.save_dialog)
        self.figure = Figure(figsize=(8, 5), dpi=100)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.setAccessibleName(self.tr("Chart"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        bar = QHBoxLayout()
        label = QLabel(self.tr("Cha&rt:"), self)
        label.setBuddy(self.kind)
        bar.addWidget(label)
        for widget in (self.kind, self.metric, self.task):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.message)
        self._analysis: ProductAnalysis | None = None
        self._stage: str | None = None
        self.kind.currentIndexChanged.connect(self._on_choice_changed)
        self.metric.currentIndexChanged.connect(self._on_choice_changed)
        self.task.currentIndexChanged.connect(self._on_task_changed)
        self._filling = False
        self._update_controls()
        shortcuts.bind(self, shortcuts.RESULTS_SAVE_CHART, self.save_dialog)

    @property
    def needs_breakdown(self) -> bool:
        """The forest plot needs the analysis broken down by centre."""
        return self.kind.currentData() == FOREST

    def show_analysis(self, analysis: ProductAnalysis | None, stage: str | None) -> None:
        """Draw the chosen chart of ``stage`` of ``analysis`` (nothing to draw: say so)."""
        self._analysis, self._stage = analysis, stage
        self._fill_tasks()
        self.redraw()

    def redraw(self) -> None:
        self.message.clear()
        text = self._draw()
        if text:
            self.figure.clear()
            self.figure.text(0.5, 0.5, text, ha="center", va="center", wrap=True)
            self.message.setText(text)
        self.canvas.draw()

    def _draw(self) -> str | None:
        """Draw, or the reason there is nothing to draw."""
        analysis, stage = self._analysis, self._current_stage()
        if analysis is None or stage is None:
            return self.tr("Choose a product and a stage with results.")
        kind = self.kind.currentData()
        if kind in PER_TASK:
            if not stage.tasks:
                return self.tr("This stage has no task results (with these filters).")
            if len(stage.tasks) > MAX_CHART_TASKS:
                return self.tr("{0} tasks are too many to chart readably (at most {1}); the "
                               "Stage results table lists them all.").format(
                    len(stage.tasks), MAX_CHART_TASKS)
            PER_TASK[kind](self.figure, stage)
            return None
        metric = self.metric.currentData()
        task = self.task.currentData()
        if kind == BY_STAGE:
            if not any(s.tasks for s in analysis.stages):
                return self.tr("No task results in any stage (with these filters).")
            if task is None or (not task and self.task.count() > MAX_CHART_TASKS + 1):
                return self.tr("Too many tasks to chart together: choose one.")
            metric_by_stage(self.figure, analysis.stages, metric, task or None)
            return None
        if analysis.breakdown is None or analysis.breakdown.dimension != "centre":
            return self.tr("Analysing by centre…")
        if not task:
            return self.tr("Choose a task for the forest plot.")
        if not any(t.key == task for t in stage.tasks):
            return self.tr("Task {0} has no results in this stage.").format(task)
        metric_by_centre(self.figure, stage, analysis.breakdown, metric, task)
        return None

    def _current_stage(self) -> StageFigures | None:
        if self._analysis is None:
            return None
        return next((s for s in self._analysis.stages if s.name == self._stage), None)

    def _fill_tasks(self) -> None:
        chosen = self.task.currentData()
        keys: dict[str, None] = {}
        for stage in self._analysis.stages if self._analysis else ():
            for task in stage.tasks:
                keys.setdefault(task.key, None)
        self._filling = True
        self.task.clear()
        if self.kind.currentData() != FOREST:
            self.task.addItem(self.tr("All tasks"), ALL_TASKS)
        for key in keys:
            self.task.addItem(key, key)
        found = self.task.findData(chosen)
        self.task.setCurrentIndex(max(found, 0))
        self._filling = False

    def _update_controls(self) -> None:
        per_task = self.kind.currentData() in PER_TASK
        self.metric.setVisible(not per_task)
        self.task.setVisible(not per_task)

    def _on_choice_changed(self, _index: int) -> None:
        self._update_controls()
        self._fill_tasks()
        self.chart_changed.emit()
        self.redraw()

    def _on_task_changed(self, _index: int) -> None:
        if not self._filling:
            self.redraw()

    def save_dialog(self) -> None:
        """Ask where, then save the chart shown (PNG 300 dpi or SVG, by the file type)."""
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Save chart"), "chart.png",
            self.tr("PNG image, 300 dpi (*.png);;SVG drawing (*.svg)"))
        if not path:
            return
        if not path.lower().endswith((".png", ".svg")):
            path += ".svg" if "svg" in chosen.lower() else ".png"
        self.save_to(path)

    def save_to(self, path: str) -> None:
        """Save the chart shown to ``path`` (.png or .svg); a bad path: one message."""
        CoreCall(self, lambda: save_chart(self.figure, path)) \
            .success(lambda written: self.saved.emit(str(written))).run()
