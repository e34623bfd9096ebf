"""``python -m testlab --help`` as a whole process, against a floor measured in the same run.

The floor is a bare interpreter that imports argparse (what any command line pays).
The help must come back in under 0.4 s (median of 5) and within a few times the floor,
so a module-level import of scipy, numpy or SQLAlchemy in the command line shows here.
Run on demand: ``make bench`` or
``.venv/bin/python -m pytest tests/benchmarks/test_cli_startup.py -s``.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 5
MAX_SECONDS = 0.4
MAX_RATIO = 4.0


def _timed(command: list[str], env: dict[str, str]) -> float:
    """Wall-clock seconds of one run of ``command``, from launch to exit."""
    start = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, done.stdout + done.stderr
    return elapsed


def test_help_starts_fast_against_a_bare_argparse_floor() -> None:
    env = {k: v for k, v in os.environ.items() if k != "TESTLAB_DATABASE_URL"}
    app = [sys.executable, "-m", "testlab", "--help"]
    floor = [sys.executable, "-c", "import argparse"]
    _timed(app, env)  # warm the file cache and .pyc files once
    _timed(floor, env)
    app_times, floor_times = [], []
    for _ in range(ROUNDS):
        floor_times.append(_timed(floor, env))
        app_times.append(_timed(app, env))
    app_median = statistics.median(app_times)
    floor_median = statistics.median(floor_times)
    ratio = app_median / floor_median
    print(f"\ntestlab --help: {app_median:.3f} s (runs {', '.join(f'{t:.3f}' for t in app_times)})"
          f"\n         floor: {floor_median:.3f} s "
          f"(runs {', '.join(f'{t:.3f}' for t in floor_times)})"
          f"\n         ratio {ratio:.2f} (limit {MAX_RATIO}), limit {MAX_SECONDS} s")
    assert app_median < MAX_SECONDS
    assert ratio <= MAX_RATIO
