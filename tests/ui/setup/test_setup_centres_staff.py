"""Setup → Centres and Staff through real widgets, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt, QTime
from sqlalchemy import func, select

from testlab import model as m
from testlab.model.enums import Role, RoomKind
from testlab.services.setup.lists import setup_lists
from tests.ui.setup.conftest import saved
from ui.common import shortcuts


def fill_centre(page, code="LIS", name="Lisboa Lab", city="Lisboa", country="PT",
                zone="Europe/Lisbon"):
    page.new()
    page.code.setText(code)
    page.name.setText(name)
    page.city.setText(city)
    page.country.setText(country)
    page.zone.setEditText(zone)


def count(db, entity) -> int:
    with db.session_factory.begin() as s:
        return s.scalar(select(func.count()).select_from(entity)) or 0


def test_a_centre_is_created_with_hours_closed_days_and_rooms(qtbot, open_setup, db):
    section = open_setup(db)
    page = section.centres
    fill_centre(page)
    box, opens, closes = page.open_days[0]
    box.setChecked(True)
    opens.setTime(QTime(8, 30))
    closes.setTime(QTime(17, 0))
    page.closed.setText("2026-12-25, 2027-01-01")
    saved(qtbot, section, page.save_button.click)
    centre = setup_lists(db).centres[0]
    assert (centre.code, centre.city, centre.country, centre.time_zone) == (
        "LIS", "Lisboa", "PT", "Europe/Lisbon")
    assert [(h.weekday, h.opens, h.closes) for h in centre.hours] == [(0, time(8, 30), time(17))]
    assert centre.closed_days == (date(2026, 12, 25), date(2027, 1, 1))
    assert page.model.total_rows == 1 and page.current.id == centre.id
    # A room, added and renamed through the form.
    page.room_name.setText("Lab 1")
    page.room_kind.setCurrentIndex(page.room_kind.findData(RoomKind.LIVING_ROOM_LAB))
    saved(qtbot, section, page.add_room_button.click)
    assert page.rooms.count() == 1
    page.rooms.setCurrentRow(0)
    page.room_name.setText("Salon")
    saved(qtbot, section, page.save_room_button.click)
    rooms = setup_lists(db).rooms
    assert [(r.name, r.kind) for r in rooms] == [("Salon", RoomKind.LIVING_ROOM_LAB)]
    # Edited: the city changes, the same centre stays.
    page.city.setText("Porto")
    saved(qtbot, section, page.save_button.click)
    assert [c.city for c in setup_lists(db).centres] == ["Porto"]


def test_a_refused_centre_shows_the_message_under_its_field_and_saves_nothing(qtbot, open_setup,
                                                                              db):
    section = open_setup(db)
    page = section.centres
    fill_centre(page, zone="Mars/Olympus_Mons")
    page.save_button.click()
    assert list(page.errors.shown()) == ["time_zone"]
    assert "does not exist" in page.errors.shown()["time_zone"]
    fill_centre(page, code="L1")
    page.save_button.click()
    assert list(page.errors.shown()) == ["code"]
    fill_centre(page)
    box, opens, closes = page.open_days[2]
    box.setChecked(True)
    opens.setTime(QTime(18, 0))
    closes.setTime(QTime(9, 0))
    page.save_button.click()
    assert list(page.errors.shown()) == ["hours"]
    box.setChecked(False)
    page.closed.setText("25/12/2026")
    page.save_button.click()
    assert list(page.errors.shown()) == ["closed_days"]
    assert count(db, m.Centre) == 0


def test_the_time_zone_list_is_searchable_and_shows_the_offset(open_setup, db):
    page = open_setup(db).centres
    completer = page.zone.completer()
    assert completer.filterMode() == Qt.MatchFlag.MatchContains
    completer.setCompletionPrefix("dakar")
    assert completer.currentCompletion() == "Africa/Dakar (UTC+00:00)"
    page.zone.setEditText("Africa/Dakar (UTC+00:00)")
    assert page.zone.zone() == "Africa/Dakar"


def test_save_and_new_keys_are_shown_on_their_buttons(open_setup, db):
    page = open_setup(db).centres
    assert shortcuts.label(shortcuts.SETUP_SAVE) in page.save_button.text()
    assert shortcuts.label(shortcuts.SETUP_NEW) in page.new_button.text()


def test_staff_are_created_edited_refused_and_deactivated_never_deleted(qtbot, open_setup, db):
    section = open_setup(db)
    fill_centre(section.centres)
    saved(qtbot, section, section.centres.save_button.click)
    page = section.staff
    page.new()
    page.name.setText("Zofia Nowak")
    page.email.setText("not-an-address")
    page.save_button.click()
    assert list(page.errors.shown()) == ["email"]
    assert count(db, m.Staff) == 0
    page.email.setText("zofia@example.org")
    page.roles[Role.FACILITATOR].setChecked(True)
    page.home.setCurrentIndex(1)
    saved(qtbot, section, page.save_button.click)
    person = setup_lists(db).staff[0]
    assert (person.name, person.roles, person.active) == ("Zofia Nowak", (Role.FACILITATOR,), True)
    assert person.home_centre_id == setup_lists(db).centres[0].id
    page.roles[Role.ADMIN].setChecked(True)
    saved(qtbot, section, page.save_button.click)
    assert set(setup_lists(db).staff[0].roles) == {Role.FACILITATOR, Role.ADMIN}
    saved(qtbot, section, page.active_button.click)
    assert setup_lists(db).staff[0].active is False
    assert count(db, m.Staff) == 1
    assert "activate" in page.active_button.text().replace("&", "").lower()
    saved(qtbot, section, page.active_button.click)
    assert setup_lists(db).staff[0].active is True


def test_no_key_of_a_setup_page_clashes_with_the_window(open_setup, sqlite_db):
    from tests.ui.common.test_shortcuts import clashes, page_keys, window_keys

    section = open_setup(sqlite_db)
    window = section.window()
    for page in section.pages:
        keys = window_keys(window) + page_keys(page)
        assert shortcuts.label(shortcuts.SETUP_SAVE) and clashes(keys) == []
        assert "Ctrl+S" in page_keys(page)
