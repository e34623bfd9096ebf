"""The week view of a centre with 300 sessions in the week opens and redraws in under 100 ms.

Run explicitly:
  QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/benchmarks/test_schedule_week_bench.py -s

Timed, best of five on a SQLite file: "open" is reading the week (``centre_week``),
giving it to the grid and painting the grid at 1366×768 (``grab`` paints synchronously);
"redraw" is one full paint of the grid.
"""

from __future__ import annotations

import time
from pathlib import Path

from testlab.db.database import open_database
from testlab.services.schedule.week import centre_week
from tests.ui.schedule.test_schedule_degenerate import MONDAY, crowd
from tests.unit.scheduling.world import build_world
from ui.schedule.week_grid import WeekGrid

LIMIT_S = 0.100
SESSIONS = 300


def test_week_of_300_sessions_opens_and_redraws_fast(qtbot, tmp_path: Path) -> None:
    db = open_database(str(tmp_path / "week.sqlite3"))
    try:
        build_world(db)
        crowd(db, SESSIONS)
        grid = WeekGrid()
        qtbot.addWidget(grid)
        grid.resize(1366 - 200, 768 - 150)
        grid.show()
        opened, redrawn = [], []
        for _ in range(5):
            started = time.perf_counter()
            week = centre_week(db, "PAR", MONDAY)
            grid.set_week(week, week.rooms)
            grid.grab()
            opened.append(time.perf_counter() - started)
            started = time.perf_counter()
            grid.grab()
            redrawn.append(time.perf_counter() - started)
        assert len(week.sessions) == SESSIONS
    finally:
        db.close()
    print(f"\nweek view, {SESSIONS} sessions: open {min(opened) * 1000:.1f} ms "
          f"(all: {', '.join(f'{t * 1000:.1f}' for t in opened)}), redraw "
          f"{min(redrawn) * 1000:.1f} ms (all: {', '.join(f'{t * 1000:.1f}' for t in redrawn)})")
    assert min(opened) < LIMIT_S and min(redrawn) < LIMIT_S
