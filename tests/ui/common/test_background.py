"""The background-task helper: results in the GUI thread, newest request wins, errors forwarded."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from ui.common.background import TaskRunner


def test_result_arrives_in_the_gui_thread(qtbot, qapp):
    runner = TaskRunner()
    results = []
    gui = QThread.currentThread()
    runner.run("k", lambda: threading.get_ident(),
               on_done=lambda r: results.append((r, QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: bool(results), timeout=3000)
    worker_ident, in_gui = results[0]
    assert in_gui and worker_ident != threading.get_ident()


def test_a_stale_result_is_dropped(qtbot, qapp):
    runner = TaskRunner()
    release = threading.Event()
    results = []

    def slow():
        release.wait(5)
        return "old"

    runner.run("search", slow, on_done=results.append)
    runner.run("search", lambda: "new", on_done=results.append)
    qtbot.waitUntil(lambda: results == ["new"], timeout=3000)
    release.set()
    runner.wait(5000)
    qtbot.wait(50)  # let the old answer's queued signal arrive: it must be dropped
    assert results == ["new"]


def test_other_keys_do_not_supersede(qtbot, qapp):
    runner = TaskRunner()
    results = []
    runner.run("a", lambda: "a", on_done=results.append)
    runner.run("b", lambda: "b", on_done=results.append)
    qtbot.waitUntil(lambda: sorted(results) == ["a", "b"], timeout=3000)


def test_errors_and_progress_reach_the_gui(qtbot, qapp):
    runner = TaskRunner()
    errors, steps = [], []

    def work(progress, cancelled):
        for step in range(3):
            progress(step + 1, 3)
        raise ValueError("broken")

    runner.run_with_progress("w", work, on_done=lambda r: None, on_error=errors.append,
                             on_progress=lambda done, total: steps.append((done, total)))
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], ValueError) and steps == [(1, 3), (2, 3), (3, 3)]
    assert not runner.is_busy("w")


def test_a_newer_request_cancels_the_older(qtbot, qapp):
    runner = TaskRunner()
    seen_cancel = threading.Event()
    started = threading.Event()

    def work(progress, cancelled):
        started.set()
        for _ in range(500):
            if cancelled():
                seen_cancel.set()
                return None
            threading.Event().wait(0.01)
        return None

    runner.run_with_progress("load", work, on_done=lambda r: None)
    assert started.wait(3)
    runner.run("load", lambda: None, on_done=lambda r: None)
    assert seen_cancel.wait(3)
    runner.wait(5000)


def test_a_result_for_a_deleted_widget_is_dropped(qtbot, qapp):
    from PySide6.QtWidgets import QLabel

    runner = TaskRunner()
    release = threading.Event()
    label = QLabel()
    results = []
    runner.run("k", lambda: release.wait(5) and "late",
               on_done=lambda r: (results.append(r), label.setText(r)), owner=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label), timeout=2000)
    release.set()
    runner.wait(5000)
    qtbot.wait(50)
    assert results == []
