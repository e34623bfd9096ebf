"""Acting on a modal dialog a key or button opens (its exec() blocks until it closes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

POLL_MS = 20
GIVE_UP_AFTER = 250  # polls: five seconds
# Watches still polling: a timer's slot holds its object only weakly, so they are kept here.
_WATCHING: set[_Watch] = set()


class _Watch:
    """Polls for the dialog.  A plain object (no closure that refers to itself), so it
    never lingers as cyclic garbage holding widgets for the collector to free later,
    perhaps on a worker thread."""

    def __init__(self, kind: type[QDialog], act: Callable[[Any], object]) -> None:
        self.kind, self.act = kind, act
        self.met: list[QDialog] = []
        self.polls = 0

    def poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        shown = isinstance(dialog, self.kind) and dialog.isVisible()
        if shown and QApplication.activeWindow() is not dialog and self.polls < GIVE_UP_AFTER:
            dialog.activateWindow()  # a window's keys act only while it is the active one
        elif shown:
            self.met.append(dialog)
            try:
                self.act(dialog)
            finally:
                if dialog.isVisible():
                    dialog.reject()
                _WATCHING.discard(self)
            return
        self.polls += 1
        if self.polls < GIVE_UP_AFTER:
            QTimer.singleShot(POLL_MS, self.poll)
        else:
            _WATCHING.discard(self)


def on_modal(kind: type[QDialog], act: Callable[[Any], object]) -> list[QDialog]:
    """Once a modal ``kind`` shows, ``act(dialog)``; a dialog still open after is rejected
    (so a failing check never leaves the test waiting).  The dialogs met, for asserts."""
    watch = _Watch(kind, act)
    _WATCHING.add(watch)
    QTimer.singleShot(0, watch.poll)
    return watch.met
