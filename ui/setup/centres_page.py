"""Setup → Centres: code, name, city, country, time zone, week of opening hours, closed days, rooms."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from functools import cache
from zoneinfo import ZoneInfo, available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QStringListModel, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QGridLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import InvalidField, InvalidInput
from testlab.services.setup import centres as svc
from testlab.services.setup.lists import SetupLists
from ui.common import labels, shortcuts
from ui.common.operations import CoreCall
from ui.common.table_model import Column
from ui.setup.setup_page import SetupPage, add_field, find_data, key_button

DAYS = (QT_TRANSLATE_NOOP("CentresPage", "Monday"), QT_TRANSLATE_NOOP("CentresPage", "Tuesday"),
        QT_TRANSLATE_NOOP("CentresPage", "Wednesday"), QT_TRANSLATE_NOOP("CentresPage", "Thursday"),
        QT_TRANSLATE_NOOP("CentresPage", "Friday"), QT_TRANSLATE_NOOP("CentresPage", "Saturday"),
        QT_TRANSLATE_NOOP("CentresPage", "Sunday"))
DEFAULT_OPENS, DEFAULT_CLOSES = QTime(9, 0), QTime(18, 0)


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone of this machine, sorted (the list is read once)."""
    return tuple(sorted(name for name in available_timezones() if "/" in name))


def zone_text(name: str, now: datetime | None = None) -> str:
    """A zone as the chooser shows it: ``Europe/Madrid (UTC+01:00)``, offset as of now."""
    offset = (now or datetime.now(ZoneInfo("UTC"))).astimezone(ZoneInfo(name)).strftime("%z")
    return f"{name} (UTC{offset[:3]}:{offset[3:]})"


class ZoneChooser(QComboBox):
    """A searchable list of time zones (type any part: "dakar", "+04"), each with its offset."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        now = datetime.now(ZoneInfo("UTC"))
        for name in zone_names():
            self.addItem(zone_text(name, now), name)
        completer = QCompleter(QStringListModel([self.itemText(i) for i in range(self.count())],
                                                self), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)

    def zone(self) -> str:
        """The chosen zone's name, or what was typed (the service refuses a wrong one)."""
        typed = self.currentText().strip()
        found = self.findText(typed)
        if found >= 0:
            return str(self.itemData(found))
        return typed.split(" (UTC", 1)[0]

    def set_zone(self, name: str) -> None:
        found = self.findData(name)
        if found >= 0:
            self.setCurrentIndex(found)
        else:
            self.setEditText(name)


