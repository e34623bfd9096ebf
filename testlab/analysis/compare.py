"""Stage against stage: tasks matched by key, then SUS, NPS and satisfaction.

Stage B is judged against stage A (the order given: ``--compare A B``), so a positive
difference in completion, SEQ, SUS, NPS or satisfaction, or a time ratio below 1, is an
improvement. A change is significant when its p-value is below 1 − confidence.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from functools import partial

from scipy import stats as scipy_stats

from testlab.analysis import stats
from testlab.analysis.confidence import check_confidence
from testlab.analysis.figures import TaskInfo
from testlab.analysis.results import (
    IMPROVEMENT,
    NO_CHANGE,
    NOT_ENOUGH_DATA,
    REGRESSION,
    NpsComparison,
    StageComparison,
    TaskComparison,
    Verdict,
)
from testlab.analysis.stats._common import z_quantile
from testlab.analysis.stats.weighted_nps import (
    StratumCounts,
    weighted_estimate,
    weighted_from_checked,
)
from testlab.analysis.sums import AttemptSums, QuestionnaireSums

#: A stage's tasks as comparisons need them: key → (wording, pooled sums).
StageTasks = Mapping[str, tuple[TaskInfo, AttemptSums]]


def verdict(p_value: float, better: bool, worse: bool, confidence: float) -> str:
    """Significant improvement or regression when p < 1 − confidence, else no change."""
    if p_value < 1.0 - confidence:
        if better:
            return IMPROVEMENT
        if worse:
            return REGRESSION
    return NO_CHANGE


def compare_nps(
    a: QuestionnaireSums, b: QuestionnaireSums, confidence: float = 0.95
) -> NpsComparison:
    """NPS of B minus NPS of A, in points, as a difference of independent estimates.

    Each NPS is taken with its adjusted-Wald estimate (n' = n + 3, ¾ added to promoters
    and to detractors, as for its own interval); the difference of the two adjusted
    centres has variance var_a + var_b, giving a z interval (clipped to [−200, 200]) and
    a two-sided z-test p-value. ``difference`` is the plain difference of the two scores.
    """
    z = z_quantile(check_confidence(confidence))
    centre_a, var_a = _adjusted_nps(a)
    centre_b, var_b = _adjusted_nps(b)
    se = math.sqrt(var_a + var_b)
    centre = centre_b - centre_a
    p_value = float(min(1.0, 2.0 * scipy_stats.norm.sf(abs(centre) / se)))
    return NpsComparison(
        difference=_score(b) - _score(a),
        low=max(-200.0, 100.0 * (centre - z * se)),
        high=min(200.0, 100.0 * (centre + z * se)),
        p_value=p_value,
    )


def compare_weighted_nps(
    a: Sequence[StratumCounts], b: Sequence[StratumCounts], confidence: float = 0.95
) -> NpsComparison:
    """Weighted NPS of B minus weighted NPS of A, in points, as for :func:`compare_nps`.

    Each stage's strata give an adjusted centre Σ W_h (p'_h − d'_h) and variance
    Σ W_h² var'_h (see ``nps_weighted``); the two stages are independent samples, so the
    difference has variance var_a + var_b: a normal interval (clipped to [−200, 200]) and
    a two-sided z-test. ``difference`` is the difference of the two weighted scores.
    """
    if not 0.0 < confidence < 1.0:
        raise ValueError(f"The confidence level must be between 0 and 1, not {confidence!r}.")
    z = float(scipy_stats.norm.ppf(0.5 + confidence / 2.0))
    est_a, est_b = weighted_estimate(a), weighted_estimate(b)
    se = math.sqrt(est_a.variance + est_b.variance)
    centre = est_b.centre - est_a.centre
    p_value = float(min(1.0, 2.0 * scipy_stats.norm.sf(abs(centre) / se))) if se > 0 else (
        0.0 if centre != 0 else 1.0)  # fmt: skip
    return NpsComparison(
        difference=weighted_from_checked(b, z).score - weighted_from_checked(a, z).score,
        low=max(-200.0, 100.0 * (centre - z * se)),
        high=min(200.0, 100.0 * (centre + z * se)),
        p_value=p_value,
    )


def weighted_nps_verdict(
    a: Sequence[StratumCounts] | None, b: Sequence[StratumCounts] | None, confidence: float
) -> Verdict:
    """Stage B's weighted NPS against stage A's; "not enough data" when either cannot be
    weighted (no answers, or no customers in the strata that answered)."""
    if not a or not b:
        return Verdict(None, NOT_ENOUGH_DATA)

    def make() -> Verdict:
        result = compare_weighted_nps(a, b, confidence)
        return Verdict(result, verdict(result.p_value, result.difference > 0,
                                       result.difference < 0, confidence))  # fmt: skip

    return _guarded(make)


def _adjusted_nps(sums: QuestionnaireSums) -> tuple[float, float]:
    """Adjusted-Wald centre and variance of an NPS, as proportions (−1…1)."""
    n_adj = sums.promoters + sums.passives + sums.detractors + 3.0
    p = (sums.promoters + 0.75) / n_adj
    d = (sums.detractors + 0.75) / n_adj
    centre = p - d
    return centre, max(0.0, (p + d - centre * centre) / n_adj)


def _score(sums: QuestionnaireSums) -> float:
    n = sums.promoters + sums.passives + sums.detractors
    return 100.0 * (sums.promoters - sums.detractors) / n


def _proportions(x_a: int, n_a: int, x_b: int, n_b: int, confidence: float) -> Verdict:
    """B's proportion against A's (completion, top-2 box): N−1 test, higher is better."""
    if n_a == 0 or n_b == 0:
        return Verdict(None, NOT_ENOUGH_DATA)
    result = stats.compare_completion(x_b, n_b, x_a, n_a, confidence)
    return Verdict(
        result, verdict(result.p_value, result.difference > 0, result.difference < 0, confidence)
    )


def _completion(a: AttemptSums, b: AttemptSums, confidence: float) -> Verdict:
    return _proportions(a.successes, a.attempts, b.successes, b.attempts, confidence)


def _times(a: AttemptSums, b: AttemptSums, confidence: float) -> Verdict:
    if a.time_n < 2 or b.time_n < 2:
        return Verdict(None, NOT_ENOUGH_DATA)
    result = stats.compare_times_from_sums(
        b.time_n, b.time_log, b.time_log_sq, a.time_n, a.time_log, a.time_log_sq, confidence
    )
    return Verdict(result, verdict(result.p_value, result.ratio < 1, result.ratio > 1, confidence))


def _means(
    a: tuple[int, float, float], b: tuple[int, float, float], confidence: float
) -> Verdict:
    """Welch comparison of two (n, Σ, Σ²) groups, B − A; higher is better."""
    if a[0] < 2 or b[0] < 2:
        return Verdict(None, NOT_ENOUGH_DATA)
    result = stats.compare_means_from_sums(*b, *a, confidence)
    return Verdict(
        result, verdict(result.p_value, result.difference > 0, result.difference < 0, confidence)
    )


def _guarded(make: Callable[[], Verdict]) -> Verdict:
    """A comparison the data cannot support (e.g. inconsistent sums) is "not enough data"."""
    try:
        return make()
    except ValueError:
        return Verdict(None, NOT_ENOUGH_DATA)


def wording_warning(key: str, a: TaskInfo, b: TaskInfo) -> str | None:
    """A warning when a task's title or scenario differs between the two stages."""
    changed = [
        what
        for what, old, new in (("title", a.title, b.title), ("scenario", a.scenario, b.scenario))
        if old.strip() != new.strip()
    ]
    if not changed:
        return None
    return f"Task '{key}': the {' and '.join(changed)} changed between the stages; compare with care."


