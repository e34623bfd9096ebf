"""Comparing two designs, stages or centres: completion, times and ratings, unpaired and paired.

Methods (Sauro & Lewis): N−1 two-proportion test, or Fisher–Irwin exact when an expected
cell is below 1; mid-p McNemar for the same participants; Welch or paired t-tests, on
ln(t) for times. With no variability in either group the difference is exact: the
interval is [d, d] and p is 0 (d ≠ 0) or 1 (d = 0); ``df`` is then None for Welch.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from scipy import stats as _sp

from testlab.analysis.confidence import check_confidence
from testlab.analysis.stats._common import (
    Moments,
    check_count,
    check_same_length,
    check_times,
    check_values,
    normal_p_two_sided,
    t_p_two_sided,
    t_quantile,
    z_quantile,
)

#: Values of the ``test`` field of a completion comparison.
TEST_N_MINUS_1 = "N-1 two-proportion"
TEST_FISHER = "Fisher exact"
TEST_MID_P_MCNEMAR = "mid-p McNemar"


@dataclass(frozen=True, slots=True)
class ProportionComparison:
    """Difference of two completion rates (a − b, in −1…1), its interval, p and the test used."""

    difference: float
    low: float
    high: float
    p_value: float
    test: str


@dataclass(frozen=True, slots=True)
class RatioComparison:
    """Ratio of geometric mean times (a / b), its back-transformed interval, p and df."""

    ratio: float
    low: float
    high: float
    p_value: float
    df: float | None


@dataclass(frozen=True, slots=True)
class MeanComparison:
    """Difference of means (a − b), its t interval, p and df (None when neither group varies)."""

    difference: float
    low: float
    high: float
    p_value: float
    df: float | None


# --- completion -----------------------------------------------------------------------------


def _check_group(successes: object, n: object, group: str) -> tuple[int, int]:
    """Validate one group's successes and attempts (``group`` is "A" or "B")."""
    x = check_count(successes, f"number of successes in group {group}")
    trials = check_count(n, f"number of attempts in group {group}")
    if trials == 0:
        raise ValueError(f"Group {group} has no attempts (n = 0): it needs at least one.")
    if x > trials:
        raise ValueError(f"Group {group} has more successes ({x}) than attempts ({trials}).")
    return x, trials


def smallest_expected_count(successes_a: int, n_a: int, successes_b: int, n_b: int) -> float:
    """Smallest expected cell count of the 2×2 table under "no difference"."""
    total = n_a + n_b
    passed = successes_a + successes_b
    return min(n_a, n_b) * min(passed, total - passed) / total


def n_minus_1_p(successes_a: int, n_a: int, successes_b: int, n_b: int) -> float:
    """Two-sided p of the N−1 two-proportion test (Campbell 2007): z·√((N−1)/N)."""
    total = n_a + n_b
    pooled = (successes_a + successes_b) / total
    spread = pooled * (1.0 - pooled) * (1.0 / n_a + 1.0 / n_b)
    diff = successes_a / n_a - successes_b / n_b
    if spread == 0.0:
        return 1.0  # everyone passed (or failed) in both groups: no difference to test
    z = diff / math.sqrt(spread) * math.sqrt((total - 1) / total)
    return normal_p_two_sided(z)


def compare_completion(
    successes_a: int, n_a: int, successes_b: int, n_b: int, confidence: float = 0.95
) -> ProportionComparison:
    """Completion of A against B (different participants): difference, interval and p.

    p: N−1 two-proportion test, Fisher–Irwin exact when the smallest expected count is < 1.
    Interval: adjusted Wald for a difference (z²/4 successes, z²/2 trials added to each).
    """
    xa, na = _check_group(successes_a, n_a, "A")
    xb, nb = _check_group(successes_b, n_b, "B")
    level = check_confidence(confidence)
    if smallest_expected_count(xa, na, xb, nb) < 1.0:
        table = [[xa, na - xa], [xb, nb - xb]]
        p_value = float(_sp.fisher_exact(table, alternative="two-sided")[1])
        test = TEST_FISHER
    else:
        p_value = n_minus_1_p(xa, na, xb, nb)
        test = TEST_N_MINUS_1
    z = z_quantile(level)
    z2 = z * z
    pa = (xa + z2 / 4.0) / (na + z2 / 2.0)
    pb = (xb + z2 / 4.0) / (nb + z2 / 2.0)
    se = math.sqrt(pa * (1.0 - pa) / (na + z2 / 2.0) + pb * (1.0 - pb) / (nb + z2 / 2.0))
    centre = pa - pb
    return ProportionComparison(
        difference=xa / na - xb / nb,
        low=max(-1.0, centre - z * se),
        high=min(1.0, centre + z * se),
        p_value=min(1.0, p_value),
        test=test,
    )


