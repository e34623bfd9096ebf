"""The operator's weighted NPS: hand-computed values, equality with ``nps`` for one stratum,
properties, an independent variance computation, and every bad input refused."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import norm

from testlab.analysis import stats as s

SETTINGS = settings(max_examples=200, deadline=None)
LEVELS = st.sampled_from([0.80, 0.90, 0.95, 0.99])

# Belgium consumer: 10 9 7 3 → n 4, P 2, D 1, score +25; 300 customers.
# Belgium senior: 6 10 → n 2, P 1, D 1, score 0; 100 customers.
# France consumer: no answer; 600 customers → missing, its weight shared out.
WORKED = [
    ("Belgium, consumer", [10, 9, 7, 3], 300),
    ("Belgium, senior", [6, 10], 100),
    ("France, consumer", [], 600),
]


def test_worked_example_by_hand() -> None:
    result = s.nps_weighted(WORKED)
    # Weights over the strata that answered: 300/400 and 100/400.
    assert [(r.label, r.weight, r.n, r.score) for r in result.strata] == [
        ("Belgium, consumer", 0.75, 4, 25.0),
        ("Belgium, senior", 0.25, 2, 0.0),
    ]
    assert result.missing == ("France, consumer",)
    assert result.n == 6
    assert result.score == 18.75  # 0.75 × 25 + 0.25 × 0
    # n'1 = 7, p'1 = 2.75/7, d'1 = 1.75/7, centre 1/7, var (4.5/7 − 1/49)/7 = 30.5/343;
    # n'2 = 5, p'2 = d'2 = 0.35, centre 0, var 0.7/5 = 0.14.
    centre = 0.75 / 7
    variance = 0.75**2 * 30.5 / 343 + 0.25**2 * 0.14
    assert variance == pytest.approx(0.058768221574344, rel=1e-12)
    assert result.low == pytest.approx(-36.799470519385245, rel=1e-12)
    assert result.high == pytest.approx(58.228041947956676, rel=1e-12)
    z = float(norm.ppf(0.975))
    assert result.low == pytest.approx(100 * (centre - z * math.sqrt(variance)), rel=1e-12)


def test_worked_example_at_90_percent() -> None:
    result = s.nps_weighted(WORKED, 0.90)
    assert result.score == 18.75
    assert result.low == pytest.approx(-29.160515500177446, rel=1e-12)
    assert result.high == pytest.approx(50.58908692874887, rel=1e-12)


@pytest.mark.parametrize("level", [0.90, 0.95])
@pytest.mark.parametrize(
    "answers", [[10, 9, 8, 7, 6, 0, 10, 9, 3, 8], [8], [10] * 40, [0] * 40, [9, 6]]
)
def test_one_stratum_is_exactly_nps(answers: list[int], level: float) -> None:
    plain = s.nps(answers, level)
    weighted = s.nps_weighted([("Belgium, senior", answers, 12_345)], level)
    assert (weighted.score, weighted.low, weighted.high, weighted.n) == (
        plain.score, plain.low, plain.high, plain.n,
    )  # fmt: skip
    assert weighted.strata == (s.NpsStratum("Belgium, senior", 1.0, plain.n, plain.score),)
    assert weighted.missing == ()


def test_strata_without_customers_weigh_nothing() -> None:
    """Answers from a stratum with no customers stay in n and the table, at weight 0."""
    plain = s.nps([10, 9, 3])
    result = s.nps_weighted([("France, youth", [0, 0, 1], 0), ("France, senior", [10, 9, 3], 50)])
    assert (result.score, result.low, result.high) == (plain.score, plain.low, plain.high)
    assert [r.weight for r in result.strata] == [0.0, 1.0]
    assert result.n == 6
    assert result.missing == ()


def test_from_counts_equals_values() -> None:
    assert s.nps_weighted(WORKED) == s.nps_weighted_from_counts(
        [("Belgium, consumer", 4, 2, 1, 300), ("Belgium, senior", 2, 1, 1, 100),
         ("France, consumer", 0, 0, 0, 600)]
    )  # fmt: skip


def _independent_variance(strata: list[tuple[int, int, int, int]]) -> float:
    """Σ W² aᵀ Σ_h a with Σ_h the multinomial covariance (diag π − π πᵀ)/n' of each stratum's
    adjusted (promoter, passive, detractor) shares and a = (1, 0, −1): numpy, not our code."""
    answered = [row for row in strata if row[0] > 0]
    customers = np.array([row[3] for row in answered], dtype=float)
    weights = customers / customers.sum()
    a = np.array([1.0, 0.0, -1.0])
    total = 0.0
    for w, (n, p, d, _c) in zip(weights, answered, strict=True):
        n_adj = n + 3.0
        pi = np.array([p + 0.75, n - p - d + 1.5, d + 0.75]) / n_adj
        cov = (np.diag(pi) - np.outer(pi, pi)) / n_adj
        total += w * w * float(a @ cov @ a)
    return total


stratum_counts = st.integers(0, 40).flatmap(
    lambda n: st.tuples(
        st.just(n), st.integers(0, n)
    ).flatmap(lambda np_: st.tuples(st.just(np_[0]), st.just(np_[1]), st.integers(0, np_[0] - np_[1]),
                                    st.integers(1, 10**7)))
)  # fmt: skip
strata_lists = st.lists(stratum_counts, min_size=1, max_size=8).filter(
    lambda rows: any(r[0] > 0 for r in rows)
)


def _labelled(rows: list[tuple[int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    return [(f"stratum {i}", *row) for i, row in enumerate(rows)]


@SETTINGS
@given(strata_lists, LEVELS)
def test_variance_equals_an_independent_computation(
    rows: list[tuple[int, int, int, int]], level: float
) -> None:
    result = s.nps_weighted_from_counts(_labelled(rows), level)
    variance = _independent_variance(rows)
    z = float(norm.ppf(0.5 + level / 2))
    answered = [r for r in rows if r[0] > 0]
    total = sum(r[3] for r in answered)
    centre = sum(r[3] / total * (r[1] - r[2]) / (r[0] + 3.0) for r in answered)
    assert result.low == pytest.approx(max(-100.0, 100 * (centre - z * math.sqrt(variance))),
                                       rel=1e-9, abs=1e-9)  # fmt: skip
    assert result.high == pytest.approx(min(100.0, 100 * (centre + z * math.sqrt(variance))),
                                        rel=1e-9, abs=1e-9)  # fmt: skip


@SETTINGS
@given(strata_lists, LEVELS)
def test_table_adds_up_and_score_lies_in_the_interval(
    rows: list[tuple[int, int, int, int]], level: float
) -> None:
    result = s.nps_weighted_from_counts(_labelled(rows), level)
    assert math.fsum(r.weight for r in result.strata) == pytest.approx(1.0, abs=1e-12)
    assert sum(r.n for r in result.strata) == result.n == sum(r[0] for r in rows)
    assert math.fsum(r.weight * r.score for r in result.strata) == pytest.approx(
        result.score, abs=1e-9
    )
    assert -100.0 <= result.low <= result.high <= 100.0
    # The score lies between the strata's scores; the adjusted centre inside the interval.
    scores = [r.score for r in result.strata if r.weight > 0]
    assert min(scores) - 1e-9 <= result.score <= max(scores) + 1e-9
    answered = [r for r in rows if r[0] > 0]
    total = sum(r[3] for r in answered)
    centre = 100 * sum(r[3] / total * (r[1] - r[2]) / (r[0] + 3.0) for r in answered)
    assert result.low - 1e-9 <= centre <= result.high + 1e-9
    assert result.missing == tuple(f"stratum {i}" for i, r in enumerate(rows) if r[0] == 0)


@SETTINGS
@given(strata_lists, st.integers(2, 5))
def test_interval_narrows_as_strata_fill(rows: list[tuple[int, int, int, int]], k: int) -> None:
    small = s.nps_weighted_from_counts(_labelled(rows))
    large = s.nps_weighted_from_counts(
        _labelled([(k * n, k * p, k * d, c) for n, p, d, c in rows])
    )
    assert large.score == pytest.approx(small.score, abs=1e-9)
    assert large.high - large.low <= small.high - small.low + 1e-9


def test_score_inside_the_interval_unless_the_sample_is_extreme() -> None:
    """As for ``nps``, the interval is centred on the adjusted estimate (¾ added to promoters
    and detractors per stratum): a realistic sample's score lies inside it, but one answer, or
    every answer a promoter, can fall outside, and the weighted figure shares that."""
    typical = s.nps_weighted([("A", [10, 9, 8, 7, 6, 3, 10] * 3, 70), ("B", [9, 7, 2, 10] * 4, 30)])
    assert typical.low < typical.score < typical.high
    one = s.nps_weighted([("A", [0], 1)], 0.80)
    assert (one.low, one.high) == (s.nps([0], 0.80).low, s.nps([0], 0.80).high)
    assert one.score < one.low


def test_filling_a_missing_stratum_narrows_the_interval() -> None:
    """Same score per stratum, more answers: the interval can only narrow."""
    few = s.nps_weighted([("A", [10, 9, 3], 100), ("B", [10, 9, 3], 100)])
    more = s.nps_weighted([("A", [10, 9, 3] * 4, 100), ("B", [10, 9, 3] * 4, 100)])
    assert more.score == few.score
    assert more.high - more.low < few.high - few.low


@SETTINGS
@given(strata_lists)
def test_90_inside_95(rows: list[tuple[int, int, int, int]]) -> None:
    inner = s.nps_weighted_from_counts(_labelled(rows), 0.90)
    outer = s.nps_weighted_from_counts(_labelled(rows), 0.95)
    assert outer.low <= inner.low <= inner.high <= outer.high


BAD: list[tuple[str, Callable[[], Any], str]] = [
    ("no strata", lambda: s.nps_weighted([]), "no strata"),
    ("strata text", lambda: s.nps_weighted("BE"), "not text"),  # type: ignore[arg-type]
    ("strata not a list", lambda: s.nps_weighted(5), "must be a list"),  # type: ignore[arg-type]
    ("stratum wrong shape", lambda: s.nps_weighted([("BE", [9])]), "Each stratum must be"),  # type: ignore[list-item]
    ("stratum text", lambda: s.nps_weighted(["BE"]), "Each stratum must be"),  # type: ignore[list-item]
    ("empty label", lambda: s.nps_weighted([(" ", [9], 1)]), "needs a label"),
    ("label not text", lambda: s.nps_weighted([(3, [9], 1)]), "needs a label"),  # type: ignore[list-item]
    ("label twice", lambda: s.nps_weighted([("BE", [9], 1), ("BE", [3], 1)]), "given twice"),
    ("answer 11", lambda: s.nps_weighted([("BE", [9, 11], 1)]), "0–10"),
    ("answer -1", lambda: s.nps_weighted([("BE", [-1], 1)]), "0–10"),
    ("answer 7.5", lambda: s.nps_weighted([("BE", [7.5], 1)]), "0–10"),  # type: ignore[list-item]
    ("answers text", lambda: s.nps_weighted([("BE", "99", 1)]), "not text"),  # type: ignore[list-item]
    ("answers not a list", lambda: s.nps_weighted([("BE", 9, 1)]), "list of numbers"),  # type: ignore[list-item]
    ("customers negative", lambda: s.nps_weighted([("BE", [9], -1)]), "negative"),
    ("customers fractional", lambda: s.nps_weighted([("BE", [9], 1.5)]), "whole number"),  # type: ignore[list-item]
    ("customers text", lambda: s.nps_weighted([("BE", [9], "10")]), "number"),  # type: ignore[list-item]
    ("customers NaN", lambda: s.nps_weighted([("BE", [9], float("nan"))]), "finite"),
    ("no answers anywhere", lambda: s.nps_weighted([("BE", [], 10)]), "no stratum has any answer"),
    ("no customers where answered",
     lambda: s.nps_weighted([("BE", [9], 0), ("FR", [], 10)]), "nothing to weight by"),
    ("confidence 1", lambda: s.nps_weighted([("BE", [9], 1)], 1.0), "between 0 and 1"),
    ("confidence text", lambda: s.nps_weighted([("BE", [9], 1)], "0.9"), "number"),  # type: ignore[arg-type]
    ("counts negative n", lambda: s.nps_weighted_from_counts([("BE", -1, 0, 0, 1)]), "negative"),
    ("counts P + D > n",
     lambda: s.nps_weighted_from_counts([("BE", 3, 2, 2, 1)]), "more promoters and detractors"),
    ("counts fractional",
     lambda: s.nps_weighted_from_counts([("BE", 3, 1.5, 0, 1)]), "whole number"),  # type: ignore[list-item]
]  # fmt: skip


@pytest.mark.parametrize(("call", "message"), [(c, m) for _, c, m in BAD], ids=[i for i, _, _ in BAD])
def test_bad_input_raises_value_error(call: Callable[[], Any], message: str) -> None:
    with pytest.raises(ValueError, match="(?i)" + re.escape(message)):
        call()
