"""Margins and spacing of every layout, and the first size of every window, defined once so
the window looks of a piece and fits the screen it opens on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QLayout, QWidget

PAGE_MARGIN = 12
PANE_MARGIN = 12
SPACING = 8
TIGHT_SPACING = 4
NAVIGATION_WIDTH = 170
NAVIGATION_ICON = 20
SEARCH_DEBOUNCE_MS = 250


def page(layout: QLayout) -> QLayout:
    """Margins and spacing of a section page."""
    layout.setContentsMargins(PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN)
    layout.setSpacing(SPACING)
    return layout


def pane(layout: QLayout) -> QLayout:
    """Margins and spacing inside a framed pane (e.g. a details pane)."""
    layout.setContentsMargins(PANE_MARGIN, PANE_MARGIN, PANE_MARGIN, PANE_MARGIN)
    layout.setSpacing(TIGHT_SPACING)
    return layout


def flush(layout: QLayout) -> QLayout:
    """No margins: a layout nested in one that already has them."""
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(SPACING)
    return layout


# Title bar and borders a window manager adds around a window.
WINDOW_FRAME = QSize(16, 40)


def screen_bounded(widget: QWidget, wanted: QSize) -> QSize:
    """``wanted``, made smaller where the free area (taskbar excluded) of the widget's screen,
    less a window frame, is: 1366×768 at 200% leaves 683×384."""
    screen = widget.screen()
    if screen is None:
        return wanted
    return wanted.boundedTo(screen.availableGeometry().size() - WINDOW_FRAME)


def fit_size(widget: QWidget, width: int, height: int) -> None:
    """Give a window or dialog its first size: ``width``×``height``, bounded by the screen."""
    widget.resize(screen_bounded(widget, QSize(width, height)))
