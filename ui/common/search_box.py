"""A search field that reports what to look for once the user pauses typing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLineEdit

from ui.common import metrics


class SearchBox(QLineEdit):
    """A QLineEdit that emits ``search_changed`` after ``delay_ms`` without typing."""

    search_changed = Signal(str)

    def __init__(self, placeholder: str, parent: Any = None,
                 delay_ms: int = metrics.SEARCH_DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.textChanged.connect(self._on_self_text_changed)
        self.returnPressed.connect(self._on_self_return_pressed)
        self._last = ""

    def _on_self_text_changed(self, _text: str) -> None:
        self._timer.start()

    def _on_self_return_pressed(self) -> None:
        self._timer.stop()
        self._emit()

    def _on_timer_timeout(self) -> None:
        self._emit()

    def _emit(self) -> None:
        text = self.text().strip()
        if text != self._last:
            self._last = text
            self.search_changed.emit(text)
