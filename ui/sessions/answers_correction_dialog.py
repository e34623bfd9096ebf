"""Correct a session's closing-questionnaire answers: all of them pre-filled; a reason required.

Each answer is checked where it is typed (a wrong one is explained under its field)
and nothing reaches the database until every field is right.  Only the answers
that were edited are sent; the service keeps the ones they replace, who changed
them and why.  The form scrolls, so it fits a 1366×768 screen at 200%.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.services.recording.answer_corrections import (
    AnswersRecord,
    correct_answers,
    item_label,
)
from testlab.services.recording.questionnaire import ITEM_RANGES, ITEMS
from ui.common import metrics
from ui.common.i18n import translate
from ui.common.operations import FAILED, CoreCall
from ui.sessions.correction_form import CorrectionDialog, Field
from ui.sessions.record_notes_model import question_of

# item_label's words (testlab.services.recording.answer_corrections), marked for lupdate:
# they are translated where shown ("SUS 3" stays as it is).
_ITEM_WORDS = (QT_TRANSLATE_NOOP("AnswersCorrectionDialog", "Recommend (0–10)"),
               QT_TRANSLATE_NOOP("AnswersCorrectionDialog", "Satisfaction (1–5)"),
               QT_TRANSLATE_NOOP("AnswersCorrectionDialog", "Comments"))


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnswersCorrectionDialog", text)


def parse_answer(item: str, text: str) -> int | None:
    """A scale answer from its typed text: empty for none, else a whole number in range."""
    value = text.strip()
    if value in ("", "-", "–"):
        return None
    low, high = ITEM_RANGES[item]
    if not value.isdigit() or not low <= int(value) <= high:
        raise InvalidInput(translate("AnswersCorrectionDialog",
                                     "{0} is a whole number from {1} to {2}; leave it empty for "
                                     "none.").format(_tr(item_label(item)), low, high))
    return int(value)


class AnswersCorrectionDialog(CorrectionDialog):
    """Corrects on OK (``corrected`` holds the answers afterwards); errors stay in the dialog."""

    def __init__(self, db: Database, session_id: uuid.UUID, record: AnswersRecord,
                 by: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct the questionnaire's answers"))
        metrics.fit_size(self, 760, 620)  # at 200% the answers scroll
        self._db, self._session_id, self._record, self._by = db, session_id, record, by
        self.corrected: AnswersRecord | None = None
        self.inputs: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        # One line per item: its name (the field's label), the field, the question as the
        # participant read it; a wrong value is explained on the line under it.
        grid = QGridLayout()
        grid.setHorizontalSpacing(metrics.TIGHT_SPACING * 3)
        grid.setColumnStretch(2, 1)
        width = self.fontMetrics().horizontalAdvance("0000") + 24
        scales = [item for item in ITEMS if item in ITEM_RANGES]
        for index, item in enumerate(scales):
            low, high = ITEM_RANGES[item]
            value = record.value(item)
            editor = QLineEdit("" if value is None else str(value))
            editor.setPlaceholderText(f"{low}–{high}")
            editor.setFixedWidth(width)
            editor.setAccessibleName(self.tr("{0}: {1}").format(_tr(item_label(item)),
                                                               question_of(item)))
            label = QLabel(f"{_tr(item_label(item))}:")
            label.setBuddy(editor)
            question = QLabel(question_of(item), wordWrap=True)
            error = QLabel(objectName="fieldError", wordWrap=True)
            error.hide()
            grid.addWidget(label, index * 2, 0)
            grid.addWidget(editor, index * 2, 1)
            grid.addWidget(question, index * 2, 2)
            grid.addWidget(error, index * 2 + 1, 1, 1, 2)
            self.inputs[item], self.errors[item] = editor, error
            editor.textChanged.connect(self._on_value_changed)
        self.comments = QPlainTextEdit(str(record.value("comments") or ""))
        self.comments.setTabChangesFocus(True)
        self.comments.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.comments.setAccessibleName(self.tr("Comments"))
        comments_label = QLabel(self.tr("&Comments:"))
        comments_label.setBuddy(self.comments)
        form = QWidget()
        form_layout = metrics.flush(QVBoxLayout(form))
        form_layout.addLayout(grid)
        form_layout.addWidget(comments_label)
        form_layout.addWidget(self.comments)
        form_layout.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setAccessibleName(self.tr("The answers, each in its own field"))
        self.scroller.setWidget(form)

        # The reason stays in view below the scrolling answers.
        self.reason = QLineEdit(placeholderText=self.tr("e.g. read again from the paper form"))
        self.reason.setAccessibleName(self.tr("Reason for the correction"))
        self.reason_field = Field(self.reason)
        reason_label = QLabel(self.tr("Rea&son:"))
        reason_label.setBuddy(self.reason)
        reason_row = QHBoxLayout()
        reason_row.addWidget(reason_label, 0, Qt.AlignmentFlag.AlignTop)
        reason_row.addWidget(self.reason_field, 1)
        note = QLabel(self.tr("Empty means no answer. The answers before this correction, "
                              "who made it and why are kept in the questionnaire's history."),
                      objectName="hint", wordWrap=True)
        self.lay_out((self.scroller, 1), reason_row, note)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        first = self.inputs[scales[0]]
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        first.selectAll()

    # -- values ---------------------------------------------------------------------------
    def check(self, focus_wrong: bool = True) -> dict[str, Any] | None:
        """Every answer checked and explained where typed; the changed ones, or None."""
        changed: dict[str, Any] = {}
        wrong: list[QWidget] = []
        for item, editor in self.inputs.items():
            value = CoreCall(self, lambda i=item, e=editor: parse_answer(i, e.text())) \
                .inline(lambda message, i=item: self._show_error(i, message), InvalidInput).run()
            if value is FAILED:
                wrong.append(editor)
                continue
            self._show_error(item, "")
            if value != self._record.value(item):
                changed[item] = value
        if wrong:
            if focus_wrong:
                wrong[0].setFocus(Qt.FocusReason.OtherFocusReason)
                self.scroller.ensureWidgetVisible(wrong[0])
            return None
        comments = self.comments.toPlainText().strip()
        if comments != (self._record.value("comments") or ""):
            changed["comments"] = comments
        return changed

    # -- Qt overrides ---------------------------------------------------------------------
    def accept(self) -> None:
        """Check, then write the correction; any refusal is shown here and nothing is kept."""
        self.message.hide()
        changed = self.check()
        reason = self.reason.text().strip()
        if not reason:
            self.reason_field.show_error(self.tr("Say why the answers are corrected."))
            if changed is not None:
                self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        if changed is None or not reason:
            return
        corrected = CoreCall(self, lambda: correct_answers(
            self._db, self._session_id, by=self._by, reason=reason, answers=changed,
            version=self._record.version)).inline(self._refuse).run()
        if corrected is FAILED:
            return
        self.corrected = corrected
        super().accept()

    def _show_error(self, item: str, message: str) -> None:
        self.errors[item].setText(message)
        self.errors[item].setVisible(bool(message))

    # -- slots ----------------------------------------------------------------------------
    def _on_value_changed(self) -> None:
        self.check(focus_wrong=False)  # as the user types: explain, never move the cursor

    def _on_reason_text_changed(self, text: str) -> None:
        if text.strip():
            self.reason_field.show_error("")
