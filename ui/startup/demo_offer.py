"""First start on an empty database: offer to load the demo network, load it off the GUI thread."""

from __future__ import annotations

import importlib
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from testlab.errors import Cancelled
from ui.common.operations import FAILED, CoreCall
from ui.context import AppContext
from ui.main_window import MainWindow

DEMO_SEED = 1
TASK_KEY = "demo.load"


def _tr(text: str) -> str:
    return QCoreApplication.translate("DemoOffer", text)


def ask_load_demo(parent: QWidget | None) -> bool:
    """Ask whether to fill the empty database with the demo network (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        _tr("Load the demo network?"),
        _tr("This database is empty.\n\nLoad the demo network — 23 test centres with their "
            "rooms, staff, products, studies and recorded sessions — to explore TestLab?"),
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

    def offer_if_empty(self) -> bool:
        """Ask, if the database is empty; True when loading has started."""
        demo = demo_service()
        if demo is None:
            return False
        db = self._context.db
        empty = CoreCall(self._window, lambda: demo.is_empty(db)).run()
        if empty is FAILED or not empty:
            return False
        if not ask_load_demo(self._window):
            self.demo_declined.emit()
            return False
        self.load(demo)
        return True

    def load(self, demo: ModuleType) -> None:
        """Load the demo network in the background; sections reload when it is in."""
        db, seed = self._context.db, self._seed
        CoreCall.with_progress(self._window, lambda progress, cancelled: demo.load_demo_network(
            db, seed=seed, progress=progress, cancelled=cancelled)) \
            .always(self._window.reload_sections) \
            .success(self._on_demo_done) \
            .failure(self._on_demo_cancelled, Cancelled) \
            .run_in_background(self._context.tasks, TASK_KEY,
                               busy=self.tr("Loading the demo network…"))

    def _on_demo_done(self, _result: object) -> None:
        self._window.statusBar().showMessage(self.tr("Demo network loaded."), 8000)
        self.demo_loaded.emit()

    def _on_demo_cancelled(self, _error: Cancelled) -> None:
        # The user asked; nothing was loaded.
        self._window.statusBar().showMessage(self.tr("Demo network not loaded."), 8000)
