"""Until ``ui/error_dialog.py`` exists: turn a domain error into one calm message box.

Every console module reports errors through ``show_error`` so the switch to the
shared dialog is one line here.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from testlab.errors import TestLabError


def show_error(parent: QWidget | None, error: TestLabError, title: str = "TestLab") -> None:
    """Show ``error``'s message; the facilitator acknowledges it with Enter."""
    QMessageBox.warning(parent, title, error.message)
