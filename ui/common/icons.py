"""Every icon of the window, by name, loaded from ``resources/icons`` (SVG) once."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from resources import resource_path

APP = "app"
CENTRES = "centres"
PRODUCTS = "products"
SESSIONS = "sessions"
SETUP = "setup"
FINDINGS = "findings"


@cache
def icon(name: str) -> QIcon:
    """The icon called ``name`` (one of the constants above)."""
    return QIcon(str(resource_path("icons", f"{name}.svg")))
