"""Time on task: geometric mean with a t interval on log times, and the median for n ≥ 25.

Task times are skewed to the right, so the mean of ln(t) back-transformed (the geometric
mean) is the better centre for small samples, and its interval is asymmetric in seconds.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from dataclasses import dataclass

from testlab.analysis.stats._common import (
    Moments,
    check_confidence,
    check_times,
    t_quantile,
    z_quantile,
)

#: From this many times up the median is shown (and given an interval) beside the geometric mean.
MEDIAN_MIN_N = 25


@dataclass(frozen=True, slots=True)
class MedianInterval:
    """Sample median with its binomial rank interval (None below 25 values)."""

    n: int
    median: float
    low: float | None
    high: float | None


@dataclass(frozen=True, slots=True)
class TaskTime:
    """Geometric mean time with its interval, and the median with its interval (seconds)."""

    n: int
    geometric_mean: float
    low: float | None
    high: float | None
    median: float | None
    median_low: float | None
    median_high: float | None


def _round_half_up(x: float) -> int:
    """Round .5 up (the textbook rule), not to even as Python's round() does."""
    return math.floor(x + 0.5)


def median_ranks(n: int, confidence: float = 0.95) -> tuple[int, int]:
    """1-based ranks n/2 ± z·√(n/4), rounded half up and clamped to [1, n]."""
    z = z_quantile(check_confidence(confidence))
    half = z * math.sqrt(n / 4.0)
    low = _round_half_up(n / 2.0 - half)
    high = _round_half_up(n / 2.0 + half)
    return max(1, min(n, low)), max(1, min(n, high))


def median_interval(values: Sequence[float], confidence: float = 0.95) -> MedianInterval:
    """Median of the values; from 25 values up also its binomial rank interval.

    Below 25 the normal approximation to the ranks is too coarse, so low/high are None.
    """
    level = check_confidence(confidence)
    ordered = sorted(check_times(values))
    n = len(ordered)
    centre = float(statistics.median(ordered))
    if n < MEDIAN_MIN_N:
        return MedianInterval(n=n, median=centre, low=None, high=None)
    low_rank, high_rank = median_ranks(n, level)
    return MedianInterval(
        n=n, median=centre, low=ordered[low_rank - 1], high=ordered[high_rank - 1]
    )


def _task_time(log_moments: Moments, level: float, median: MedianInterval | None) -> TaskTime:
    """Shared core: everything from the moments of ln(t) (and an optional median)."""
    n = log_moments.n
    centre = math.exp(log_moments.mean)
    low: float | None = None
    high: float | None = None
    if log_moments.var is not None:
        if log_moments.var == 0.0:
            low = high = centre
        else:
            half = t_quantile(level, n - 1) * math.sqrt(log_moments.var / n)
            low = math.exp(log_moments.mean - half)
            high = math.exp(log_moments.mean + half)
    return TaskTime(
        n=n,
        geometric_mean=centre,
        low=low,
        high=high,
        median=None if median is None else median.median,
        median_low=None if median is None else median.low,
        median_high=None if median is None else median.high,
    )


def task_time(seconds: Sequence[float], confidence: float = 0.95) -> TaskTime:
    """Geometric mean of task times with its t interval on ln(t), plus the median.

    n = 1 gives no interval (None); all times equal give [t, t].
    """
    level = check_confidence(confidence)
    times = check_times(seconds)
    logs = [math.log(t) for t in times]
    return _task_time(Moments.from_values(logs), level, median_interval(times, level))


def task_time_from_sums(
    n: int,
    sum_log: float,
    sum_log_sq: float,
    confidence: float = 0.95,
    *,
    times: Sequence[float] | None = None,
) -> TaskTime:
    """Task time from a GROUP BY's count, Σ ln t and Σ (ln t)².

    The median needs the values themselves: pass ``times`` (any order) for the groups
    shown and it is filled in as by :func:`task_time`; without them median fields are None.
    """
    level = check_confidence(confidence)
    moments = Moments.from_sums(n, sum_log, sum_log_sq, "log times")
    median: MedianInterval | None = None
    if times is not None:
        median = median_interval(times, level)
        if median.n != moments.n:
            raise ValueError(
                f"The times given for the median ({median.n}) do not match the count ({moments.n})."
            )
    return _task_time(moments, level, median)
