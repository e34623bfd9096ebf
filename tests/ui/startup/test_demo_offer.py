"""First start on an empty database: the window offers the demo network and loads it."""

from __future__ import annotations

from tests.ui.helpers import wait_listed
from ui.startup import demo_offer
from ui.startup.demo_offer import DemoOffer


def test_empty_database_offers_and_loads_the_demo(qtbot, monkeypatch, make_window, sqlite_db):
    asked = []
    monkeypatch.setattr(demo_offer, "ask_first_start",
                        lambda parent: asked.append(parent) or demo_offer.FirstStart.DEMO)
    window = make_window(sqlite_db)
    offer = DemoOffer(window, window.context)
    with qtbot.waitSignal(offer.demo_loaded, timeout=60_000):
        assert offer.offer_if_empty() is True
    assert asked == [window]
    wait_listed(qtbot, window, "centres", 23)
    window.show_section("products")
    wait_listed(qtbot, window, "products", 6)
    assert "Demo network loaded" in window.statusBar().currentMessage()


def test_declining_loads_nothing(qtbot, monkeypatch, make_window, sqlite_db):
    monkeypatch.setattr(demo_offer, "ask_first_start", lambda parent: demo_offer.FirstStart.LATER)
    window = make_window(sqlite_db)
    offer = DemoOffer(window, window.context)
    with qtbot.waitSignal(offer.demo_declined, timeout=1000):
        assert offer.offer_if_empty() is False
    assert not window.context.tasks.is_busy(demo_offer.TASK_KEY)
    from testlab.services.demo import is_empty

    assert is_empty(sqlite_db)


def test_a_database_with_data_is_not_asked(monkeypatch, make_window, demo_db):
    def never(parent):
        raise AssertionError("asked on a database that has data")

    monkeypatch.setattr(demo_offer, "ask_first_start", never)
    window = make_window(demo_db)
    assert DemoOffer(window, window.context).offer_if_empty() is False


def test_progress_dialog_stays_hidden_for_quick_work(qtbot, qapp):
    from ui.common.progress_dialog import DelayedProgressDialog

    shown = []
    dialog = DelayedProgressDialog("Working…", show_after_ms=300)
    dialog._timer.timeout.connect(lambda: shown.append(True))
    dialog.set_progress(1, 10)
    assert not dialog.isVisible()
    dialog.finish()
    with qtbot.waitSignal(dialog.destroyed, timeout=2000):
        pass
    qtbot.wait(400)
    assert shown == []


def test_progress_dialog_appears_for_slow_work(qtbot, qapp):
    from ui.common.progress_dialog import DelayedProgressDialog

    dialog = DelayedProgressDialog("Working…", show_after_ms=50)
    qtbot.waitUntil(dialog.isVisible, timeout=2000)
    dialog.set_progress(5, 10)
    assert dialog.value() == 5 and dialog.maximum() == 10
    dialog.finish()
    assert not dialog.isVisible()
