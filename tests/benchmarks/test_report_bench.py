"""Benchmark of the PDF findings report (issue 15), run on demand:

    .venv/bin/python -m pytest tests/benchmarks/test_report_bench.py -s -p no:cacheprovider

A demo product with five stages ("Vista TV interface"), measured in the same run, best
of three after one warm-up build (fonts registered, matplotlib imported):
(a) the whole report; (b) rendering its charts alone; (c) the same report laid out
without charts (blanks of the charts' size). Targets: (a) under 3 s, and (a) at most
1.3 × ((b) + (c)): building costs nothing beyond drawing the charts and laying out.

Measured 2026-12-04 on the shared 2-core machine (load average 1.7–2.8 from other
sessions), 8 charts, 25 pages: (a) 2.29 / 2.46 / 2.74 s, (b) 1.54–1.63 s, (c) 0.73–0.83 s,
(a) / ((b) + (c)) = 0.94–1.17. Rendering the charts in a process pool (``workers=2``)
was slower under that load (2.96–3.67 s), so the default is one process. The margin
to 3 s is thin on a loaded machine: the charts are two thirds of the time.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from testlab.db.database import Database
from testlab.reports.pdf import ReportOptions, build_report, results
from testlab.reports.pdf import build as build_module
from testlab.reports.pdf.charts import render_all

PRODUCT = "Vista TV interface"
TARGET_SECONDS = 3.0
TARGET_RATIO = 1.3


def _best(work: Callable[[], object], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def test_a_five_stage_report_builds_in_under_3_s_and_costs_no_more_than_its_parts(
        demo_db: Database, tmp_path: Path) -> None:
    options = ReportOptions()
    data = build_module.gather(demo_db, PRODUCT, options, tick=lambda: None)
    assert len(data.analysis.stages) == 5
    jobs = list(results.chart_jobs(data).values())
    build_report(demo_db, PRODUCT, tmp_path / "warm.pdf", options)

    whole = _best(lambda: build_report(demo_db, PRODUCT, tmp_path / "r.pdf", options))
    charts = _best(lambda: render_all(jobs))
    bare = _best(lambda: build_report(demo_db, PRODUCT, tmp_path / "bare.pdf", options,
                                      charts=False))
    ratio = whole / (charts + bare)
    print(f"\nreport of {PRODUCT} ({len(jobs)} charts): whole {whole:.2f} s; "
          f"charts alone {charts:.2f} s; without charts {bare:.2f} s; "
          f"whole / (charts + without) = {ratio:.2f}")
    assert whole < TARGET_SECONDS, f"{whole:.2f} s"
    assert ratio <= TARGET_RATIO, f"{ratio:.2f}"
