"""Setup → Products: name, description, owner (from staff), and the ordered stages."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import InvalidField, InvalidInput
from testlab.services.setup import products as svc
from testlab.services.setup.lists import SetupLists
from ui.common import labels, shortcuts
from ui.common.operations import CoreCall
from ui.common.table_model import Column
from ui.setup.setup_page import SetupPage, add_field, fill_chooser, find_data, key_button, moved


class ProductsPage(SetupPage[svc.ProductRecord]):
    """Create and edit products; add, rename and reorder their stages."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__((
            Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda p: p.name, stretch=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Stages"), lambda p: str(len(p.stages)), numeric=True, width=7),
        ), self.tr("Products"), parent)
        self._db = db
        self.name = add_field(self.form, self.errors, self.tr("&Name"), QLineEdit(), "name")
        self.description = add_field(self.form, self.errors, self.tr("Desc&ription"),
                                     QLineEdit(), "description")
        self.owner = add_field(self.form, self.errors, self.tr("&Owner"), QComboBox(), "owner")
        self.stages = add_field(self.form, self.errors, self.tr("S&tages, in order"),
                                QListWidget(), "stages")
        self.stages.setMaximumHeight(120)
        self.stages.currentItemChanged.connect(self._on_stages_current_item_changed)
        self.stage_name = add_field(self.form, self.errors, self.tr("Stage na&me"), QLineEdit(),
                                    "stage_name")
        self.stage_kind = add_field(self.form, self.errors, self.tr("Stage &kind"), QComboBox(),
                                    "kind")
        for kind, text in labels.STAGE_KINDS.items():
            self.stage_kind.addItem(labels.word(text), kind)
        self.add_stage_button = key_button(self.tr("Add stage"), shortcuts.SETUP_ADD_ITEM, self,
                                           self.add_stage)
        self.save_stage_button = QPushButton(self.tr("Rena&me stage"))
        self.save_stage_button.setAccessibleName(self.tr("Rename stage"))
        self.save_stage_button.clicked.connect(self.save_stage)
        self.up_button = key_button(self.tr("Up"), shortcuts.SETUP_MOVE_UP, self,
                                    lambda: self.move_stage(-1))
        self.down_button = key_button(self.tr("Down"), shortcuts.SETUP_MOVE_DOWN, self,
                                      lambda: self.move_stage(1))
        for button in (self.add_stage_button, self.save_stage_button, self.up_button,
                       self.down_button):
            self.add_item_button(button)

    def rows(self, lists: SetupLists) -> tuple[svc.ProductRecord, ...]:
        return lists.products

    def fill_choices(self, lists: SetupLists) -> None:
        fill_chooser(self.owner, self.tr("(none)"),
                     [(f"{person.name} <{person.email}>", person.id) for person in lists.staff])

    def clear_form(self) -> None:
        for edit in (self.name, self.description, self.stage_name):
            edit.clear()
        self.owner.setCurrentIndex(0)
        self.stages.clear()
        self._stage_buttons()

    def show_row(self, row: svc.ProductRecord) -> None:
        self.name.setText(row.name)
        self.description.setText(row.description)
        self.owner.setCurrentIndex(max(0, find_data(self.owner, row.owner_id)))
        chosen = self.chosen_stage()
        self.stages.clear()
        for stage in row.stages:
            item = QListWidgetItem(f"{stage.position + 1}. {stage.name} "
                                   f"({labels.STAGE_KINDS[stage.kind]})")
            item.setData(Qt.ItemDataRole.UserRole, stage)
            self.stages.addItem(item)
            if chosen is not None and stage.id == chosen.id:
                self.stages.setCurrentItem(item)
        self._stage_buttons()

    def chosen_stage(self) -> svc.StageRecord | None:
        item = self.stages.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)  # type: ignore[no-any-return]

    def _stage_buttons(self) -> None:
        self.add_stage_button.setEnabled(self.current is not None)
        for button in (self.save_stage_button, self.up_button, self.down_button):
            button.setEnabled(self.stages.currentItem() is not None)

    def _on_stages_current_item_changed(self, item: QListWidgetItem | None,
                                        _old: QListWidgetItem | None) -> None:
        if item is not None:
            stage: svc.StageRecord = item.data(Qt.ItemDataRole.UserRole)
            self.stage_name.setText(stage.name)
            self.stage_kind.setCurrentIndex(find_data(self.stage_kind, stage.kind))
        self._stage_buttons()

    def save(self) -> None:
        db, current = self._db, self.current
        fields = svc.ProductFields(self.name.text(), self.description.text(),
                                   self.owner.currentData())

        def call() -> svc.ProductRecord:
            if current is None:
                return svc.create_product(db, fields=fields)
            return svc.edit_product(db, product_id=current.id, fields=fields)

        CoreCall(self, call).success(self.done).failure(self.refused, InvalidInput).run()

    def add_stage(self) -> None:
        if self.current is None:
            return
        db, product_id = self._db, self.current.id
        name, kind = self.stage_name.text(), self.stage_kind.currentData()
        CoreCall(self, lambda: svc.add_stage(db, product_id=product_id, name=name, kind=kind)) \
            .success(self._on_stage_saved).failure(self._stage_refused, InvalidInput).run()

    def save_stage(self) -> None:
        stage = self.chosen_stage()
        if stage is None:
            return
        db, name, kind = self._db, self.stage_name.text(), self.stage_kind.currentData()
        CoreCall(self, lambda: svc.edit_stage(db, stage_id=stage.id, name=name, kind=kind)) \
            .success(self._on_stage_saved).failure(self._stage_refused, InvalidInput).run()

    def move_stage(self, step: int) -> None:
        stage = self.chosen_stage()
        if self.current is None or stage is None:
            return
        order = moved([s.id for s in self.current.stages], stage.id, step)
        if order is None:
            return
        db, product_id = self._db, self.current.id
        CoreCall(self, lambda: svc.reorder_stages(db, product_id=product_id, order=order)) \
            .success(self.done).failure(self._stage_refused, InvalidInput).run()

    def _stage_refused(self, error: InvalidInput) -> None:
        if isinstance(error, InvalidField) and error.field == "name":
            error = InvalidField("stage_name", error.message)
        self.refused(error)

    def _on_stage_saved(self, _stage: svc.StageRecord) -> None:
        self.errors.clear()
        self.saved.emit(self.current)



