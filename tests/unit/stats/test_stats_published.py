"""The values STATS.md says we must reproduce (Sauro & Lewis and the papers behind it)."""

from __future__ import annotations

import pytest

from testlab.analysis.stats import (
    TEST_N_MINUS_1,
    compare_completion,
    compare_completion_paired,
    completion,
    discovery_probability,
    mcnemar_exact_p,
    mcnemar_mid_p,
    task_time,
    users_needed,
)


def test_four_of_five_adjusted_wald() -> None:
    result = completion(4, 5, 0.95)
    # The book prints the bounds cut to four decimals (0.97968 shows as 0.9796).
    assert result.low == pytest.approx(0.3596, abs=1e-4)
    assert result.high == pytest.approx(0.9796, abs=1e-4)


def test_seven_of_ten_about_39_to_90_percent() -> None:
    result = completion(7, 10, 0.95)
    assert round(result.low, 2) == 0.39
    assert round(result.high, 2) == 0.90


def test_task_times_geometric_mean_68_interval_46_to_101() -> None:
    result = task_time([55, 65, 75, 62, 45, 135], 0.95)
    assert round(result.geometric_mean) == 68
    assert result.low is not None and result.high is not None
    assert round(result.low) == 46
    assert round(result.high) == 101


def test_n_minus_1_two_proportion_11_of_12_vs_5_of_10() -> None:
    result = compare_completion(11, 12, 5, 10, 0.95)
    assert result.test == TEST_N_MINUS_1
    assert round(result.p_value, 3) == 0.033
    # Yates' correction would give 0.088: make sure we did not apply it.
    assert abs(result.p_value - 0.088) > 0.05


def test_mcnemar_seven_and_one_discordant() -> None:
    assert round(mcnemar_exact_p(7, 1), 3) == 0.070
    assert round(mcnemar_mid_p(7, 1), 3) == 0.039
    paired = compare_completion_paired(3, 7, 1, 2)
    assert round(paired.p_value, 3) == 0.039


def test_users_needed_for_p_010_goal_90_percent() -> None:
    assert users_needed(0.10, 0.90) == 22


def test_five_users_find_85_percent_when_p_is_about_031() -> None:
    assert discovery_probability(0.31, 5) == pytest.approx(0.85, abs=0.01)
