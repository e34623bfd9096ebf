"""Focus is visible everywhere: each kind of control looks different with the keyboard focus.

Drawn with the window's real style sheet (resources/style.qss), offscreen: a control is
grabbed without and with the focus, and the two pictures must differ.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.helpers import sessions_view, set_this_pc
from tests.ui.lab_world import build_lab
from ui.app import apply_style


@pytest.fixture
def styled(qapp):
    style, sheet = qapp.style().name(), qapp.styleSheet()
    apply_style(qapp)
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)


def _looks_focused(qtbot, widget: QWidget, away: QWidget) -> bool:
    away.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(away.hasFocus, timeout=3000)
    before = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=3000)
    QApplication.processEvents()
    return widget.grab().toImage() != before


def test_every_kind_of_control_shows_the_focus(qtbot, styled, make_window, sqlite_db,
                                               settings_path):
    lab = build_lab(sqlite_db)
    set_this_pc(settings_path, "MAD", lab.staff_id, "LAB-PC-03")
    window = make_window(sqlite_db)
    window.resize(1240, 660)
    window.activateWindow()
    view = sessions_view(qtbot, window)
    controls = {"navigation": window.navigation, "table": view.table,
                "button": view.adhoc_button, "day": view.day_edit}
    unseen = [name for name, widget in controls.items()
              if not _looks_focused(qtbot, widget, view.today_button if widget is not
                                    view.today_button else view.table)]
    window.show_section("centres")
    search = window.section("centres").search_box
    if not _looks_focused(qtbot, search, window.navigation):
        unseen.append("search box")
    assert unseen == []
