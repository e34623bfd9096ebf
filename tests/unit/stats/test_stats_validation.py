"""Every input STATS.md says a function cannot take raises ValueError with a useful message."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from testlab.analysis import stats as s

BAD_INPUTS: list[tuple[str, Callable[[], Any], str]] = [
    # counts
    ("completion n = 0", lambda: s.completion(0, 0), "no attempts"),
    ("completion successes > n", lambda: s.completion(6, 5), "more successes"),
    ("completion negative successes", lambda: s.completion(-1, 5), "negative"),
    ("completion negative n", lambda: s.completion(0, -5), "negative"),
    ("completion fractional count", lambda: s.completion(2.5, 5), "whole number"),
    ("completion text", lambda: s.completion("4", 5), "number"),  # type: ignore[arg-type]
    ("completion NaN", lambda: s.completion(float("nan"), 5), "finite"),
    ("best estimate n = 0", lambda: s.best_estimate(0, 0), "no attempts"),
    # confidence
    ("confidence 0", lambda: s.completion(4, 5, 0.0), "between 0 and 1"),
    ("confidence 1", lambda: s.task_time([1, 2], 1.0), "between 0 and 1"),
    ("confidence 95", lambda: s.rating([1, 2], 1, 7, 95), "between 0 and 1"),
    ("confidence negative", lambda: s.nps([9], -0.5), "between 0 and 1"),
    ("confidence in comparisons", lambda: s.compare_means([1, 2], [3, 4], 1.5), "between 0 and 1"),
    # times
    ("time zero", lambda: s.task_time([10, 0, 20]), "greater than 0"),
    ("time negative", lambda: s.task_time([10, -3]), "greater than 0"),
    ("no times", lambda: s.task_time([]), "no times"),
    ("time infinite", lambda: s.task_time([10, float("inf")]), "finite"),
    ("median of no times", lambda: s.median_interval([]), "no times"),
    ("compare_times zero", lambda: s.compare_times([1, 2], [0, 3]), "greater than 0"),
    ("compare_times one time", lambda: s.compare_times([5], [3, 4]), "at least two"),
    ("compare_times empty", lambda: s.compare_times([], [3, 4]), "no times"),
    (
        "paired times lengths",
        lambda: s.compare_times_paired([1, 2, 3], [1, 2]),
        "same participants",
    ),
    ("paired times one pair", lambda: s.compare_times_paired([1], [2]), "at least two"),
    # ratings
    ("rating above scale", lambda: s.rating([5, 8], 1, 7), "scale 1–7"),
    ("rating below scale", lambda: s.rating([0, 3], 1, 7), "scale 1–7"),
    ("rating empty", lambda: s.rating([], 1, 7), "no ratings"),
    ("rating bad scale", lambda: s.rating([3], 7, 1), "above its lowest"),
    ("rating text", lambda: s.rating(["5"], 1, 7), "number"),  # type: ignore[list-item]
    ("rating string", lambda: s.rating("567", 1, 7), "not text"),  # type: ignore[arg-type]
    ("benchmark one rating", lambda: s.rating_vs_benchmark([5]), "at least 2"),
    ("benchmark empty", lambda: s.rating_vs_benchmark([]), "at least 2"),
    ("benchmark NaN", lambda: s.rating_vs_benchmark([4, 5], float("nan")), "finite"),
    ("means empty", lambda: s.compare_means([], [1, 2]), "no values"),
    ("means one value", lambda: s.compare_means([1, 2], [3]), "at least two"),
    (
        "paired means lengths",
        lambda: s.compare_means_paired([1, 2], [1, 2, 3]),
        "same participants",
    ),
    # top box
    ("top box above scale", lambda: s.top_box([6, 5], 5, 2), "scale 1–5"),
    ("top box zero boxes", lambda: s.top_box([5, 4], 5, 0), "at least 1"),
    ("top box too many boxes", lambda: s.top_box([5, 4], 5, 6), "no top 6"),
    ("top box empty", lambda: s.top_box([], 5, 2), "no answers"),
    # SUS
    ("SUS nine answers", lambda: s.sus_score([3] * 9), "exactly 10"),
    ("SUS eleven answers", lambda: s.sus_score([3] * 11), "exactly 10"),
    ("SUS answer 0", lambda: s.sus_score([3] * 9 + [0]), "1–5"),
    ("SUS answer 6", lambda: s.sus_score([6] + [3] * 9), "1–5"),
    ("SUS answer 2.5", lambda: s.sus_score([2.5] + [3] * 9), "1–5"),  # type: ignore[list-item]
    ("SUS grade above 100", lambda: s.sus_grade(100.5), "between 0 and 100"),
    ("SUS grade negative", lambda: s.sus_grade(-1), "between 0 and 100"),
    # NPS
    ("recommend 11", lambda: s.nps([10, 11]), "0–10"),
    ("recommend -1", lambda: s.nps([-1]), "0–10"),
    ("recommend 7.5", lambda: s.nps([7.5]), "0–10"),  # type: ignore[list-item]
    ("recommend empty", lambda: s.nps([]), "no recommend"),
    ("NPS counts all zero", lambda: s.nps_from_counts(0, 0, 0), "n = 0"),
    ("NPS negative count", lambda: s.nps_from_counts(3, -1, 0), "negative"),
    # comparisons of completion
    ("compare n_a = 0", lambda: s.compare_completion(0, 0, 1, 2), "Group A has no attempts"),
    ("compare x_b > n_b", lambda: s.compare_completion(1, 2, 3, 2), "Group B has more"),
    ("compare negative", lambda: s.compare_completion(-1, 2, 1, 2), "negative"),
    ("paired all zero", lambda: s.compare_completion_paired(0, 0, 0, 0), "no participants"),
    ("paired negative", lambda: s.compare_completion_paired(1, -1, 0, 0), "negative"),
    # SUM
    ("SUM n = 0", lambda: s.sum_score(0, 0, None, None, None, None), "no attempts"),
    ("SUM times without spec", lambda: s.sum_score(1, 2, [3, 4], None, None, None), "both"),
    ("SUM one time", lambda: s.sum_score(1, 2, [3], 60, None, None), "at least two"),
    ("SUM errors > opps", lambda: s.sum_score(1, 2, None, None, None, None, 11, 5), "more errors"),
    ("SUM errors alone", lambda: s.sum_score(1, 2, None, None, None, None, 1, None), "both"),
    # discovery
    ("discovery p > 1", lambda: s.discovery_probability(1.5, 5), "between 0 and 1"),
    ("discovery n < 0", lambda: s.discovery_probability(0.3, -1), "negative"),
    ("users p = 0", lambda: s.users_needed(0.0, 0.9), "between 0 (excluded)"),
    ("users goal 1", lambda: s.users_needed(0.3, 1.0), "goal"),
    ("users goal 0", lambda: s.users_needed(0.3, 0.0), "goal"),
    # sums
    ("sums n = 0", lambda: s.rating_from_sums(0, 0, 0, 1, 7), "at least 1"),
    ("sums impossible", lambda: s.rating_from_sums(2, 10, 10, 1, 7), "inconsistent"),
    ("sums negative square", lambda: s.compare_means_from_sums(2, 1, -1, 2, 1, 1), "negative"),
    ("sums mean off scale", lambda: s.rating_from_sums(2, 16, 128, 1, 7), "off the scale"),
    ("sums one value mismatch", lambda: s.task_time_from_sums(1, 2.0, 5.0), "square of the sum"),
    ("sums median count", lambda: s.task_time_from_sums(2, 1.0, 1.0, times=[1.0]), "do not match"),
    ("sums benchmark n = 1", lambda: s.rating_vs_benchmark_from_sums(1, 5, 25), "at least 2"),
    ("sums paired n = 1", lambda: s.compare_means_paired_from_sums(1, 2, 4), "at least two"),
]


@pytest.mark.parametrize(
    ("call", "message"), [(c, m) for _, c, m in BAD_INPUTS], ids=[i for i, _, _ in BAD_INPUTS]
)
def test_bad_input_raises_value_error(call: Callable[[], Any], message: str) -> None:
    with pytest.raises(ValueError, match="(?i)" + re.escape(message)):
        call()
