"""Set a finding's status at one later stage (open, fixed, verified fixed, came back, won't fix)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import InvalidInput, NotFound
from testlab.services.findings import FindingRow, set_finding_status
from testlab.services.findings_choices import StageChoice
from ui.common import metrics, shortcuts
from ui.common.operations import FAILED, CoreCall
from ui.findings.wording import STATUS_ORDER, status_word


class StatusDialog(QDialog):
    """Stage (after the one it was first seen at), status and a note; Save writes it."""

    def __init__(self, db: Database, finding: FindingRow, stages: tuple[StageChoice, ...],
                 stage: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._finding = db, finding
        self.saved_row: FindingRow | None = None
        self.setWindowTitle(self.tr("Status of “{0}”").format(finding.title))
        metrics.fit_size(self, 560, 240)
        recorded = {st.stage: st for st in finding.statuses}
        self._recorded = recorded
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Stage"))
        for choice in stages:
            if choice.position > finding.first_stage_position:
                self.stage.addItem(choice.name, choice.name)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status"))
        for status in STATUS_ORDER:
            self.status.addItem(status_word(status), status)
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        form = QFormLayout()
        for text, field in ((self.tr("&Stage"), self.stage), (self.tr("S&tatus"), self.status),
                            (self.tr("&Note"), self.note)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.message = QLabel(objectName="hint", wordWrap=True)
        if self.stage.count() == 0:
            self.message.setText(self.tr(
                "A status is kept for the stages after '{0}', where it was first seen, and "
                "this product has none yet.").format(finding.first_stage))
        key = shortcuts.label(shortcuts.FINDING_SAVE)
        self.save_button = QPushButton(self.tr("Save  [{0}]").format(key))
        self.save_button.setEnabled(self.stage.count() > 0)
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = metrics.page(QVBoxLayout(self))
        so_far = "; ".join(f"{st.stage}: {status_word(st.status)}" for st in finding.statuses)
        layout.addWidget(QLabel(self.tr("First seen at {0}. Recorded so far: {1}.").format(
            finding.first_stage, so_far or self.tr("nothing (open)")), wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        shortcuts.bind(self, shortcuts.FINDING_SAVE, self.save, window_wide=True)
        self.stage.currentIndexChanged.connect(self._on_stage_current_index_changed)
        if stage is not None and self.stage.findData(stage) >= 0:
            self.stage.setCurrentIndex(self.stage.findData(stage))
        else:  # the latest stage: where a status is usually being checked
            self.stage.setCurrentIndex(self.stage.count() - 1)
        self._on_stage_current_index_changed(self.stage.currentIndex())
        self.status.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> bool:
        """Ctrl+S / Save: record the status; the form closes once the database said yes."""
        if self.stage.count() == 0:
            return False
        db, finding_id = self._db, self._finding.id
        stage, status, note = (self.stage.currentData(), self.status.currentData(),
                               self.note.text().strip())
        saved = CoreCall(self, lambda: set_finding_status(
            db, finding_id, stage=stage, status=status, note=note)) \
            .inline(self.message, InvalidInput, NotFound).run()
        if saved is FAILED:
            return False
        self.saved_row = saved
        self.accept()
        return True

    def _on_stage_current_index_changed(self, _index: int) -> None:
        recorded = self._recorded.get(self.stage.currentData() or "")
        if recorded is not None:
            self.status.setCurrentIndex(max(self.status.findData(recorded.status), 0))
            self.note.setText(recorded.note)
        else:
            self.note.clear()