def compare_stages(
    stage_a: str,
    tasks_a: StageTasks,
    questionnaires_a: QuestionnaireSums,
    stage_b: str,
    tasks_b: StageTasks,
    questionnaires_b: QuestionnaireSums,
    confidence: float = 0.95,
) -> StageComparison:
    """Stage B against stage A: every task key in both, then the stage-level figures."""
    tasks = []
    for key in sorted(tasks_a.keys() & tasks_b.keys(), key=lambda k: (tasks_b[k][0].position, k)):
        info_a, sums_a = tasks_a[key]
        info_b, sums_b = tasks_b[key]
        warning = wording_warning(key, info_a, info_b)
        tasks.append(
            TaskComparison(
                key=key,
                title_a=info_a.title,
                title_b=info_b.title,
                wording_changed=warning is not None,
                warning=warning,
                completion=_guarded(partial(_completion, sums_a, sums_b, confidence)),
                time=_guarded(partial(_times, sums_a, sums_b, confidence)),
                simplicity=_guarded(
                    partial(
                        _means,
                        (sums_a.rating_n, sums_a.rating_sum, sums_a.rating_sq),
                        (sums_b.rating_n, sums_b.rating_sum, sums_b.rating_sq),
                        confidence,
                    )
                ),
            )
        )
    qa, qb = questionnaires_a, questionnaires_b
    return StageComparison(
        stage_a=stage_a,
        stage_b=stage_b,
        confidence=confidence,
        tasks=tuple(tasks),
        only_in_a=tuple(sorted(tasks_a.keys() - tasks_b.keys())),
        only_in_b=tuple(sorted(tasks_b.keys() - tasks_a.keys())),
        sus=_guarded(
            lambda: _means((qa.sus_n, qa.sus_sum, qa.sus_sq), (qb.sus_n, qb.sus_sum, qb.sus_sq),
                           confidence)
        ),
        nps=_guarded(lambda: _nps(qa, qb, confidence)),
        satisfaction_top2=_guarded(lambda: _top2(qa, qb, confidence)),
        satisfaction=_guarded(
            lambda: _means((qa.sat_n, qa.sat_sum, qa.sat_sq), (qb.sat_n, qb.sat_sum, qb.sat_sq),
                           confidence)
        ),
    )


def _nps(a: QuestionnaireSums, b: QuestionnaireSums, confidence: float) -> Verdict:
    if min(a.promoters + a.passives + a.detractors, b.promoters + b.passives + b.detractors) == 0:
        return Verdict(None, NOT_ENOUGH_DATA)
    result = compare_nps(a, b, confidence)
    return Verdict(
        result, verdict(result.p_value, result.difference > 0, result.difference < 0, confidence)
    )


def _top2(a: QuestionnaireSums, b: QuestionnaireSums, confidence: float) -> Verdict:
    return _proportions(a.sat_top2, a.sat_n, b.sat_top2, b.sat_n, confidence)
