"""The summary shown before the console closes: tasks done, outcomes, times."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testlab.services.recording.attempts import format_duration
from testlab.services.recording.session import SessionSummary
from ui.common import shortcuts as keys
from ui.console import style
from ui.console.task_view import outcome_name

_COLUMNS = ("Task", "Outcome", "Time", "Ease (1–7)", "Errors", "Assists")


class SummaryView(QWidget):
    """Read-only summary; ``close_requested`` on Enter or the button; ``results_requested``
    to review and correct what was recorded."""

    close_requested = Signal()
    results_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.title = QLabel(objectName="taskTitle")
        self.totals = QLabel(objectName="question", wordWrap=True)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setHorizontalHeaderLabels(_COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        close = QPushButton(f"Close the console  [{keys.label(keys.CLOSE_CONSOLE)}]",
                            objectName="primary")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.setMinimumHeight(style.TOUCH_HEIGHT)
        close.clicked.connect(self.close_requested)
        results = QPushButton(f"Correct results…  [{keys.label(keys.RECORDED_RESULTS)}]")
        results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        results.setMinimumHeight(style.TOUCH_HEIGHT)
        results.clicked.connect(self.results_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(results)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.title)
        layout.addWidget(self.totals)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        keys.bind(self, keys.CLOSE_CONSOLE, self.close_requested.emit)
        keys.bind(self, keys.RECORDED_RESULTS, self.results_requested.emit)

    def show_summary(self, summary: SessionSummary) -> None:
        """Fill the page from the completed session's summary."""
        self.title.setText(f"Session completed: {summary.participant_code or ''}")
        self.totals.setText(
            f"{summary.tasks_done} of {summary.tasks_total} tasks done, "
            f"{summary.successes} successful · time on tasks "
            f"{format_duration(summary.total_seconds)} · {summary.observations} observations · "
            f"questionnaire {summary.questionnaire_answered} of 12 answered")
        self.table.setRowCount(len(summary.tasks))
        for row, task in enumerate(summary.tasks):
            cells = (task.title, outcome_name(task.outcome) if task.outcome else "not done",
                     format_duration(task.seconds), str(task.rating or "–"), str(task.errors),
                     str(task.assists))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.setFocus()
