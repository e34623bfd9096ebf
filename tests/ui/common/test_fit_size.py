"""fit_size: a window's first size is what it asks for, or less on a smaller screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog

from ui.common import metrics


def test_a_first_size_is_bounded_by_the_screens_free_area(qtbot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    room = dialog.screen().availableGeometry().size() - metrics.WINDOW_FRAME
    metrics.fit_size(dialog, 300, 200)
    assert dialog.size() == QSize(300, 200).boundedTo(room)
    metrics.fit_size(dialog, room.width() + 500, room.height() + 500)
    assert dialog.size() == room
