"""An inline message that takes no room while it says nothing.

The console's refusals and warnings sit right under the field or button they are
about; an empty one must not push the next field down (nor crowd it), and one set
to "" is gone at once, so a message never stays after its cause was fixed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


class InlineLabel(QLabel):
    """A word-wrapped label that is hidden whenever its text is empty."""

    def __init__(self, object_name: str = "inline", parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName=object_name, wordWrap=True)
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 (Qt override)
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        self.setText("")
