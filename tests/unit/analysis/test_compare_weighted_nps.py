"""Stage against stage for the weighted NPS: the verdict follows the z test of the two
weighted adjusted estimates, and stages that cannot be weighted are "not enough data"."""

from __future__ import annotations

import math

import pytest
from scipy.stats import norm

from testlab.analysis.compare import compare_weighted_nps, weighted_nps_verdict
from testlab.analysis.results import IMPROVEMENT, NO_CHANGE, NOT_ENOUGH_DATA, REGRESSION
from testlab.analysis.stats.weighted_nps import StratumCounts as S

A = [S("BE", 200, 40, 100, 400), S("SN", 100, 30, 40, 600)]
B = [S("BE", 200, 110, 30, 400), S("SN", 100, 60, 10, 600)]


def test_clear_gain_is_a_significant_improvement_and_loss_a_regression() -> None:
    gain = weighted_nps_verdict(A, B, 0.95)
    assert gain.verdict == IMPROVEMENT
    loss = weighted_nps_verdict(B, A, 0.95)
    assert loss.verdict == REGRESSION
    assert gain.comparison is not None and loss.comparison is not None
    assert gain.comparison.difference == pytest.approx(-loss.comparison.difference)
    # 0.4 × (40 − (−30)) + 0.6 × (50 − (−10)) = 28 + 36 = 64 points
    assert gain.comparison.difference == pytest.approx(64.0)


def test_interval_and_p_from_the_two_variances() -> None:
    result = compare_weighted_nps(A, B, 0.90)

    def est(strata: list[S]) -> tuple[float, float]:
        total = sum(s.customers for s in strata)
        c = v = 0.0
        for s in strata:
            w = s.customers / total
            p, d = (s.promoters + 0.75) / (s.n + 3), (s.detractors + 0.75) / (s.n + 3)
            c += w * (p - d)
            v += w * w * (p + d - (p - d) ** 2) / (s.n + 3)
        return c, v

    (ca, va), (cb, vb) = est(A), est(B)
    z, se = norm.ppf(0.95), math.sqrt(va + vb)
    assert result.low == pytest.approx(100 * (cb - ca - z * se), rel=1e-12)
    assert result.high == pytest.approx(100 * (cb - ca + z * se), rel=1e-12)
    assert result.p_value == pytest.approx(2 * norm.sf(abs(cb - ca) / se), rel=1e-9, abs=1e-300)


def test_same_stage_is_no_change_and_missing_weights_not_enough_data() -> None:
    assert weighted_nps_verdict(A, A, 0.95).verdict == NO_CHANGE
    assert weighted_nps_verdict(None, B, 0.95).verdict == NOT_ENOUGH_DATA
    no_customers = [S("BE", 10, 5, 1, 0), S("FR", 0, 0, 0, 50)]
    assert weighted_nps_verdict(no_customers, B, 0.95).verdict == NOT_ENOUGH_DATA


def test_strata_names_are_checked() -> None:
    from testlab.analysis.weighted import check_strata
    from testlab.errors import InvalidInput

    assert check_strata("segment, Country") == "country,segment"
    assert check_strata("country") == "country"
    with pytest.raises(InvalidInput, match="Cannot stratify the NPS by 'city': use one of"):
        check_strata("city")
