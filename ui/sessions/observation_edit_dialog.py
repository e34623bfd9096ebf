"""Correct one observation (its text and tags) or delete it; a reason is required for either.

The service keeps the observation as it was, who changed it, when and why; a
deleted one stays in the session's observation history.
"""

from __future__ import annotations

import re
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from testlab.db.database import Database
from testlab.services.recording.attempts import format_duration
from testlab.services.recording.notes import ObservationInfo
from testlab.services.recording.observation_corrections import (
    ObservationRow,
    delete_observation,
    edit_observation,
)
from ui.common.operations import FAILED, CoreCall
from ui.sessions.correction_form import CorrectionDialog, Field


def typed_tags(text: str) -> list[str]:
    """Tags as typed: separated by spaces or commas, with or without "#"."""
    return [tag for tag in re.split(r"[\s,]+", text) if tag.strip("#")]


class ObservationEditDialog(CorrectionDialog):
    """Saves the correction (``edited``) or deletes the observation (``deleted``)."""

    def __init__(self, db: Database, row: ObservationRow, by: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct an observation"))
        self._db, self._row, self._by = db, row, by
        self.edited: ObservationInfo | None = None
        self.deleted = False
        note = row.observation
        self.text = QPlainTextEdit(note.text)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self.tags = QLineEdit(" ".join(note.tags))
        self.tags.setPlaceholderText(self.tr("words separated by spaces, e.g. navigation price"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. typing slip; checked against the video"))
        self._fields = {"text": Field(self.text), "tags": Field(self.tags),
                        "reason": Field(self.reason)}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, editor, name in ((self.tr("&Observation:"), self.text, "text"),
                                   (self.tr("&Tags:"), self.tags, "tags"),
                                   (self.tr("Rea&son:"), self.reason, "reason")):
            label = QLabel(text)
            label.setBuddy(editor)
            editor.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, self._fields[name])
        where = row.task_title or self.tr("no task")
        title = QLabel(self.tr("At {0} in the session · {1} · noted by {2}").format(
            format_duration(note.elapsed_seconds), where, row.noted_by_name or self.tr("unknown")),
            objectName="detailsTitle", wordWrap=True)
        hint = QLabel(self.tr("The observation as it was, who changed it and why are kept in "
                              "the session's observation history, also when it is deleted."),
                      objectName="hint", wordWrap=True)
        self.delete_button = QPushButton(self.tr("&Delete observation"))
        self.delete_button.setAutoDefault(False)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.clicked.connect(self.delete)
        self.lay_out(title, form, hint)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reason(self, missing: str) -> str | None:
        reason = self.reason.text().strip()
        if not reason:
            self._fields["reason"].show_error(missing)
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return reason

    # -- actions --------------------------------------------------------------------------
    def accept(self) -> None:
        """Save the corrected text and tags; any refusal is shown here and nothing is kept."""
        self.message.hide()
        body = self.text.toPlainText().strip()
        if not body:
            self._fields["text"].show_error(
                self.tr("An observation needs some text; delete it instead."))
            self.text.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._fields["text"].show_error("")
        reason = self._reason(self.tr("Say why the observation is corrected."))
        if reason is None:
            return
        tags = typed_tags(self.tags.text())
        edited = CoreCall(self, lambda: edit_observation(
            self._db, self._row.id, by=self._by, reason=reason, text=body, tags=tags,
            version=self._row.observation.version)).inline(self._refuse).run()
        if edited is FAILED:
            return
        self.edited = edited
        super().accept()

    def delete(self) -> None:
        """Alt+D: delete the observation (its text is kept in the history)."""
        self.message.hide()
        reason = self._reason(self.tr("Say why the observation is deleted."))
        if reason is None:
            return
        done = CoreCall(self, lambda: delete_observation(
            self._db, self._row.id, by=self._by, reason=reason,
            version=self._row.observation.version)).inline(self._refuse).run()
        if done is FAILED:
            return
        self.deleted = True
        super().accept()

    def _on_reason_text_changed(self, text: str) -> None:
        if text.strip():
            self._fields["reason"].show_error("")
