"""Single Usability Metric and problem discovery."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import norm

from testlab.analysis.stats import (
    discovery_probability,
    sum_score,
    sum_score_from_sums,
    users_needed,
)


def test_sum_score_components() -> None:
    times = [60.0, 80.0, 100.0, 120.0]
    sat = [4.0, 5.0, 3.0, 4.0]
    result = sum_score(3, 4, times, 120.0, sat, 3.5, errors=2, opportunities=5)
    time_part = norm.cdf((120.0 - np.mean(times)) / np.std(times, ddof=1))
    sat_part = norm.cdf((np.mean(sat) - 3.5) / np.std(sat, ddof=1))
    assert result.completion == 0.75
    assert result.time == pytest.approx(time_part)
    assert result.satisfaction == pytest.approx(sat_part)
    assert result.errors == pytest.approx(1 - 2 / 20)
    assert result.score == pytest.approx((0.75 + time_part + sat_part + 0.9) / 4)


def test_sum_score_averages_only_present_components() -> None:
    result = sum_score(3, 4, [50.0, 70.0], 60.0, None, None)
    assert result.satisfaction is None and result.errors is None
    assert result.time == pytest.approx(0.5)
    assert result.score == pytest.approx((0.75 + 0.5) / 2)


def test_sum_score_with_no_time_variability() -> None:
    assert sum_score(1, 1, [50.0, 50.0], 60.0, None, None).time == 1.0
    assert sum_score(1, 1, [70.0, 70.0], 60.0, None, None).time == 0.0


def test_sum_score_from_sums_equals_values_path() -> None:
    times, sat = [61.0, 75.5, 90.0, 48.0], [5.0, 4.0, 4.0, 2.0]
    direct = sum_score(2, 4, times, 80.0, sat, 4.0, errors=3, opportunities=2)
    sums = sum_score_from_sums(
        2,
        4,
        (4, math.fsum(times), math.fsum(t * t for t in times)),
        80.0,
        (4, math.fsum(sat), math.fsum(s * s for s in sat)),
        4.0,
        errors=3,
        opportunities=2,
    )
    for field in ("score", "completion", "time", "satisfaction", "errors"):
        assert getattr(sums, field) == pytest.approx(getattr(direct, field), rel=1e-12)


@pytest.mark.parametrize(
    ("p", "n", "expected"), [(0.0, 5, 0.0), (1.0, 1, 1.0), (0.5, 2, 0.75), (0.3, 0, 0.0)]
)
def test_discovery_probability(p: float, n: int, expected: float) -> None:
    assert discovery_probability(p, n) == pytest.approx(expected)


@settings(max_examples=200, deadline=None)
@given(st.floats(0.01, 0.99), st.floats(0.01, 0.999))
def test_users_needed_is_the_smallest_n_reaching_the_goal(p: float, goal: float) -> None:
    n = users_needed(p, goal)
    assert discovery_probability(p, n) >= goal
    assert n == 1 or discovery_probability(p, n - 1) < goal


def test_users_needed_with_certain_problem() -> None:
    assert users_needed(1.0, 0.99) == 1
