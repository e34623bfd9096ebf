"""A session's observations, to pick some and make a finding from them (they become its
evidence).  Shown in a session's recorded results; the form is ``new_finding``'s."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.services.findings_choices import ObservationChoice, SessionEvidence, session_evidence
from testlab.services.recording.attempts import format_duration
from ui.common import metrics, shortcuts
from ui.common.operations import FAILED, CoreCall
from ui.common.table_model import Column, RowTableModel
from ui.common.table_setup import list_table
from ui.findings.add_evidence_dialog import AddEvidenceDialog
from ui.findings.finding_dialog import open_new_finding

COLUMNS: tuple[Column[ObservationChoice], ...] = (
    Column("Time", lambda o: format_duration(o.elapsed_seconds), numeric=True, width=7),
    Column("Task", lambda o: o.task_key or "–", width=16,
           tooltip=lambda o: o.task_title or ""),
    Column("Observation", lambda o: " ".join(o.text.split()), stretch=True,
           tooltip=lambda o: o.text),
)


@dataclass(frozen=True)
class _Database:
    """The one thing the findings form needs of a context, for a dialog that has only a db."""

    db: Database


class ObservationsPane(QWidget):
    """The session's observations (several can be selected) and "Make a finding from these…"."""

    finding_made = Signal(object)  # the id of the finding made or given more evidence

    def __init__(self, db: Database, session_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.evidence: SessionEvidence | None = None
        self.title = QLabel(self.tr("Observations"), objectName="heading", wordWrap=True)
        self.model: RowTableModel[ObservationChoice] = RowTableModel(COLUMNS, self)
        self.table = list_table(self.model)
        self.table.setObjectName("observationsTable")
        self.table.setAccessibleName(self.tr("Observations of this session"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        key = shortcuts.label(shortcuts.MAKE_FINDING)
        self.make_button = QPushButton(self.tr("Make a finding from these…  [{0}]").format(key))
        self.make_button.clicked.connect(self.make_finding)
        key = shortcuts.label(shortcuts.ADD_TO_FINDING)
        self.add_button = QPushButton(self.tr("Add to a finding…  [{0}]").format(key))
        self.add_button.clicked.connect(self.add_to_finding)
        self.message = QLabel(objectName="hint", wordWrap=True)
        row = metrics.flush(QHBoxLayout())
        row.addWidget(self.make_button)
        row.addWidget(self.add_button)
        row.addWidget(self.message, 1)
        layout = metrics.flush(QVBoxLayout(self))
        layout.setSpacing(metrics.TIGHT_SPACING)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        shortcuts.bind(self, shortcuts.MAKE_FINDING, self.make_finding, window_wide=True)
        shortcuts.bind(self, shortcuts.ADD_TO_FINDING, self.add_to_finding, window_wide=True)
        found = CoreCall(self, lambda: session_evidence(db, session_id)).run()
        if found is not FAILED:
            self._show(found)
        self._on_table_selection_changed(QItemSelection(), QItemSelection())

    def _show(self, evidence: SessionEvidence) -> None:
        self.evidence = evidence
        self.model.set_rows(evidence.observations)
        count = len(evidence.observations)
        self.title.setText(
            self.tr("Observations: none were written in this session") if not count else
            self.tr("Observations ({0}): select some (Ctrl/Shift+click, Shift+arrows) to make "
                    "a finding of {1} from them").format(count, evidence.product))

    def selected_ids(self) -> list[uuid.UUID]:
        """The selected observations, in the order listed."""
        lines = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(line).id for line in lines]

    def _chosen(self) -> tuple[SessionEvidence, list[uuid.UUID], str | None] | None:
        """The session, the selected observations and their task (if they share one)."""
        ids, evidence = self.selected_ids(), self.evidence
        if evidence is None or not ids:
            self.message.setText(self.tr("Select one or more observations first."))
            return None
        keys = {o.task_key for o in evidence.observations if o.id in set(ids)}
        return evidence, ids, keys.pop() if len(keys) == 1 else None

    def make_finding(self) -> bool:
        """Ctrl+Shift+F: the new-finding form with the selected observations as evidence."""
        chosen = self._chosen()
        if chosen is None:
            return False
        evidence, ids, task_key = chosen
        dialog = open_new_finding(self.window(), _Database(self._db),
                                  product_id=evidence.product_id, stage_id=evidence.stage_id,
                                  task_key=task_key, observation_ids=ids)
        if dialog is None or dialog.exec() != dialog.DialogCode.Accepted:
            return False
        saved = dialog.saved_row
        self.message.setText(self.tr("Finding “{0}” saved with {1} observation(s) as its "
                                     "evidence.").format(saved.title if saved else "", len(ids)))
        self.finding_made.emit(saved.id if saved else None)
        return True

    def add_to_finding(self) -> bool:
        """Ctrl+Shift+A: add the selected observations to an existing finding's evidence."""
        chosen = self._chosen()
        if chosen is None:
            return False
        evidence, ids, task_key = chosen
        dialog = AddEvidenceDialog(self._db, evidence, ids, task_key, self.window())
        if dialog.exec() != dialog.DialogCode.Accepted or dialog.saved_row is None:
            return False
        saved = dialog.saved_row
        back = self.tr(" It came back (▲): it had been marked fixed.") if saved.came_back else ""
        self.message.setText(self.tr("Added {0} observation(s) to “{1}”.").format(
            len(ids), saved.title) + back)
        self.finding_made.emit(saved.id)
        return True

    def _on_table_selection_changed(self, _selected: QItemSelection,
                                    _deselected: QItemSelection) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.make_button.setEnabled(chosen)
        self.add_button.setEnabled(chosen)
