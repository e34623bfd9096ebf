"""Pausing Python's cyclic garbage collector around work that allocates in bulk.

An import or an analysis builds hundreds of thousands of objects that live until it
ends and form no cycles; the collector's repeated full passes over them cost up to a
third of the time. Reference counting still frees everything as usual.

The collector is one per process, so the pause is counted: while any paused block runs
(in any thread), it stays off. Otherwise the first of two overlapping analyses to end
would turn it back on under the other, whose next allocations would then make it scan
everything that analysis had built so far, in one pass holding the interpreter lock
(the window's GUI thread stalled 130-200 ms when a product was chosen while the whole
network was being analysed).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = 0  # blocks running now
_restore = False  # whether the collector was on when the first of them began


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block; restore it after the last paused block
    running (in any thread) ends, if it was on when the first began."""
    global _paused, _restore
    with _lock:
        if _paused == 0:
            _restore = gc.isenabled()
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            if _paused == 0 and _restore:
                gc.enable()
