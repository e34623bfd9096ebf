"""Add a session's chosen observations to an existing finding as more evidence.

New evidence from a stage after the one where the finding was marked fixed flags it
"came back": this is how a problem seen again in a later round is recorded.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import InvalidInput, NotFound
from testlab.services.findings import FindingRow, edit_finding, list_findings
from testlab.services.findings_choices import SessionEvidence
from ui.common import metrics, shortcuts
from ui.common.operations import FAILED, CoreCall
from ui.findings.wording import severity_short, status_word


class AddEvidenceDialog(QDialog):
    """Pick one of the product's findings; Save adds the observations to its evidence."""

    def __init__(self, db: Database, evidence: SessionEvidence,
                 observation_ids: Sequence[uuid.UUID], task_key: str | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._ids = db, tuple(observation_ids)
        self.saved_row: FindingRow | None = None
        self.setWindowTitle(self.tr("Add to a finding · {0}").format(evidence.product))
        metrics.fit_size(self, 720, 240)
        self.finding = QComboBox(minimumContentsLength=40)
        self.finding.setAccessibleName(self.tr("Finding"))
        product_id = evidence.product_id
        found = CoreCall(self, lambda: list_findings(db, product=product_id)).run()
        rows = [] if found is FAILED else found
        for row in rows:
            self.finding.addItem(
                f"{severity_short(row.severity)} · {row.title} · {row.first_stage} · "
                f"{status_word(row.status)}", row.id)
        same_task = next((n for n, r in enumerate(rows) if task_key and r.task_key == task_key),
                         0)
        self.finding.setCurrentIndex(same_task if rows else -1)
        form = QFormLayout()
        label = QLabel(self.tr("&Finding"))
        label.setBuddy(self.finding)
        form.addRow(label, self.finding)
        count = len(self._ids)
        about = QLabel(self.tr(
            "{0} observation(s) of {1} at {2} become more evidence of the finding chosen. "
            "If it was marked fixed at an earlier stage, it is flagged “came back”.")
            .format(count, evidence.participant or self.tr("this session"), evidence.stage),
            wordWrap=True)
        self.message = QLabel(objectName="hint", wordWrap=True)
        if not rows:
            self.message.setText(self.tr("{0} has no findings yet: make a new one instead.")
                                 .format(evidence.product))
        key = shortcuts.label(shortcuts.FINDING_SAVE)
        self.save_button = QPushButton(self.tr("Add as evidence  [{0}]").format(key))
        self.save_button.setEnabled(bool(rows))
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = metrics.page(QVBoxLayout(self))
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        shortcuts.bind(self, shortcuts.FINDING_SAVE, self.save, window_wide=True)
        self.finding.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Ctrl+S: add the observations; the form closes once the database said yes."""
        finding_id = self.finding.currentData()
        if not isinstance(finding_id, uuid.UUID):
            return False
        db, ids = self._db, self._ids
        saved = CoreCall(self, lambda: edit_finding(db, finding_id, add_observation_ids=ids)) \
            .inline(self.message, InvalidInput, NotFound).run()
        if saved is FAILED:
            return False
        self.saved_row = saved
        self.accept()
        return True
