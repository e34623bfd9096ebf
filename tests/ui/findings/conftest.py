"""Collect cyclic garbage between tests, on the GUI thread.

Widgets left in reference cycles by a test would otherwise be freed whenever the
collector next runs, which may be on a worker thread listing the next test's
findings: Qt objects must be deleted on the thread that owns them.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread() -> Iterator[None]:
    yield
    gc.collect()