def mcnemar_exact_p(pass_a_only: int, pass_b_only: int) -> float:
    """Exact two-sided McNemar p: 2·P(X ≤ min) for X ~ Bin(discordant, ½), at most 1."""
    b = check_count(pass_a_only, "number passing only on A")
    c = check_count(pass_b_only, "number passing only on B")
    if b + c == 0:
        return 1.0
    return float(min(1.0, 2.0 * _sp.binom.cdf(min(b, c), b + c, 0.5)))


def mcnemar_mid_p(pass_a_only: int, pass_b_only: int) -> float:
    """Mid-p McNemar (Fagerland et al. 2013): exact p minus the point probability of the
    smaller discordant count; 1 − ½·P(X = b) when both counts are equal; 1 with none."""
    b = check_count(pass_a_only, "number passing only on A")
    c = check_count(pass_b_only, "number passing only on B")
    m = b + c
    if m == 0:
        return 1.0
    point = float(_sp.binom.pmf(min(b, c), m, 0.5))
    if b == c:
        return 1.0 - 0.5 * point
    return max(0.0, mcnemar_exact_p(b, c) - point)


def compare_completion_paired(
    pass_both: int,
    pass_a_only: int,
    pass_b_only: int,
    fail_both: int,
    confidence: float = 0.95,
) -> ProportionComparison:
    """Completion of A against B by the same participants: difference, Agresti–Min interval,
    mid-p McNemar p. The four counts are the cells of the paired 2×2 table."""
    a = check_count(pass_both, "number passing both")
    b = check_count(pass_a_only, "number passing only on A")
    c = check_count(pass_b_only, "number passing only on B")
    d = check_count(fail_both, "number failing both")
    level = check_confidence(confidence)
    n = a + b + c + d
    if n == 0:
        raise ValueError("There are no participants (all four counts are 0).")
    z = z_quantile(level)
    add = z * z / 8.0
    n_adj = n + 4.0 * add
    b_adj = (b + add) / n_adj
    c_adj = (c + add) / n_adj
    centre = b_adj - c_adj
    variance = (b_adj + c_adj - centre * centre) / n_adj
    half = z * math.sqrt(max(0.0, variance))
    return ProportionComparison(
        difference=(b - c) / n,
        low=max(-1.0, centre - half),
        high=min(1.0, centre + half),
        p_value=mcnemar_mid_p(b, c),
        test=TEST_MID_P_MCNEMAR,
    )


# --- t procedures ---------------------------------------------------------------------------


def _need_two(moments: Moments, what: str) -> float:
    """A t procedure needs a variance, so at least two values."""
    if moments.var is None:
        raise ValueError(f"A comparison needs at least two {what} (got 1).")
    return moments.var


def _exact(diff: float, df: float | None) -> tuple[float, float, float, float, float | None]:
    """No variability: the difference is exact, p is 0 (d ≠ 0) or 1 (d = 0)."""
    return diff, diff, diff, (0.0 if diff != 0.0 else 1.0), df


def _welch(
    a: Moments, b: Moments, level: float, what: str
) -> tuple[float, float, float, float, float | None]:
    """Welch t: (difference, low, high, p, df) of mean a − mean b."""
    va = _need_two(a, f"{what} in group A") / a.n
    vb = _need_two(b, f"{what} in group B") / b.n
    diff = a.mean - b.mean
    se2 = va + vb
    if se2 == 0.0:
        return _exact(diff, None)
    df = se2 * se2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1))
    se = math.sqrt(se2)
    half = t_quantile(level, df) * se
    return diff, diff - half, diff + half, t_p_two_sided(diff / se, df), df


def _paired(
    diffs: Moments, level: float, what: str
) -> tuple[float, float, float, float, float | None]:
    """Paired t on the differences: (difference, low, high, p, df)."""
    var = _need_two(diffs, f"pairs of {what}")
    df = float(diffs.n - 1)
    if var == 0.0:
        return _exact(diffs.mean, df)
    se = math.sqrt(var / diffs.n)
    half = t_quantile(level, df) * se
    return (
        diffs.mean,
        diffs.mean - half,
        diffs.mean + half,
        t_p_two_sided(diffs.mean / se, df),
        df,
    )


def _as_ratio(result: tuple[float, float, float, float, float | None]) -> RatioComparison:
    """Back-transform a comparison of ln(t) into a ratio of geometric means."""
    diff, low, high, p_value, df = result
    return RatioComparison(
        ratio=math.exp(diff), low=math.exp(low), high=math.exp(high), p_value=p_value, df=df
    )


