"""The Results section's table pages: a stage's tasks and figures, a comparison, a breakdown.

Each page renders a part of the statistics document (a plain dict, exactly what
``testlab stats --json`` prints) and never computes a figure of its own.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from testlab.analysis.dimensions import DIMENSIONS
from ui.common import shortcuts
from ui.results import comparison_rows as cmp
from ui.results import rows as r
from ui.results.cell_model import CellTableModel, cell_table
from ui.results.table_export import copy_table, save_table

Doc = Mapping[str, Any]


def _note() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TablePage(QWidget):
    """A page with tables, and buttons (with keys) to copy or save the one in focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tables: list[QTableView] = []
        copy_key = shortcuts.label(shortcuts.RESULTS_COPY_TABLE)
        save_key = shortcuts.label(shortcuts.RESULTS_SAVE_TABLE)
        self.copy_button = QPushButton(self.tr("Copy table ({0})").format(copy_key))
        self.copy_button.setAccessibleName(self.tr("Copy table as tab-separated text"))
        self.copy_button.clicked.connect(self.copy_current)
        self.save_button = QPushButton(self.tr("Save table as CSV… ({0})").format(save_key))
        self.save_button.setAccessibleName(self.tr("Save table as CSV"))
        self.save_button.clicked.connect(self.save_current)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.copy_button)
        self.buttons.addWidget(self.save_button)
        self.buttons.addStretch(1)
        shortcuts.bind(self, shortcuts.RESULTS_COPY_TABLE, self.copy_current)
        shortcuts.bind(self, shortcuts.RESULTS_SAVE_TABLE, self.save_current)

    def add_table(self, model: CellTableModel, name: str) -> QTableView:
        view = cell_table(model, name, self)
        self.tables.append(view)
        return view

    def current_model(self) -> CellTableModel:
        """The table that has the focus, else the page's first."""
        focused = next((t for t in self.tables if t.hasFocus()), self.tables[0])
        model = focused.model()
        assert isinstance(model, CellTableModel)
        return model

    def copy_current(self) -> None:
        copy_table(self.current_model())

    def save_current(self) -> None:
        save_table(self, self.current_model(), "results.csv")


class TasksPage(TablePage):
    """One stage: the per-task table, then SUS, NPS, weighted NPS and satisfaction, and
    the weighted NPS stratum by stratum."""

    new_finding_requested = Signal(str)  # key of the task

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks_model = CellTableModel(r.TASK_COLUMNS, self)
        self.stage_model = CellTableModel(r.STAGE_COLUMNS, self)
        self.strata_model = CellTableModel(r.STRATA_COLUMNS, self)
        self.tasks_table = self.add_table(self.tasks_model, self.tr("Task results"))
        self.stage_table = self.add_table(self.stage_model, self.tr("Stage figures"))
        self.strata_table = self.add_table(self.strata_model,
                                           self.tr("Weighted NPS by stratum"))
        self.legend = _note()
        self.legend.setText(self.tr(
            "▲ above / ▼ below the benchmark (completion 78%, SEQ 5.5, SUS 68), ● interval "
            "includes it; time ▼ under / ▲ over the task's target. Every figure shows its n; "
            "“few data”: fewer than 5 values."))
        self.weighted_note = _note()
        key = shortcuts.label(shortcuts.RESULTS_NEW_FINDING)
        self.finding_button = QPushButton(self.tr("New finding for this task… ({0})").format(key))
        self.finding_button.setAccessibleName(self.tr("New finding for the selected task"))
        self.finding_button.clicked.connect(self._on_finding_button_clicked)
        shortcuts.bind(self, shortcuts.RESULTS_NEW_FINDING, self._on_finding_button_clicked)
        self.buttons.insertWidget(2, self.finding_button)
        self.finding_button.setEnabled(False)
        self.tasks_table.selectionModel().selectionChanged.connect(
            lambda *_: self.finding_button.setEnabled(self.selected_task() is not None))
        self.tasks_model.modelReset.connect(lambda: self.finding_button.setEnabled(False))
        self.stage_table.horizontalHeader().setStretchLastSection(True)
        self.weighted_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        note_area = QScrollArea()
        note_area.setWidget(self.weighted_note)
        note_area.setWidgetResizable(True)
        note_area.setFrameShape(QFrame.Shape.NoFrame)
        note_area.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        note_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        strata = QWidget()
        strata_layout = QVBoxLayout(strata)
        strata_layout.setContentsMargins(0, 0, 0, 0)
        strata_layout.addWidget(self.strata_table, 1)
        strata_layout.addWidget(note_area)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.stage_table)
        lower.addWidget(strata)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tasks_table)
        split.addWidget(lower)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split, 1)
        layout.addWidget(self.legend)
        layout.addLayout(self.buttons)

    def show_stage(self, stage: Doc | None) -> None:
        if stage is None:
            for model in (self.tasks_model, self.stage_model, self.strata_model):
                model.set_rows([])
            self.weighted_note.clear()
            return
        self.tasks_model.set_rows(r.table_rows(stage["tasks"], r.TASK_COLUMNS))
        self.stage_model.set_rows(r.stage_figures(stage))
        weighted = stage["nps_weighted"]
        self.strata_model.set_rows(r.strata_rows(weighted))
        about = r.weighted_about(weighted)
        if weighted is not None and weighted["missing"]:
            about = r.missing_text(weighted)
        self.weighted_note.setText(self.tr("Weighted NPS: {0}").format(about))

    def selected_task(self) -> str | None:
        rows = self.tasks_table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(self.tasks_model.rows[rows[0].row()][0].value)

    def _on_finding_button_clicked(self) -> None:
        key = self.selected_task()
        if key is not None:
            self.new_finding_requested.emit(key)


