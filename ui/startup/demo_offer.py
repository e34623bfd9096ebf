"""First start on an empty database: offer the demo network or setting up your own.

The demo loads off the GUI thread; "Set up your network" opens the guided
first start (``ui/setup/first_start_wizard.py``).
"""

from __future__ import annotations

import enum
import importlib
from types import ModuleType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from testlab.errors import Cancelled
from ui.common.i18n import translate
from ui.common.operations import FAILED, CoreCall
from ui.context import AppContext
from ui.main_window import MainWindow

DEMO_SEED = 1
TASK_KEY = "demo.load"


class FirstStart(enum.Enum):
    """What the user chose on an empty database."""

    DEMO = "demo"
    SET_UP = "set up"
    LATER = "later"


def ask_first_start(parent: QWidget | None) -> FirstStart:
    """Ask: load the demo network, set up your own, or neither for now (tests replace this)."""
    box = QMessageBox(QMessageBox.Icon.Question, translate("DemoOffer", "An empty database"), translate("DemoOffer",
        "This database is empty.\n\nLoad the demo network — 23 test centres with their "
        "rooms, staff, products, studies and recorded sessions — to explore TestLab, or set "
        "up your own network: your centre, this PC, you, a product and a first study."),
        QMessageBox.StandardButton.NoButton, parent)
    demo = box.addButton(translate("DemoOffer", "Load the &demo"), QMessageBox.ButtonRole.AcceptRole)
    set_up = box.addButton(translate("DemoOffer", "&Set up your network"), QMessageBox.ButtonRole.AcceptRole)
    later = box.addButton(translate("DemoOffer", "&Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(demo)
    box.setEscapeButton(later)
    box.exec()
    chosen = box.clickedButton()
    if chosen is demo:
        return FirstStart.DEMO
    return FirstStart.SET_UP if chosen is set_up else FirstStart.LATER


def demo_service() -> ModuleType | None:
    """``testlab.services.demo``, or None in a build that does not ship it."""
    try:
        return importlib.import_module("testlab.services.demo")
    except ModuleNotFoundError:
        return None


class DemoOffer(QObject):
    """Asks once, on an empty database; loads the demo (delayed progress dialog) or opens
    the guided set-up."""

    demo_loaded = Signal()
    demo_declined = Signal()
    set_up_opened = Signal(object)  # the FirstStartWizard

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
        choice = ask_first_start(self._window)
        if choice is FirstStart.SET_UP:
            self.open_set_up()
        if choice is not FirstStart.DEMO:
            self.demo_declined.emit()
            return False
        self.load(demo)
        return True

    def open_set_up(self) -> None:
        """Open the guided first start; the sections list again once it has set up."""
        from ui.settings.lab_settings import LabSettingsStore
        from ui.setup.first_start_wizard import FirstStartWizard

        lab = self._window.findChild(LabSettingsStore) or LabSettingsStore(
            self._context.settings, self._window)
        wizard = FirstStartWizard(self._context.db, lab, self._window)
        wizard.network_set_up.connect(self._on_network_set_up)
        wizard.open()
        self.set_up_opened.emit(wizard)

    def _on_network_set_up(self, _study_id: object) -> None:
        self._window.reload_sections()
        self._window.statusBar().showMessage(self.tr(
            "Your network is set up: Sessions can start a walk-in session of your study."), 8000)

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
