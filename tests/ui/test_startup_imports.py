"""Start-up stays light: showing the window with the demo centres loads no heavy library,
and none of the session console or the dialogs opened later."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("matplotlib", "reportlab", "scipy", "statsmodels")
# Built on first use (lazy section, dialogs opened from menus): never at start-up.
LAZY = ("ui.console", "ui.sessions.sessions_view", "ui.sessions.sessions_section",
        "ui.sessions.session_record_dialog",
        "ui.sessions.attempt_correction_dialog", "ui.settings.lab_settings_dialog", "ui.results_import.results_import_dialog",
        "ui.results.")

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtWidgets import QApplication
    from testlab.db.database import open_database
    from ui.app import apply_style, build_main_window

    app = QApplication([])
    apply_style(app)
    db = open_database(sys.argv[1])
    window = build_main_window(db, QSettings(sys.argv[2], QSettings.Format.IniFormat))
    section = window.section("centres")
    section.rows_listed.connect(lambda n: QTimer.singleShot(0, app.quit))
    QTimer.singleShot(20_000, lambda: app.exit(3))
    window.show()
    status = app.exec()
    window.context.tasks.wait()
    heavy = sorted({m.split(".")[0] for m in sys.modules} & set(sys.argv[3].split(",")))
    lazy = sorted(m for m in sys.modules if m.startswith(tuple(sys.argv[4].split(","))))
    print("rows", section.model.total_rows, "heavy", heavy, "lazy", lazy)
    sys.exit(status or (4 if heavy or lazy else 0))
""")


def test_showing_the_demo_centres_imports_nothing_heavy(demo_path, tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(demo_path), str(tmp_path / "s.ini"), ",".join(HEAVY),
         ",".join(LAZY)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "rows 23 heavy [] lazy []" in done.stdout
