"""Setup → Studies: a study of a stage (design, centres with planned samples) and its tasks.

Tasks are added, edited, reordered, or copied from a study of an earlier stage of
the same product (keys kept, so the stages compare task by task).  Changing the
wording of a task with recorded attempts asks first (``ask_wording_change``).
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import InvalidField, InvalidInput, NeedsConfirmation
from testlab.services.setup import studies as svc
from testlab.services.setup import tasks as task_svc
from testlab.services.setup.lists import SetupLists, StudyEntry
from ui.common import labels, shortcuts
from ui.common.i18n import translate
from ui.common.operations import CoreCall
from ui.common.table_model import Column
from ui.setup.setup_page import SetupPage, add_field, find_data, key_button, moved

TEXT_HEIGHT = 60
CENTRE_LINES = 7
MAX_SAMPLE = 10_000
MAX_TARGET_SECONDS = 24 * 3600


def ask_wording_change(parent: QWidget, message: str) -> bool:
    """Ask before changing the wording of a task with recorded attempts (tests replace this)."""
    answer = QMessageBox.question(
        parent, translate("StudiesPage", "Change the wording?"),
        message + "\n\n" + translate("StudiesPage", "Change it anyway?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StudiesPage(SetupPage[StudyEntry]):
    """Design studies and their tasks."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__((
            Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda e: e.product_name, optional=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Stage"), lambda e: e.stage_name),
            Column(QT_TRANSLATE_NOOP("Columns", "Study"), lambda e: e.study.title, stretch=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda e: labels.STUDY_STATUSES[e.study.status], width=9,
                   optional=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Tasks"), lambda e: str(len(e.tasks)), numeric=True, width=6, optional=True),
        ), self.tr("Studies"), parent)
        self._db = db
        f, e = self.form, self.errors
        self.stage = add_field(f, e, self.tr("Product and s&tage"), QComboBox(), "stage")
        self.stage.setPlaceholderText(self.tr("No stage yet: add a product and its stages first"))
        self.title = add_field(f, e, self.tr("&Title"), QLineEdit(), "title")
        self.objectives = add_field(f, e, self.tr("&Objectives"), QPlainTextEdit(), "objectives")
        self.method = add_field(f, e, self.tr("&Method"), QComboBox(), "method")
        for method, text in labels.STUDY_METHODS.items():
            self.method.addItem(labels.word(text), method)
        self.starts = add_field(f, e, self.tr("&Starts on"), QDateEdit(), "starts_on")
        self.ends = add_field(f, e, self.tr("&Ends on"), QDateEdit(), "ends_on")
        for edit in (self.starts, self.ends):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.status = add_field(f, e, self.tr("Stat&us"), QComboBox(), "status")
        for status, text in labels.STUDY_STATUSES.items():
            self.status.addItem(labels.word(text), status)
        self.centres = add_field(f, e, self.tr("&Centres taking part"), QTableWidget(0, 2),
                                 "centres", "planned_sample")
        self.centres.setHorizontalHeaderLabels([self.tr("Centre"), self.tr("Planned sample")])
        header = self.centres.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.centres.verticalHeader().setVisible(False)
        self.centres.setMinimumHeight(self.centres.fontMetrics().height() * CENTRE_LINES)
        self.centres.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tasks.
        self.tasks = add_field(f, e, self.tr("Tas&ks, in order"), QListWidget(), "tasks")
        self.tasks.setMinimumHeight(100)
        self.tasks.currentItemChanged.connect(self._on_tasks_current_item_changed)
        self.task_key = add_field(f, e, self.tr("Task ke&y"), QLineEdit(), "key")
        self.task_key.setPlaceholderText("pay-bill")
        self.task_title = add_field(f, e, self.tr("Task tit&le"), QLineEdit(), "task_title")
        self.scenario = add_field(f, e, self.tr("Sce&nario"), QPlainTextEdit(), "scenario")
        self.criteria = add_field(f, e, self.tr("Success c&riteria"), QPlainTextEdit(),
                                  "success_criteria")
        for box in (self.objectives, self.scenario, self.criteria):
            box.setTabChangesFocus(True)
            box.setFixedHeight(TEXT_HEIGHT)
        self.target = add_field(f, e, self.tr("Tar&get time"), QSpinBox(), "target_seconds")
        self.target.setRange(0, MAX_TARGET_SECONDS)
        self.target.setSuffix(self.tr(" s"))
        self.target.setSpecialValueText(self.tr("none"))
        copy_row = QWidget()
        copy_line = QHBoxLayout(copy_row)
        copy_line.setContentsMargins(0, 0, 0, 0)
        self.copy_from = QComboBox()
        self.copy_from.setAccessibleName(self.tr("Copy the tasks of"))
        self.copy_button = QPushButton(self.tr("Co&py its tasks"))
        self.copy_button.setAccessibleName(self.tr("Copy its tasks"))
        self.copy_button.clicked.connect(self.copy_tasks)
        copy_line.addWidget(self.copy_from, 1)
        copy_line.addWidget(self.copy_button)
        add_field(f, e, self.tr("Copy tasks &from"), copy_row, "from_study")
        self.copy_from.setAccessibleName(self.tr("Copy tasks from"))
        copy_row.setFocusProxy(self.copy_from)
        self.add_task_button = key_button(self.tr("Add task"), shortcuts.SETUP_ADD_ITEM, self,
                                          self.add_task)
        self.save_task_button = QPushButton(self.tr("Save t&ask"))
        self.save_task_button.setAccessibleName(self.tr("Save task"))
        self.save_task_button.clicked.connect(lambda: self.save_task())
        self.up_button = key_button(self.tr("Up"), shortcuts.SETUP_MOVE_UP, self,
                                    lambda: self.move_task(-1))
        self.down_button = key_button(self.tr("Down"), shortcuts.SETUP_MOVE_DOWN, self,
                                      lambda: self.move_task(1))
        for button in (self.add_task_button, self.save_task_button, self.up_button,
                       self.down_button):
            self.add_item_button(button)

    # -- lists ---------------------------------------------------------------------------
    def rows(self, lists: SetupLists) -> tuple[StudyEntry, ...]:
        return lists.studies

    def row_id(self, row: object) -> uuid.UUID:
        if isinstance(row, StudyEntry):
            return row.study.id
        return row.id  # type: ignore[attr-defined, no-any-return]

    def fill_choices(self, lists: SetupLists) -> None:
        chosen = self.stage.currentData()
        self.stage.clear()
        for product in lists.products:
            for stage in product.stages:
                self.stage.addItem(f"{product.name} — {stage.name}", stage.id)
        self.stage.setCurrentIndex(max(0, find_data(self.stage, chosen)))
        self.centres.setRowCount(len(lists.centres))
        for line, centre in enumerate(lists.centres):
            item = QTableWidgetItem(f"{centre.code} — {centre.name}")
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                          | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, centre.id)
            self.centres.setItem(line, 0, item)
            sample = QSpinBox()
            sample.setRange(0, MAX_SAMPLE)
            sample.setAccessibleName(self.tr("Planned sample at %s") % centre.code)
            self.centres.setCellWidget(line, 1, sample)

    def _centre(self, line: int) -> QTableWidgetItem:
        item = self.centres.item(line, 0)
        assert item is not None
        return item

    def _sample(self, line: int) -> QSpinBox:
        widget = self.centres.cellWidget(line, 1)
        assert isinstance(widget, QSpinBox)
        return widget

    # -- the form ------------------------------------------------------------------------
    def clear_form(self) -> None:
        self.stage.setEnabled(True)
        self.title.clear()
        self.objectives.clear()
        self.method.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        today = QDate.currentDate()
        self.starts.setDate(today)
        self.ends.setDate(today.addDays(14))
        for line in range(self.centres.rowCount()):
            self._centre(line).setCheckState(Qt.CheckState.Unchecked)
            self._sample(line).setValue(0)
        self.tasks.clear()
        self.copy_from.clear()
        self._clear_task()
        self._task_buttons()

    def _clear_task(self) -> None:
        for edit in (self.task_key, self.task_title, self.scenario, self.criteria):
            edit.clear()
        self.target.setValue(0)

    def show_row(self, row: StudyEntry) -> None:
        study = row.study
        self.stage.setCurrentIndex(max(0, find_data(self.stage, study.stage_id)))
        self.stage.setEnabled(False)  # a study stays with its stage
        self.title.setText(study.title)
        self.objectives.setPlainText(study.objectives)
        self.method.setCurrentIndex(find_data(self.method, study.method))
        self.status.setCurrentIndex(find_data(self.status, study.status))
        self.starts.setDate(_qdate(study.starts_on))
        self.ends.setDate(_qdate(study.ends_on))
        planned = dict(study.centres)
        for line in range(self.centres.rowCount()):
            centre = self._centre(line)
            sample = planned.get(centre.data(Qt.ItemDataRole.UserRole))
            centre.setCheckState(Qt.CheckState.Checked if sample else Qt.CheckState.Unchecked)
            self._sample(line).setValue(sample or 0)
        chosen = self.chosen_task()
        self.tasks.clear()
        for task in row.tasks:
            item = QListWidgetItem(f"{task.position + 1}. {task.key} — {task.title}")
            item.setData(Qt.ItemDataRole.UserRole, task)
            self.tasks.addItem(item)
            if chosen is not None and chosen.id == task.id:
                self.tasks.setCurrentItem(item)
        if self.tasks.currentItem() is None:
            self._clear_task()
        self.copy_from.clear()
        for other in (self.lists.studies if self.lists else ()):
            if (other.product_id == row.product_id and other.stage_position < row.stage_position
                    and other.tasks):
                self.copy_from.addItem(f"{other.stage_name} — {other.study.title} "
                                       f"({len(other.tasks)})", other.study.id)
        self._task_buttons()

    def chosen_task(self) -> task_svc.TaskRecord | None:
        item = self.tasks.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)  # type: ignore[no-any-return]

    def _task_buttons(self) -> None:
        self.add_task_button.setEnabled(self.current is not None)
        self.copy_button.setEnabled(self.copy_from.count() > 0)
        for button in (self.save_task_button, self.up_button, self.down_button):
            button.setEnabled(self.tasks.currentItem() is not None)

    def _on_tasks_current_item_changed(self, item: QListWidgetItem | None,
                                       _old: QListWidgetItem | None) -> None:
        if item is not None:
            task: task_svc.TaskRecord = item.data(Qt.ItemDataRole.UserRole)
            self.task_key.setText(task.key)
            self.task_title.setText(task.title)
            self.scenario.setPlainText(task.scenario)
            self.criteria.setPlainText(task.success_criteria)
            self.target.setValue(round(task.target_seconds or 0))
        self._task_buttons()

    def planned(self) -> dict[uuid.UUID, int]:
        """Centre id -> planned sample of the ticked centres (a 0 is refused by the service)."""
        found = {}
        for line in range(self.centres.rowCount()):
            item = self._centre(line)
            if item.checkState() == Qt.CheckState.Checked:
                found[item.data(Qt.ItemDataRole.UserRole)] = self._sample(line).value()
        return found

    def fields(self) -> svc.StudyFields:
        return svc.StudyFields(self.title.text(), self.method.currentData(),
                               _date(self.starts.date()), _date(self.ends.date()),
                               self.objectives.toPlainText(), self.status.currentData())

    def task_fields(self) -> task_svc.TaskFields:
        return task_svc.TaskFields(self.task_key.text(), self.task_title.text(),
                                   self.scenario.toPlainText(), self.criteria.toPlainText(),
                                   float(self.target.value()) if self.target.value() else None)

    # -- saving --------------------------------------------------------------------------
    def save(self) -> None:
        db, current, fields, planned = self._db, self.current, self.fields(), self.planned()
        stage_id = self.stage.currentData()

        def call() -> svc.StudyRecord:
            if current is None:
                if stage_id is None:
                    raise InvalidField("stage", self.tr(
                        "stage: add a product and a stage first (Products and stages)."))
                return svc.create_study(db, stage_id=stage_id, fields=fields, centres=planned)
            return svc.edit_study(db, study_id=current.study.id, fields=fields,
                                  centres=planned)

        CoreCall(self, call).success(self.done).failure(self.refused, InvalidInput).run()

    def add_task(self) -> None:
        if self.current is None:
            return
        db, study_id, fields = self._db, self.current.study.id, self.task_fields()
        CoreCall(self, lambda: task_svc.add_task(db, study_id=study_id, fields=fields)) \
            .success(self._on_task_saved).failure(self._task_refused, InvalidInput).run()

    def save_task(self, confirm_wording: bool = False) -> None:
        task = self.chosen_task()
        if task is None:
            return
        db, fields = self._db, self.task_fields()
        CoreCall(self, lambda: task_svc.edit_task(db, task_id=task.id, fields=fields,
                                                  confirm_wording=confirm_wording)) \
            .success(self._on_task_saved) \
            .failure(self._on_wording_change, NeedsConfirmation) \
            .failure(self._task_refused, InvalidInput).run()

    def _on_wording_change(self, error: NeedsConfirmation) -> None:
        if ask_wording_change(self, error.message):
            self.save_task(confirm_wording=True)

    def move_task(self, step: int) -> None:
        task = self.chosen_task()
        if self.current is None or task is None:
            return
        order = moved([t.id for t in self.current.tasks], task.id, step)
        if order is None:
            return
        db, study_id = self._db, self.current.study.id
        CoreCall(self, lambda: task_svc.reorder_tasks(db, study_id=study_id, order=order)) \
            .success(self._on_task_saved).failure(self._task_refused, InvalidInput).run()

    def copy_tasks(self) -> None:
        source = self.copy_from.currentData()
        if self.current is None or source is None:
            return
        db, target = self._db, self.current.study.id
        CoreCall(self, lambda: task_svc.copy_tasks(db, from_study_id=source,
                                                   to_study_id=target)) \
            .success(self._on_task_saved).failure(self._task_refused, InvalidInput).run()

    def _task_refused(self, error: InvalidInput) -> None:
        if isinstance(error, InvalidField) and error.field == "title":
            error = InvalidField("task_title", error.message)
        self.refused(error)

    def _on_task_saved(self, _result: object) -> None:
        self.errors.clear()
        self.saved.emit(self.current)
