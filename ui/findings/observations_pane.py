"""Make a finding from a session's selected observations (they become its evidence), or add
them to an existing finding.  Shown under the Observations tab of a session's recorded
results, acting on that tab's selection; the form is ``new_finding``'s."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from testlab.db.database import Database
from testlab.services.findings_choices import SessionEvidence, session_evidence
from ui.common import metrics, shortcuts
from ui.common.operations import FAILED, CoreCall
from ui.findings.add_evidence_dialog import AddEvidenceDialog
from ui.findings.finding_dialog import open_new_finding


@dataclass(frozen=True)
class _Database:
    """The one thing the findings form needs of a context, for a dialog that has only a db."""

    db: Database


class FindingActions(QWidget):
    """"Make a finding from these…" and "Add to a finding…" for the observations that
    ``selected_ids()`` names (the recorded results' Observations table)."""

    finding_made = Signal(object)  # the id of the finding made or given more evidence

    def __init__(self, db: Database, session_id: uuid.UUID,
                 selected_ids: Callable[[], list[uuid.UUID]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._selected_ids = selected_ids
        self.evidence: SessionEvidence | None = None
        key = shortcuts.label(shortcuts.MAKE_FINDING)
        self.make_button = QPushButton(self.tr("Make a finding from these…  [{0}]").format(key))
        self.make_button.clicked.connect(self.make_finding)
        key = shortcuts.label(shortcuts.ADD_TO_FINDING)
        self.add_button = QPushButton(self.tr("Add to a finding…  [{0}]").format(key))
        self.add_button.clicked.connect(self.add_to_finding)
        self.message = QLabel(objectName="hint", wordWrap=True)
        row = metrics.flush(QHBoxLayout(self))
        row.addWidget(self.make_button)
        row.addWidget(self.add_button)
        row.addWidget(self.message, 1)
        shortcuts.bind(self, shortcuts.MAKE_FINDING, self.make_finding, window_wide=True)
        shortcuts.bind(self, shortcuts.ADD_TO_FINDING, self.add_to_finding, window_wide=True)
        found = CoreCall(self, lambda: session_evidence(db, session_id)).run()
        if found is not FAILED:
            self.evidence = found
        self.selection_changed()

    def selected_ids(self) -> list[uuid.UUID]:
        """The selected observations, in the order listed."""
        return self._selected_ids()

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

    def selection_changed(self) -> None:
        """Enable the actions while observations are selected."""
        chosen = bool(self._selected_ids())
        self.make_button.setEnabled(chosen)
        self.add_button.setEnabled(chosen)
