"""Comparisons against scipy and statsmodels, and their exact (no variability) edge cases."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.proportion import confint_proportions_2indep

from testlab.analysis.stats import (
    TEST_FISHER,
    TEST_MID_P_MCNEMAR,
    TEST_N_MINUS_1,
    compare_completion,
    compare_completion_paired,
    compare_means,
    compare_means_paired,
    compare_times,
    compare_times_paired,
    mcnemar_exact_p,
    mcnemar_mid_p,
)
from testlab.analysis.stats.comparisons import smallest_expected_count

SETTINGS = settings(max_examples=200, deadline=None)
#: The level at which z = 2 exactly: Agresti–Caffo (+1/+2) and Agresti–Min (+½ per cell).
Z2_LEVEL = 2 * stats.norm.cdf(2.0) - 1


@st.composite
def two_groups(draw: st.DrawFn) -> tuple[int, int, int, int]:
    na, nb = draw(st.integers(1, 80)), draw(st.integers(1, 80))
    return draw(st.integers(0, na)), na, draw(st.integers(0, nb)), nb


def _spread(values: list[float]) -> bool:
    """Clearly non-zero spread (scipy returns nan where squares underflow; we return p = 1)."""
    return float(np.ptp(values)) > max(1e-3, 1e-3 * max(abs(v) for v in values))


# --- unpaired completion ---------------------------------------------------------------------


@SETTINGS
@given(two_groups())
def test_completion_p_is_n_minus_1_chi_square_or_fisher(groups: tuple[int, int, int, int]) -> None:
    xa, na, xb, nb = groups
    result = compare_completion(xa, na, xb, nb)
    table = np.array([[xa, na - xa], [xb, nb - xb]])
    assert result.difference == pytest.approx(xa / na - xb / nb)
    if smallest_expected_count(xa, na, xb, nb) < 1:
        assert result.test == TEST_FISHER
        assert result.p_value == pytest.approx(stats.fisher_exact(table)[1], rel=1e-9)
    else:
        assert result.test == TEST_N_MINUS_1
        chi2 = stats.chi2_contingency(table, correction=False)[0]
        total = na + nb
        expected = stats.chi2.sf(chi2 * (total - 1) / total, 1)
        assert result.p_value == pytest.approx(expected, rel=1e-7, abs=1e-14)


def test_expected_counts_pick_the_test() -> None:
    # 1/2 vs 0/1: smallest expected count 1·1/3 < 1 → Fisher.
    assert compare_completion(1, 2, 0, 1).test == TEST_FISHER
    assert compare_completion(10, 10, 10, 10).test == TEST_FISHER
    assert compare_completion(10, 10, 10, 10).p_value == 1.0
    assert compare_completion(5, 10, 5, 10).test == TEST_N_MINUS_1
    assert compare_completion(5, 10, 5, 10).p_value == pytest.approx(1.0)


@SETTINGS
@given(two_groups())
def test_completion_interval_is_agresti_caffo_when_z_is_2(
    groups: tuple[int, int, int, int],
) -> None:
    xa, na, xb, nb = groups
    low, high = confint_proportions_2indep(
        xa, na, xb, nb, method="agresti-caffo", alpha=1 - Z2_LEVEL
    )
    result = compare_completion(xa, na, xb, nb, Z2_LEVEL)
    assert result.low == pytest.approx(max(-1.0, low), abs=1e-9)
    assert result.high == pytest.approx(min(1.0, high), abs=1e-9)
    assert -1.0 <= result.low <= result.high <= 1.0


# --- paired completion -----------------------------------------------------------------------


@SETTINGS
@given(st.integers(0, 60), st.integers(0, 60))
def test_mcnemar_exact_matches_statsmodels(b: int, c: int) -> None:
    expected = mcnemar([[5, b], [c, 5]], exact=True).pvalue
    assert mcnemar_exact_p(b, c) == pytest.approx(min(1.0, expected), rel=1e-9)


@SETTINGS
@given(st.integers(0, 60), st.integers(0, 60))
def test_mid_p_mcnemar_rules(b: int, c: int) -> None:
    mid = mcnemar_mid_p(b, c)
    if b + c == 0:
        assert mid == 1.0
    elif b == c:
        assert mid == pytest.approx(1 - 0.5 * stats.binom.pmf(b, 2 * b, 0.5))
    else:
        exact = mcnemar([[0, b], [c, 0]], exact=True).pvalue
        assert mid == pytest.approx(exact - stats.binom.pmf(min(b, c), b + c, 0.5), rel=1e-9)
    assert 0.0 <= mid <= 1.0
    assert mid <= mcnemar_exact_p(b, c)


def test_paired_completion_with_no_discordant_pairs() -> None:
    result = compare_completion_paired(6, 0, 0, 4)
    assert (result.difference, result.p_value, result.test) == (0.0, 1.0, TEST_MID_P_MCNEMAR)
    assert result.low < 0.0 < result.high


@SETTINGS
@given(*(st.integers(0, 40) for _ in range(4)))
def test_paired_interval_is_agresti_min_half_per_cell_when_z_is_2(
    a: int, b: int, c: int, d: int
) -> None:
    assume(a + b + c + d > 0)
    n = a + b + c + d + 2.0
    p12, p21 = (b + 0.5) / n, (c + 0.5) / n
    half = 2.0 * math.sqrt((p12 + p21 - (p12 - p21) ** 2) / n)
    result = compare_completion_paired(a, b, c, d, Z2_LEVEL)
    assert result.difference == pytest.approx((b - c) / (a + b + c + d))
    assert result.low == pytest.approx(max(-1.0, p12 - p21 - half), abs=1e-12)
    assert result.high == pytest.approx(min(1.0, p12 - p21 + half), abs=1e-12)


# --- times and means -------------------------------------------------------------------------

times = st.lists(st.floats(1.0, 3600.0), min_size=2, max_size=30)
values = st.lists(st.floats(-1000.0, 1000.0), min_size=2, max_size=30)


@SETTINGS
@given(times, times, st.sampled_from([0.90, 0.95]))
def test_compare_times_is_welch_on_logs(a: list[float], b: list[float], level: float) -> None:
    la, lb = np.log(a), np.log(b)
    assume(np.ptp(la) > 1e-6 and np.ptp(lb) > 1e-6)
    ref = stats.ttest_ind(la, lb, equal_var=False)
    ci = ref.confidence_interval(level)
    result = compare_times(a, b, level)
    assert result.ratio == pytest.approx(stats.gmean(a) / stats.gmean(b), rel=1e-9)
    assert result.p_value == pytest.approx(ref.pvalue, rel=1e-7, abs=1e-15)
    assert result.df == pytest.approx(ref.df, rel=1e-9)
    assert result.low == pytest.approx(math.exp(ci.low), rel=1e-9)
    assert result.high == pytest.approx(math.exp(ci.high), rel=1e-9)


@SETTINGS
@given(st.lists(st.tuples(st.floats(1.0, 3600.0), st.floats(1.0, 3600.0)), min_size=2, max_size=30))
def test_compare_times_paired_is_paired_t_on_logs(pairs: list[tuple[float, float]]) -> None:
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    diffs = np.log(a) - np.log(b)
    assume(np.ptp(diffs) > 1e-6)
    ref = stats.ttest_rel(np.log(a), np.log(b))
    ci = ref.confidence_interval(0.95)
    result = compare_times_paired(a, b)
    assert result.df == len(pairs) - 1
    assert result.p_value == pytest.approx(ref.pvalue, rel=1e-7, abs=1e-15)
    assert result.low == pytest.approx(math.exp(ci.low), rel=1e-9)
    assert result.high == pytest.approx(math.exp(ci.high), rel=1e-9)


@SETTINGS
@given(values, values, st.sampled_from([0.90, 0.95, 0.99]))
def test_compare_means_is_welch(a: list[float], b: list[float], level: float) -> None:
    assume(_spread(a) and _spread(b))
    ref = stats.ttest_ind(a, b, equal_var=False)
    ci = ref.confidence_interval(level)
    result = compare_means(a, b, level)
    assert result.difference == pytest.approx(np.mean(a) - np.mean(b), rel=1e-9, abs=1e-9)
    assert result.p_value == pytest.approx(ref.pvalue, rel=1e-7, abs=1e-15)
    assert result.df == pytest.approx(ref.df, rel=1e-9)
    assert result.low == pytest.approx(ci.low, rel=1e-9, abs=1e-9)
    assert result.high == pytest.approx(ci.high, rel=1e-9, abs=1e-9)


@SETTINGS
@given(st.lists(st.tuples(st.integers(1, 7), st.integers(1, 7)), min_size=2, max_size=40))
def test_compare_means_paired_is_paired_t(pairs: list[tuple[int, int]]) -> None:
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    assume(len({x - y for x, y in pairs}) > 1)
    ref = stats.ttest_rel(a, b)
    ci = ref.confidence_interval(0.90)
    result = compare_means_paired(a, b, 0.90)
    assert result.difference == pytest.approx(np.mean(a) - np.mean(b), abs=1e-12)
    assert result.p_value == pytest.approx(ref.pvalue, rel=1e-7, abs=1e-15)
    assert result.low == pytest.approx(ci.low, abs=1e-9)
    assert result.high == pytest.approx(ci.high, abs=1e-9)


# --- no variability --------------------------------------------------------------------------


def test_means_with_zero_variance_in_both_groups() -> None:
    different = compare_means([5, 5, 5], [3, 3])
    assert (different.difference, different.low, different.high) == (2.0, 2.0, 2.0)
    assert different.p_value == 0.0 and different.df is None
    same = compare_means([4, 4], [4, 4, 4])
    assert (same.difference, same.low, same.high, same.p_value) == (0.0, 0.0, 0.0, 1.0)


def test_times_with_zero_variance_in_both_groups() -> None:
    result = compare_times([40.0] * 4, [20.0] * 3)
    assert result.ratio == pytest.approx(2.0)
    assert result.low == result.high == result.ratio
    assert result.p_value == 0.0 and result.df is None
    same = compare_times([30.0, 30.0], [30.0, 30.0])
    assert (same.ratio, same.low, same.high, same.p_value) == (1.0, 1.0, 1.0, 1.0)


def test_zero_variance_in_one_group_only_is_an_ordinary_welch_test() -> None:
    result = compare_means([5, 5, 5], [3, 4, 2])
    # se² = 0/3 + 1/3, df = (1/3)² / ((1/3)²/2) = 2, t = 2/√(1/3)
    assert result.df == pytest.approx(2.0)
    assert result.p_value == pytest.approx(2 * stats.t.sf(2 / math.sqrt(1 / 3), 2))
    assert result.low < result.difference < result.high


def test_paired_with_constant_differences() -> None:
    result = compare_means_paired([5, 6, 7], [4, 5, 6])
    assert (result.difference, result.low, result.high, result.p_value, result.df) == (
        1.0, 1.0, 1.0, 0.0, 2.0,
    )  # fmt: skip
    none = compare_times_paired([10.0, 20.0], [10.0, 20.0])
    assert (none.ratio, none.low, none.high, none.p_value) == (1.0, 1.0, 1.0, 1.0)
