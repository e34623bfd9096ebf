"""Margins and spacing of every layout, defined once so the window looks of a piece."""

from __future__ import annotations

from PySide6.QtWidgets import QLayout

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
