"""Properties every interval and comparison must have, checked with hypothesis."""

from __future__ import annotations

import math
from collections.abc import Sequence

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from testlab.analysis import stats as s

SETTINGS = settings(max_examples=200, deadline=None)
LEVELS = st.sampled_from([0.80, 0.90, 0.95, 0.99])

counts = st.integers(1, 300).flatmap(lambda n: st.tuples(st.integers(0, n), st.just(n)))
times = st.lists(st.floats(1.0, 3600.0), min_size=1, max_size=40)
ratings = st.lists(st.integers(1, 7), min_size=1, max_size=40)
recommend = st.lists(st.integers(0, 10), min_size=1, max_size=60)


def _sums(values: Sequence[float]) -> tuple[int, float, float]:
    return len(values), math.fsum(values), math.fsum(v * v for v in values)


def _log_sums(values: Sequence[float]) -> tuple[int, float, float]:
    return _sums([math.log(v) for v in values])


def _same(a: object, b: object, rel: float = 1e-9) -> None:
    """Dataclasses equal field by field, None where None, floats to ``rel``."""
    assert type(a) is type(b)
    for field in a.__slots__:  # type: ignore[attr-defined]
        x, y = getattr(a, field), getattr(b, field)
        if x is None or y is None or isinstance(x, str):
            assert x == y, field
        else:
            assert x == pytest.approx(y, rel=rel, abs=1e-9), field


# --- the estimate lies in its interval -------------------------------------------------------


@SETTINGS
@given(counts, LEVELS)
def test_completion_interval_contains_observed(xn: tuple[int, int], level: float) -> None:
    result = s.completion(*xn, level)
    assert 0.0 <= result.low <= result.observed <= result.high <= 1.0


@SETTINGS
@given(counts, st.sampled_from([0.90, 0.95, 0.99]))
def test_completion_interval_contains_best_estimate(xn: tuple[int, int], level: float) -> None:
    result = s.completion(*xn, level)
    assert result.low <= result.best <= result.high


@SETTINGS
@given(times, LEVELS)
def test_task_time_interval_contains_geometric_mean(values: list[float], level: float) -> None:
    result = s.task_time(values, level)
    assert (result.low is None) == (len(values) == 1)
    if result.low is not None and result.high is not None:
        assert result.low <= result.geometric_mean * (1 + 1e-12)
        assert result.geometric_mean <= result.high * (1 + 1e-12)


@SETTINGS
@given(ratings, LEVELS)
def test_rating_interval_contains_mean_and_stays_on_scale(values: list[int], level: float) -> None:
    result = s.rating(values, 1, 7, level)
    if result.low is not None and result.high is not None:
        assert 1.0 <= result.low <= result.mean <= result.high <= 7.0


@SETTINGS
@given(recommend, LEVELS)
def test_nps_interval_stays_in_points(values: list[int], level: float) -> None:
    result = s.nps(values, level)
    assert -100.0 <= result.low < result.high <= 100.0
    assert result.promoters + result.passives + result.detractors == result.n


# --- more data, narrower interval ------------------------------------------------------------


@SETTINGS
@given(counts, st.integers(2, 10), LEVELS)
def test_completion_narrows_as_n_grows(xn: tuple[int, int], k: int, level: float) -> None:
    x, n = xn
    small, large = s.completion(x, n, level), s.completion(k * x, k * n, level)
    assert large.high - large.low < small.high - small.low


@SETTINGS
@given(st.lists(st.floats(1.0, 3600.0), min_size=2, max_size=20), st.integers(2, 5))
def test_task_time_narrows_as_n_grows(values: list[float], k: int) -> None:
    assume(max(values) / min(values) > 1.001)
    small, large = s.task_time(values), s.task_time(values * k)
    assert large.low is not None and large.high is not None
    assert small.low is not None and small.high is not None
    assert math.log(large.high / large.low) < math.log(small.high / small.low)


@SETTINGS
@given(st.lists(st.integers(1, 7), min_size=2, max_size=20), st.integers(2, 5))
def test_rating_narrows_as_n_grows(values: list[int], k: int) -> None:
    assume(len(set(values)) > 1)
    small, large = s.rating(values, 1, 7), s.rating(values * k, 1, 7)
    assert large.low is not None and large.high is not None
    assert small.low is not None and small.high is not None
    assert large.high - large.low <= small.high - small.low
    assert large.low >= small.low and large.high <= small.high


@SETTINGS
@given(recommend, st.integers(2, 5))
def test_nps_narrows_as_n_grows(values: list[int], k: int) -> None:
    small, large = s.nps(values), s.nps(values * k)
    assert large.high - large.low < small.high - small.low


# --- a 90% interval lies inside the 95% one --------------------------------------------------


@SETTINGS
@given(counts)
def test_completion_90_inside_95(xn: tuple[int, int]) -> None:
    inner, outer = s.completion(*xn, 0.90), s.completion(*xn, 0.95)
    assert outer.low <= inner.low <= inner.high <= outer.high


