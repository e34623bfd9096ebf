"""Benchmark of the Results section on the one-million-attempt database (run on demand).

    .venv/bin/python -m pytest tests/benchmarks/test_results_bench.py -s -p no:cacheprovider

(a) Switching product, then stage, in the real window: the time from the choice to the
new table *and* chart drawn (the analysis off the GUI thread, then the table filled and
the chart drawn by Agg on the GUI thread, then one round of painting), median of 10,
must stay under 300 ms; on the Stage results page and on the Charts page.
(b) While the whole network (200 products) is analysed in the background, a 10 ms
QTimer on the GUI thread is never more than 50 ms late.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QElapsedTimer, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from testlab.db.database import Database, open_database
from testlab.services.analysis import network_statistics
from tests.benchmarks.bench_data import cached_sqlite
from ui.app import build_main_window
from ui.common.operations import CoreCall
from ui.results.results_section import ResultsSection

TARGET_SWITCH_MS = 300.0
TARGET_STALL_MS = 50.0
SWITCHES = 10
TICK_MS = 10


@pytest.fixture(scope="module")
def bench_db() -> Iterator[Database]:
    db = open_database(str(cached_sqlite()))
    yield db
    db.close()


@pytest.fixture
def section(qtbot, bench_db, tmp_path) -> Iterator[ResultsSection]:
    window = build_main_window(bench_db, QSettings(str(tmp_path / "s.ini"),
                                                   QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_section("results")
    results = window.section("results")
    assert isinstance(results, ResultsSection)
    qtbot.waitUntil(lambda: results.product.count() == 200 and not results.busy_working,
                    timeout=60_000)
    yield results
    window.context.tasks.wait(60_000)


def _switch(qtbot, section: ResultsSection, change) -> float:
    """Milliseconds from a choice to its figures shown and painted."""
    started = time.perf_counter()
    with qtbot.waitSignal(section.analysis_shown, timeout=30_000):
        change()
    QApplication.processEvents()  # the table's and the canvas' paint events
    return (time.perf_counter() - started) * 1000


@pytest.mark.parametrize("page", ["tasks", "charts"])
def test_switching_product_or_stage(qtbot, section: ResultsSection, page: str) -> None:
    section.tabs.setCurrentWidget(getattr(section, page))
    qtbot.waitUntil(lambda: not section.busy_working, timeout=30_000)
    names = [section.product.itemText(i) for i in range(section.product.count())]
    products = [n for n in names if n != section.product.currentText()][5:5 + SWITCHES]
    product_ms = [_switch(qtbot, section, lambda n=n: section.product.setCurrentText(n))
                  for n in products]
    stages = [section.stage.itemText(i) for i in range(section.stage.count())]
    stage_ms = []
    for k in range(SWITCHES):
        name = stages[k % len(stages)]
        if name == section.stage.currentText():
            name = stages[(k + 1) % len(stages)]
        stage_ms.append(_switch(qtbot, section, lambda n=name: section.stage.setCurrentText(n)))
    tasks = section.tasks.tasks_model.rowCount()
    print(f"\nResults, {page} page ({tasks} task rows shown): product switch median "
          f"{statistics.median(product_ms):.0f} ms (max {max(product_ms):.0f}), stage switch "
          f"median {statistics.median(stage_ms):.0f} ms (max {max(stage_ms):.0f})")
    assert statistics.median(product_ms) < TARGET_SWITCH_MS
    assert statistics.median(stage_ms) < TARGET_SWITCH_MS


def test_gui_never_stalls_while_the_network_is_analysed(qtbot, section: ResultsSection,
                                                        bench_db: Database) -> None:
    lateness: list[float] = []
    clock = QElapsedTimer()
    timer = QTimer()
    timer.setInterval(TICK_MS)
    last = [0]

    def tick() -> None:
        now = clock.elapsed()
        lateness.append(now - last[0] - TICK_MS)
        last[0] = now

    timer.timeout.connect(tick)
    done: list[object] = []
    started = time.perf_counter()
    CoreCall(section, lambda: network_statistics(bench_db)).success(done.append) \
        .run_in_background(section._context.tasks, "bench.network")
    clock.start()
    timer.start()
    # Meanwhile the designer keeps working: another product's results, while the network runs.
    section.product.setCurrentIndex(7)
    qtbot.waitUntil(lambda: bool(done), timeout=600_000)
    timer.stop()
    seconds = time.perf_counter() - started
    worst = max(lateness[1:])
    print(f"\nwhole network ({len(done[0])} products) analysed in {seconds:.1f} s off the GUI "
          f"thread: {len(lateness)} ticks of {TICK_MS} ms, worst lateness {worst:.0f} ms, "
          f"99th percentile {statistics.quantiles(lateness, n=100)[98]:.0f} ms")
    assert worst < TARGET_STALL_MS
