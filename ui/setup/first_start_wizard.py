"""Set up your network: the guided first start on an empty database.

Five short pages — the first centre and its room, this PC, you as staff, a first
product and stage, a first study and its tasks — each saved through the setup
services when the user moves on (Next), so a refusal shows on the page that
caused it, under the field it names, and the user stays there.  Going back and on
again edits what was saved.  It ends with a planned study that this PC's centre
takes part in: the Sessions section can start a walk-in session of it at once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from testlab.db.database import Database
from testlab.errors import InvalidField, InvalidInput
from testlab.model.enums import Role, StageKind, StudyStatus
from testlab.services.setup import centres, products, staff, studies, tasks
from ui.common import labels
from ui.common.operations import FAILED, CoreCall
from ui.settings.lab_settings import LabSettings, LabSettingsStore, default_workstation
from ui.setup.centres_page import ZoneChooser
from ui.setup.setup_page import FieldErrors, add_field, error_line

STUDY_DAYS = 14
DEFAULT_SAMPLE = 8
EXAMPLE_TASKS = "pay-bill | Pay your latest bill | 120\ntop-up | Top up 10 € of credit | 90"


class _Page(QWizardPage):
    """A page with a form and the error lines of its fields."""

    def __init__(self, title: str, intro: str) -> None:
        super().__init__()
        self.save: Callable[[], bool] = lambda: True
        self.setTitle(title)
        self.general = error_line()
        self.errors = FieldErrors(self.general)
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        layout.addWidget(self.general)

    def validatePage(self) -> bool:  # Next or Finish: saved, or stay here
        return self.save()

    def refused(self, error: Any) -> None:
        if isinstance(error, InvalidField):
            self.errors.show(error)
        else:
            self.errors.message(error.message)

    def call(self, work: Any, rename: dict[str, str] | None = None) -> Any:
        """Run a service call here and now; a refusal shows on this page (returns FAILED)."""
        def refused(error: InvalidInput) -> None:
            if isinstance(error, InvalidField) and rename and error.field in rename:
                error = InvalidField(rename[error.field], error.message)
            self.refused(error)

        self.errors.clear()
        return CoreCall(self, work).failure(refused, InvalidInput).run()


class FirstStartWizard(QWizard):
    """The guided path from an empty database to a study this PC can run."""

    network_set_up = Signal(object)  # the id of the study it ended with

    def __init__(self, db: Database, lab: LabSettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set up your network"))
        self.setAccessibleName(self.tr("Set up your network"))
        self._db, self._lab = db, lab
        self.centre_id: uuid.UUID | None = None
        self.room_id: uuid.UUID | None = None
        self.staff_id: uuid.UUID | None = None
        self.product_id: uuid.UUID | None = None
        self.stage_id: uuid.UUID | None = None
        self.study_id: uuid.UUID | None = None
        self.task_ids: dict[str, uuid.UUID] = {}
        self.centre_page = self._centre_page()
        self.pc_page = self._pc_page()
        self.you_page = self._you_page()
        self.product_page = self._product_page()
        self.study_page = self._study_page()
        for page in (self.centre_page, self.pc_page, self.you_page, self.product_page,
                     self.study_page):
            self.addPage(page)
        self.finished.connect(self._on_finished)

    # -- the pages -----------------------------------------------------------------------
    def _centre_page(self) -> _Page:
        page = _Page(self.tr("Your centre and its first room"), self.tr(
            "The test centre this PC is in. More centres and rooms: Setup section."))
        f, e = page.form, page.errors
        self.code = add_field(f, e, self.tr("&Code (3 letters)"), QLineEdit(), "code")
        self.centre_name = add_field(f, e, self.tr("&Name"), QLineEdit(), "name")
        self.city = add_field(f, e, self.tr("C&ity"), QLineEdit(), "city")
        self.country = add_field(f, e, self.tr("Co&untry (ISO)"), QLineEdit(), "country")
        self.zone = add_field(f, e, self.tr("&Time zone"), ZoneChooser(), "time_zone")
        self.room_name = add_field(f, e, self.tr("&Room"), QLineEdit(self.tr("Lab 1")),
                                   "room_name")
        self.room_kind = add_field(f, e, self.tr("Room &kind"), QComboBox(), "kind")
        for kind, text in labels.ROOM_KINDS.items():
            self.room_kind.addItem(labels.word(text), kind)
        page.save = self._save_centre
        return page

    def _pc_page(self) -> _Page:
        page = _Page(self.tr("This PC"), self.tr(
            "The name this lab PC goes by in the sessions it records "
            "(Settings → This lab PC… changes it later)."))
        self.workstation = add_field(page.form, page.errors, self.tr("PC &name"),
                                     QLineEdit(default_workstation()), "workstation")
        page.save = self._check_pc
        return page

    def _you_page(self) -> _Page:
        page = _Page(self.tr("You"), self.tr(
            "You, as a member of staff of this centre: facilitator, designer, product "
            "owner and admin until others join."))
        self.you_name = add_field(page.form, page.errors, self.tr("Your &name"), QLineEdit(),
                                  "name")
        self.you_email = add_field(page.form, page.errors, self.tr("Your &e-mail"),
                                   QLineEdit(), "email")
        page.save = self._save_you
        return page

    def _product_page(self) -> _Page:
        page = _Page(self.tr("A first product and its stage"), self.tr(
            "The product you will test, and the design stage it is at."))
        f, e = page.form, page.errors
        self.product_name = add_field(f, e, self.tr("&Product"), QLineEdit(), "name")
        self.stage_name = add_field(f, e, self.tr("&Stage name"), QLineEdit(
            self.tr("Prototype 1")), "stage_name")
        self.stage_kind = add_field(f, e, self.tr("Stage &kind"), QComboBox(), "stage_kind")
        for kind, text in labels.STAGE_KINDS.items():
            self.stage_kind.addItem(labels.word(text), kind)
        self.stage_kind.setCurrentIndex(list(StageKind).index(StageKind.PROTOTYPE))
        page.save = self._save_product
        return page

    def _study_page(self) -> _Page:
        page = _Page(self.tr("A first study and its tasks"), self.tr(
            "One task per line: key | title | target time in seconds (optional)."))
        f, e = page.form, page.errors
        self.study_title = add_field(f, e, self.tr("Study &title"), QLineEdit(), "title")
        self.method = add_field(f, e, self.tr("&Method"), QComboBox(), "method")
        for method, text in labels.STUDY_METHODS.items():
            self.method.addItem(labels.word(text), method)
        self.sample = add_field(f, e, self.tr("Planned &sample here"), QSpinBox(),
                                "planned_sample", "centres")
        self.sample.setRange(1, 10_000)
        self.sample.setValue(DEFAULT_SAMPLE)
        self.task_lines = add_field(f, e, self.tr("Tas&ks"), QPlainTextEdit(EXAMPLE_TASKS),
                                    "tasks", "key", "task_title", "target_seconds")
        self.task_lines.setTabChangesFocus(True)
        page.save = self._save_study
        return page

    # -- saving, page by page ------------------------------------------------------------
    def _save_centre(self) -> bool:
        db, centre_id = self._db, self.centre_id
        fields = centres.CentreFields(self.code.text(), self.centre_name.text(), self.city.text(),
                                      self.country.text(), self.zone.zone())
        page = self.centre_page
        centre = page.call(lambda: centres.create_centre(db, fields=fields) if centre_id is None
                           else centres.edit_centre(db, centre_id=centre_id, fields=fields))
        if centre is FAILED:
            return False
        self.centre_id = centre.id
        room_id, name, kind = self.room_id, self.room_name.text(), self.room_kind.currentData()
        room = page.call(lambda: centres.add_room(db, centre_id=centre.id, name=name, kind=kind)
                         if room_id is None else
                         centres.edit_room(db, room_id=room_id, name=name, kind=kind),
                         {"name": "room_name"})
        if room is FAILED:
            return False
        self.room_id = room.id
        return True

    def _check_pc(self) -> bool:
        if not self.workstation.text().strip():
            self.pc_page.errors.show(InvalidField("workstation", self.tr(
                "PC name is empty; give the name this PC goes by.")))
            return False
        return True

    def _save_you(self) -> bool:
        db, staff_id = self._db, self.staff_id
        fields = staff.StaffFields(self.you_name.text(), self.you_email.text(), frozenset(Role),
                                   self.centre_id)
        person = self.you_page.call(
            lambda: staff.create_staff(db, fields=fields) if staff_id is None
            else staff.edit_staff(db, staff_id=staff_id, fields=fields))
        if person is FAILED:
            return False
        self.staff_id = person.id
        return True

    def _save_product(self) -> bool:
        db, product_id, stage_id = self._db, self.product_id, self.stage_id
        fields = products.ProductFields(self.product_name.text(), owner_id=self.staff_id)
        page = self.product_page
        product = page.call(lambda: products.create_product(db, fields=fields)
                            if product_id is None
                            else products.edit_product(db, product_id=product_id, fields=fields))
        if product is FAILED:
            return False
        self.product_id = product.id
        name, kind = self.stage_name.text(), self.stage_kind.currentData()
        stage = page.call(lambda: products.add_stage(db, product_id=product.id, name=name,
                                                     kind=kind) if stage_id is None
                          else products.edit_stage(db, stage_id=stage_id, name=name, kind=kind),
                          {"name": "stage_name", "kind": "stage_kind"})
        if stage is FAILED:
            return False
        self.stage_id = stage.id
        return True

    def task_fields(self) -> list[tasks.TaskFields]:
        """The task lines as the service takes them; a line that cannot be read is refused."""
        found = []
        for number, line in enumerate(self.task_lines.toPlainText().splitlines(), start=1):
            if not line.strip():
                continue
            parts = [part.strip() for part in line.split("|")]
            if len(parts) < 2 or len(parts) > 3:
                raise InvalidField("tasks", self.tr(
                    "tasks, line %d: write key | title | target seconds.") % number)
            target = None
            if len(parts) == 3 and parts[2]:
                try:
                    target = float(parts[2].replace(",", "."))
                except ValueError:
                    raise InvalidField("target_seconds", self.tr(
                        "tasks, line %d: target time '%s' is not a number of seconds.")
                        % (number, parts[2])) from None
            found.append(tasks.TaskFields(parts[0], parts[1], target_seconds=target))
        if not found:
            raise InvalidField("tasks", self.tr("tasks: give at least one task."))
        return found

    def _save_study(self) -> bool:
        db, study_id, stage_id = self._db, self.study_id, self.stage_id
        assert stage_id is not None and self.centre_id is not None
        page = self.study_page
        today = date.today()
        fields = studies.StudyFields(self.study_title.text(), self.method.currentData(), today,
                                     today + timedelta(days=STUDY_DAYS),
                                     status=StudyStatus.PLANNED)
        planned = {self.centre_id: self.sample.value()}
        study = page.call(lambda: studies.create_study(db, stage_id=stage_id, fields=fields,
                                                       centres=planned) if study_id is None
                          else studies.edit_study(db, study_id=study_id, fields=fields,
                                                  centres=planned))
        if study is FAILED:
            return False
        self.study_id = study.id
        wanted = page.call(self.task_fields)
        if wanted is FAILED:
            return False
        for fields_ in wanted:
            task_id = self.task_ids.get(fields_.key.strip())
            task = page.call(lambda f=fields_, t=task_id: tasks.add_task(
                db, study_id=study.id, fields=f) if t is None
                else tasks.edit_task(db, task_id=t, fields=f), {"title": "task_title"})
            if task is FAILED:
                return False
            self.task_ids[task.key] = task.id
        return True

    def _on_finished(self, result: int) -> None:
        if result != QWizard.DialogCode.Accepted or self.study_id is None:
            return
        code = self.code.text().strip().upper()
        self._lab.save(LabSettings(code, self.staff_id, self.workstation.text().strip()))
        self.network_set_up.emit(self.study_id)