class CentresPage(SetupPage[svc.CentreRecord]):
    """Create and edit centres and their rooms."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__((
            Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda c: c.code, width=5),
            Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda c: c.name, stretch=True),
            Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda c: c.city, optional=True),
            Column(QT_TRANSLATE_NOOP("Columns", "Time zone"), lambda c: c.time_zone, optional=True),
        ), self.tr("Centres"), parent)
        self._db = db
        self.code = add_field(self.form, self.errors, self.tr("&Code"), QLineEdit(), "code")
        self.name = add_field(self.form, self.errors, self.tr("&Name"), QLineEdit(), "name")
        self.city = add_field(self.form, self.errors, self.tr("C&ity"), QLineEdit(), "city")
        self.country = add_field(self.form, self.errors, self.tr("Co&untry (ISO)"), QLineEdit(),
                                 "country")
        self.zone = add_field(self.form, self.errors, self.tr("&Time zone"), ZoneChooser(),
                              "time_zone")
        self.code.setMaxLength(3)
        self.code.setPlaceholderText("MAD")
        self.country.setPlaceholderText("ES")
        week = QWidget()
        grid = QGridLayout(week)
        grid.setContentsMargins(0, 0, 0, 0)
        self.open_days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for number, day in enumerate(DAYS):
            box = QCheckBox(self.tr(day))
            opens, closes = QTimeEdit(DEFAULT_OPENS), QTimeEdit(DEFAULT_CLOSES)
            opens.setAccessibleName(self.tr("%s opens") % self.tr(day))
            closes.setAccessibleName(self.tr("%s closes") % self.tr(day))
            for edit in (opens, closes):
                edit.setDisplayFormat("HH:mm")
            grid.addWidget(box, number, 0)
            grid.addWidget(opens, number, 1)
            grid.addWidget(closes, number, 2)
            self.open_days.append((box, opens, closes))
        add_field(self.form, self.errors, self.tr("Opening &hours"), week, "hours")
        week.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.closed = add_field(self.form, self.errors, self.tr("Closed &days"), QLineEdit(),
                                "closed_days")
        self.closed.setPlaceholderText(self.tr("2026-12-25, 2027-01-01"))
        self.rooms = add_field(self.form, self.errors, self.tr("R&ooms"), QListWidget(), "room")
        self.rooms.setMaximumHeight(90)
        self.rooms.currentItemChanged.connect(self._on_rooms_current_item_changed)
        self.room_name = add_field(self.form, self.errors, self.tr("Room na&me"), QLineEdit(),
                                   "room_name")
        self.room_kind = add_field(self.form, self.errors, self.tr("Room &kind"), QComboBox(),
                                   "kind")
        for kind, text in labels.ROOM_KINDS.items():
            self.room_kind.addItem(labels.word(text), kind)
        self.add_room_button = key_button(self.tr("Add room"), shortcuts.SETUP_ADD_ITEM, self,
                                          self.add_room)
        self.save_room_button = QPushButton(self.tr("Sa&ve room"))
        self.save_room_button.setAccessibleName(self.tr("Save room"))
        self.save_room_button.clicked.connect(self.save_room)
        self.add_item_button(self.add_room_button)
        self.add_item_button(self.save_room_button)

    def rows(self, lists: SetupLists) -> tuple[svc.CentreRecord, ...]:
        return lists.centres

    def clear_form(self) -> None:
        for edit in (self.code, self.name, self.city, self.country, self.closed, self.room_name):
            edit.clear()
        self.zone.set_zone("Europe/Madrid")
        for box, opens, closes in self.open_days:
            box.setChecked(False)
            opens.setTime(DEFAULT_OPENS)
            closes.setTime(DEFAULT_CLOSES)
        self.rooms.clear()
        self._room_buttons()

    def show_row(self, row: svc.CentreRecord) -> None:
        self.code.setText(row.code)
        self.name.setText(row.name)
        self.city.setText(row.city)
        self.country.setText(row.country)
        self.zone.set_zone(row.time_zone)
        hours = {h.weekday: h for h in row.hours}
        for number, (box, opens, closes) in enumerate(self.open_days):
            day = hours.get(number)
            box.setChecked(day is not None)
            opens.setTime(QTime(day.opens.hour, day.opens.minute) if day else DEFAULT_OPENS)
            closes.setTime(QTime(day.closes.hour, day.closes.minute) if day else DEFAULT_CLOSES)
        self.closed.setText(", ".join(d.isoformat() for d in row.closed_days))
        self.rooms.clear()
        for room in (self.lists.rooms if self.lists else ()):
            if room.centre_id == row.id:
                item = QListWidgetItem(f"{room.name} — {labels.ROOM_KINDS[room.kind]}")
                item.setData(Qt.ItemDataRole.UserRole, room)
                self.rooms.addItem(item)
        self.room_name.clear()
        self._room_buttons()

    def _room_buttons(self) -> None:
        self.add_room_button.setEnabled(self.current is not None)
        self.save_room_button.setEnabled(self.rooms.currentItem() is not None)

    def _on_rooms_current_item_changed(self, item: QListWidgetItem | None,
                                       _old: QListWidgetItem | None) -> None:
        if item is not None:
            room: svc.RoomRecord = item.data(Qt.ItemDataRole.UserRole)
            self.room_name.setText(room.name)
            self.room_kind.setCurrentIndex(find_data(self.room_kind, room.kind))
        self._room_buttons()

    def fields(self) -> svc.CentreFields:
        """The form as the service takes it; a date that cannot be read is refused here."""
        hours = tuple(svc.Hours(number, _time(opens.time()), _time(closes.time()))
                      for number, (box, opens, closes) in enumerate(self.open_days)
                      if box.isChecked())
        days = []
        for part in self.closed.text().replace(";", ",").split(","):
            if part.strip():
                try:
                    days.append(date.fromisoformat(part.strip()))
                except ValueError:
                    raise InvalidField("closed_days", self.tr(
                        "closed days: '%s' is not a date (YYYY-MM-DD).") % part.strip()) from None
        return svc.CentreFields(self.code.text(), self.name.text(), self.city.text(),
                                self.country.text(), self.zone.zone(), hours, tuple(days))

    def save(self) -> None:
        db, current = self._db, self.current

        def call() -> svc.CentreRecord:
            fields = self.fields()
            if current is None:
                return svc.create_centre(db, fields=fields)
            return svc.edit_centre(db, centre_id=current.id, fields=fields)

        CoreCall(self, call).success(self.done).failure(self.refused, InvalidInput).run()

    def add_room(self) -> None:
        if self.current is None:
            return
        centre_id: uuid.UUID = self.current.id
        db, name, kind = self._db, self.room_name.text(), self.room_kind.currentData()
        CoreCall(self, lambda: svc.add_room(db, centre_id=centre_id, name=name, kind=kind)) \
            .success(self._on_room_saved).failure(self._room_refused, InvalidInput).run()

    def save_room(self) -> None:
        item = self.rooms.currentItem()
        if item is None:
            return
        room: svc.RoomRecord = item.data(Qt.ItemDataRole.UserRole)
        db, name, kind = self._db, self.room_name.text(), self.room_kind.currentData()
        CoreCall(self, lambda: svc.edit_room(db, room_id=room.id, name=name, kind=kind)) \
            .success(self._on_room_saved).failure(self._room_refused, InvalidInput).run()

    def _room_refused(self, error: InvalidInput) -> None:
        if isinstance(error, InvalidField) and error.field == "name":
            error = InvalidField("room_name", error.message)
        self.refused(error)

    def _on_room_saved(self, _room: svc.RoomRecord) -> None:
        self.errors.clear()
        self.saved.emit(self.current)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())
