"""The summary shown before the console closes: tasks done, outcomes, times, notes, and the
questionnaire's key figures (SUS score and grade, the participant's NPS category)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testlab.services.recording.attempts import format_duration
from testlab.services.recording.questionnaire import ITEM_COUNT
from testlab.services.recording.session import NpsCategory, SessionSummary
from ui.common import shortcuts as keys
from ui.console import style
from ui.console.task_view import outcome_name

_COLUMNS = (
    QT_TRANSLATE_NOOP("SummaryView", "Task"), QT_TRANSLATE_NOOP("SummaryView", "Outcome"),
    QT_TRANSLATE_NOOP("SummaryView", "Time"), QT_TRANSLATE_NOOP("SummaryView", "Ease (1–7)"),
    QT_TRANSLATE_NOOP("SummaryView", "Errors"), QT_TRANSLATE_NOOP("SummaryView", "Assists"),
    QT_TRANSLATE_NOOP("SummaryView", "Note"),
)
_NOTE_COLUMN = 6


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
        self.questionnaire = QLabel(objectName="value", wordWrap=True)
        self.notes = QLabel(objectName="value", wordWrap=True)
        self.notes.setTextFormat(Qt.TextFormat.PlainText)
        self.table = QTableWidget(0, len(_COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in _COLUMNS])
        self.table.setAccessibleName(self.tr("Tasks of the session and what was recorded"))
        self.table.setWordWrap(True)
        self.table.setMinimumWidth(240)  # the page fits 683 pixels (1366×768 at 200%)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        close = QPushButton(self.tr("Close the console  [%1]").replace(
            "%1", keys.label(keys.CLOSE_CONSOLE)), objectName="primary")
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.setMinimumHeight(style.TOUCH_HEIGHT)
        close.clicked.connect(self.close_requested)
        results = QPushButton(self.tr("Correct results…  [%1]").replace(
            "%1", keys.label(keys.RECORDED_RESULTS)))
        results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        results.setMinimumHeight(style.TOUCH_HEIGHT)
        results.clicked.connect(self.results_requested)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(results)
        buttons.addWidget(close)
        # The figures scroll above buttons that stay in view: at 200% on a 1366×768 screen
        # (683×364 pixels less the header) they do not fit, and nothing may be cut.
        content = QWidget(objectName="scrollBody")
        inner = QVBoxLayout(content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(style.SPACING)
        inner.addWidget(self.title)
        inner.addWidget(self.totals)
        inner.addWidget(self.questionnaire)
        inner.addWidget(self.table, 1)
        inner.addWidget(self.notes)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setSpacing(style.SPACING)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(buttons)
        keys.bind(self, keys.CLOSE_CONSOLE, self.close_requested.emit)
        keys.bind(self, keys.RECORDED_RESULTS, self.results_requested.emit)
        keys.bind(self, keys.PANEL_SCROLL_DOWN, lambda: self.scroll_by_page(1))
        keys.bind(self, keys.PANEL_SCROLL_UP, lambda: self.scroll_by_page(-1))

    def scroll_by_page(self, step: int) -> None:
        """PgDown / PgUp: scroll the figures when they do not fit (at 200%)."""
        bar = self.scroller.verticalScrollBar()
        bar.setValue(bar.value() + step * bar.pageStep())

    def show_summary(self, summary: SessionSummary) -> None:
        """Fill the page from the completed session's summary."""
        self.title.setText(self.tr("Session completed: %1").replace(
            "%1", summary.participant_code or ""))
        self.totals.setText(" · ".join((
            (self.tr("%n of %1 task done", "", summary.tasks_done) if summary.tasks_total == 1
             else self.tr("%n of %1 tasks done", "", summary.tasks_done))
            .replace("%1", str(summary.tasks_total)),
            self.tr("%n successful", "", summary.successes),
            self.tr("time on tasks %1").replace("%1", format_duration(summary.total_seconds)),
            # English has two forms; a translation gives its own per %n.
            (self.tr("%n observation", "", summary.observations) if summary.observations == 1
             else self.tr("%n observations", "", summary.observations)))))
        self.questionnaire.setText(self._questionnaire_text(summary))
        self.table.setRowCount(len(summary.tasks))
        for row, task in enumerate(summary.tasks):
            cells = (task.title,
                     outcome_name(task.outcome) if task.outcome else self.tr("not done"),
                     format_duration(task.seconds), str(task.rating or "–"), str(task.errors),
                     str(task.assists), task.notes)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column not in (0, _NOTE_COLUMN):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        shown = summary.observation_texts[-5:]
        self.notes.setText("\n".join(
            [self.tr("Observations:")] + [f"• {text}" for text in shown]
            + ([self.tr("… and %n earlier", "", len(summary.observation_texts) - len(shown))]
               if len(summary.observation_texts) > len(shown) else []))
            if shown else self.tr("No observations."))
        self.setFocus()

    def _questionnaire_text(self, summary: SessionSummary) -> str:
        answered = self.tr("questionnaire %1 of %2 answered").replace(
            "%1", str(summary.questionnaire_items_answered)).replace("%2", str(ITEM_COUNT))
        # No letter grade: the curved scale grades a study's mean, not one participant.
        sus = (self.tr("SUS %1").replace("%1", f"{summary.sus_score:.1f}")
               if summary.sus_score is not None else self.tr("SUS incomplete"))
        category = summary.nps_category
        words = {
            NpsCategory.PROMOTER: self.tr("promoter"),
            NpsCategory.PASSIVE: self.tr("passive"),
            NpsCategory.DETRACTOR: self.tr("detractor"),
        }
        nps = (self.tr("would recommend %1/10: %2").replace("%1", str(summary.recommend))
               .replace("%2", words[category])
               if category is not None else self.tr("recommend not answered"))
        satisfaction = (self.tr("satisfaction %1/5").replace("%1", str(summary.satisfaction))
                        if summary.satisfaction is not None else "")
        return " · ".join(part for part in (answered, sus, nps, satisfaction) if part)
