"""Time on task: geometric mean with a t interval on log times, and the median for n ≥ 25.

Task times are skewed to the right, so the mean of ln(t) back-transformed (the geometric
mean) is the better centre for small samples, and its interval is asymmetric in seconds.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeAlias

import numpy as np
import numpy.typing as npt

from testlab.analysis.confidence import check_confidence
from testlab.analysis.stats._common import (
    Moments,
    check_times,
    moments_from_checked_sums,
    t_quantile,
    z_quantile,
)

#: From this many times up the median is shown (and given an interval) beside the geometric mean.
MEDIAN_MIN_N = 25

#: Times in ascending order, as a list or as a 1-D float64 numpy array.
SortedTimes: TypeAlias = Sequence[float] | npt.NDArray[np.float64]


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
    return _median_ranks(n, check_confidence(confidence))


@functools.lru_cache(maxsize=4096)
def _median_ranks(n: int, level: float) -> tuple[int, int]:
    """Core of :func:`median_ranks` for a checked level, memoised: a network analysis asks
    for the same few (n, level) pairs thousands of times.
    """
    half = z_quantile(level) * math.sqrt(n / 4.0)
    low = _round_half_up(n / 2.0 - half)
    high = _round_half_up(n / 2.0 + half)
    return max(1, min(n, low)), max(1, min(n, high))


def _median_parts(ordered: SortedTimes, level: float) -> tuple[float, float | None, float | None]:
    """Median and its rank interval (None below 25) of ascending values, as plain floats.

    The median is the middle value, or the mean of the two middle ones, exactly as
    ``statistics.median`` computes it (which would sort the values again).
    """
    n = len(ordered)
    mid = n // 2
    centre = float(ordered[mid] if n % 2 == 1 else (ordered[mid - 1] + ordered[mid]) / 2)
    if n < MEDIAN_MIN_N:
        return centre, None, None
    low_rank, high_rank = _median_ranks(n, level)
    return centre, float(ordered[low_rank - 1]), float(ordered[high_rank - 1])


def median_from_sorted(ordered: SortedTimes, level: float = 0.95) -> MedianInterval:
    """:func:`median_interval` of values already checked and sorted ascending (n ≥ 1).

    The trusted core the public function shares: ``ordered`` (a list or a 1-D float64
    numpy array) must hold positive finite times in ascending order and ``level`` must
    have been checked; neither is checked again, so an analysis can pass the times it
    sorted (vectorised) in one go.
    """
    centre, low, high = _median_parts(ordered, level)
    return MedianInterval(n=len(ordered), median=centre, low=low, high=high)


def median_interval(values: Sequence[float], confidence: float = 0.95) -> MedianInterval:
    """Median of the values; from 25 values up also its binomial rank interval.

    Below 25 the normal approximation to the ranks is too coarse, so low/high are None.
    """
    level = check_confidence(confidence)
    return median_from_sorted(sorted(check_times(values)), level)


def _task_time(
    n: int,
    log_mean: float,
    log_var: float | None,
    level: float,
    median: tuple[float, float | None, float | None] | None,
) -> TaskTime:
    """Shared core: everything from the moments of ln(t) (and an optional median)."""
    centre = math.exp(log_mean)
    low: float | None = None
    high: float | None = None
    if log_var is not None:
        if log_var == 0.0:
            low = high = centre
        else:
            half = t_quantile(level, n - 1) * math.sqrt(log_var / n)
            low = math.exp(log_mean - half)
            high = math.exp(log_mean + half)
    if median is None:
        return TaskTime(n, centre, low, high, None, None, None)
    return TaskTime(n, centre, low, high, *median)


def task_time(seconds: Sequence[float], confidence: float = 0.95) -> TaskTime:
    """Geometric mean of task times with its t interval on ln(t), plus the median.

    n = 1 gives no interval (None); all times equal give [t, t].
    """
    level = check_confidence(confidence)
    times = check_times(seconds)
    logs = Moments.from_values([math.log(t) for t in times])
    return _task_time(logs.n, logs.mean, logs.var, level, _median_parts(sorted(times), level))


def _check_median_count(given: int, n: int) -> None:
    """The times behind a median must be the ones the sums count."""
    if given != n:
        raise ValueError(f"The times given for the median ({given}) do not match the count ({n}).")


def task_time_from_sums(
    n: int,
    sum_log: float,
    sum_log_sq: float,
    confidence: float = 0.95,
    *,
    times: Sequence[float] | None = None,
    sorted_times: SortedTimes | None = None,
) -> TaskTime:
    """Task time from a GROUP BY's count, Σ ln t and Σ (ln t)².

    The median needs the values themselves: pass ``times`` (any order) for the groups
    shown and it is filled in as by :func:`task_time`; without them median fields are None.
    ``sorted_times`` is the same for times already in ascending order (a list or a 1-D
    numpy array), which are checked but not sorted again; give one of the two at most.
    """
    level = check_confidence(confidence)
    moments = Moments.from_sums(n, sum_log, sum_log_sq, "log times")
    if times is not None and sorted_times is not None:
        raise ValueError("Give the times for the median either sorted or not, not both.")
    ordered: SortedTimes | None = None
    if times is not None:
        ordered = sorted(check_times(times))
    elif sorted_times is not None:
        ordered = _check_ascending(sorted_times)
    median = None
    if ordered is not None:
        _check_median_count(len(ordered), moments.n)
        median = _median_parts(ordered, level)
    return _task_time(moments.n, moments.mean, moments.var, level, median)


def _check_ascending(sorted_times: SortedTimes) -> list[float]:
    """Check times said to be sorted: positive finite numbers in ascending order."""
    as_list = sorted_times.tolist() if isinstance(sorted_times, np.ndarray) else sorted_times
    values = check_times(as_list)
    if any(b < a for a, b in zip(values, values[1:], strict=False)):
        raise ValueError("The sorted times must be in ascending order.")
    return values


def task_time_from_checked_sums(
    n: int,
    sum_log: float,
    sum_log_sq: float,
    level: float,
    sorted_times: SortedTimes | None = None,
) -> TaskTime:
    """:func:`task_time_from_sums` for our own SQL's sums (n ≥ 1), a checked level and
    times (if any) already sorted ascending: the same arithmetic without the checks, bar
    the count of the times against n.
    """
    count, log_mean, log_var = moments_from_checked_sums(n, sum_log, sum_log_sq, "log times")
    median = None
    if sorted_times is not None:
        if len(sorted_times) != count:
            _check_median_count(len(sorted_times), count)  # raises
        median = _median_parts(sorted_times, level)
    return _task_time(count, log_mean, log_var, level, median)
