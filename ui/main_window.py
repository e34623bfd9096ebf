"""The main window: a navigation list on the left and the sections in a stack beside it.

Other parts of the window add their section with ``add_section``, or with
``add_lazy_section`` when building it costs something: its widget is made (and
its modules imported) the first time it is shown, so start-up pays nothing for
it.  The window remembers its geometry and the last section shown (QSettings
from the context).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from ui.common import icons, metrics, shortcuts
from ui.common.operations import FAILED, CoreCall
from ui.context import AppContext

GEOMETRY_KEY = "main_window/geometry"
SECTION_KEY = "main_window/section"
# Fits a 1366×768 desktop with a taskbar (about 40 px) and a title bar (about 30 px).
DEFAULT_SIZE = QSize(1240, 660)
_KEY_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    """Navigation list + stacked sections + a status bar naming the database."""

    section_changed = Signal(str)  # key of the section now shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._sections: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}  # lazy sections not yet built
        self._wanted_section = str(context.settings.value(SECTION_KEY, "") or "")
        self.setWindowTitle(self.tr("TestLab"))
        self.setWindowIcon(icons.icon(icons.APP))

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Sections"))
        self.navigation.setFixedWidth(metrics.NAVIGATION_WIDTH)
        self.navigation.setIconSize(QSize(metrics.NAVIGATION_ICON, metrics.NAVIGATION_ICON))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.stack = QStackedWidget()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel(self.tr("Database: {0}").format(context.db.description))
        self.database_label.setObjectName("databaseLabel")
        self.database_label.setToolTip(context.db.description)
        self.statusBar().addPermanentWidget(self.database_label, 1)

        self.quit_action = QAction(self.tr("&Quit"), self)
        shortcuts.set_on(self.quit_action, shortcuts.QUIT)
        self.quit_action.triggered.connect(self.close)
        self.addAction(self.quit_action)
        shortcuts.bind(self, shortcuts.FIND, self._on_find_activated, window_wide=True)

        geometry = context.settings.value(GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray | bytes) and self.restoreGeometry(geometry)):
            self.resize(self.default_size())

    def default_size(self) -> QSize:
        """DEFAULT_SIZE, made smaller if the screen's free area (taskbar excluded) is."""
        return metrics.screen_bounded(self, DEFAULT_SIZE)

    # --- sections -----------------------------------------------------------
    def add_section(self, key: str, title: str, widget: QWidget,
                    icon: QIcon | None = None) -> None:
        """Add a section under ``key`` (unique), listed as ``title`` with ``icon``.

        The widget may define ``ensure_loaded()`` (called when it is first shown),
        ``reload()`` (called by ``reload_sections``) and ``focus_search()`` (Ctrl+F).
        """
        if key in self._sections:
            raise ValueError(f"a section called {key!r} exists already")
        self._sections[key] = widget
        self._add_navigation_item(key, title, widget, icon)

    def add_lazy_section(self, key: str, title: str, factory: Callable[[], QWidget],
                         icon: QIcon | None = None) -> None:
        """Add a section whose widget ``factory()`` makes on its first show (once).

        Import the section's modules inside ``factory`` so that they, too, load
        only then.  Until it is shown, an empty placeholder holds its place.
        """
        if key in self._sections:
            raise ValueError(f"a section called {key!r} exists already")
        placeholder = QWidget()
        self._sections[key] = placeholder
        self._factories[key] = factory
        self._add_navigation_item(key, title, placeholder, icon)

    def _add_navigation_item(self, key: str, title: str, widget: QWidget,
                             icon: QIcon | None) -> None:
        item = QListWidgetItem(icon or QIcon(), title)
        item.setData(_KEY_ROLE, key)
        item.setSizeHint(QSize(0, 36))
        self.stack.addWidget(widget)
        self.navigation.addItem(item)
        number = self.navigation.count()
        if number <= 9:
            key_name = shortcuts.section(number)
            shortcuts.bind(self, key_name, lambda key=key: self.show_section(key),
                           window_wide=True)
            item.setToolTip(self.tr("{0} ({1})").format(title, shortcuts.label(key_name)))
        if number == 1 or key == self._wanted_section:
            self.show_section(key)

    def show_section(self, key: str) -> None:
        """Bring the section ``key`` to the front."""
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(_KEY_ROLE) == key:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(key)

    def current_section(self) -> str | None:
        """The key of the section shown, or None before any was added."""
        item = self.navigation.currentItem()
        return None if item is None else str(item.data(_KEY_ROLE))

    def section(self, key: str) -> QWidget:
        """The widget of section ``key`` (a lazy section is built by asking for it)."""
        if key in self._factories:
            self._build_section(key)
        return self._sections[key]

    def is_section_built(self, key: str) -> bool:
        """Whether section ``key`` has its widget (False: a lazy section not shown yet)."""
        if key not in self._sections:
            raise KeyError(key)
        return key not in self._factories

    def _build_section(self, key: str) -> None:
        placeholder = self._sections[key]
        widget = self._factories[key]()
        del self._factories[key]  # only once built: a failed build is tried again
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, widget)
        self._sections[key] = widget
        if self.stack.currentWidget() is placeholder:
            self.stack.setCurrentWidget(widget)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()

    def section_keys(self) -> list[str]:
        """The keys of the sections, in navigation order."""
        return [str(self.navigation.item(r).data(_KEY_ROLE))
                for r in range(self.navigation.count())]

    def reload_sections(self) -> None:
        """Ask every section that can to list its data again (e.g. after the demo loaded).

        Lazy sections not built yet are left alone: they list fresh data when built.
        """
        for key, widget in self._sections.items():
            if key in self._factories:
                continue
            reload = getattr(widget, "reload", None)
            if callable(reload):
                reload()

    # --- settings -------------------------------------------------------------
    def save_state(self) -> None:
        """Write geometry and the section shown to the settings store."""
        settings = self.context.settings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        section = self.current_section()
        if section is not None:
            settings.setValue(SECTION_KEY, section)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)

    # --- slots ------------------------------------------------------------------
    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = str(self.navigation.item(row).data(_KEY_ROLE))
        # Building a section may call the core (e.g. the database went away): say so,
        # keep the window.
        widget = CoreCall(self, lambda: self.section(key)).run()
        if widget is FAILED:
            return
        self.stack.setCurrentWidget(widget)
        ensure_loaded = getattr(widget, "ensure_loaded", None)
        if callable(ensure_loaded):
            ensure_loaded()
        # Saved now, not only on close: after a crash the window reopens here.
        self.context.settings.setValue(SECTION_KEY, key)
        self.context.settings.sync()
        self.section_changed.emit(key)

    def _on_find_activated(self) -> None:
        focus_search = getattr(self.stack.currentWidget(), "focus_search", None)
        if callable(focus_search):
            focus_search()
