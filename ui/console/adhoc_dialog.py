"""A walk-in participant: pick the study, describe the (pseudonymous) profile, the consent
scope and the test conditions; the session is created and opens at check-in."""

from __future__ import annotations

import uuid
from enum import StrEnum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from testlab import model as m
from testlab.db.database import Database
from testlab.services import sessions as svc
from testlab.services.sessions import SessionRow
from ui.common import labels
from ui.common.operations import FAILED, CoreCall
from ui.console.wording import study_label


def _enum_combo(enum_class: type[StrEnum]) -> QComboBox:
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("AdhocSessionDialog", "not given"), None)
    for member in enum_class:
        combo.addItem(labels.value(member), member)
    return combo


class AdhocSessionDialog(QDialog):
    """Creates the session on OK; ``created`` holds it afterwards."""

    def __init__(self, db: Database, centre_code: str, facilitator_id: uuid.UUID | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Walk-in session at %1").replace("%1", centre_code))
        # No dated tick/cross icons on OK and Cancel beside the console's flat buttons.
        self.setStyleSheet("QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }")
        self._db, self._centre_code, self._facilitator_id = db, centre_code, facilitator_id
        self.created: SessionRow | None = None
        self.study = QComboBox()
        for choice in svc.studies_for_centre(db, centre_code):
            self.study.addItem(study_label(choice.product_name, choice.stage_name, choice.title),
                               choice.id)
        self.age_band = _enum_combo(m.AgeBand)
        self.segment = _enum_combo(m.Segment)
        self.digital_skill = _enum_combo(m.DigitalSkill)
        self.existing_customer = QCheckBox(self.tr("Existing customer"), checked=True)
        self.consent_version = QLineEdit(placeholderText=self.tr("e.g. v3"))
        self.consent_audio = QCheckBox(self.tr("Audio"))
        self.consent_video = QCheckBox(self.tr("Video"))
        self.consent_screen = QCheckBox(self.tr("Screen"))
        scope = QHBoxLayout()
        for box in (self.consent_audio, self.consent_video, self.consent_screen):
            box.setAccessibleName(self.tr("May be recorded: %1").replace("%1", box.text()))
            scope.addWidget(box)
        self.device_kind = _enum_combo(m.DeviceKind)
        self.device_model = QLineEdit()
        self.device_os = QLineEdit()
        self.network = _enum_combo(m.Network)
        self.setting = _enum_combo(m.Setting)
        form = QFormLayout()
        # addRow(text, field) makes each label its field's buddy; Alt+letter reaches it.
        for text, field in (
                (self.tr("S&tudy"), self.study), (self.tr("&Age band"), self.age_band),
                (self.tr("Se&gment"), self.segment),
                (self.tr("&Digital skill"), self.digital_skill)):
            form.addRow(text, field)
            field.setAccessibleName(text.replace("&", ""))
        form.addRow("", self.existing_customer)
        form.addRow(self.tr("&Consent form"), self.consent_version)
        self.consent_version.setAccessibleName(self.tr("Consent form version"))
        form.addRow(self.tr("May be recorded"), scope)
        for text, field in (
                (self.tr("D&evice"), self.device_kind), (self.tr("&Model"), self.device_model),
                (self.tr("&Operating system"), self.device_os),
                (self.tr("&Network"), self.network), (self.tr("Sett&ing"), self.setting)):
            form.addRow(text, field)
            field.setAccessibleName(text.replace("&", ""))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Create and check in…"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A new pseudonymous code is given; no name is asked "
                                        "here.")))
        layout.addLayout(form)
        if self.study.count() == 0:
            layout.addWidget(QLabel(self.tr("No open study takes part at %1.").replace(
                "%1", centre_code), objectName="inline"))
            self._ok.setEnabled(False)
        layout.addWidget(buttons)

    def participant(self) -> svc.NewParticipant:
        """The profile and consent scope as entered."""
        return svc.NewParticipant(
            age_band=self.age_band.currentData(), segment=self.segment.currentData(),
            digital_skill=self.digital_skill.currentData(),
            existing_customer=self.existing_customer.isChecked(),
            consent_version=self.consent_version.text().strip() or None,
            consent_audio=self.consent_audio.isChecked(),
            consent_video=self.consent_video.isChecked(),
            consent_screen=self.consent_screen.isChecked())

    def conditions(self) -> svc.Conditions:
        """The test conditions as entered."""
        return svc.Conditions(
            device_kind=self.device_kind.currentData(),
            device_model=self.device_model.text().strip() or None,
            device_os=self.device_os.text().strip() or None,
            network=self.network.currentData(), setting=self.setting.currentData())

    def accept(self) -> None:
        """Create the participant and the session; stay open on a refusal."""
        db, study_id, centre = self._db, self.study.currentData(), self._centre_code
        participant, conditions = self.participant(), self.conditions()
        created = CoreCall(self, lambda: svc.create_adhoc_session(
            db, study_id, centre_code=centre, participant=participant,
            facilitator_id=self._facilitator_id, conditions=conditions)).run()
        if created is FAILED:
            return
        self.created = created
        super().accept()
