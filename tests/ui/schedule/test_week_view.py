"""The week view books, drags to reschedule and cancels, by mouse and by keyboard, with the
booking service's checks; every refusal is shown at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from testlab import model as m
from testlab.db.database import Database
from testlab.services.schedule import booking as svc
from tests.ui.schedule.conftest import (
    WEDNESDAY,
    cell,
    double_click,
    open_week,
    point,
    reload_and_wait,
)
from tests.unit.scheduling.world import booking
from ui.schedule.week_grid import STATUS_WORDS, Cell

THURSDAY = WEDNESDAY + timedelta(days=1)


def _sessions(db: Database) -> list[tuple[str, str, m.SessionStatus]]:
    with db.session_factory() as s:
        rows = s.scalars(__import__("sqlalchemy").select(m.Session)).all()
        return sorted((f"{r.starts_at:%Y-%m-%d %H:%M}", r.room.name if r.room else "", r.status)
                      for r in rows)


@pytest.fixture
def yes(monkeypatch):
    """Every confirmation answered Yes (the questions are modal)."""
    asked: list[str] = []

    def answer(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_the_week_shows_the_centres_days_rooms_and_sessions(qtbot, world, runner):
    svc.book(world, booking("2027-06-09 10:00", participant_code="P-PAR-0001"))
    view = open_week(qtbot, world, runner)
    week = view.week
    assert week is not None and week.monday.isoformat() == "2027-06-07"
    assert view.grid.rooms == ("Lab 1", "Lab 2") and view.grid.columns == 14
    [shown] = week.sessions
    assert (shown.local_start.hour, shown.participant_code, shown.study_title) \
        == (10, "P-PAR-0001", "Alpha round")
    assert view.grid.session_at(cell(view, WEDNESDAY, 10, 30)) == shown
    assert view.grid.session_at(cell(view, WEDNESDAY, 11)) is None
    assert "PAR centre" in view.title.text() and "Europe/Paris" in view.title.text()
    # The room switch: one room's columns only.
    view.room.setCurrentIndex(view.room.findData("Lab 2"))
    assert view.grid.rooms == ("Lab 2",) and view.grid.columns == 7
    assert view.grid.session_at(cell(view, WEDNESDAY, 10, room="Lab 2")) is None
    # Another centre: its own week, rooms and zone.
    with qtbot.waitSignal(view.week_listed, timeout=10_000) as listed:
        view.centre.setCurrentIndex(view.centre.findData("CAI"))
    assert listed.args == [0] and view.week.centre_code == "CAI"
    assert "Africa/Cairo" in view.title.text() and view.room.count() == 3


def test_double_click_books_and_the_block_appears(qtbot, world, runner):
    view = open_week(qtbot, world, runner)
    double_click(qtbot, view, cell(view, WEDNESDAY, 10))
    dialog = view.dialog
    assert dialog is not None and dialog.local_start().isoformat() == "2027-06-09T10:00:00"
    assert dialog.room.currentText() == "Lab 1"
    dialog.participant.setCurrentText("P-PAR-0002")
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        dialog.save_button.click()
    assert view.dialog is None or not view.dialog.isVisible()
    assert _sessions(world) == [("2027-06-09 08:00", "Lab 1", m.SessionStatus.SCHEDULED)]
    assert view.grid.session_at(cell(view, WEDNESDAY, 10)).participant_code == "P-PAR-0002"


def test_every_refusal_is_shown_at_once_and_nothing_is_booked(qtbot, world, runner):
    svc.book(world, booking("2027-06-09 10:00"))
    svc.book(world, booking("2027-06-09 10:00", room_name="Lab 2",
                            facilitator_email="bruno@example.net", participant_code="P-PAR-0001"))
    view = open_week(qtbot, world, runner)
    double_click(qtbot, view, cell(view, WEDNESDAY, 8))  # before opening, free slot
    dialog = view.dialog
    dialog.start.setTime(dialog.start.time().fromString("10:30", "HH:mm"))
    dialog.participant.setCurrentText("P-PAR-0001")
    dialog.save_button.click()
    shown = dialog.problems.text()
    assert dialog.isVisible() and dialog.problems.isVisible()
    assert "room Lab 1 at PAR is already taken" in shown
    assert "facilitator Ana Silva is already booked" in shown
    assert "participant P-PAR-0001 is already booked" in shown
    assert len(_sessions(world)) == 2
    # Outside the opening hours: only when the box says so.
    dialog.start.setTime(dialog.start.time().fromString("07:30", "HH:mm"))
    dialog.participant.setCurrentText("(none)")
    dialog.save_button.click()
    assert "outside the opening hours" in dialog.problems.text()
    dialog.outside_hours.setChecked(True)
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        dialog.save_button.click()
    assert len(_sessions(world)) == 3
    early = view.grid.session_at(cell(view, WEDNESDAY, 7, 30))
    assert early is not None and early.outside_hours


def test_drag_a_block_to_another_slot_and_room_reschedules(qtbot, world, runner):
    svc.book(world, booking("2027-06-09 10:00", participant_code="P-PAR-0001"))
    view = open_week(qtbot, world, runner)
    source, target = cell(view, WEDNESDAY, 10), cell(view, THURSDAY, 14, room="Lab 2")
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=point(view, source))
    qtbot.mouseMove(view.grid, point(view, Cell(source.day, source.room, source.slot + 1)))
    qtbot.mouseMove(view.grid, point(view, target))
    assert view.grid.moving is not None
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=point(view, target))
    assert _sessions(world) == [("2027-06-10 12:00", "Lab 2", m.SessionStatus.SCHEDULED)]
    moved = view.grid.session_at(target)
    assert moved is not None and moved.participant_code == "P-PAR-0001"


def test_a_drop_onto_a_taken_slot_is_refused_with_the_clash(qtbot, world, runner):
    svc.book(world, booking("2027-06-09 10:00"))
    svc.book(world, booking("2027-06-09 12:00", room_name="Lab 2",
                            facilitator_email="bruno@example.net"))
    view = open_week(qtbot, world, runner)
    source, target = cell(view, WEDNESDAY, 10), cell(view, WEDNESDAY, 12, room="Lab 2")
    qtbot.mousePress(view.grid, Qt.MouseButton.LeftButton, pos=point(view, source))
    qtbot.mouseMove(view.grid, point(view, Cell(source.day, source.room, source.slot + 1)))
    qtbot.mouseMove(view.grid, point(view, target))
    with qtbot.waitSignal(view.booking_refused, timeout=5000) as refused:
        qtbot.mouseRelease(view.grid, Qt.MouseButton.LeftButton, pos=point(view, target))
    assert "room Lab 2 at PAR is already taken" in refused.args[0]
    assert view.message.isVisible()
    assert ("2027-06-09 08:00", "Lab 1", m.SessionStatus.SCHEDULED) in _sessions(world)


def test_open_a_session_and_cancel_it(qtbot, world, runner, yes):
    svc.book(world, booking("2027-06-09 10:00", participant_code="P-PAR-0001"))
    view = open_week(qtbot, world, runner)
    double_click(qtbot, view, cell(view, WEDNESDAY, 10, 30))
    dialog = view.dialog
    assert dialog is not None and dialog.session is not None
    assert dialog.participant.currentText() == "P-PAR-0001"
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        dialog.cancel_session_button.click()
    assert _sessions(world) == [("2027-06-09 08:00", "Lab 1", m.SessionStatus.CANCELLED)]
    shown = view.grid.session_at(cell(view, WEDNESDAY, 10))
    assert shown is not None and shown.status == m.SessionStatus.CANCELLED
    assert STATUS_WORDS[shown.status] == "Cancelled"  # the word is drawn, not only the colour
    # A cancelled session frees its slot: the same slot books again.
    svc.book(world, booking("2027-06-09 10:00"))


def test_everything_by_keyboard(qtbot, world, runner, yes):
    view = open_week(qtbot, world, runner)
    grid = view.grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    grid.select(cell(view, WEDNESDAY, 9))
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Right, Qt.Key.Key_Left):
        qtbot.keyClick(grid, key)
    assert grid.cursor == cell(view, WEDNESDAY, 10)
    qtbot.keyClick(grid, Qt.Key.Key_Return)  # a free slot: the booking dialog
    dialog = view.dialog
    assert dialog is not None and dialog.session is None
    qtbot.waitUntil(dialog.isActiveWindow)
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Book: the default button
    assert _sessions(world) == [("2027-06-09 08:00", "Lab 1", m.SessionStatus.SCHEDULED)]
    # M picks it up, the arrows carry it (next room, one hour later), Return drops it.
    view.activateWindow()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_M)
    assert grid.moving is not None
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down):
        qtbot.keyClick(grid, key)
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert _sessions(world) == [("2027-06-09 09:00", "Lab 2", m.SessionStatus.SCHEDULED)]
    # Esc puts a picked-up session back; Delete cancels the selected one (asks first).
    qtbot.keyClick(grid, Qt.Key.Key_M)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.moving is None
    grid.select(cell(view, WEDNESDAY, 11, room="Lab 2"))
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert len(yes) == 1
    assert _sessions(world) == [("2027-06-09 09:00", "Lab 2", m.SessionStatus.CANCELLED)]
    # Weeks by keyboard.
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        qtbot.keyClick(grid, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert view.week.monday.isoformat() == "2027-06-14"
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        qtbot.keyClick(grid, Qt.Key.Key_PageUp, Qt.KeyboardModifier.AltModifier)
    assert view.week.monday.isoformat() == "2027-06-07"
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        qtbot.keyClick(grid, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert view.week.monday <= view.week.today < view.week.monday + timedelta(days=7)


def test_the_repeated_autumn_hour_asks_which_pass(qtbot, world, runner):
    view = open_week(qtbot, world, runner, day=WEDNESDAY.replace(month=10, day=27))
    # Sunday 31 October 2027, 02:30 in Paris happens twice; the centre is closed on Sundays.
    double_click(qtbot, view, cell(view, view.week.monday + timedelta(days=6), 8))
    dialog = view.dialog
    dialog.start.setTime(dialog.start.time().fromString("02:30", "HH:mm"))
    assert dialog.fold.isVisibleTo(dialog)
    dialog.fold.setCurrentIndex(1)
    dialog.outside_hours.setChecked(True)
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        dialog.save_button.click()
    assert _sessions(world) == [("2027-10-31 01:30", "Lab 1", m.SessionStatus.SCHEDULED)]
    reload_and_wait(qtbot, view)
    [shown] = view.week.sessions
    assert shown.fold == 1


def test_open_a_session_to_change_it_mark_no_show_or_check_in(qtbot, world, runner, yes):
    changed = svc.book(world, booking("2027-06-09 10:00", participant_code="P-PAR-0001"))
    missed = svc.book(world, booking("2027-06-09 14:00"))
    arrived = svc.book(world, booking("2027-06-09 16:00", room_name="Lab 2",
                                      participant_code="P-PAR-0002"))
    view = open_week(qtbot, world, runner)
    # Edit: 90 minutes in Lab 2 instead, through the same checks.
    double_click(qtbot, view, cell(view, WEDNESDAY, 10))
    dialog = view.dialog
    dialog.minutes.setValue(90)
    dialog.room.setCurrentText("Lab 2")
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        dialog.save_button.click()
    edited = view.grid.session_at(cell(view, WEDNESDAY, 11, room="Lab 2"))
    assert edited is not None and edited.id == changed.id and edited.minutes == 90
    # No-show before the start: refused, said in the dialog, which stays open.
    double_click(qtbot, view, cell(view, WEDNESDAY, 14))
    dialog = view.dialog
    dialog.no_show_button.click()
    assert dialog.isVisible() and "has not started yet" in dialog.problems.text()
    dialog.reject()
    qtbot.waitUntil(lambda: view.dialog is None)
    # Check in: consent confirmed, then the session is checked in.
    double_click(qtbot, view, cell(view, WEDNESDAY, 16, room="Lab 2"))
    dialog = view.dialog
    assert dialog.check_in_button.isEnabled()
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        dialog.check_in_button.click()
    shown = view.grid.session_at(cell(view, WEDNESDAY, 16, room="Lab 2"))
    assert shown.id == arrived.id and shown.status == m.SessionStatus.CHECKED_IN
    assert missed.id in {s.id for s in view.week.sessions}


def test_a_past_session_is_marked_no_show(qtbot, world, runner, yes):
    past = svc.book(world, booking("2026-06-10 10:00", participant_code="P-PAR-0001"))
    view = open_week(qtbot, world, runner, day=past.local_start.date())
    double_click(qtbot, view, cell(view, past.local_start.date(), 10))
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        view.dialog.no_show_button.click()
    shown = view.grid.session_at(cell(view, past.local_start.date(), 10))
    assert shown.status == m.SessionStatus.NO_SHOW


def test_the_weeks_keys_do_not_clash_with_the_windows(qtbot, make_window, world, settings_path):
    from tests.ui.common.test_shortcuts import clashes, page_keys, window_keys
    from tests.ui.helpers import set_this_pc

    set_this_pc(settings_path, "PAR", None, "PC-1")
    window = make_window(world)
    window.show_section("schedule")
    section = window.section("schedule")
    qtbot.waitUntil(lambda: section.week.week is not None, timeout=10_000)
    keys = window_keys(window)
    for page in (section.week, section.pool):
        own = page_keys(page)
        assert own and clashes(keys + own) == []
    # The Sessions section's Return (start a session) acts only while it is shown: once
    # built and left, Return in the week still books.
    window.show_section("sessions")
    window.show_section("schedule")
    grid = section.week.grid
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    grid.select(cell(section.week, section.week.week.today, 10))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert section.week.dialog is not None
    section.week.dialog.reject()


def test_a_block_says_its_status_in_words_or_by_a_mark_the_hint_explains(qtbot, world, runner):
    svc.book(world, booking("2027-06-09 10:00", participant_code="P-PAR-0001"))
    view = open_week(qtbot, world, runner)
    [shown] = view.week.sessions
    grid = view.grid
    assert grid.block_lines(shown, 200, 4) == [
        "P-PAR-0001", "Alpha round", "Ana Silva", "Scheduled"]
    assert grid.block_lines(shown, 200, 2) == ["P-PAR-0001 · Scheduled", "Alpha round"]
    # Narrow (every room of a week at 1366 px): the mark before the centre-less code.
    assert grid.block_lines(shown, 50, 3) == ["○ 0001", "Alpha round", "Ana Silva"]
    assert "○\u00a0Scheduled" in view.hint.text() and "✗\u00a0No show" in view.hint.text()
    # What is painted: the same lines in the columns the view has now.
    rect = grid.session_rect(shown)
    lines = grid.block_lines(shown, rect.width(), 3)
    assert lines[0].endswith("0001") and "Alpha round" in lines
