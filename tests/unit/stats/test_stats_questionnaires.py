"""SUS score and curved grade; NPS and its adjusted-Wald interval."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import norm

from testlab.analysis.stats import SUS_BENCHMARK, nps, nps_from_counts, sus_grade, sus_score


@pytest.mark.parametrize(
    ("items", "score"),
    [
        ([3] * 10, 50.0),
        ([5, 1] * 5, 100.0),
        ([1, 5] * 5, 0.0),
        ([4, 2, 4, 2, 4, 2, 4, 2, 4, 2], 75.0),
        ([5, 2, 4, 1, 4, 2, 5, 1, 4, 3], 82.5),
    ],
)
def test_sus_score(items: list[int], score: float) -> None:
    assert sus_score(items) == score


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 5), min_size=10, max_size=10))
def test_sus_score_is_a_multiple_of_25_tenths_within_0_100(items: list[int]) -> None:
    score = sus_score(items)
    assert 0.0 <= score <= 100.0
    assert (score / 2.5).is_integer()
    odd = sum(r - 1 for r in items[0::2])
    even = sum(5 - r for r in items[1::2])
    assert score == 2.5 * (odd + even)


@pytest.mark.parametrize(
    ("score", "grade"),
    [
        (100.0, "A+"), (84.1, "A+"), (84.09, "A"), (80.8, "A"), (80.79, "A-"), (78.9, "A-"),
        (78.89, "B+"), (77.2, "B+"), (77.19, "B"), (74.1, "B"), (74.09, "B-"), (72.6, "B-"),
        (72.59, "C+"), (71.1, "C+"), (71.09, "C"), (SUS_BENCHMARK, "C"), (65.0, "C"),
        (64.99, "C-"), (62.7, "C-"), (62.69, "D"), (51.7, "D"), (51.69, "F"), (0.0, "F"),
    ],
)  # fmt: skip
def test_sus_grade_curved_scale_boundaries(score: float, grade: str) -> None:
    assert sus_grade(score) == grade


def test_nps_counts_and_score() -> None:
    result = nps([10, 9, 8, 7, 6, 0, 10, 9, 3, 8])
    assert (result.n, result.promoters, result.passives, result.detractors) == (10, 4, 3, 3)
    assert result.score == pytest.approx(10.0)


@pytest.mark.parametrize("level", [0.90, 0.95])
@pytest.mark.parametrize(("p", "m", "d"), [(4, 3, 3), (0, 1, 0), (12, 5, 2), (1, 0, 30)])
def test_nps_adjusted_wald_interval(p: int, m: int, d: int, level: float) -> None:
    z = norm.ppf(1 - (1 - level) / 2)
    n_adj = p + m + d + 3
    pp, dd = (p + 0.75) / n_adj, (d + 0.75) / n_adj
    half = z * math.sqrt((pp + dd - (pp - dd) ** 2) / n_adj)
    result = nps_from_counts(p, m, d, level)
    assert result.low == pytest.approx(max(-100, 100 * (pp - dd - half)))
    assert result.high == pytest.approx(min(100, 100 * (pp - dd + half)))


def test_nps_one_passive_is_centred_on_zero() -> None:
    result = nps([8])
    assert result.score == 0.0
    assert result.low == pytest.approx(-result.high)


def test_nps_interval_is_clipped() -> None:
    assert nps([10] * 40).high == 100.0
    assert nps([0] * 40).low == -100.0


def test_nps_values_path_equals_counts_path() -> None:
    assert nps([10, 9, 7, 8, 2, 6]) == nps_from_counts(2, 2, 2)
