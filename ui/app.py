"""Start the TestLab window: parse the options, open the database, wire everything, run.

``build_main_window`` is the one place where the database, the services
context and the main window are put together and passed down explicitly
(git-cola's ApplicationContext); nothing is global.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from resources import read_text
from testlab import __version__
from testlab.db.database import Database, open_database
from ui.centres.centres_view import centres_view
from ui.common import error_dialog, error_log, i18n, icons
from ui.common.background import TaskRunner
from ui.common.i18n import translate
from ui.common.operations import FAILED, CoreCall
from ui.context import AppContext
from ui.main_menu import MainMenu
from ui.main_window import MainWindow
from ui.settings.lab_settings import LabSettingsStore
from ui.startup.daily_backup import DailyBackup
from ui.startup.resume_offer import ResumeOffer

ORGANISATION = "TestLab"
APPLICATION = "TestLab"
EXIT_USAGE = 2
RESUME_OFFER_DELAY_MS = 300
DAILY_BACKUP_DELAY_MS = 2000  # once the first screen is listed: the copy reads the whole file
# Where to keep the window's settings instead of the user's (tests, benchmarks).
SETTINGS_FILE_ENV = "TESTLAB_SETTINGS_FILE"
# Quit as soon as the centres are listed and shown (the start-up benchmark).
EXIT_WHEN_READY_ENV = "TESTLAB_EXIT_WHEN_READY"


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="testlab-gui", description="The TestLab window.")
    parser.add_argument("--version", action="version", version=f"testlab {__version__}")
    parser.add_argument(
        "--db", metavar="URL_OR_PATH",
        help="SQLite file or database URL (postgresql+psycopg://…); default: "
        "TESTLAB_DATABASE_URL, else the file in your user data folder",
    )
    parser.add_argument("--no-demo-offer", action="store_true",
                        help="do not offer the demo network on an empty database")
    return parser.parse_args(argv)


def make_settings() -> QSettings:
    """The settings store: the user's, or the INI file named by TESTLAB_SETTINGS_FILE."""
    path = os.environ.get(SETTINGS_FILE_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(ORGANISATION, APPLICATION)


def build_main_window(db: Database, settings: QSettings,
                      tasks: TaskRunner | None = None) -> MainWindow:
    """The main window with its sections and menus, all sharing one explicit context.

    Products, Sessions and Setup are built on their first show, their modules imported
    then: start-up pays only for the Centres list it opens on.
    """
    context = AppContext(db=db, tasks=tasks or TaskRunner(), settings=settings)
    window = MainWindow(context)
    lab = LabSettingsStore(settings, window)
    window.add_section("centres", translate("MainWindow", "Centres"), centres_view(context),
                       icons.icon(icons.CENTRES))
    window.add_lazy_section("products", translate("MainWindow", "Products"),
                            lambda: _products_section(context), icons.icon(icons.PRODUCTS))
    window.add_lazy_section("sessions", translate("MainWindow", "Sessions"),
                            lambda: _sessions_section(context, lab), icons.icon(icons.SESSIONS))
    window.add_lazy_section("setup", translate("MainWindow", "Setup"),
                            lambda: _setup_section(context), icons.icon(icons.SETUP))
    window.add_lazy_section("results", translate("MainWindow", "Results"),
                            lambda: _results_section(context), icons.icon(icons.RESULTS))
    window.add_lazy_section("findings", translate("MainWindow", "Findings"),
                            lambda: _findings_section(context), icons.icon(icons.FINDINGS))
    window.add_lazy_section("schedule", translate("MainWindow", "Schedule"),
                            lambda: _schedule_section(context, lab), icons.icon(icons.SCHEDULE))
    MainMenu(window, lab)
    return window


def _products_section(context: AppContext) -> QWidget:
    from ui.products.products_view import products_view

    return products_view(context)


def _sessions_section(context: AppContext, lab: LabSettingsStore) -> QWidget:
    from ui.sessions.sessions_section import SessionsSection

    return SessionsSection(context, lab)


def _setup_section(context: AppContext) -> QWidget:
    from ui.setup.setup_section import SetupSection

    return SetupSection(context)


def _findings_section(context: AppContext) -> QWidget:
    from ui.findings.findings_view import FindingsView

    return FindingsView(context)


def _results_section(context: AppContext) -> QWidget:
    from ui.results.results_section import ResultsSection  # matplotlib: only from here

    return ResultsSection(context)


def _schedule_section(context: AppContext, lab: LabSettingsStore) -> QWidget:
    from ui.schedule.schedule_section import ScheduleSection

    return ScheduleSection(context, lab)


def apply_style(app: QApplication) -> None:
    """The calm house style: Fusion plus the small style sheet in resources/."""
    app.setStyle("Fusion")
    app.setStyleSheet(read_text("style.qss"))
    app.setWindowIcon(icons.icon(icons.APP))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the window; returns the process exit status (2: the database cannot be used)."""
    args = parse_args(argv)
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "testlab-gui"])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    # Once per process: bugs go to a rotating log the error dialog names, never on screen.
    error_log.start_logging()
    sys.excepthook = error_log.log_uncaught
    settings = make_settings()
    # Before any widget, the start-up error included: what is built speaks the language.
    i18n.install_window_language(app, settings)
    apply_style(app)
    db = CoreCall(None, lambda: open_database(args.db)) \
        .failure(error_dialog.show_startup_error).run()
    if db is FAILED:
        return EXIT_USAGE
    try:
        window = build_main_window(db, settings)
        window.show()
        if os.environ.get(EXIT_WHEN_READY_ENV):
            _quit_when_centres_shown(app, window)
        elif not args.no_demo_offer:
            from ui.startup.demo_offer import DemoOffer

            offer = DemoOffer(window, window.context)
            QTimer.singleShot(0, offer.offer_if_empty)
        # After the first paint: the window shows at once, the question a moment later.
        QTimer.singleShot(RESUME_OFFER_DELAY_MS, ResumeOffer(window, window.context).offer_if_held)
        QTimer.singleShot(DAILY_BACKUP_DELAY_MS, DailyBackup(window, window.context).start)
        status = app.exec()
        window.context.tasks.wait()
        return status
    finally:
        db.close()


def _quit_when_centres_shown(app: QApplication, window: MainWindow) -> None:
    section = window.section("centres")

    def on_rows_listed(count: int) -> None:
        QTimer.singleShot(0, lambda: on_painted(count))  # let the event loop paint first

    def on_painted(count: int) -> None:
        # Wall-clock time, so the benchmark can subtract its own start instant.
        print(f"ready: {count} centres shown at {time.time():.6f} cpu {time.process_time():.3f}", flush=True)
        app.quit()

    section.rows_listed.connect(on_rows_listed)  # type: ignore[attr-defined]
