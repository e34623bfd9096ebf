"""The one way a widget calls the core: run a service call, route its errors, pick its thread.

Like Anki's ``CollectionOp``/``QueryOp``, made plain::

    # Here and now, on the GUI thread: the result, or FAILED once the error is shown.
    info = CoreCall(self, lambda: check_in(db, session_id, ...)) \\
        .inline(self.message, InvalidInput).run()

    # Off the GUI thread; the newest request per key wins, an older answer is dropped.
    CoreCall(self, lambda: list_centres(db, text)).success(self._on_rows_listed) \\
        .run_in_background(runner, "centres.list", busy="Loading…")

    # A console write: done by the console's one writer thread while the window waits.
    CoreCall(self, lambda: record_attempt(...)).inline(self.message, InvalidInput) \\
        .run_and_wait(context.writer)

Errors: a ``TestLabError`` goes to the first handler registered for its class
(``inline`` shows its message in a label or callback the caller gives, ``failure``
hands it to a function, ``quiet`` says nothing); one no handler takes is shown in
the one error dialog (``ui/common/error_dialog.py``), except ``Cancelled`` (the user
asked for it).  Anything else is a bug: its traceback is logged and it is reported
as an internal error in the same dialog; the window keeps running.

Where the console's writes run (``run_and_wait``), measured with
``tests/benchmarks/test_console_write_bench.py`` (median of 200 writes each, PostgreSQL
on 127.0.0.1, the shared 2-core development machine, 2026-12-04; first figure from a
run at 11:36 UTC, lighter load, second at 12:03 with a load average of 5.6 while
other engineers ran their suites):

=================================  ==============  ==============  =====================
write                              SQLite (file)   PostgreSQL      sent to the server
=================================  ==============  ==============  =====================
record_attempt, direct call        3.6 / 15.8 ms   5.3 / 19.6 ms   6 statements + COMMIT
record_attempt, run_and_wait       4.1 / 12.9 ms   5.9 / 20.5 ms   the same
add_observation, direct call       2.5 / 10.9 ms   3.9 / 14.5 ms   4 statements + COMMIT
add_observation, run_and_wait      2.9 / 12.0 ms   4.6 / 15.0 ms   the same
=================================  ==============  ==============  =====================

Every write is a handful of round trips, so on a shared PostgreSQL across a WAN
it costs their sum: at 40 ms a round trip a recorded attempt takes about 0.3 s, and
a stalled link would freeze a GUI-thread call for as long as the driver waits.

Decision: every console write runs on the console's own single writer thread
(``serial_runner``), never on the GUI thread, and the caller waits for it in a local
event loop that keeps painting and running timers but holds user
input back (``ExcludeUserInputEvents``: keys are queued, not dropped).  So

* writes happen one at a time in the order they were made (one thread, FIFO);
* the page moves on, clears its field or lists the entry only after the database
  said yes: the facilitator is never shown an entry as saved before it is;
* keys typed meanwhile apply afterwards, in order, as if the write were instant;
* the window never freezes: after half a second a "Saving…" indicator appears;
* the thread hop costs about 0.5 ms (lost in the noise under load); a SQLite write
  stays far below the ~100 ms a facilitator would notice.
"""

from __future__ import annotations

import enum
import itertools
import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from testlab.errors import Cancelled, TestLabError
from ui.common import error_dialog
from ui.common.background import Cancelled as IsCancelled
from ui.common.background import Progress, Task, TaskRunner
from ui.common.i18n import translate
from ui.common.progress_dialog import SHOW_AFTER_MS, DelayedProgressDialog

T = TypeVar("T")
log = logging.getLogger(__name__)
_wait_ids = itertools.count(1)


class Failed(enum.Enum):
    """What ``run`` and ``run_and_wait`` return when the call failed (already shown)."""

    FAILED = "failed"


FAILED = Failed.FAILED


def _no_progress(_done: int, _total: int) -> None:
    return None


def _never() -> bool:
    return False


