"""Lazy sections: built (and their modules imported) on first show, once; start-up pays nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.helpers import wait_listed


class Page(QLabel):
    reloads = 0

    def reload(self) -> None:
        self.reloads += 1


def test_factory_is_called_on_first_show_and_only_once(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    made: list[QWidget] = []

    def factory() -> QWidget:
        made.append(Page("Reports"))
        return made[-1]

    window.add_lazy_section("reports", "Reports", factory)
    assert made == [] and not window.is_section_built("reports")
    assert window.section_keys()[-1] == "reports"
    window.reload_sections()  # a section not built yet is not built to be reloaded
    assert made == []
    with qtbot.waitSignal(window.section_changed):
        window.show_section("reports")
    assert len(made) == 1 and window.is_section_built("reports")
    assert window.stack.currentWidget() is made[0] is window.section("reports")
    assert window.stack.count() == window.navigation.count()
    window.show_section("centres")
    window.show_section("reports")
    assert len(made) == 1
    window.reload_sections()
    assert made[0].reloads == 1
    with pytest.raises(ValueError):
        window.add_lazy_section("reports", "Again", factory)
    with pytest.raises(KeyError):
        window.is_section_built("nowhere")


def test_asking_for_the_widget_builds_it_in_place(make_window, demo_db):
    window = make_window(demo_db)
    window.add_lazy_section("reports", "Reports", lambda: Page("Reports"))
    index = window.section_keys().index("reports")
    page = window.section("reports")
    assert isinstance(page, Page) and window.stack.indexOf(page) == index
    assert window.current_section() == "centres"


def test_a_failing_factory_is_reported_and_tried_again(qtbot, monkeypatch, make_window, demo_db):
    from ui.common import error_dialog  # the one dialog, reached through CoreCall

    shown: list[BaseException] = []
    monkeypatch.setattr(error_dialog, "show_error",
                        lambda parent, error, title="TestLab": shown.append(error))
    window = make_window(demo_db)
    calls: list[int] = []

    def factory() -> QWidget:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("not today")
        return Page("Reports")

    window.add_lazy_section("reports", "Reports", factory)
    window.show_section("reports")
    assert [str(e) for e in shown] == ["not today"] and not window.is_section_built("reports")
    window.show_section("centres")
    wait_listed(qtbot, window, "centres", 23)
    window.show_section("reports")
    assert window.is_section_built("reports") and len(calls) == 2


def test_sessions_section_is_lazy_and_remembered(qtbot, make_window, demo_db):
    first = make_window(demo_db)
    assert not first.is_section_built("sessions")
    first.show_section("sessions")
    assert first.is_section_built("sessions")
    first.close()
    second = make_window(demo_db)
    assert second.current_section() == "sessions" and second.is_section_built("sessions")