@SETTINGS
@given(st.lists(st.floats(1.0, 3600.0), min_size=2, max_size=40))
def test_task_time_90_inside_95(values: list[float]) -> None:
    inner, outer = s.task_time(values, 0.90), s.task_time(values, 0.95)
    assert outer.low is not None and inner.low is not None
    assert outer.high is not None and inner.high is not None
    assert outer.low <= inner.low <= inner.high <= outer.high
    if len(values) >= 25:
        assert outer.median_low is not None and inner.median_low is not None
        assert outer.median_high is not None and inner.median_high is not None
        assert outer.median_low <= inner.median_low <= inner.median_high <= outer.median_high


@SETTINGS
@given(st.lists(st.integers(1, 7), min_size=2, max_size=40))
def test_rating_90_inside_95(values: list[int]) -> None:
    inner, outer = s.rating(values, 1, 7, 0.90), s.rating(values, 1, 7, 0.95)
    assert outer.low is not None and inner.low is not None
    assert outer.high is not None and inner.high is not None
    assert outer.low <= inner.low <= inner.high <= outer.high


@SETTINGS
@given(recommend)
def test_nps_90_inside_95(values: list[int]) -> None:
    inner, outer = s.nps(values, 0.90), s.nps(values, 0.95)
    assert outer.low <= inner.low <= inner.high <= outer.high


@SETTINGS
@given(counts, counts)
def test_compare_completion_90_inside_95(a: tuple[int, int], b: tuple[int, int]) -> None:
    inner, outer = s.compare_completion(*a, *b, 0.90), s.compare_completion(*a, *b, 0.95)
    assert outer.low <= inner.low + 1e-12 and inner.high <= outer.high + 1e-12
    assert inner.p_value == outer.p_value


@SETTINGS
@given(
    st.lists(st.floats(1.0, 3600.0), min_size=2, max_size=30),
    st.lists(st.floats(1.0, 3600.0), min_size=2, max_size=30),
)
def test_compare_times_90_inside_95(a: list[float], b: list[float]) -> None:
    inner, outer = s.compare_times(a, b, 0.90), s.compare_times(a, b, 0.95)
    assert outer.low <= inner.low <= inner.ratio <= inner.high <= outer.high


# --- swapping A and B ------------------------------------------------------------------------


@SETTINGS
@given(counts, counts, LEVELS)
def test_compare_completion_antisymmetric(
    a: tuple[int, int], b: tuple[int, int], level: float
) -> None:
    ab, ba = s.compare_completion(*a, *b, level), s.compare_completion(*b, *a, level)
    assert ab.difference == pytest.approx(-ba.difference, abs=1e-12)
    assert ab.low == pytest.approx(-ba.high, abs=1e-12)
    assert ab.high == pytest.approx(-ba.low, abs=1e-12)
    assert ab.p_value == pytest.approx(ba.p_value, rel=1e-9)
    assert ab.test == ba.test


@SETTINGS
@given(st.integers(0, 30), st.integers(0, 30), st.integers(0, 30), st.integers(0, 30), LEVELS)
def test_compare_completion_paired_antisymmetric(
    a: int, b: int, c: int, d: int, level: float
) -> None:
    assume(a + b + c + d > 0)
    ab = s.compare_completion_paired(a, b, c, d, level)
    ba = s.compare_completion_paired(a, c, b, d, level)
    assert ab.difference == pytest.approx(-ba.difference, abs=1e-12)
    assert ab.low == pytest.approx(-ba.high, abs=1e-12)
    assert ab.high == pytest.approx(-ba.low, abs=1e-12)
    assert ab.p_value == ba.p_value
    assert ab.low <= ab.difference <= ab.high or (a + b + c + d) < 10


two_time_lists = st.tuples(
    st.lists(st.floats(1.0, 3600.0), min_size=2, max_size=30),
    st.lists(st.floats(1.0, 3600.0), min_size=2, max_size=30),
)


@SETTINGS
@given(two_time_lists, LEVELS)
def test_compare_times_antisymmetric(groups: tuple[list[float], list[float]], level: float) -> None:
    a, b = groups
    ab, ba = s.compare_times(a, b, level), s.compare_times(b, a, level)
    assert ab.ratio == pytest.approx(1 / ba.ratio, rel=1e-9)
    assert ab.low == pytest.approx(1 / ba.high, rel=1e-9)
    assert ab.high == pytest.approx(1 / ba.low, rel=1e-9)
    assert ab.p_value == pytest.approx(ba.p_value, rel=1e-9, abs=1e-300)
    assert ab.df == ba.df if ab.df is None else ab.df == pytest.approx(ba.df, rel=1e-12)


@SETTINGS
@given(st.lists(st.tuples(st.floats(1.0, 3600.0), st.floats(1.0, 3600.0)), min_size=2, max_size=30))
def test_compare_times_paired_antisymmetric(pairs: list[tuple[float, float]]) -> None:
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    ab, ba = s.compare_times_paired(a, b), s.compare_times_paired(b, a)
    assert ab.ratio == pytest.approx(1 / ba.ratio, rel=1e-9)
    assert ab.low == pytest.approx(1 / ba.high, rel=1e-9)
    assert ab.p_value == pytest.approx(ba.p_value, rel=1e-9, abs=1e-300)