class ComparisonPage(TablePage):
    """Stage B against stage A: the two pickers, the notes and the table of verdicts."""

    stages_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage_a = QComboBox()
        self.stage_a.setAccessibleName(self.tr("Stage A (the earlier)"))
        self.stage_b = QComboBox()
        self.stage_b.setAccessibleName(self.tr("Stage B (judged against A)"))
        for box in (self.stage_a, self.stage_b):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box.currentIndexChanged.connect(self._on_stage_changed)
        self.model = CellTableModel(cmp.COMPARISON_COLUMNS, self)
        self.table = self.add_table(self.model, self.tr("Comparison of two stages"))
        self.notes = _note()
        pickers = QHBoxLayout()
        label_a = QLabel(self.tr("Stage &A:"))
        label_a.setBuddy(self.stage_a)
        label_b = QLabel(self.tr("against stage &B:"))
        label_b.setBuddy(self.stage_b)
        for widget in (label_a, self.stage_a, label_b, self.stage_b):
            pickers.addWidget(widget)
        pickers.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)
        self._filling = False

    def set_stages(self, names: Sequence[str], current: str | None) -> None:
        """Offer ``names``; keep the pair chosen if it still exists, else the stage before
        ``current`` against ``current``."""
        a, b = self.stage_a.currentText(), self.stage_b.currentText()
        self._filling = True
        for box in (self.stage_a, self.stage_b):
            box.clear()
            box.addItems(list(names))
        if a not in names or b not in names:
            at = names.index(current) if current in names else len(names) - 1
            b = names[at] if names else ""
            a = names[at - 1] if at > 0 else b
        self.stage_a.setCurrentText(a)
        self.stage_b.setCurrentText(b)
        self._filling = False

    def pair(self) -> tuple[str, str] | None:
        a, b = self.stage_a.currentText(), self.stage_b.currentText()
        return (a, b) if a and b and a != b else None

    def show_comparison(self, comparison: Doc | None) -> None:
        if comparison is None:
            self.model.set_rows([])
            self.notes.setText(self.tr("Choose two different stages to compare."))
            return
        self.model.set_rows(cmp.comparison_rows(comparison))
        self.notes.setText("\n".join(cmp.comparison_notes(comparison)))

    def _on_stage_changed(self, _index: int) -> None:
        if not self._filling:
            self.stages_changed.emit()


class BreakdownPage(TablePage):
    """A stage's tasks group by group (centre, facilitator, device, network, setting)."""

    dimension_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.dimension = QComboBox()
        self.dimension.setAccessibleName(self.tr("Break down by"))
        for value, text in zip(DIMENSIONS, (self.tr("Centre"), self.tr("Facilitator"),
                                            self.tr("Device kind"), self.tr("Network"),
                                            self.tr("Setting")), strict=True):
            self.dimension.addItem(text, value)
        self.dimension.currentIndexChanged.connect(lambda _i: self.dimension_changed.emit())
        self.model = CellTableModel(cmp.BREAKDOWN_COLUMNS, self)
        self.table = self.add_table(self.model, self.tr("Breakdown by group"))
        self.note = _note()
        label = QLabel(self.tr("Break &down by:"))
        label.setBuddy(self.dimension)
        top = QHBoxLayout()
        top.addWidget(label)
        top.addWidget(self.dimension)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.buttons)

    def show_breakdown(self, breakdown: Doc | None, stage: str | None) -> None:
        if breakdown is None or stage is None:
            self.model.set_rows([])
            self.note.setText(self.tr("Analysing…") if stage else "")
            return
        self.model.set_rows(cmp.breakdown_rows(breakdown, stage))
        self.note.setText(self.tr("✱ marks a group that differs significantly from the "
                                  "others pooled (which figure: “vs others”). {0}").format(
            cmp.breakdown_note(breakdown)))
