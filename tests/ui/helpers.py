"""Helpers of the window tests: waiting for a section, and small data sets built in SQL."""

from __future__ import annotations

import uuid
from datetime import time

from PySide6.QtCore import QSettings
from sqlalchemy import insert

from testlab import model as m
from testlab.db.database import Database
from ui.main_window import MainWindow
from ui.settings.lab_settings import CENTRE_KEY, STAFF_KEY, WORKSTATION_KEY


def wait_listed(qtbot, window: MainWindow, key: str, rows: int, timeout: int = 5000) -> None:
    """Wait until section ``key`` holds ``rows`` rows (all of them listed)."""
    section = window.section(key)
    qtbot.waitUntil(lambda: section.model.total_rows == rows, timeout=timeout)


def sessions_view(qtbot, window: MainWindow, timeout: int = 10_000):
    """Show the Sessions section and return its view once the day is listed."""
    window.show_section("sessions")
    view = window.section("sessions").view
    assert view is not None
    wait_sessions(qtbot, view, timeout)
    return view


def wait_sessions(qtbot, view, timeout: int = 10_000) -> None:
    """Wait until the Sessions view has listed its day (it lists off the GUI thread)."""
    qtbot.waitUntil(lambda: not view.loading, timeout=timeout)


def select_and_wait(qtbot, window: MainWindow, key: str, row: int, timeout: int = 5000):
    """Select line ``row`` of section ``key`` and return the detail shown for it."""
    section = window.section(key)
    expected = section.model.row_at(row).id
    section.select_row(row)
    qtbot.waitUntil(
        lambda: getattr(section.details.detail, "id", None) == expected, timeout=timeout
    )
    return section.details.detail


def add_centre(db: Database, code: str, name: str, city: str, country: str = "PL",
               zone: str = "Europe/Warsaw") -> uuid.UUID:
    """One centre with a lab and weekday hours, through the ORM."""
    with db.session_factory.begin() as s:
        centre = m.Centre(code=code, name=name, city=city, country=country, time_zone=zone)
        centre.rooms.append(m.Room(name="Lab 1", kind=m.RoomKind.USABILITY_LAB))
        for weekday in range(5):
            centre.hours.append(m.OpeningHours(weekday=weekday, opens=time(9), closes=time(17)))
        s.add(centre)
        s.flush()
        return centre.id


def add_many_centres(db: Database, count: int) -> None:
    """``count`` centres with Core inserts (fast), codes AAA, AAB, …"""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    rows = []
    for number in range(count):
        code = "".join(letters[(number // 26 ** k) % 26] for k in (2, 1, 0))
        rows.append({
            "id": uuid.uuid4(), "code": code, "name": f"Centre {number:05d} Żółć",
            "city": f"City {number % 97}", "country": "PL", "time_zone": "Europe/Warsaw",
        })
    with db.engine.begin() as connection:
        connection.execute(insert(m.Centre), rows)


def search(qtbot, window: MainWindow, key: str, text: str, timeout: int = 5000) -> int:
    """Type ``text`` in section ``key``'s search box; wait for and return the rows listed."""
    section = window.section(key)
    with qtbot.waitSignal(section.rows_listed, timeout=timeout) as blocker:
        section.search_box.setText(text)  # QTest cannot type non-Latin-1 keys
    return blocker.args[0]


def set_this_pc(settings_path, centre_code: str, staff_id: uuid.UUID | None,
                workstation: str) -> None:
    """Write this lab PC's settings (centre, staff, workstation) where the window reads them."""
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    for key, value in ((CENTRE_KEY, centre_code), (STAFF_KEY, str(staff_id or "")),
                       (WORKSTATION_KEY, workstation)):
        settings.setValue(key, value)
    settings.sync()
