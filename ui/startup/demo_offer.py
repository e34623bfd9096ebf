"""First start on an empty database: offer to load the demo network, load it off the GUI thread."""

from __future__ import annotations

import importlib
from types import ModuleType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common import error_dialog
from ui.common.progress_dialog import DelayedProgressDialog
from ui.context import AppContext
from ui.main_window import MainWindow

DEMO_SEED = 1
TASK_KEY = "demo.load"


def ask_load_demo(parent: QWidget | None) -> bool:
    """Ask whether to fill the empty database with the demo network (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        "Load the demo network?",
        "This database is empty.\n\nLoad the demo network — 23 test centres with their "
        "rooms, staff, products, studies and recorded sessions — to explore TestLab?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def demo_service() -> ModuleType | None:
    """``testlab.services.demo``, or None in a build that does not ship it."""
    try:
        return importlib.import_module("testlab.services.demo")
    except ModuleNotFoundError:
        return None


class DemoOffer(QObject):
    """Asks once, on an empty database, and loads the demo with a delayed progress dialog."""

    demo_loaded = Signal()
    demo_declined = Signal()

    def __init__(self, window: MainWindow, context: AppContext, seed: int = DEMO_SEED) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self._seed = seed
        self._dialog: DelayedProgressDialog | None = None

    def offer_if_empty(self) -> bool:
        """Ask, if the database is empty; True when loading has started."""
        demo = demo_service()
        if demo is None or not demo.is_empty(self._context.db):
            return False
        if not ask_load_demo(self._window):
            self.demo_declined.emit()
            return False
        self.load(demo)
        return True

    def load(self, demo: ModuleType) -> None:
        """Load the demo network in the background; sections reload when it is in."""
        db, seed = self._context.db, self._seed
        dialog = DelayedProgressDialog("Loading the demo network…", self._window)
        dialog.setWindowTitle("TestLab")
        self._dialog = dialog
        task = self._context.tasks.run_with_progress(
            TASK_KEY,
            lambda progress, cancelled: demo.load_demo_network(
                db, seed=seed, progress=progress, cancelled=cancelled),
            on_done=self._on_demo_done,
            on_error=self._on_demo_failed,
            on_progress=dialog.set_progress,
            owner=self._window,
        )
        dialog.cancel_requested.connect(task.cancel)

    def _finish_dialog(self) -> None:
        if self._dialog is not None:
            self._dialog.finish()
            self._dialog = None

    def _on_demo_done(self, _result: object) -> None:
        self._finish_dialog()
        self._window.reload_sections()
        self._window.statusBar().showMessage("Demo network loaded.", 8000)
        self.demo_loaded.emit()

    def _on_demo_failed(self, error: BaseException) -> None:
        self._finish_dialog()
        self._window.reload_sections()
        if type(error).__name__ == "DemoCancelled":  # the user asked; nothing was loaded
            self._window.statusBar().showMessage("Demo network not loaded.", 8000)
            return
        error_dialog.show_error(self._window, error)
