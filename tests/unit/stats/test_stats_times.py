"""Task time: geometric mean and log-t interval against scipy; median and its rank interval."""

from __future__ import annotations

import math
import statistics

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy import stats

from testlab.analysis.stats import median_interval, task_time
from testlab.analysis.stats.times import _round_half_up, median_ranks

times_lists = st.lists(
    st.floats(min_value=1.0, max_value=3600.0, allow_nan=False), min_size=2, max_size=40
)


@settings(max_examples=200, deadline=None)
@given(times_lists, st.sampled_from([0.90, 0.95, 0.99]))
def test_matches_scipy_gmean_and_t_interval_on_logs(times: list[float], level: float) -> None:
    logs = np.log(times)
    result = task_time(times, level)
    assert result.geometric_mean == pytest.approx(stats.gmean(times), rel=1e-10)
    assert result.low is not None and result.high is not None
    if np.ptp(logs) > 1e-6:
        low, high = stats.t.interval(level, len(times) - 1, loc=logs.mean(), scale=stats.sem(logs))
        assert result.low == pytest.approx(math.exp(low), rel=1e-9)
        assert result.high == pytest.approx(math.exp(high), rel=1e-9)
    assert result.low <= result.geometric_mean <= result.high


def test_interval_is_asymmetric_in_seconds() -> None:
    result = task_time([55, 65, 75, 62, 45, 135])
    assert result.low is not None and result.high is not None
    assert result.high - result.geometric_mean > result.geometric_mean - result.low


def test_one_time_has_no_interval() -> None:
    result = task_time([42.0])
    assert result.n == 1
    assert result.geometric_mean == pytest.approx(42.0)
    assert (result.low, result.high) == (None, None)
    assert result.median == 42.0
    assert (result.median_low, result.median_high) == (None, None)


@pytest.mark.parametrize("n", [2, 5, 30])
def test_all_times_equal_give_a_point_interval(n: int) -> None:
    result = task_time([37.3] * n)
    assert result.geometric_mean == pytest.approx(37.3, rel=1e-15)
    assert result.low == result.high == result.geometric_mean
    assert result.median == 37.3
    if n >= 25:
        assert result.median_low == result.median_high == 37.3


def test_median_interval_only_from_25_times() -> None:
    assert task_time(list(range(1, 25))).median_low is None
    result = task_time(list(range(1, 26)))
    # ranks 12.5 ± 1.96·2.5 = 7.6 and 17.4 → 8 and 17 (1-based)
    assert (result.median, result.median_low, result.median_high) == (13, 8, 17)


def test_median_of_even_count_is_mean_of_middle_two() -> None:
    result = median_interval([4, 1, 3, 2])
    assert result.median == 2.5
    assert result.low is None


def test_round_half_up_not_bankers() -> None:
    assert [_round_half_up(x) for x in (0.5, 1.5, 2.5, 3.5, 2.4999, 2.6)] == [1, 2, 3, 4, 2, 3]


def test_ranks_are_clamped_to_the_sample() -> None:
    for n in (25, 26, 100):
        low, high = median_ranks(n, 0.999999)
        assert 1 <= low <= high <= n
    assert median_ranks(25, 0.9999999999) == (1, 25)


@pytest.mark.parametrize("level", [0.90, 0.95, 0.99])
@pytest.mark.parametrize("n", [25, 26, 31, 50, 99, 100, 250, 1000])
def test_rank_interval_against_scipy_binomial(n: int, level: float) -> None:
    low, high = median_ranks(n, level)
    # The order statistics x_(low)..x_(high) cover the median with P(low <= B <= high - 1).
    coverage = stats.binom.cdf(high - 1, n, 0.5) - stats.binom.cdf(low - 1, n, 0.5)
    assert coverage == pytest.approx(level, abs=0.04)
    exact_low = stats.binom.ppf((1 - level) / 2, n, 0.5)
    assert abs(low - exact_low) <= 1
    assert low + high in (n, n + 1, n + 2)  # symmetric about the middle


@settings(max_examples=200, deadline=None)
@given(st.lists(st.floats(min_value=0.5, max_value=5000.0), min_size=25, max_size=120))
def test_median_interval_brackets_the_median(times: list[float]) -> None:
    result = median_interval(times)
    assert result.median == statistics.median(times)
    assert result.low is not None and result.high is not None
    assert result.low <= result.median <= result.high
    ordered = sorted(times)
    low_rank, high_rank = median_ranks(len(times))
    assert (result.low, result.high) == (ordered[low_rank - 1], ordered[high_rank - 1])
