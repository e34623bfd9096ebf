"""gc_paused: the collector stays off while any paused block runs, in any thread."""

from __future__ import annotations

import gc
import threading

from testlab.gc_pause import gc_paused


def test_overlapping_blocks_in_two_threads_keep_the_collector_off_until_the_last_ends() -> None:
    assert gc.isenabled()
    other_inside, other_may_end, other_ended = (threading.Event(), threading.Event(),
                                                threading.Event())
    seen: list[bool] = []

    def other() -> None:  # begins first and ends first, while this thread's block runs
        with gc_paused():
            other_inside.set()
            other_may_end.wait(5)
        other_ended.set()

    thread = threading.Thread(target=other)
    thread.start()
    other_inside.wait(5)
    with gc_paused():
        other_may_end.set()
        other_ended.wait(5)
        seen.append(gc.isenabled())  # the first block ended: still paused for this one
    thread.join(5)
    assert seen == [False]
    assert gc.isenabled()


def test_nested_blocks_and_a_collector_already_off() -> None:
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with gc_paused():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()
