"""The recorded results' Observations and Questionnaire tabs: what stands, and its history.

Each pane is a table of what the session holds now over a table of its corrections
(newest first); ``reload`` reads both again through the services.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.services.recording.answer_corrections import (
    AnswersRecord,
    answers_history,
    answers_record,
)
from testlab.services.recording.observation_corrections import (
    ObservationRow,
    observation_history,
    session_observations,
)
from testlab.services.recording.questionnaire import ITEMS
from ui.common import metrics
from ui.common.operations import FAILED, CoreCall
from ui.common.table_setup import list_table
from ui.sessions.record_notes_model import (
    AnswersHistoryModel,
    AnswersModel,
    ObservationHistoryModel,
    ObservationsModel,
    answer_lines,
)


def _stacked(top: QWidget, title: QLabel, bottom: QWidget) -> QSplitter:
    lower = QWidget()
    lower_layout = metrics.flush(QVBoxLayout(lower))
    lower_layout.setSpacing(metrics.TIGHT_SPACING)
    lower_layout.addWidget(title)
    lower_layout.addWidget(bottom, 1)
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(top)
    splitter.addWidget(lower)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    return splitter


class ObservationsPane(QWidget):
    """The session's observations (several may be selected) and every edit or deletion."""

    def __init__(self, db: Database, session_id: uuid.UUID, zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._session_id = db, session_id
        self.model = ObservationsModel(zone, self)
        self.table = list_table(self.model)
        self.table.setObjectName("observationsTable")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAccessibleName(self.tr("Observations of the session"))
        self.history_title = QLabel(objectName="heading", wordWrap=True)
        self.history_model = ObservationHistoryModel(zone, self)
        self.history = list_table(self.history_model)
        self.history.setObjectName("observationHistoryTable")
        self.history.setAccessibleName(self.tr("Edits and deletions of the observations"))
        layout = metrics.flush(QVBoxLayout(self))
        layout.addWidget(_stacked(self.table, self.history_title, self.history))

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the observations and their history again, keeping ``select`` selected."""
        rows = CoreCall(self, lambda: session_observations(self._db, self._session_id)).run()
        history = CoreCall(self, lambda: observation_history(self._db, self._session_id)).run()
        self.model.set_rows([] if rows is FAILED else rows)
        entries = [] if history is FAILED else history
        self.history_model.set_rows(entries)
        self.history_title.setText(
            self.tr("History: {0} edits or deletions, newest first, with the observation as "
                    "it was").format(len(entries)) if entries
            else self.tr("History: no observation has been edited or deleted"))
        if self.model.total_rows:
            line = self.model.find_row(lambda r: r.id == select) if select else 0
            self.select_line(max(line, 0))

    def select_line(self, line: int) -> None:
        """Make ``line`` the one selected observation, with the cursor on it."""
        self.model.ensure_fetched(line)
        index = self.model.index(line, 0)
        # Not selectRow: in a multi-selection table it toggles while a modifier is held.
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.table.selectionModel().setCurrentIndex(index, flags)

    def current_row(self) -> ObservationRow | None:
        """The observation with the table's cursor (the one Edit acts on)."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            rows = self.table.selectionModel().selectedRows()
            if not rows:
                return None
            index = rows[0]
        return self.model.row_at(index.row())

    def selected_rows(self) -> list[ObservationRow]:
        """Every selected observation, in the table's order."""
        lines = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.row_at(line) for line in lines]


class AnswersPane(QWidget):
    """The closing questionnaire's answers as they stand, and their corrections."""

    def __init__(self, db: Database, session_id: uuid.UUID, zone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._session_id = db, session_id
        self.record: AnswersRecord | None = None
        self.model = AnswersModel(self)
        self.table = list_table(self.model)
        self.table.setObjectName("answersTable")
        self.table.setAccessibleName(self.tr("Answers to the closing questionnaire"))
        self.history_title = QLabel(objectName="heading", wordWrap=True)
        self.history_model = AnswersHistoryModel(zone, self)
        self.history = list_table(self.history_model)
        self.history.setObjectName("answersHistoryTable")
        self.history.setAccessibleName(self.tr("Corrections of the answers"))
        layout = metrics.flush(QVBoxLayout(self))
        layout.addWidget(_stacked(self.table, self.history_title, self.history))

    def reload(self) -> None:
        """Read the answers and their history again."""
        record = CoreCall(self, lambda: answers_record(self._db, self._session_id)).run()
        history = CoreCall(self, lambda: answers_history(self._db, self._session_id)).run()
        self.record = None if record is FAILED else record
        values = {item: self.record.value(item) for item in ITEMS} if self.record else {}
        self.model.set_rows(answer_lines(values))
        entries = [] if history is FAILED else history
        self.history_model.set_rows(entries)
        answered = self.record.answers.answered_items if self.record else 0
        self.history_title.setText(
            self.tr("{0} of {1} answered · history: {2} corrections, newest first").format(
                answered, len(ITEMS), len(entries)) if entries
            else self.tr("{0} of {1} answered · never corrected").format(answered, len(ITEMS)))
        if self.model.total_rows:
            self.table.selectRow(0)