@SETTINGS
@given(
    st.lists(st.integers(1, 7), min_size=2, max_size=30),
    st.lists(st.integers(1, 7), min_size=2, max_size=30),
)
def test_compare_means_antisymmetric(a: list[int], b: list[int]) -> None:
    ab, ba = s.compare_means(a, b), s.compare_means(b, a)
    assert ab.difference == pytest.approx(-ba.difference, abs=1e-12)
    assert ab.low == pytest.approx(-ba.high, abs=1e-12)
    assert ab.high == pytest.approx(-ba.low, abs=1e-12)
    assert ab.p_value == pytest.approx(ba.p_value, rel=1e-9)
    paired_ab = s.compare_means_paired(a[:2], b[:2])
    paired_ba = s.compare_means_paired(b[:2], a[:2])
    assert paired_ab.difference == -paired_ba.difference
    assert paired_ab.p_value == pytest.approx(paired_ba.p_value, rel=1e-9)


# --- the from-sums path equals the values path -----------------------------------------------


@SETTINGS
@given(times, LEVELS)
def test_task_time_from_sums_equals_values(values: list[float], level: float) -> None:
    from_sums = s.task_time_from_sums(*_log_sums(values), level, times=values)
    _same(from_sums, s.task_time(values, level))
    bare = s.task_time_from_sums(*_log_sums(values), level)
    assert (bare.median, bare.median_low, bare.median_high) == (None, None, None)


@SETTINGS
@given(ratings, LEVELS)
def test_rating_from_sums_equals_values(values: list[int], level: float) -> None:
    _same(s.rating_from_sums(*_sums(values), 1, 7, level), s.rating(values, 1, 7, level))


@SETTINGS
@given(st.lists(st.integers(1, 7), min_size=2, max_size=40), st.sampled_from([4.0, 5.5]))
def test_rating_vs_benchmark_from_sums_equals_values(values: list[int], mark: float) -> None:
    _same(
        s.rating_vs_benchmark_from_sums(*_sums(values), mark), s.rating_vs_benchmark(values, mark)
    )


@SETTINGS
@given(two_time_lists, LEVELS)
def test_compare_times_from_sums_equals_values(
    groups: tuple[list[float], list[float]], level: float
) -> None:
    a, b = groups
    from_sums = s.compare_times_from_sums(*_log_sums(a), *_log_sums(b), level)
    _same(from_sums, s.compare_times(a, b, level), rel=1e-7)


@SETTINGS
@given(st.lists(st.tuples(st.integers(1, 3600), st.integers(1, 3600)), min_size=2, max_size=30))
def test_compare_times_paired_from_sums_equals_values(pairs: list[tuple[int, int]]) -> None:
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    ratios = [math.log(x) - math.log(y) for x, y in pairs]
    _same(s.compare_times_paired_from_sums(*_sums(ratios)), s.compare_times_paired(a, b), rel=1e-7)


@SETTINGS
@given(
    st.lists(st.integers(-500, 500), min_size=2, max_size=30),
    st.lists(st.integers(-500, 500), min_size=2, max_size=30),
    LEVELS,
)
def test_compare_means_from_sums_equals_values(a: list[int], b: list[int], level: float) -> None:
    _same(
        s.compare_means_from_sums(*_sums(a), *_sums(b), level),
        s.compare_means(a, b, level),
        rel=1e-7,
    )


@SETTINGS
@given(st.lists(st.tuples(st.integers(1, 7), st.integers(1, 7)), min_size=2, max_size=30))
def test_compare_means_paired_from_sums_equals_values(pairs: list[tuple[int, int]]) -> None:
    a, b = [p[0] for p in pairs], [p[1] for p in pairs]
    diffs = [x - y for x, y in pairs]
    _same(s.compare_means_paired_from_sums(*_sums(diffs)), s.compare_means_paired(a, b), rel=1e-7)


@SETTINGS
@given(recommend, LEVELS)
def test_nps_from_counts_equals_values(values: list[int], level: float) -> None:
    p = sum(v >= 9 for v in values)
    d = sum(v <= 6 for v in values)
    assert s.nps_from_counts(p, len(values) - p - d, d, level) == s.nps(values, level)


@pytest.mark.parametrize("value", [0.1, 1.0, 37.3, 1e6])
@pytest.mark.parametrize("n", [2, 3, 7, 50])
def test_all_equal_values_from_sums_give_exactly_m_m(value: float, n: int) -> None:
    rating = s.rating_from_sums(n, n * value, n * value * value, 0.0, 1e7)
    assert rating.low == rating.high == rating.mean
    assert rating.sd == 0.0
    time = s.task_time_from_sums(n, n * math.log(value), n * math.log(value) ** 2)
    assert time.low == time.high == time.geometric_mean
    assert time.geometric_mean == pytest.approx(value, rel=1e-12)
    diff = s.compare_means_from_sums(
        n, n * value, n * value * value, n, n * value, n * value * value
    )
    assert (diff.difference, diff.low, diff.high, diff.p_value) == (0.0, 0.0, 0.0, 1.0)
