"""The Setup section: one tab per entity (centres, staff, products, studies, customer
numbers), one shared read.

Every tab lists from the same ``setup_lists`` read, made off the GUI thread when
the section is first shown and again after any save, so a centre added on the
first tab is at once a home centre on the second and a study centre on the fourth.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from testlab.services.setup.lists import SetupLists, setup_lists
from ui.common.operations import CoreCall
from ui.context import AppContext
from ui.setup.centres_page import CentresPage
from ui.setup.customers_page import CustomersPage
from ui.setup.products_page import ProductsPage
from ui.setup.setup_page import SetupPage
from ui.setup.staff_page import StaffPage
from ui.setup.studies_page import StudiesPage

TASK_KEY = "setup.lists"


class SetupSection(QWidget):
    """Centres, staff, products and studies, each a list with its form; customer numbers."""

    lists_shown = Signal(object)  # the SetupLists now shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        db = context.db
        self.centres = CentresPage(db)
        self.staff = StaffPage(db)
        self.products = ProductsPage(db)
        self.studies = StudiesPage(db)
        self.customers = CustomersPage(db)
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(self.tr("Setup pages"))
        self.tabs.addTab(self.centres, self.tr("Centres and rooms"))
        self.tabs.addTab(self.staff, self.tr("Staff"))
        self.tabs.addTab(self.products, self.tr("Products and stages"))
        self.tabs.addTab(self.studies, self.tr("Studies and tasks"))
        self.tabs.addTab(self.customers, self.tr("Customer numbers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.pages: tuple[SetupPage, ...] = (  # type: ignore[type-arg]
            self.centres, self.staff, self.products, self.studies)
        for page in self.pages:
            page.saved.connect(self.reload)
        self._loaded = False

    def shortcut_scopes(self) -> tuple[str, ...]:
        """The groups of keys the help window (F1) lists for this section."""
        return ("setup",)

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self._loaded = True
            self.reload()

    def reload(self) -> None:
        """List everything again, off the GUI thread."""
        db = self._context.db
        CoreCall(self, lambda: setup_lists(db)).success(self._on_lists_read) \
            .run_in_background(self._context.tasks, TASK_KEY)

    def _on_lists_read(self, lists: SetupLists) -> None:
        for page in self.pages:
            page.show_lists(lists)
        self.customers.show_lists(lists)
        self.lists_shown.emit(lists)
