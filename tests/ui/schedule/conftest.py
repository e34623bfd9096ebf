"""The week view on the scheduling tests' small network (PAR, LIS, CAI; weekdays 9-18).

Week of Monday 7 June 2027: Paris on summer time (UTC+2).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QPoint, Qt

from testlab.db.database import Database
from tests.unit.scheduling.world import build_world
from ui.common.background import TaskRunner
from ui.schedule.week_grid import SLOT_MINUTES, Cell
from ui.schedule.week_view import WeekView

WEDNESDAY = date(2027, 6, 9)


@pytest.fixture
def runner() -> Iterator[TaskRunner]:
    tasks = TaskRunner()
    yield tasks
    tasks.wait(10_000)


@pytest.fixture
def world(db: Database) -> Database:
    build_world(db)
    return db


def open_week(qtbot, db: Database, runner: TaskRunner, centre: str | None = "PAR",
              day: date = WEDNESDAY) -> WeekView:
    """The week view on ``centre``'s week of ``day``, once its sessions are drawn."""
    view = WeekView(db, runner, centre_code=centre, today=day)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    qtbot.waitUntil(lambda: view.week is not None or centre is None, timeout=10_000)
    return view


def reload_and_wait(qtbot, view: WeekView) -> None:
    with qtbot.waitSignal(view.week_listed, timeout=10_000):
        view.reload()


def cell(view: WeekView, day: date, hour: int, minute: int = 0, room: str = "Lab 1") -> Cell:
    grid = view.grid
    slot = (hour * 60 + minute - grid.first_minute) // SLOT_MINUTES
    return Cell((day - view.grid.week.monday).days, grid.rooms.index(room), slot)


def point(view: WeekView, at: Cell) -> QPoint:
    return view.grid.cell_rect(at).center().toPoint()


def double_click(qtbot, view: WeekView, at: Cell) -> None:
    view.scroll.ensureVisible(point(view, at).x(), point(view, at).y())
    qtbot.mouseDClick(view.grid, Qt.MouseButton.LeftButton, pos=point(view, at))


def local(text: str) -> datetime:
    return datetime.fromisoformat(text)
