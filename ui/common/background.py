"""The one background-task helper: run a plain function on a thread pool, get its result back.

Usage (from the GUI thread)::

    runner = TaskRunner()
    runner.run("centres.list", lambda: list_centres(db, text),
               on_done=self._on_centres_listed, on_error=self._on_task_failed)

    runner.run_with_progress(
        "demo.load",
        lambda progress, cancelled: load_demo_network(db, seed=1, progress=progress,
                                                      cancelled=cancelled),
        on_done=..., on_progress=lambda done, total: ...)

``on_done`` / ``on_error`` / ``on_progress`` are called in the GUI thread.  Each
call of ``run`` for a key supersedes the earlier ones: a result that arrives
after a newer request for the same key is dropped, so a slow search can never
overwrite the answer to the one typed after it.  The work itself is a plain
function that knows nothing of Qt (Orange3's ``progress``/``cancelled`` style).
"""

from __future__ import annotations

import contextlib
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


@dataclass
class Task:
    """A request handed to the pool; ``cancel()`` asks the work to stop (if it listens)."""

    key: str
    request_id: int
    _cancel: threading.Event = field(default_factory=threading.Event)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()


@dataclass
class _Callbacks:
    on_done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    on_progress: Callable[[int, int], None] | None
    owner: QObject | None
    on_dropped: Callable[[], None] | None = None

    def owner_gone(self) -> bool:
        """The widget that asked was deleted meanwhile: nobody is left to tell."""
        return self.owner is not None and not shiboken6.isValid(self.owner)


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits on it, so slots run in the GUI thread."""

    finished = Signal(int, bool, object)  # request id, succeeded, result or exception
    progressed = Signal(int, int, int)  # request id, done, total


class _Job(QRunnable):
    def __init__(self, task: Task, work: Callable[[Progress, Cancelled], Any],
                 relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._work = work
        self._relay = relay

    def run(self) -> None:
        task, relay = self._task, self._relay

        def progress(done: int, total: int) -> None:
            relay.progressed.emit(task.request_id, int(done), int(total))

        try:
            result = self._work(progress, lambda: task.is_cancelled)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self._emit(False, exc)
        else:
            self._emit(True, result)

    def _emit(self, succeeded: bool, payload: object) -> None:
        # RuntimeError: the runner was deleted (the window closed): nobody is left to tell.
        with contextlib.suppress(RuntimeError):
            self._relay.finished.emit(self._task.request_id, succeeded, payload)


class TaskRunner(QObject):
    """Runs work on a QThreadPool; results come back through a queued signal.

    ``serial_runner()`` makes one whose pool has a single thread: its jobs run one
    after another in the order they were started (the console's writes).
    """

    task_started = Signal(str)
    task_finished = Signal(str)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_relay_finished)
        self._relay.progressed.connect(self._on_relay_progressed)
        self._ids = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._pending: dict[int, tuple[Task, _Callbacks]] = {}

    def run(self, key: str, fn: Callable[[], Any], on_done: Callable[[Any], None],
            on_error: Callable[[BaseException], None] | None = None,
            owner: QObject | None = None) -> Task:
        """Run ``fn()`` off the GUI thread; ``on_done(result)`` unless superseded.

        ``owner``: the widget the callbacks belong to; if it is deleted before the
        result arrives, the result is dropped.
        """
        return self.run_with_progress(key, lambda _progress, _cancelled: fn(), on_done,
                                      on_error=on_error, owner=owner)

    def run_with_progress(
        self, key: str, work: Callable[[Progress, Cancelled], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        owner: QObject | None = None,
        on_dropped: Callable[[], None] | None = None,
    ) -> Task:
        """Run ``work(progress, cancelled)`` off the GUI thread; newest request per key wins.

        ``on_dropped()``: called (at once, in the GUI thread) when a newer request for
        ``key`` supersedes this one, whose answer will never be delivered.
        """
        task = Task(key, next(self._ids))
        previous = self._latest.get(key)
        if previous is not None and previous in self._pending:
            older, callbacks = self._pending[previous]
            older.cancel()
            if callbacks.on_dropped is not None and not callbacks.owner_gone():
                callbacks.on_dropped()
        self._latest[key] = task.request_id
        self._pending[task.request_id] = (
            task, _Callbacks(on_done, on_error, on_progress, owner, on_dropped))
        self.task_started.emit(key)
        self._pool.start(_Job(task, work, self._relay))
        return task

    def is_busy(self, key: str | None = None) -> bool:
        """Whether any task (or the latest one for ``key``) is still running."""
        if key is None:
            return bool(self._pending)
        return self._latest.get(key) in self._pending

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool is idle (for shutting down and for tests)."""
        return self._pool.waitForDone(msecs)

    def _on_relay_progressed(self, request_id: int, done: int, total: int) -> None:
        entry = self._pending.get(request_id)
        if entry is None or self._latest.get(entry[0].key) != request_id:
            return
        if entry[1].on_progress is not None and not entry[1].owner_gone():
            entry[1].on_progress(done, total)

    def _on_relay_finished(self, request_id: int, succeeded: bool, payload: object) -> None:
        entry = self._pending.pop(request_id, None)
        if entry is None:
            return
        task, callbacks = entry
        if self._latest.get(task.key) != request_id:
            return  # a newer request for this key was made: this answer is stale
        del self._latest[task.key]
        self.task_finished.emit(task.key)
        if callbacks.owner_gone():
            return
        if succeeded:
            callbacks.on_done(payload)
        elif callbacks.on_error is not None:
            assert isinstance(payload, BaseException)
            callbacks.on_error(payload)
        else:
            assert isinstance(payload, BaseException)
            raise payload


def serial_runner(parent: QObject | None = None) -> TaskRunner:
    """A runner whose jobs run one at a time, first started first done (writes in order)."""
    pool = QThreadPool(parent)
    pool.setMaxThreadCount(1)
    return TaskRunner(pool, parent)
