"""Analysis results built by hand with the public statistics functions, for the chart tests."""

from __future__ import annotations

from testlab.analysis import stats
from testlab.analysis.results import (
    ABOVE,
    BELOW,
    CENTRE_GEOMETRIC_MEAN,
    NEAR,
    Breakdown,
    BreakdownGroup,
    Simplicity,
    StageFigures,
    TaskFigures,
    TaskFlags,
    TimeFigure,
)

FLAGS = (ABOVE, BELOW, NEAR, None)


def task(key: str, i: int, *, n: int = 12, target: float | None = 60.0) -> TaskFigures:
    """A task whose figures vary with ``i``; ``n`` attempts (few data below 5)."""
    successes = min(n, max(0, n - 1 - i % n))
    times = [20.0 + 7 * i + 3 * j for j in range(max(successes, 1))]
    ratings = [1 + (i + j) % 7 for j in range(n)]
    time = stats.task_time(times)
    return TaskFigures(
        key=key,
        title=f"Task {key}",
        scenario="",
        target_seconds=target,
        attempts=n,
        completion=stats.completion(successes, n),
        time=TimeFigure(time, CENTRE_GEOMETRIC_MEAN),
        time_to_failure=None,
        simplicity=Simplicity(stats.rating(ratings, 1, 7), 0.5),
        errors_per_attempt=0.0,
        assists_per_attempt=0.0,
        sum=None,
        flags=TaskFlags(FLAGS[i % 4], FLAGS[(i + 1) % 4], FLAGS[(i + 2) % 4]),
    )


def stage(name: str, keys: list[str], *, n: int = 12, shift: int = 0) -> StageFigures:
    return StageFigures(
        name=name,
        kind="beta",
        position=0,
        questionnaires=0,
        tasks=tuple(task(k, i + shift, n=n) for i, k in enumerate(keys)),
        sus=None,
        nps=None,
        satisfaction=None,
    )


def breakdown(stage_name: str, keys: list[str], centres: list[str]) -> Breakdown:
    return Breakdown(
        dimension="centre",
        groups=tuple(
            BreakdownGroup(c, c, (stage(stage_name, keys, n=3 + 2 * g, shift=g),))
            for g, c in enumerate(centres)
        ),
    )
