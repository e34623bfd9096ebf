"""Setup → Staff: name, e-mail, roles, home centre; someone who leaves is deactivated, never deleted."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.model.enums import Role
from testlab.services.setup import staff as svc
from testlab.services.setup.lists import SetupLists
from ui.common.operations import CoreCall
from ui.common.table_model import Column
from ui.setup.setup_page import SetupPage, add_field, fill_chooser, find_data

ROLES = {
    Role.FACILITATOR: QT_TRANSLATE_NOOP("StaffPage", "Facilitator"),
    Role.DESIGNER: QT_TRANSLATE_NOOP("StaffPage", "Designer"),
    Role.PRODUCT_OWNER: QT_TRANSLATE_NOOP("StaffPage", "Product owner"),
    Role.ADMIN: QT_TRANSLATE_NOOP("StaffPage", "Admin"),
}


def _roles(row: svc.StaffRecord) -> str:
    return ", ".join(QCoreApplication.translate("StaffPage", ROLES[role]) for role in row.roles)


class StaffPage(SetupPage[svc.StaffRecord]):
    """Create, edit, deactivate and reactivate members of staff."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__((
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda p: p.name, stretch=True),
            Column(QT_TRANSLATE_NOOP("Columns", "E-mail"), lambda p: p.email),
            Column(QT_TRANSLATE_NOOP("Columns", "Roles"), _roles, optional=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Active"), lambda p: "yes" if p.active else "no — left", width=8),
        ), self.tr("Staff"), parent)
        self._db = db
        self.name = add_field(self.form, self.errors, self.tr("&Name"), QLineEdit(), "name")
        self.email = add_field(self.form, self.errors, self.tr("&E-mail"), QLineEdit(), "email")
        roles = QWidget()
        row = QHBoxLayout(roles)
        row.setContentsMargins(0, 0, 0, 0)
        self.roles: dict[Role, QCheckBox] = {}
        for role, text in ROLES.items():
            box = QCheckBox(self.tr(text))
            self.roles[role] = box
            row.addWidget(box)
        add_field(self.form, self.errors, self.tr("Roles"), roles, "roles")
        self.home = add_field(self.form, self.errors, self.tr("&Home centre"), QComboBox(),
                              "home_centre")
        self.active_button = QPushButton(self.tr("&Deactivate"))
        self.active_button.setAccessibleName(self.tr("Deactivate or reactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.buttons.addWidget(self.active_button)

    def rows(self, lists: SetupLists) -> tuple[svc.StaffRecord, ...]:
        return lists.staff

    def fill_choices(self, lists: SetupLists) -> None:
        fill_chooser(self.home, self.tr("(none)"),
                     [(f"{centre.code} — {centre.name}", centre.id) for centre in lists.centres])

    def clear_form(self) -> None:
        self.name.clear()
        self.email.clear()
        for box in self.roles.values():
            box.setChecked(False)
        self.home.setCurrentIndex(0)
        self.active_button.setEnabled(False)
        self.active_button.setText(self.tr("&Deactivate"))

    def show_row(self, row: svc.StaffRecord) -> None:
        self.name.setText(row.name)
        self.email.setText(row.email)
        for role, box in self.roles.items():
            box.setChecked(role in row.roles)
        self.home.setCurrentIndex(max(0, find_data(self.home, row.home_centre_id)))
        self.active_button.setEnabled(True)
        self.active_button.setText(self.tr("&Deactivate") if row.active
                                   else self.tr("Re&activate"))

    def fields(self) -> svc.StaffFields:
        return svc.StaffFields(self.name.text(), self.email.text(),
                               frozenset(r for r, box in self.roles.items() if box.isChecked()),
                               self.home.currentData())

    def save(self) -> None:
        db, current, fields = self._db, self.current, self.fields()

        def call() -> svc.StaffRecord:
            if current is None:
                return svc.create_staff(db, fields=fields)
            return svc.edit_staff(db, staff_id=current.id, fields=fields)

        CoreCall(self, call).success(self.done).failure(self.refused, InvalidInput).run()

    def toggle_active(self) -> None:
        if self.current is None:
            return
        db, staff_id, active = self._db, self.current.id, not self.current.active
        CoreCall(self, lambda: svc.set_staff_active(db, staff_id=staff_id, active=active)) \
            .success(self.done).failure(self.refused, InvalidInput).run()
