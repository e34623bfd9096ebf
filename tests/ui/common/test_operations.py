"""CoreCall, the one way a widget calls the core: where errors go, which thread, which order."""

from __future__ import annotations

import logging
import threading
import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog

from testlab.errors import Cancelled, Conflict, InvalidInput, NotFound
from ui.common import error_dialog, operations
from ui.common.background import TaskRunner, serial_runner
from ui.common.operations import FAILED, CoreCall


@pytest.fixture
def dialogs(monkeypatch) -> list[BaseException]:
    """What reached the one error dialog."""
    shown: list[BaseException] = []
    monkeypatch.setattr(error_dialog, "show_error",
                        lambda parent, error, title="TestLab": shown.append(error))
    return shown


def _raise(error: BaseException):
    def call():
        raise error
    return call


def test_run_returns_the_result_and_calls_success(qtbot, dialogs):
    seen = []
    assert CoreCall(None, lambda: 42).success(seen.append).run() == 42
    assert seen == [42] and dialogs == []


def test_a_domain_error_goes_inline_and_nothing_else(qtbot, dialogs):
    label = QLabel()
    qtbot.addWidget(label)
    result = CoreCall(label, _raise(InvalidInput("Ease is from 1 to 7."))) \
        .inline(label, InvalidInput).run()
    assert result is FAILED and label.text() == "Ease is from 1 to 7." and dialogs == []


def test_a_domain_error_no_handler_takes_goes_to_the_one_dialog(qtbot, dialogs):
    label = QLabel()
    qtbot.addWidget(label)
    error = Conflict("Already recorded.")
    assert CoreCall(label, _raise(error)).inline(label, InvalidInput).run() is FAILED
    assert label.text() == "" and dialogs == [error]


def test_handlers_are_tried_in_order(qtbot, dialogs):
    seen = []
    CoreCall(None, _raise(NotFound("gone"))).failure(lambda e: seen.append(("first", e.message)),
                                                     NotFound) \
        .failure(lambda e: seen.append(("second", e.message))).run()
    assert seen == [("first", "gone")] and dialogs == []


def test_cancelled_says_nothing(qtbot, dialogs):
    assert CoreCall(None, _raise(Cancelled("stopped"))).run() is FAILED
    assert dialogs == []


def test_a_bug_is_logged_and_reported_never_raised(qtbot, dialogs, caplog):
    seen, ended = [], []
    with caplog.at_level(logging.ERROR, logger=operations.__name__):
        result = CoreCall(None, _raise(ZeroDivisionError("division by zero"))) \
            .inline(seen.append).always(lambda: ended.append(True)) \
            .internal(seen.append).run()
    assert result is FAILED and ended == [True]
    assert [type(e) for e in dialogs] == [ZeroDivisionError]
    assert [type(e) for e in seen] == [ZeroDivisionError]  # internal(), never inline()
    assert "ZeroDivisionError" in caplog.text  # the traceback is in the log


def test_in_the_background_the_newest_request_wins_and_the_old_busy_dialog_goes(
        qtbot, dialogs):
    runner = TaskRunner()
    owner = QLabel()
    qtbot.addWidget(owner)
    release = threading.Event()
    results = []

    def slow():
        release.wait(5)
        return "old"

    CoreCall(owner, slow).success(results.append) \
        .run_in_background(runner, "search", busy="Searching…")
    assert len(owner.findChildren(QProgressDialog)) == 1
    CoreCall(owner, lambda: "new").success(results.append).run_in_background(runner, "search")
    qtbot.waitUntil(lambda: results == ["new"], timeout=3000)
    qtbot.waitUntil(lambda: owner.findChildren(QProgressDialog) == [], timeout=3000)
    release.set()
    runner.wait(5000)
    qtbot.wait(50)
    assert results == ["new"] and dialogs == []


def test_a_background_domain_error_reaches_its_label(qtbot, dialogs):
    runner = TaskRunner()
    label = QLabel()
    qtbot.addWidget(label)
    CoreCall(label, _raise(InvalidInput("No such file."))).inline(label) \
        .run_in_background(runner, "check")
    qtbot.waitUntil(lambda: label.text() == "No such file.", timeout=3000)
    assert dialogs == []


def test_writes_run_off_the_gui_thread_one_at_a_time_in_order(qtbot, dialogs):
    writer = serial_runner()
    gui = threading.get_ident()
    order: list[tuple[int, int]] = []
    busy = threading.Lock()

    def write(number: int):
        def call():
            assert busy.acquire(blocking=False), "two writes at once"
            try:
                time.sleep(0.01)
                order.append((number, threading.get_ident()))
            finally:
                busy.release()
            return number
        return call

    # A write started while another is waited for (a timer firing meanwhile) queues after it.
    nested: list[object] = []
    QTimer.singleShot(0, lambda: nested.append(CoreCall(None, write(2)).run_and_wait(writer)))
    assert CoreCall(None, write(1)).run_and_wait(writer) == 1
    qtbot.waitUntil(lambda: nested == [2], timeout=3000)
    assert [n for n, _ in order] == [1, 2]
    assert all(thread != gui for _, thread in order)
    writer.wait(3000)


def test_while_a_write_is_waited_for_the_window_keeps_running_and_says_saving(
        qtbot, dialogs, monkeypatch):
    # Keys typed meanwhile are held back by the platform (ExcludeUserInputEvents); a test
    # cannot type through the window system without flushing it, so timers and the busy
    # indicator are what is checked here.
    monkeypatch.setattr(operations, "SHOW_AFTER_MS", 50)
    writer = serial_runner()
    owner = QLabel()
    qtbot.addWidget(owner)
    ticks: list[int] = []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    release = threading.Event()
    saving: list[bool] = []

    def look() -> None:
        saving.append(any(isinstance(w, QProgressDialog) and w.isVisible()
                          for w in QApplication.topLevelWidgets()))
        release.set()

    QTimer.singleShot(250, look)
    assert CoreCall(owner, lambda: release.wait(5) and "saved").run_and_wait(writer) == "saved"
    timer.stop()
    assert len(ticks) >= 5  # timers ran: the window was not frozen
    assert saving == [True]  # "Saving…" showed for a slow write
    assert not any(isinstance(w, QProgressDialog) and w.isVisible()
                   for w in QApplication.topLevelWidgets())
    writer.wait(3000)


def test_a_failed_write_returns_failed_and_its_message_inline(qtbot, dialogs):
    writer = serial_runner()
    label = QLabel()
    qtbot.addWidget(label)
    result = CoreCall(label, _raise(InvalidInput("Choose the outcome first."))) \
        .inline(label, InvalidInput).run_and_wait(writer)
    assert result is FAILED and label.text() == "Choose the outcome first." and dialogs == []
