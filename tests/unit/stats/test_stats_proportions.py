"""Completion, best point estimate and top box against statsmodels, plus edge cases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import norm
from statsmodels.stats.proportion import proportion_confint

from testlab.analysis.stats import best_estimate, completion, top_box, top_box_from_counts

LEVELS = [0.80, 0.90, 0.95, 0.99]


@st.composite
def counts(draw: st.DrawFn, max_n: int = 500) -> tuple[int, int]:
    n = draw(st.integers(1, max_n))
    return draw(st.integers(0, n)), n


@settings(max_examples=200, deadline=None)
@given(counts(), st.sampled_from(LEVELS))
def test_interval_matches_statsmodels_agresti_coull(xn: tuple[int, int], level: float) -> None:
    x, n = xn
    low, high = proportion_confint(x, n, alpha=1 - level, method="agresti_coull")
    result = completion(x, n, level)
    assert result.low == pytest.approx(low, abs=1e-12)
    assert result.high == pytest.approx(high, abs=1e-12)
    assert 0.0 <= result.low <= result.observed <= result.high <= 1.0


@pytest.mark.parametrize("level", LEVELS)
@pytest.mark.parametrize(("x", "n"), [(0, 1), (0, 5), (1, 5), (2, 4), (5, 10), (1, 20), (0, 40)])
def test_best_estimate_at_or_below_half_is_wilson_centre(x: int, n: int, level: float) -> None:
    low, high = proportion_confint(x, n, alpha=1 - level, method="wilson")
    assert best_estimate(x, n, level) == pytest.approx((low + high) / 2, abs=1e-12)
    assert completion(x, n, level).best == pytest.approx((low + high) / 2, abs=1e-12)


def test_best_estimate_uses_the_chosen_confidence_level() -> None:
    assert best_estimate(1, 5, 0.90) != pytest.approx(best_estimate(1, 5, 0.95))


@pytest.mark.parametrize(("x", "n"), [(6, 10), (4, 5), (7, 10), (17, 20), (89, 100)])
def test_best_estimate_between_half_and_090_is_observed(x: int, n: int) -> None:
    assert best_estimate(x, n) == x / n


@pytest.mark.parametrize(("x", "n"), [(9, 10), (5, 5), (1, 1), (19, 20), (100, 100)])
def test_best_estimate_from_090_up_is_laplace(x: int, n: int) -> None:
    assert best_estimate(x, n) == pytest.approx((x + 1) / (n + 2))


def test_zero_of_n() -> None:
    result = completion(0, 8)
    assert result.observed == 0.0
    assert result.low == 0.0
    assert 0.0 < result.best < result.high < 1.0


def test_n_of_n() -> None:
    result = completion(8, 8)
    assert result.observed == 1.0
    assert result.high == 1.0
    assert result.best == pytest.approx(0.9)
    assert 0.0 < result.low < 1.0


def test_one_attempt() -> None:
    result = completion(1, 1)
    assert result.high == 1.0 and result.low > 0.0
    assert result.best == pytest.approx(2 / 3)


def test_exact_z_not_196() -> None:
    z = norm.ppf(0.975)
    n_adj = 5 + z * z
    p_adj = (4 + z * z / 2) / n_adj
    assert completion(4, 5).low == pytest.approx(
        p_adj - z * (p_adj * (1 - p_adj) / n_adj) ** 0.5, abs=1e-15
    )


def test_counts_from_sql_sums_may_be_whole_floats() -> None:
    assert completion(4.0, 5.0) == completion(4, 5)


def test_top_two_of_five() -> None:
    result = top_box([5, 4, 3, 2, 1, 4, 5, 3], scale_max=5, boxes=2)
    assert (result.successes, result.n) == (4, 8)
    assert result == completion(4, 8)
    assert top_box_from_counts(4, 8) == result


def test_top_box_on_a_zero_based_scale() -> None:
    result = top_box([10, 9, 8, 0, 3], scale_max=10, boxes=2, scale_min=0)
    assert (result.successes, result.n) == (2, 5)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 7), min_size=1, max_size=60), st.integers(1, 7))
def test_top_box_counts_answers_at_or_above_threshold(values: list[int], boxes: int) -> None:
    result = top_box(values, scale_max=7, boxes=boxes)
    assert result.successes == sum(v > 7 - boxes for v in values)
    assert result.n == len(values)
