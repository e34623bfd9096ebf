"""The trusted cores an analysis calls give exactly what the public functions give.

An analysis passes sums from its own SQL and times it sorted (vectorised) straight to the
cores the public functions share: ``median_from_sorted``, ``task_time_from_checked_sums``,
``completion_from_checked`` ... Every result must be equal, not merely close, and made of
plain Python floats (the JSON writer expects them), whether the times come as a list or as
a numpy array.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from testlab.analysis import stats as s
from testlab.analysis.stats._common import Moments, moments_from_checked_sums, z_quantile
from testlab.analysis.stats.proportions import completion_from_checked
from testlab.analysis.stats.questionnaires import nps_from_checked_counts, sus_grade_of_checked
from testlab.analysis.stats.ratings import rating_from_checked_sums
from testlab.analysis.stats.sum_score import sum_score_from_checked_sums
from testlab.analysis.stats.times import (
    median_from_sorted,
    median_ranks,
    task_time_from_checked_sums,
)

SETTINGS = settings(max_examples=200, deadline=None)
LEVELS = st.sampled_from([0.80, 0.90, 0.95, 0.99])

#: Times of any length up to 80: below 25 (no rank interval), 25 and above, odd and even.
any_times = st.lists(st.floats(0.5, 7200.0), min_size=1, max_size=80)
#: Task times on the millisecond grid with ties, as the database stores them.
ms_times = st.lists(st.integers(1, 400_000).map(lambda ms: ms / 1000.0), min_size=1, max_size=80)


def _sums(values: Sequence[float]) -> tuple[int, float, float]:
    return len(values), math.fsum(values), math.fsum(v * v for v in values)


def _log_sums(values: Sequence[float]) -> tuple[int, float, float]:
    return _sums([math.log(v) for v in values])


def _shuffled(values: Sequence[float], seed: int) -> list[float]:
    out = list(values)
    random.Random(seed).shuffle(out)
    return out


def _plain(result: object) -> None:
    """Every number of a stats dataclass is a plain int/float/None, never a numpy scalar."""
    for name in result.__slots__:  # type: ignore[attr-defined]
        value = getattr(result, name)
        assert value is None or type(value) in (int, float, str), (name, type(value))


# --- the from-sorted median ----------------------------------------------------------------


@SETTINGS
@given(st.one_of(any_times, ms_times), LEVELS, st.integers(0, 2**32))
def test_median_from_sorted_equals_median_interval(
    values: list[float], level: float, seed: int
) -> None:
    expected = s.median_interval(_shuffled(values, seed), level)
    ordered = sorted(values)
    from_list = median_from_sorted(ordered, level)
    from_array = median_from_sorted(np.array(ordered, dtype=np.float64), level)
    assert from_list == expected
    assert from_array == expected
    _plain(from_list)
    _plain(from_array)
    assert expected.median == statistics.median(values)


@pytest.mark.parametrize("n", [1, 2, 3, 23, 24, 25, 26, 27, 100, 101, 300])
@pytest.mark.parametrize("level", [0.90, 0.95])
def test_median_from_sorted_at_the_edges(n: int, level: float) -> None:
    rng = np.random.default_rng(n)
    values = np.round(rng.lognormal(4.0, 0.6, n), 3)  # ms grid: ties happen
    ordered = np.sort(values)
    expected = s.median_interval(values.tolist(), level)
    result = median_from_sorted(ordered, level)
    assert result == expected
    assert result == median_from_sorted(ordered.tolist(), level)
    _plain(result)
    assert result.median == statistics.median(values.tolist())
    if n < s.MEDIAN_MIN_N:
        assert (result.low, result.high) == (None, None)
    else:
        low, high = median_ranks(n, level)
        assert (result.low, result.high) == (float(ordered[low - 1]), float(ordered[high - 1]))


def test_median_of_all_equal_times_is_that_time() -> None:
    ordered = np.full(30, 42.5)
    result = median_from_sorted(ordered, 0.95)
    assert (result.median, result.low, result.high) == (42.5, 42.5, 42.5)
    assert result == s.median_interval([42.5] * 30)


# --- task time from sums and sorted times --------------------------------------------------


@SETTINGS
@given(st.one_of(any_times, ms_times), LEVELS, st.integers(0, 2**32))
def test_task_time_from_sorted_times_equals_any_order(
    values: list[float], level: float, seed: int
) -> None:
    sums = _log_sums(values)
    shuffled = _shuffled(values, seed)
    expected = s.task_time_from_sums(*sums, level, times=shuffled)
    ordered = np.sort(np.array(values, dtype=np.float64))
    assert task_time_from_checked_sums(*sums, level, ordered) == expected
    assert task_time_from_checked_sums(*sums, level, sorted(values)) == expected
    assert s.task_time_from_sums(*sums, level, sorted_times=ordered) == expected
    assert s.task_time_from_sums(*sums, level, sorted_times=sorted(values)) == expected
    _plain(task_time_from_checked_sums(*sums, level, ordered))
    by_values = s.task_time(shuffled, level)
    assert (by_values.median, by_values.median_low, by_values.median_high) == (
        expected.median,
        expected.median_low,
        expected.median_high,
    )
    assert task_time_from_checked_sums(*sums, level) == s.task_time_from_sums(*sums, level)


def test_sorted_times_are_checked_by_the_public_function() -> None:
    sums = _log_sums([10.0, 20.0, 30.0])
    with pytest.raises(ValueError, match="ascending"):
        s.task_time_from_sums(*sums, sorted_times=[20.0, 10.0, 30.0])
    with pytest.raises(ValueError, match="greater than 0"):
        s.task_time_from_sums(*sums, sorted_times=np.array([-1.0, 10.0, 30.0]))
    with pytest.raises(ValueError, match="do not match"):
        s.task_time_from_sums(*sums, sorted_times=np.array([10.0, 20.0]))
    with pytest.raises(ValueError, match="not both"):
        s.task_time_from_sums(*sums, times=[10.0, 20.0, 30.0], sorted_times=[10.0, 20.0, 30.0])


def test_trusted_task_time_still_counts_the_times() -> None:
    with pytest.raises(ValueError, match="do not match"):
        task_time_from_checked_sums(*_log_sums([10.0, 20.0, 30.0]), 0.95, np.array([10.0]))


# --- the other cores -------------------------------------------------------------------------

counts = st.integers(1, 400).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n)))


@SETTINGS
@given(counts, LEVELS)
def test_completion_core_equals_completion(xn: tuple[int, int], level: float) -> None:
    result = completion_from_checked(*xn, z_quantile(level))
    assert result == s.completion(*xn, level)
    assert result.best == s.best_estimate(*xn, level)
    _plain(result)


@pytest.mark.parametrize("xn", [(0, 0), (3, 2), (-1, 2)])
def test_completion_core_refuses_impossible_counts(xn: tuple[int, int]) -> None:
    with pytest.raises(ValueError):
        completion_from_checked(*xn, 1.96)


@SETTINGS
@given(st.lists(st.integers(1, 7), min_size=1, max_size=60), LEVELS)
def test_rating_core_equals_rating_from_sums(values: list[int], level: float) -> None:
    n, total, total_sq = _sums([float(v) for v in values])
    result = rating_from_checked_sums(n, total, total_sq, 1.0, 7.0, level)
    assert result == s.rating_from_sums(n, total, total_sq, 1, 7, level)
    _plain(result)


@SETTINGS
@given(
    counts,
    st.lists(st.floats(1.0, 600.0), min_size=2, max_size=40),
    st.lists(st.integers(1, 7), min_size=2, max_size=40),
    st.floats(5.0, 300.0),
)
def test_sum_score_core_equals_sum_score_from_sums(
    xn: tuple[int, int], times: list[float], ratings: list[int], spec: float
) -> None:
    time_sums = _sums(times)
    rating_sums = _sums([float(r) for r in ratings])
    for t, r in [(time_sums, rating_sums), (time_sums, None), (None, rating_sums), (None, None)]:
        time_spec = spec if t else None
        rating_spec = s.SEQ_BENCHMARK if r else None
        result = sum_score_from_checked_sums(*xn, t, time_spec, r, rating_spec)
        assert result == s.sum_score_from_sums(*xn, t, time_spec, r, rating_spec)
        _plain(result)


def test_sum_score_core_refuses_what_the_public_function_refuses() -> None:
    with pytest.raises(ValueError, match="both the times"):
        sum_score_from_checked_sums(1, 2, (2, 3.0, 5.0), None, None, None)
    with pytest.raises(ValueError, match="more successes"):
        sum_score_from_checked_sums(3, 2, None, None, None, None)
    with pytest.raises(ValueError, match="at least two time"):
        sum_score_from_checked_sums(1, 2, (1, 3.0, 9.0), 10.0, None, None)


@SETTINGS
@given(st.integers(0, 200), st.integers(0, 200), st.integers(0, 200), LEVELS)
def test_nps_core_equals_nps_from_counts(p: int, m: int, d: int, level: float) -> None:
    if p + m + d == 0:
        return
    result = nps_from_checked_counts(p, m, d, z_quantile(level))
    assert result == s.nps_from_counts(p, m, d, level)
    _plain(result)


@pytest.mark.parametrize("score", [0.0, 51.7, 68.0, 84.0999, 84.1, 100.0])
def test_sus_grade_core_equals_sus_grade(score: float) -> None:
    assert sus_grade_of_checked(score) == s.sus_grade(score)


@SETTINGS
@given(st.lists(st.floats(-50.0, 50.0), min_size=1, max_size=40))
def test_moments_core_equals_from_sums(values: list[float]) -> None:
    sums = _sums(values)
    m = Moments.from_sums(*sums)
    assert moments_from_checked_sums(*sums) == (m.n, m.mean, m.var)
    assert Moments.from_checked_sums(*sums) == m
