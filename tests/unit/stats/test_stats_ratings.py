"""Ratings: t interval clipped to the scale, and the one-sample test, against scipy."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy import stats

from testlab.analysis.stats import SEQ_BENCHMARK, rating, rating_vs_benchmark

seq_answers = st.lists(st.integers(1, 7), min_size=2, max_size=60)


@settings(max_examples=200, deadline=None)
@given(seq_answers, st.sampled_from([0.90, 0.95, 0.99]))
def test_rating_matches_scipy_t_interval_clipped(values: list[int], level: float) -> None:
    assume(len(set(values)) > 1)
    result = rating(values, 1, 7, level)
    low, high = stats.t.interval(
        level, len(values) - 1, loc=np.mean(values), scale=stats.sem(values)
    )
    assert result.mean == pytest.approx(np.mean(values))
    assert result.sd == pytest.approx(np.std(values, ddof=1))
    assert result.low == pytest.approx(max(1.0, low), rel=1e-10)
    assert result.high == pytest.approx(min(7.0, high), rel=1e-10)


def test_interval_is_clipped_to_the_scale() -> None:
    result = rating([7, 7, 7, 6, 1], 1, 7)
    assert result.high == 7.0
    assert result.low is not None and result.low > 1.0
    wide = rating([1, 7], 1, 7)
    assert (wide.low, wide.high) == (1.0, 7.0)


def test_one_rating_has_no_sd_or_interval() -> None:
    assert rating([5], 1, 7) == rating([5.0], 1, 7)
    result = rating([5], 1, 7)
    assert (result.n, result.mean, result.sd, result.low, result.high) == (1, 5.0, None, None, None)


def test_all_equal_ratings_give_m_m() -> None:
    result = rating([6, 6, 6, 6], 1, 7)
    assert (result.mean, result.sd, result.low, result.high) == (6.0, 0.0, 6.0, 6.0)


@settings(max_examples=200, deadline=None)
@given(seq_answers, st.sampled_from([SEQ_BENCHMARK, 4.0, 6.2]))
def test_benchmark_test_matches_scipy_ttest_1samp(values: list[int], benchmark: float) -> None:
    assume(len(set(values)) > 1)
    result = rating_vs_benchmark(values, benchmark)
    two_sided = stats.ttest_1samp(values, benchmark)
    greater = stats.ttest_1samp(values, benchmark, alternative="greater")
    assert result.t == pytest.approx(two_sided.statistic, rel=1e-9, abs=1e-12)
    assert result.df == len(values) - 1
    assert result.p_value == pytest.approx(two_sided.pvalue, rel=1e-9, abs=1e-15)
    assert result.p_greater == pytest.approx(greater.pvalue, rel=1e-9, abs=1e-15)


def test_benchmark_defaults_to_seq_55() -> None:
    values = [7, 6, 6, 5, 7, 6]
    assert rating_vs_benchmark(values) == rating_vs_benchmark(values, 5.5)
    assert rating_vs_benchmark(values).p_greater < 0.05


@pytest.mark.parametrize(
    ("values", "t", "p", "p_greater"),
    [
        ([6, 6, 6], math.inf, 0.0, 0.0),
        ([5, 5, 5], -math.inf, 0.0, 1.0),
        ([5.5, 5.5], 0.0, 1.0, 1.0),
    ],
)
def test_benchmark_with_no_variability(
    values: list[float], t: float, p: float, p_greater: float
) -> None:
    result = rating_vs_benchmark(values, 5.5)
    assert (result.t, result.p_value, result.p_greater) == (t, p, p_greater)
