"""Rating scales (SEQ, satisfaction): mean with a t interval, and a test against a benchmark.

Ratings are bounded, so the interval is clipped to the scale for display; the test
against a benchmark (SEQ 5.5) is a one-sample t-test, two-sided and one-sided "greater".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from testlab.analysis.confidence import check_confidence, check_number
from testlab.analysis.stats._common import (
    Moments,
    check_count,
    check_values,
    moments_from_checked_sums,
    t_p_greater,
    t_p_two_sided,
    t_quantile,
)

#: Single Ease Question: 7 points, 1 "very difficult" … 7 "very easy".
SEQ_SCALE_MIN = 1
SEQ_SCALE_MAX = 7
SEQ_QUESTION = "Overall, how difficult or easy was the task to complete?"
#: Historical average SEQ rating (Sauro & Lewis): the line on charts and in tests.
SEQ_BENCHMARK = 5.5


@dataclass(frozen=True, slots=True)
class RatingSummary:
    """Mean rating with its t interval clipped to the scale; sd/low/high None when n = 1."""

    n: int
    mean: float
    sd: float | None
    low: float | None
    high: float | None


@dataclass(frozen=True, slots=True)
class BenchmarkTest:
    """One-sample t-test of ratings against a benchmark.

    ``p_value`` is two-sided, ``p_greater`` one-sided for "the mean is above the benchmark".
    With no variability t is ±inf (0 when the mean equals the benchmark) and the p-values
    are 0 or 1, as for comparisons.
    """

    t: float
    df: int
    p_value: float
    p_greater: float


def _check_scale(scale_min: float, scale_max: float) -> tuple[float, float]:
    """A scale needs its lowest point below its highest."""
    low = check_number(scale_min, "lowest point of the scale")
    high = check_number(scale_max, "highest point of the scale")
    if high <= low:
        raise ValueError(
            f"The scale's highest point ({high:g}) must be above its lowest ({low:g})."
        )
    return low, high


def _rating(
    n: int, mean: float, var: float | None, low_end: float, high_end: float, level: float
) -> RatingSummary:
    """Shared core: summary and clipped t interval from the moments of the ratings."""
    if not low_end <= mean <= high_end:
        raise ValueError(f"The mean rating {mean:g} is off the scale {low_end:g}–{high_end:g}.")
    if var is None:
        return RatingSummary(n=n, mean=mean, sd=None, low=None, high=None)
    sd = math.sqrt(var)
    if var == 0.0:
        return RatingSummary(n=n, mean=mean, sd=0.0, low=mean, high=mean)
    half = t_quantile(level, n - 1) * sd / math.sqrt(n)
    return RatingSummary(
        n=n,
        mean=mean,
        sd=sd,
        low=max(low_end, mean - half),
        high=min(high_end, mean + half),
    )


def rating(
    values: Sequence[float], scale_min: float, scale_max: float, confidence: float = 0.95
) -> RatingSummary:
    """Mean of ratings on ``scale_min``..``scale_max`` with its t interval (clipped to the scale)."""
    low_end, high_end = _check_scale(scale_min, scale_max)
    level = check_confidence(confidence)
    ratings = check_values(values, "ratings")
    for v in ratings:
        if not low_end <= v <= high_end:
            raise ValueError(
                f"Every rating must be on the scale {low_end:g}–{high_end:g}; got {v:g}."
            )
    m = Moments.from_values(ratings)
    return _rating(m.n, m.mean, m.var, low_end, high_end, level)


def rating_from_sums(
    n: int,
    total: float,
    total_sq: float,
    scale_min: float,
    scale_max: float,
    confidence: float = 0.95,
) -> RatingSummary:
    """:func:`rating` from a GROUP BY's count, Σ rating and Σ rating²."""
    low_end, high_end = _check_scale(scale_min, scale_max)
    level = check_confidence(confidence)
    m = Moments.from_sums(n, total, total_sq, "ratings")
    return _rating(m.n, m.mean, m.var, low_end, high_end, level)


def rating_from_checked_sums(
    n: int, total: float, total_sq: float, scale_min: float, scale_max: float, level: float
) -> RatingSummary:
    """:func:`rating_from_sums` for sums known to be numbers (our own SQL's), a scale given
    as floats with its lowest point below its highest, and a level already checked: the
    same core without the type checks.
    """
    count, mean, var = moments_from_checked_sums(n, total, total_sq, "ratings")
    return _rating(count, mean, var, scale_min, scale_max, level)


def _vs_benchmark(moments: Moments, benchmark: float) -> BenchmarkTest:
    """Shared core of the one-sample t-test."""
    if moments.var is None:
        raise ValueError("A test against a benchmark needs at least two ratings (got 1).")
    df = moments.n - 1
    diff = moments.mean - benchmark
    if moments.var == 0.0:
        # No variability: the mean is exact, so the answer is certain either way.
        if diff == 0.0:
            return BenchmarkTest(t=0.0, df=df, p_value=1.0, p_greater=1.0)
        return BenchmarkTest(
            t=math.copysign(math.inf, diff),
            df=df,
            p_value=0.0,
            p_greater=0.0 if diff > 0.0 else 1.0,
        )
    t_stat = diff / math.sqrt(moments.var / moments.n)
    return BenchmarkTest(
        t=t_stat, df=df, p_value=t_p_two_sided(t_stat, df), p_greater=t_p_greater(t_stat, df)
    )


def rating_vs_benchmark(values: Sequence[float], benchmark: float = SEQ_BENCHMARK) -> BenchmarkTest:
    """One-sample t-test of the ratings against ``benchmark`` (SEQ: 5.5)."""
    mark = check_number(benchmark, "benchmark")
    ratings = check_values(values, "ratings", minimum=2)
    return _vs_benchmark(Moments.from_values(ratings), mark)


def rating_vs_benchmark_from_sums(
    n: int, total: float, total_sq: float, benchmark: float = SEQ_BENCHMARK
) -> BenchmarkTest:
    """:func:`rating_vs_benchmark` from a GROUP BY's count, Σ rating and Σ rating²."""
    mark = check_number(benchmark, "benchmark")
    check_count(n, "number of ratings", minimum=2)
    return _vs_benchmark(Moments.from_sums(n, total, total_sq, "ratings"), mark)