def _as_difference(result: tuple[float, float, float, float, float | None]) -> MeanComparison:
    """Wrap a comparison of means."""
    diff, low, high, p_value, df = result
    return MeanComparison(difference=diff, low=low, high=high, p_value=p_value, df=df)


def _log_moments(times: Sequence[float], what: str) -> Moments:
    """Moments of ln(t) of valid times."""
    return Moments.from_values([math.log(t) for t in check_times(times, what)])


def compare_times(
    times_a: Sequence[float], times_b: Sequence[float], confidence: float = 0.95
) -> RatioComparison:
    """Times of A against B (different participants): Welch t-test on ln(t).

    ratio = geometric mean A / geometric mean B (0.8 = A takes 20% less time).
    """
    level = check_confidence(confidence)
    a = _log_moments(times_a, "times in group A")
    b = _log_moments(times_b, "times in group B")
    return _as_ratio(_welch(a, b, level, "times"))


def compare_times_from_sums(
    n_a: int,
    sum_log_a: float,
    sum_log_sq_a: float,
    n_b: int,
    sum_log_b: float,
    sum_log_sq_b: float,
    confidence: float = 0.95,
) -> RatioComparison:
    """:func:`compare_times` from each group's count, Σ ln t and Σ (ln t)²."""
    level = check_confidence(confidence)
    a = Moments.from_sums(n_a, sum_log_a, sum_log_sq_a, "log times in group A")
    b = Moments.from_sums(n_b, sum_log_b, sum_log_sq_b, "log times in group B")
    return _as_ratio(_welch(a, b, level, "times"))


def compare_times_paired(
    times_a: Sequence[float], times_b: Sequence[float], confidence: float = 0.95
) -> RatioComparison:
    """Times of A against B by the same participants (in the same order): paired t on ln(t)."""
    level = check_confidence(confidence)
    a = check_times(times_a, "times in condition A")
    b = check_times(times_b, "times in condition B")
    check_same_length(a, b, "times")
    diffs = Moments.from_values([math.log(x) - math.log(y) for x, y in zip(a, b, strict=True)])
    return _as_ratio(_paired(diffs, level, "times"))


def compare_times_paired_from_sums(
    n: int, sum_log_ratio: float, sum_log_ratio_sq: float, confidence: float = 0.95
) -> RatioComparison:
    """:func:`compare_times_paired` from the count, Σ ln(a/b) and Σ ln(a/b)² over the pairs."""
    level = check_confidence(confidence)
    diffs = Moments.from_sums(n, sum_log_ratio, sum_log_ratio_sq, "log time ratios")
    return _as_ratio(_paired(diffs, level, "times"))


def compare_means(
    values_a: Sequence[float], values_b: Sequence[float], confidence: float = 0.95
) -> MeanComparison:
    """Means of A against B (different participants): Welch t-test; difference = A − B."""
    level = check_confidence(confidence)
    a = Moments.from_values(check_values(values_a, "values in group A"))
    b = Moments.from_values(check_values(values_b, "values in group B"))
    return _as_difference(_welch(a, b, level, "values"))


def compare_means_from_sums(
    n_a: int,
    sum_a: float,
    sum_sq_a: float,
    n_b: int,
    sum_b: float,
    sum_sq_b: float,
    confidence: float = 0.95,
) -> MeanComparison:
    """:func:`compare_means` from each group's count, Σx and Σx²."""
    level = check_confidence(confidence)
    a = Moments.from_sums(n_a, sum_a, sum_sq_a, "values in group A")
    b = Moments.from_sums(n_b, sum_b, sum_sq_b, "values in group B")
    return _as_difference(_welch(a, b, level, "values"))


def compare_means_paired(
    values_a: Sequence[float], values_b: Sequence[float], confidence: float = 0.95
) -> MeanComparison:
    """Means of A against B by the same participants (in the same order): paired t-test."""
    level = check_confidence(confidence)
    a = check_values(values_a, "values in condition A")
    b = check_values(values_b, "values in condition B")
    check_same_length(a, b, "values")
    diffs = Moments.from_values([x - y for x, y in zip(a, b, strict=True)])
    return _as_difference(_paired(diffs, level, "values"))


def compare_means_paired_from_sums(
    n: int, sum_diff: float, sum_diff_sq: float, confidence: float = 0.95
) -> MeanComparison:
    """:func:`compare_means_paired` from the count, Σ(a − b) and Σ(a − b)² over the pairs."""
    level = check_confidence(confidence)
    diffs = Moments.from_sums(n, sum_diff, sum_diff_sq, "differences")
    return _as_difference(_paired(diffs, level, "values"))
