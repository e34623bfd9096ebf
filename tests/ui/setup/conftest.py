"""The Setup section opened on a window, listed and ready."""

from __future__ import annotations

import pytest

from ui.setup.setup_section import SetupSection


@pytest.fixture
def open_setup(qtbot, make_window):
    """``open_setup(db)``: the window's Setup section, its lists read."""

    def open_(db) -> SetupSection:
        window = make_window(db)
        with qtbot.waitSignal(window.section_changed):
            window.show_section("setup")
        section = window.section("setup")
        assert isinstance(section, SetupSection)
        qtbot.waitUntil(lambda: section.centres.lists is not None, timeout=10_000)
        return section

    return open_


def saved(qtbot, section: SetupSection, action) -> None:
    """Run ``action`` (a save) and wait until the section has listed again."""
    with qtbot.waitSignal(section.lists_shown, timeout=10_000):
        action()
