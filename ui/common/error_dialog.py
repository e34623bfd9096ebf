"""The one place where an error becomes a dialog.

A ``TestLabError`` is something the user can act on: its message is shown as it
is.  Anything else is a bug: it is shown with its traceback under "Details".
"""

from __future__ import annotations

import traceback
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from testlab.errors import TestLabError


def error_box(parent: QWidget | None, error: BaseException,
              title: str = "TestLab") -> QMessageBox:
    """The message box for ``error`` (built, not shown: ``show_error`` shows it)."""
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    if isinstance(error, TestLabError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(error.message)
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText("Something went wrong inside TestLab. Please report this problem.")
        box.setInformativeText(f"{type(error).__name__}: {error}")
        box.setDetailedText("".join(traceback.format_exception(error)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, error: BaseException, title: str = "TestLab") -> Any:
    """Show ``error`` in a modal dialog and wait until it is closed."""
    return error_box(parent, error, title).exec()


def show_startup_error(error: TestLabError) -> Any:
    """Why the window cannot open (e.g. the database), before there is a window."""
    return show_error(None, error, "TestLab cannot start")
