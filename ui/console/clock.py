"""Monotonic time for the console: a wall-clock change on the PC never alters a time.

``Clock`` is the seam tests use: the console reads every time from a clock it
is given, ``QtClock`` (a running ``QElapsedTimer``) in the app, a fake in tests.
``Stopwatch`` is the task timer: start, pause (an interruption that is not the
participant's time), resume, stop, continue.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QElapsedTimer


class Clock(Protocol):
    """Milliseconds on a monotonic scale (only differences mean anything)."""

    def now_ms(self) -> int: ...


class QtClock:
    """The real clock: a ``QElapsedTimer`` started when the clock is made."""

    def __init__(self) -> None:
        self._timer = QElapsedTimer()
        self._timer.start()

    def now_ms(self) -> int:
        return int(self._timer.elapsed())


class TimerState(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    STOPPED = "stopped"


class Stopwatch:
    """Time on task: the sum of the running stretches between start/resume and pause/stop."""

    def __init__(self, clock: Clock) -> None:
        self._clock = clock
        self._banked_ms = 0
        self._since_ms: int | None = None
        self.state = TimerState.IDLE

    def start_or_stop(self) -> TimerState:
        """Space: start (or continue after a stop); stop when running or paused."""
        if self.state in (TimerState.IDLE, TimerState.STOPPED):
            self._run()
        else:
            self._bank()
            self.state = TimerState.STOPPED
        return self.state

    def pause_or_resume(self) -> TimerState:
        """P: pause a running timer, resume a paused one; nothing otherwise."""
        if self.state == TimerState.RUNNING:
            self._bank()
            self.state = TimerState.PAUSED
        elif self.state == TimerState.PAUSED:
            self._run()
        return self.state

    def reset(self) -> None:
        """Back to 0:00, idle (a new task)."""
        self._banked_ms, self._since_ms, self.state = 0, None, TimerState.IDLE

    def restore(self, milliseconds: int, state: TimerState) -> None:
        """Take up a kept timer: ``milliseconds`` timed so far, running on from now if so."""
        self._banked_ms = max(0, milliseconds)
        self._since_ms = self._clock.now_ms() if state == TimerState.RUNNING else None
        self.state = state

    def elapsed_ms(self) -> int:
        """Milliseconds timed so far, including the current running stretch."""
        running = self._clock.now_ms() - self._since_ms if self._since_ms is not None else 0
        return self._banked_ms + max(0, running)

    def _run(self) -> None:
        self._since_ms = self._clock.now_ms()
        self.state = TimerState.RUNNING

    def _bank(self) -> None:
        if self._since_ms is not None:
            self._banked_ms += max(0, self._clock.now_ms() - self._since_ms)
        self._since_ms = None
