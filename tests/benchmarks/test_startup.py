"""Cold start of the window, as a whole process, against a floor measured in the same run.

The app (``python main.py --db demo.sqlite3``, quitting as soon as the demo
centres are listed and shown) must start within 1.3× a bare PySide6
QMainWindow process that also imports sqlalchemy.orm and quits once shown.
Run on demand: ``make bench`` or
``.venv/bin/python -m pytest tests/benchmarks/test_startup.py -s``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 9  # medians of 9: on a 2-core machine single runs swing by ±30%
MAX_RATIO = 1.3

FLOOR = """
import time
import sqlalchemy.orm
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1180, 740)
window.show()

def shown():
    print(f"ready: shown at {time.time():.6f}", flush=True)
    app.quit()

QTimer.singleShot(0, shown)
app.exec()
"""


def _timed(command: list[str], env: dict[str, str], expect: str = "ready:") -> float:
    """Seconds from launching ``command`` until it printed "ready: … at <epoch>".

    Both processes report the instant their window is shown (with the rows
    painted, for the app), so interpreter teardown after that is not counted.
    """
    start = time.time()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert expect in done.stdout, done.stdout + done.stderr
    ready = float(done.stdout.rsplit(" at ", 1)[1].split()[0])
    return ready - start


def test_cold_start_is_within_ratio_of_a_bare_qt_window(demo_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TESTLAB_EXIT_WHEN_READY="1",
               TESTLAB_SETTINGS_FILE=str(tmp_path / "settings.ini"))
    app = [sys.executable, "main.py", "--db", str(demo_path)]
    floor = [sys.executable, "-c", FLOOR]
    _timed(app, env, "ready: 23 centres")  # warm the file cache and .pyc files once
    _timed(floor, env)
    app_times, floor_times = [], []
    for _ in range(ROUNDS):
        floor_times.append(_timed(floor, env))
        app_times.append(_timed(app, env, "ready: 23 centres"))
    app_median = statistics.median(app_times)
    floor_median = statistics.median(floor_times)
    ratio = app_median / floor_median
    print(f"\nstart-up: app {app_median:.3f} s (runs {', '.join(f'{t:.3f}' for t in app_times)})"
          f"\n          floor {floor_median:.3f} s "
          f"(runs {', '.join(f'{t:.3f}' for t in floor_times)})"
          f"\n          ratio {ratio:.2f} (limit {MAX_RATIO})")
    assert ratio <= MAX_RATIO