class CoreCall(Generic[T]):
    """One call of the core from a widget: where it runs and where its outcome goes."""

    def __init__(self, parent: QWidget | None, call: Callable[[], T]) -> None:
        self._parent = parent
        self._work: Callable[[Progress, IsCancelled], T] = lambda _p, _c: call()
        self._success: list[Callable[[T], object]] = []
        self._handlers: list[tuple[tuple[type[TestLabError], ...],
                                   Callable[[TestLabError], object]]] = []
        self._always: list[Callable[[], object]] = []
        self._internal: list[Callable[[BaseException], object]] = []
        self._progress: list[Callable[[int, int], object]] = []

    @classmethod
    def with_progress(cls, parent: QWidget | None,
                      work: Callable[[Progress, IsCancelled], T]) -> CoreCall[T]:
        """A call of a long core function that takes ``progress`` and ``cancelled``."""
        op: CoreCall[T] = cls(parent, lambda: work(_no_progress, _never))
        op._work = work
        return op

    # -- what happens next ----------------------------------------------------------------
    def success(self, handler: Callable[[T], object]) -> CoreCall[T]:
        """``handler(result)`` once the call succeeded (in the GUI thread)."""
        self._success.append(handler)
        return self

    def failure(self, handler: Callable[[Any], object],
                *kinds: type[TestLabError]) -> CoreCall[T]:
        """``handler(error)`` for a domain error of ``kinds`` (default: any TestLabError)."""
        self._handlers.append((kinds or (TestLabError,), handler))
        return self

    def inline(self, target: QLabel | Callable[[str], object],
               *kinds: type[TestLabError]) -> CoreCall[T]:
        """Show the message of a domain error of ``kinds`` in ``target`` (a label or callback)."""
        show = target.setText if isinstance(target, QLabel) else target
        return self.failure(lambda error: show(error.message), *kinds)

    def quiet(self, *kinds: type[TestLabError]) -> CoreCall[T]:
        """Domain errors of ``kinds`` are expected and say nothing (e.g. a lock let go)."""
        return self.failure(lambda _error: None, *kinds)

    def always(self, handler: Callable[[], object]) -> CoreCall[T]:
        """``handler()`` first, however the call ended (to put the widget back as it was)."""
        self._always.append(handler)
        return self

    def internal(self, handler: Callable[[BaseException], object]) -> CoreCall[T]:
        """``handler(error)`` after a bug was logged and reported."""
        self._internal.append(handler)
        return self

    def progress(self, handler: Callable[[int, int], object]) -> CoreCall[T]:
        """``handler(done, total)`` as the work reports progress (background runs)."""
        self._progress.append(handler)
        return self

    # -- where it runs --------------------------------------------------------------------
    def run(self) -> T | Failed:
        """Call now, on the GUI thread (quick reads, parsing, building a dialog)."""
        try:
            result = self._work(_no_progress, _never)
        except Exception as error:  # routed: the domain's message, or a reported bug
            self._finish(False, error)
            return FAILED
        self._finish(True, result)
        return result

    def run_in_background(self, runner: TaskRunner, key: str, *,
                          busy: str | None = None) -> Task:
        """Run on ``runner``'s pool; outcome later.  A newer call with ``key`` drops this one.

        ``busy``: the text of a progress dialog shown if the work lasts over half a
        second (its Cancel asks the work to stop).
        """
        dialog = DelayedProgressDialog(busy, self._parent) if busy else None

        def close_dialog() -> None:
            if dialog is not None:
                dialog.finish()

        def done(result: Any) -> None:
            close_dialog()
            self._finish(True, result)

        def failed(error: BaseException) -> None:
            close_dialog()
            self._finish(False, error)

        def progressed(done_: int, total: int) -> None:
            if dialog is not None:
                dialog.set_progress(done_, total)
            for handler in self._progress:
                handler(done_, total)

        task = runner.run_with_progress(key, self._work, on_done=done, on_error=failed,
                                        on_progress=progressed, owner=self._parent,
                                        on_dropped=close_dialog)
        if dialog is not None:
            dialog.cancel_requested.connect(task.cancel)
        return task

    def run_and_wait(self, runner: TaskRunner, *, busy: str | None = None) -> T | Failed:
        """Run on ``runner`` (the console's writer) and wait: the window paints, input waits.

        See the module's notes for why the console's writes run this way.
        """
        loop = QEventLoop()
        outcome: list[tuple[bool, Any]] = []

        def finished(ok: bool, payload: Any) -> None:
            outcome.append((ok, payload))
            loop.quit()

        runner.run_with_progress(f"wait.{next(_wait_ids)}", self._work,
                                 on_done=lambda result: finished(True, result),
                                 on_error=lambda error: finished(False, error))
        indicator = _SlowIndicator(busy or translate("CoreCall", "Saving…"), self._parent)
        if not outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        indicator.stop()
        ok, payload = outcome[0]
        self._finish(ok, payload)
        return payload if ok else FAILED

    # -- the outcome ----------------------------------------------------------------------
    def _finish(self, ok: bool, payload: Any) -> None:
        for ended in self._always:
            ended()
        if ok:
            for success in self._success:
                success(payload)
            return
        if not isinstance(payload, TestLabError):
            log.error("Internal error in a call from %s", type(self._parent).__name__,
                      exc_info=payload)
            error_dialog.show_error(self._parent, payload)
            for internal in self._internal:
                internal(payload)
            return
        for kinds, handler in self._handlers:
            if isinstance(payload, kinds):
                handler(payload)
                return
        if not isinstance(payload, Cancelled):
            error_dialog.show_error(self._parent, payload)


class _SlowIndicator(QObject):
    """A busy dialog (no Cancel: a write in flight is not taken back) after half a second.

    The dialog is only built if the timer fires, so a quick write costs a timer.
    """

    def __init__(self, text: str, parent: QWidget | None) -> None:
        super().__init__()
        self._text, self._parent = text, parent
        self._dialog: DelayedProgressDialog | None = None
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._timer.start()

    def _on_timer_timeout(self) -> None:
        self._dialog = DelayedProgressDialog(self._text, self._parent, show_after_ms=0)
        self._dialog.setCancelButton(None)

    def stop(self) -> None:
        self._timer.stop()
        if self._dialog is not None:
            self._dialog.finish()
            self._dialog = None
