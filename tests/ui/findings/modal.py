"""Acting on a modal dialog a key or button opens (its exec() blocks until it closes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

POLL_MS = 20
GIVE_UP_AFTER = 250  # polls: five seconds


def on_modal(kind: type[QDialog], act: Callable[[Any], object]) -> list[QDialog]:
    """Once a modal ``kind`` shows, ``act(dialog)``; a dialog still open after is rejected
    (so a failing check never leaves the test waiting).  The dialogs met, for asserts."""
    met: list[QDialog] = []
    polls = [0]

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        shown = isinstance(dialog, kind) and dialog.isVisible()
        if shown and QApplication.activeWindow() is not dialog and polls[0] < GIVE_UP_AFTER:
            dialog.activateWindow()  # a window's keys act only while it is the active one
        elif shown:
            met.append(dialog)
            try:
                act(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()
            return
        polls[0] += 1
        if polls[0] < GIVE_UP_AFTER:
            QTimer.singleShot(POLL_MS, poll)

    QTimer.singleShot(0, poll)
    return met
