"""How a long function reports progress and learns that the user cancelled.

Long domain functions (analysis, import, demo load) take ``progress(done, total)``
and ``cancelled()`` callables and know nothing of threads; the window passes
callables that cross to its GUI thread, the command line passes none.  Each
function stops with its own exception (``stop``) when ``cancelled()`` turns true.
"""

from __future__ import annotations

from collections.abc import Callable

#: Called with (steps done, steps in all) as the work advances.
Progress = Callable[[int, int], None]
#: Asked between steps; True means stop as soon as possible.
CancelCheck = Callable[[], bool]


def stop_if_cancelled(cancelled: CancelCheck | None, stop: Callable[[], BaseException]) -> None:
    """Raise ``stop()`` when the caller's ``cancelled()`` says so."""
    if cancelled is not None and cancelled():
        raise stop()


def report(done: int, total: int, progress: Progress | None, cancelled: CancelCheck | None,
           stop: Callable[[], BaseException]) -> None:
    """Stop if cancelled, else tell ``progress`` that ``done`` of ``total`` are done."""
    stop_if_cancelled(cancelled, stop)
    if progress is not None:
        progress(done, total)


class Steps:
    """Counts a fixed number of steps for ``progress``, checking ``cancelled`` before each."""

    def __init__(self, total: int, progress: Progress | None, cancelled: CancelCheck | None,
                 stop: Callable[[], BaseException]) -> None:
        self.done, self.total = 0, total
        self._progress, self._cancelled, self._stop = progress, cancelled, stop

    def step(self) -> None:
        """One step is done (or ``stop()`` is raised, if the caller cancelled)."""
        stop_if_cancelled(self._cancelled, self._stop)
        self.done += 1
        if self._progress is not None:
            self._progress(min(self.done, self.total), self.total)
