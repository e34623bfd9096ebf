"""Pure pieces of testlab.analysis: sums, flags, verdicts, NPS comparison, text formats."""

from __future__ import annotations

import math

import pytest
from scipy import stats as sp

from testlab.analysis import stats
from testlab.analysis.compare import compare_nps, verdict, wording_warning
from testlab.analysis.figures import TaskInfo, flag
from testlab.analysis.sums import AttemptSums, QuestionnaireSums
from testlab.reports.stats_text import align, interval, mss, percent


def test_sums_add_field_by_field():
    a = AttemptSums(attempts=3, successes=2, time_log=1.5, errors=1)
    b = AttemptSums(attempts=2, successes=1, time_log=0.5, assists=4)
    assert a + b == AttemptSums(attempts=5, successes=3, time_log=2.0, errors=1, assists=4)
    assert AttemptSums.from_row((1, 1, None, 2.5, None, None, None, None, None, None, None,
                                 None, None, None, 0, 0)).time_log == 2.5


def test_flags_against_benchmarks():
    assert flag(0.80, 0.90, 0.78) == "above"
    assert flag(0.50, 0.70, 0.78) == "below"
    assert flag(0.70, 0.90, 0.78) == "near"
    assert flag(None, None, 0.78) is None and flag(1.0, 2.0, None) is None


def test_verdicts():
    assert verdict(0.01, True, False, 0.95) == "significant_improvement"
    assert verdict(0.01, False, True, 0.95) == "significant_regression"
    assert verdict(0.07, True, False, 0.95) == "no_detectable_change"
    assert verdict(0.07, True, False, 0.90) == "significant_improvement"


def test_wording_warning_names_what_changed():
    a = TaskInfo("pay-bill", "Pay your bill", "Due today.", 90.0, 0)
    assert wording_warning("pay-bill", a, a) is None
    b = TaskInfo("pay-bill", "Pay the bill", "Due tomorrow.", 90.0, 0)
    assert "title and scenario" in (wording_warning("pay-bill", a, b) or "")


def test_nps_comparison_is_difference_of_adjusted_wald_estimates():
    a = QuestionnaireSums(promoters=5, passives=3, detractors=12)
    b = QuestionnaireSums(promoters=14, passives=4, detractors=2)
    result = compare_nps(a, b, 0.95)
    assert result.difference == pytest.approx(
        stats.nps_from_counts(14, 4, 2).score - stats.nps_from_counts(5, 3, 12).score)

    def adjusted(p, d, n):
        pa, da = (p + 0.75) / (n + 3), (d + 0.75) / (n + 3)
        return pa - da, (pa + da - (pa - da) ** 2) / (n + 3)

    ca, va = adjusted(5, 12, 20)
    cb, vb = adjusted(14, 2, 20)
    z = sp.norm.ppf(0.975)
    assert result.low == pytest.approx(100 * (cb - ca - z * math.sqrt(va + vb)))
    assert result.p_value == pytest.approx(2 * sp.norm.sf(abs(cb - ca) / math.sqrt(va + vb)))
    assert result.p_value < 0.05


def test_text_formats():
    assert mss(68.4) == "1:08" and mss(59.5) == "1:00" and mss(None) == "–"
    assert percent(0.784) == "78%" and interval(0.5, 0.9, percent) == "[50%–90%]"
    assert interval(None, 1.0) == ""
    assert align([("a", "bb"), ("ccc", "d")]) == ["  a    bb", "  ccc  d"]
