"""Pausing Python's cyclic garbage collector around work that allocates in bulk.

An import or an analysis builds hundreds of thousands of objects that live until it
ends and form no cycles; the collector's repeated full passes over them cost up to a
third of the time. Reference counting still frees everything as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic collector for the block; restore it after (if it was on)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
