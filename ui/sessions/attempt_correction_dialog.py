"""Correct one recorded attempt: the values as they stand, pre-filled; a reason is required.

Each value is checked where it is typed and a wrong one is explained under its
field; nothing reaches the database until every field is right.  The service
keeps the previous values, who changed them (``by``) and why.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.limits import MAX_COUNT
from testlab.model import Outcome
from testlab.services.recording.attempts import (
    AttemptInfo,
    correct_attempt,
    format_duration,
    parse_duration,
)
from testlab.services.recording.review import AttemptRow
from ui.common import labels
from ui.common.i18n import translate
from ui.common.operations import FAILED, CoreCall
from ui.sessions.correction_form import CorrectionDialog, Field

NO_RATING = ("", "-", "–")


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttemptCorrectionDialog", text)


def parse_time(text: str, outcome: Outcome) -> float | None:
    """Seconds from "m:ss"; empty only for a skipped task.  ``InvalidInput`` says what is wrong."""
    if not text.strip():
        if outcome == Outcome.SKIPPED:
            return None
        raise InvalidInput(translate("AttemptCorrectionDialog", "Give the time on task as m:ss (only a skipped task has none)."))
    return parse_duration(text)

# What parse_count's ``name`` reads as, in English (context "AttemptCorrectionDialog").
_COUNT_WORDS = {"errors": QT_TRANSLATE_NOOP("AttemptCorrectionDialog", "errors"),
                "assists": QT_TRANSLATE_NOOP("AttemptCorrectionDialog", "assists")}


def parse_ease(text: str) -> int | None:
    """The ease rating 1–7, or None when left empty."""
    value = text.strip()
    if value in NO_RATING:
        return None
    if not value.isdigit() or not 1 <= int(value) <= 7:
        raise InvalidInput(translate("AttemptCorrectionDialog", "Ease is from 1 to 7; leave it empty for none."))
    return int(value)


def parse_count(text: str, name: str) -> int:
    """A count of errors or assists: a whole number from 0."""
    value = text.strip()
    if not value.isdigit() or int(value) > MAX_COUNT:
        raise InvalidInput(translate("AttemptCorrectionDialog", "The number of {0} is a whole number from 0 to {1}.")
                           .format(_tr(_COUNT_WORDS.get(name, name)), MAX_COUNT))
    return int(value)


class AttemptCorrectionDialog(CorrectionDialog):
    """Corrects on OK (``corrected`` holds the attempt afterwards); errors stay in the dialog."""

    def __init__(self, db: Database, row: AttemptRow, by: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a recorded attempt"))
        self.setMinimumWidth(520)
        self._db, self._row, self._by = db, row, by
        self.corrected: AttemptInfo | None = None
        attempt = row.attempt
        self.outcome = QComboBox()
        for outcome in labels.OUTCOMES:
            self.outcome.addItem(labels.OUTCOMES[outcome], outcome)
        self.outcome.setCurrentIndex(self.outcome.findData(attempt.outcome))
        self.time = QLineEdit(format_duration(attempt.seconds)
                              if attempt.seconds is not None else "")
        self.time.setPlaceholderText(self.tr("m:ss"))
        self.ease = QLineEdit("" if attempt.rating is None else str(attempt.rating))
        self.ease.setPlaceholderText(self.tr("1–7, empty for none"))
        self.errors = QLineEdit(str(attempt.errors))
        self.assists = QLineEdit(str(attempt.assists))
        self.notes = QPlainTextEdit(attempt.notes)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(
            self.tr("e.g. time typed wrongly; checked against the video"))
        self._initial = self._texts()

        self._fields = {name: Field(widget) for name, widget in (
            ("time", self.time), ("ease", self.ease), ("errors", self.errors),
            ("assists", self.assists), ("reason", self.reason))}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each label's buddy is the input itself (not its container, which cannot take
        # the focus), so Alt+O, T, E, R, A, N, S reach their fields.
        self.field_labels: dict[str, QLabel] = {}
        for name, text, editor, shown in (
                ("outcome", self.tr("&Outcome:"), self.outcome, self.outcome),
                ("time", self.tr("&Time (m:ss):"), self.time, self._fields["time"]),
                ("ease", self.tr("&Ease (1–7):"), self.ease, self._fields["ease"]),
                ("errors", self.tr("E&rrors:"), self.errors, self._fields["errors"]),
                ("assists", self.tr("&Assists:"), self.assists, self._fields["assists"]),
                ("notes", self.tr("&Notes:"), self.notes, self.notes),
                ("reason", self.tr("Rea&son:"), self.reason, self._fields["reason"])):
            label = QLabel(text)
            label.setBuddy(editor)
            editor.setAccessibleName(text.replace("&", "").rstrip(":"))
            self.field_labels[name] = label
            form.addRow(label, shown)
        title = QLabel(f"{row.task_position + 1}. {row.task_title}", objectName="detailsTitle",
                       wordWrap=True)
        note = QLabel(self.tr("The values before this correction, who made it and why are "
                              "kept in the attempt's history."), objectName="hint",
                      wordWrap=True)
        self.lay_out(title, form, note)

        chain = (self.outcome, self.time, self.ease, self.errors, self.assists, self.notes,
                 self.reason, self.buttons)
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self.outcome.currentIndexChanged.connect(self._on_value_changed)
        for editor in (self.time, self.ease, self.errors, self.assists):
            editor.textChanged.connect(self._on_value_changed)
        self.reason.textChanged.connect(self._on_reason_text_changed)
        self.time.setFocus(Qt.FocusReason.OtherFocusReason)
        self.time.selectAll()

    # -- values ---------------------------------------------------------------------------
    def _texts(self) -> dict[str, Any]:
        return {"outcome": self.outcome.currentData(), "seconds": self.time.text().strip(),
                "rating": self.ease.text().strip(), "errors": self.errors.text().strip(),
                "assists": self.assists.text().strip(),
                "notes": self.notes.toPlainText().strip()}

    def check(self, focus_wrong: bool = True) -> dict[str, Any] | None:
        """Check every field, showing what is wrong where it was typed; the values, or None.

        ``focus_wrong``: put the cursor in the first wrong field (not while typing).
        """
        outcome = Outcome(self.outcome.currentData())
        values: dict[str, Any] = {"outcome": outcome,
                                  "notes": self.notes.toPlainText().strip()}
        parsers = (("time", "seconds", lambda: parse_time(self.time.text(), outcome)),
                   ("ease", "rating", lambda: parse_ease(self.ease.text())),
                   ("errors", "errors", lambda: parse_count(self.errors.text(), "errors")),
                   ("assists", "assists", lambda: parse_count(self.assists.text(), "assists")))
        wrong: list[QWidget] = []
        for field, key, parse in parsers:
            value = CoreCall(self, parse).inline(self._fields[field].show_error,
                                                 InvalidInput).run()
            if value is FAILED:
                wrong.append(self._fields[field].editor)
            else:
                values[key] = value
                self._fields[field].show_error("")
        if wrong:
            if focus_wrong:
                wrong[0].setFocus(Qt.FocusReason.OtherFocusReason)
            return None
        return values

    def changes(self, values: dict[str, Any]) -> dict[str, Any]:
        """Only what was edited: a time left as shown keeps its unrounded seconds."""
        now = self._texts()
        return {key: value for key, value in values.items() if now[key] != self._initial[key]}

    # -- Qt overrides ---------------------------------------------------------------------
    def accept(self) -> None:
        """Check, then write the correction; any refusal is shown here and nothing is kept."""
        self.message.hide()
        values = self.check()
        reason = self.reason.text().strip()
        if not reason:
            self._fields["reason"].show_error(self.tr("Say why the attempt is corrected."))
            if values is not None:
                self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
        if values is None or not reason:
            return
        changes = self.changes(values)
        corrected = CoreCall(self, lambda: correct_attempt(
            self._db, self._row.id, by=self._by, reason=reason,
            version=self._row.attempt.version, **changes)) \
            .inline(self._refuse).run()
        if corrected is FAILED:
            return
        self.corrected = corrected
        super().accept()

    # -- slots ----------------------------------------------------------------------------
    def _on_value_changed(self) -> None:
        self.check(focus_wrong=False)  # as the user types: explain, never move the cursor

    def _on_reason_text_changed(self, text: str) -> None:
        if text.strip():
            self._fields["reason"].show_error("")
