"""The console's door to ``ui/error_dialog.py``, the one place errors become dialogs.

Every console module reports errors through ``show_error``; the facilitator
acknowledges the message with Enter.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from testlab.errors import TestLabError
from ui import error_dialog


def show_error(parent: QWidget | None, error: TestLabError, title: str = "TestLab") -> None:
    """Show ``error``'s message; the facilitator acknowledges it with Enter."""
    error_dialog.show_error(parent, error, title)
