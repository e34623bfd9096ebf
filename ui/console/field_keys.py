"""Lets a console text field keep Return and Esc for itself instead of the page's shortcuts.

Not a definition of keys (those are all in ``ui/common/shortcuts.py``): the machinery
that lets the single-key page shortcuts and typing in a field live side by side.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent


class FieldKeys(QObject):
    """Event filter for a line edit: Return stays in the field; Esc calls ``on_escape``."""

    _KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape)

    def __init__(self, on_escape: Callable[[], object], parent: QObject) -> None:
        super().__init__(parent)
        self._on_escape = on_escape

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if not isinstance(event, QKeyEvent):
            return False
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in self._KEYS and plain:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self._on_escape()
            return True
        return False
