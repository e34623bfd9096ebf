"""Settings → This lab PC…: the centre this PC stands in, who is using it, its name, and the
language of the window on it.

The centre decides which sessions Today's sessions lists; the member of staff
signs check-ins and corrections; the workstation name is what holds a session
open on this PC (and what a crashed session is found by at the next start).  The language
takes effect when TestLab restarts (ui.common.i18n installs it before any widget).
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.model import Role
from testlab.services import network
from ui.common import i18n, metrics
from ui.common.operations import FAILED, CoreCall
from ui.settings.lab_settings import LabSettings, LabSettingsStore, default_workstation

_ROLE_NAMES = {
    Role.FACILITATOR: QT_TRANSLATE_NOOP("LabSettingsDialog", "facilitator"),
    Role.DESIGNER: QT_TRANSLATE_NOOP("LabSettingsDialog", "designer"),
    Role.PRODUCT_OWNER: QT_TRANSLATE_NOOP("LabSettingsDialog", "product owner"),
    Role.ADMIN: QT_TRANSLATE_NOOP("LabSettingsDialog", "admin"),
}
#: The staff list's first item, in English (shown translated: ``self.tr(NO_STAFF)``).
NO_STAFF = QT_TRANSLATE_NOOP("LabSettingsDialog", "Nobody chosen")
#: The Language choices as offered, each in its own language but the system's.
_LANGUAGE_NAMES = {
    i18n.SYSTEM: QT_TRANSLATE_NOOP("LabSettingsDialog", "This PC's language"),
    i18n.ENGLISH: "English",
    i18n.FRENCH: "Français",
}


class LabSettingsDialog(QDialog):
    """Chooses the centre, the member of staff of that centre, and the workstation name."""

    def __init__(self, db: Database, current: LabSettings, parent: QWidget | None = None,
                 *, language: str = i18n.SYSTEM) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("This lab PC"))
        self.setMinimumWidth(460)
        self._db = db
        self._wanted_staff = current.staff_id
        self.centre = QComboBox()
        self.centre.addItem(self.tr("Not set"), None)
        for row in network.list_centres(db):
            self.centre.addItem(f"{row.code} · {row.name}, {row.city}", row.code)
        self.staff = QComboBox()
        self.workstation = QLineEdit(current.workstation)
        self.workstation.setPlaceholderText(default_workstation())
        self.workstation.setMaxLength(200)
        self.message = QLabel(objectName="hint", wordWrap=True)
        self._stored_language = language
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the window"))
        for choice in i18n.CHOICES:
            name = _LANGUAGE_NAMES[choice]
            self.language.addItem(self.tr(name) if choice == i18n.SYSTEM else name, choice)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        self.language_note = QLabel(self.tr("The language takes effect when TestLab restarts."),
                                    objectName="hint", wordWrap=True)
        self.language_note.setVisible(False)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Centre:"), self.centre)
        form.addRow(self.tr("&Staff at this PC:"), self.staff)
        form.addRow(self.tr("&Workstation name:"), self.workstation)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", self.language_note)
        note = QLabel(self.tr("The centre decides which sessions are listed under Sessions. "
                              "Check-ins and corrections are signed by the member of staff. A "
                              "session being recorded is held by the workstation name; one "
                              "left open by a crash is offered again at the next start."),
                      objectName="hint", wordWrap=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        metrics.page(layout)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        index = self.centre.findData(current.centre_code) if current.centre_code else 0
        if index < 0:
            self.message.setText(self.tr("The centre {0} set before is not in this database; "
                                         "choose this PC's centre.").format(current.centre_code))
            index = 0
        self.centre.setCurrentIndex(index)
        self._fill_staff()
        self.centre.currentIndexChanged.connect(self._on_centre_current_index_changed)
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)

    def _fill_staff(self) -> None:
        code = self.centre.currentData()
        wanted = self.staff.currentData() or self._wanted_staff
        self.staff.clear()
        self.staff.addItem(self.tr(NO_STAFF), None)
        found = CoreCall(self, lambda: network.list_staff(self._db, code) if code else []).run()
        people = [] if found is FAILED else found
        for person in people:
            roles = ", ".join(self.tr(_ROLE_NAMES[role]) if role in _ROLE_NAMES else str(role)
                              for role in person.roles)
            # Ids as text: QComboBox.findData cannot match Python UUID objects.
            self.staff.addItem(f"{person.name} ({roles})" if roles else person.name,
                               str(person.id))
        self.staff.setEnabled(bool(code))
        index = self.staff.findData(str(wanted)) if wanted else 0
        self.staff.setCurrentIndex(max(index, 0))

    def lab_settings(self) -> LabSettings:
        """The settings as chosen in the dialog."""
        staff = self.staff.currentData()
        return LabSettings(
            centre_code=self.centre.currentData(),
            staff_id=uuid.UUID(staff) if staff else None,
            workstation=self.workstation.text().strip() or default_workstation(),
        )

    def language_choice(self) -> str:
        """The language as chosen: "system", "en" or "fr"."""
        return str(self.language.currentData())

    def _on_centre_current_index_changed(self, _index: int) -> None:
        self._fill_staff()

    def _on_language_current_index_changed(self, _index: int) -> None:
        self.language_note.setVisible(self.language_choice() != self._stored_language)


def edit_lab_settings(parent: QWidget | None, db: Database, store: LabSettingsStore) -> bool:
    """Show the dialog on the stored settings; save them on OK.  True if saved."""
    dialog = CoreCall(parent, lambda: LabSettingsDialog(
        db, store.current(), parent, language=store.language())).run()
    if dialog is FAILED:
        return False
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    store.save_language(dialog.language_choice())
    store.save(dialog.lab_settings())
    return True
