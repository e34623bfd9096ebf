"""Add a participant to a centre's pool: code, profile, consent (date, version, what may be
recorded) and contact details, which only the pool shows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.model.enums import AgeBand, DigitalSkill, Segment
from testlab.services.participants import Contact, PoolEntry, add_participant
from testlab.services.setup.participants import ParticipantFields
from ui.common import labels, metrics
from ui.common.operations import FAILED, CoreCall


class ParticipantDialog(QDialog):
    """A new participant with consent; Save adds them or lists what is wrong."""

    added = Signal(object)  # PoolEntry

    def __init__(self, db: Database, centre_code: str, *, code: str, today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._centre = db, centre_code
        self.setWindowTitle(self.tr("Add a participant to {0}").format(centre_code))
        self.code = QLineEdit(code)
        self.age_band = self._choice([a.value for a in AgeBand])
        self.segment = self._choice([s.value for s in Segment])
        self.digital_skill = self._choice([d.value for d in DigitalSkill])
        self.existing_customer = QCheckBox(self.tr("Existing customer"))
        self.existing_customer.setChecked(True)
        self.consent_date = QDateEdit(QDate(today.year, today.month, today.day))
        self.consent_date.setDisplayFormat("yyyy-MM-dd")
        self.consent_date.setCalendarPopup(True)
        self.consent_version = QLineEdit()
        self.audio = QCheckBox(self.tr("Audio"))
        self.video = QCheckBox(self.tr("Video"))
        self.screen = QCheckBox(self.tr("Screen"))
        self.full_name = QLineEdit()
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.problem = QLabel(objectName="fieldError", wordWrap=True)
        self.problem.setAccessibleName(self.tr("Why the participant was not added"))
        self.problem.hide()
        form = QFormLayout()
        for text, field, name in (
                (self.tr("Code:"), self.code, self.tr("Participant code")),
                (self.tr("Age band:"), self.age_band, self.tr("Age band")),
                (self.tr("Segment:"), self.segment, self.tr("Customer segment")),
                (self.tr("Digital skill:"), self.digital_skill, self.tr("Digital skill")),
                ("", self.existing_customer, self.tr("Existing customer")),
                (self.tr("Consent date:"), self.consent_date, self.tr("Consent date")),
                (self.tr("Consent version:"), self.consent_version, self.tr("Consent version")),
                (self.tr("May record:"), self.audio, self.tr("Consent to record audio")),
                ("", self.video, self.tr("Consent to record video")),
                ("", self.screen, self.tr("Consent to record the screen")),
                (self.tr("Name:"), self.full_name, self.tr("Contact name")),
                (self.tr("Phone:"), self.phone, self.tr("Contact phone")),
                (self.tr("E-mail:"), self.email, self.tr("Contact e-mail"))):
            field.setAccessibleName(name)
            label = QLabel(text)
            if text:
                label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = metrics.pane(QVBoxLayout(self))
        layout.addWidget(QLabel(self.tr("Contact details are shown only in the pool, and can "
                                        "be erased on request."), objectName="hint",
                                wordWrap=True))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _choice(self, values: list[str]) -> QComboBox:
        box = QComboBox()
        box.addItem(self.tr("(not known)"), None)
        for value in values:
            box.addItem(labels.value(value), value)
        return box

    def fields(self) -> tuple[ParticipantFields, Contact | None]:
        day = self.consent_date.date()
        name = self.full_name.text().strip()
        contact = Contact(name, self.phone.text().strip() or None,
                          self.email.text().strip() or None) if name or self.phone.text() \
            or self.email.text() else None
        return ParticipantFields(
            code=self.code.text().strip().upper(), centre_code=self._centre,
            age_band=self.age_band.currentData(), segment=self.segment.currentData(),
            digital_skill=self.digital_skill.currentData(),
            existing_customer=self.existing_customer.isChecked(),
            consent_date=date(day.year(), day.month(), day.day()),
            consent_version=self.consent_version.text().strip() or None,
            consent_audio=self.audio.isChecked(), consent_video=self.video.isChecked(),
            consent_screen=self.screen.isChecked()), contact

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def save(self) -> None:
        fields, contact = self.fields()
        entry = CoreCall(self, lambda: add_participant(self._db, fields, contact)) \
            .inline(self._show_problem).run()
        if entry is not FAILED:
            assert isinstance(entry, PoolEntry)
            self.added.emit(entry)
            self.accept()
