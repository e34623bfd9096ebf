"""The one place where an error becomes a dialog.

A ``TestLabError`` is something the user can act on: its message is shown as it
is.  Anything else is a bug: a facilitator is shown a plain message naming the log
file that holds the details (``ui/common/error_log.py``), never a traceback.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from testlab.errors import TestLabError
from ui.common import error_log
from ui.common.i18n import translate

log = logging.getLogger(__name__)


def internal_error_text() -> str:
    """What a facilitator reads about a bug: nothing was lost, where the details are."""
    path = error_log.log_file()
    where = (translate("ErrorDialog", "The details were written to {path}.").format(path=path) if path
             else translate("ErrorDialog", "No log file is set up, so the details were not kept."))
    return (translate("ErrorDialog",
                      "Something went wrong inside TestLab and what you just did was not finished. "
                      "Everything saved before is kept; you can go on working.") + "\n\n" + where
            + " " + translate("ErrorDialog", "Please send that file to whoever supports TestLab at your centre."))


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
        box.setText(internal_error_text())
        # One line for whoever supports the centre; the traceback is in the log only.
        box.setDetailedText(f"{type(error).__name__}: {error}")
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    return box


def show_error(parent: QWidget | None, error: BaseException, title: str = "TestLab") -> Any:
    """Show ``error`` in a modal dialog and wait until it is closed."""
    return error_box(parent, error, title).exec()


def show_startup_error(error: TestLabError) -> Any:
    """Why the window cannot open (e.g. the database), before there is a window."""
    return show_error(None, error, translate("ErrorDialog", "TestLab cannot start"))
