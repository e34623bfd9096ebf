"""From sums to figures: every number goes through the ``testlab.analysis.stats`` from-sums
entries, so the SQL path and a hand computation with the public functions agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from testlab.analysis import stats
from testlab.analysis.results import (
    ABOVE,
    BELOW,
    CENTRE_GEOMETRIC_MEAN,
    CENTRE_MEDIAN,
    NEAR,
    Satisfaction,
    Simplicity,
    SusFigure,
    TaskFigures,
    TaskFlags,
    TimeFigure,
)
from testlab.analysis.sums import AttemptSums, QuestionnaireSums

#: Satisfaction specification of the SUM's satisfaction component, on the SEQ (1–7) scale.
SUM_SATISFACTION_SPEC = stats.SEQ_BENCHMARK
SATISFACTION_MIN = 1
SATISFACTION_MAX = 5
SUS_MIN = 0.0
SUS_MAX = 100.0


@dataclass(frozen=True, slots=True)
class TaskInfo:
    """What a task key shows: its wording (latest study of the stage) and target time."""

    key: str
    title: str
    scenario: str
    target_seconds: float | None
    position: int


def flag(low: float | None, high: float | None, benchmark: float | None) -> str | None:
    """Where an interval lies against a benchmark: wholly above, wholly below, or near it."""
    if low is None or high is None or benchmark is None:
        return None
    if high < benchmark:
        return BELOW
    if low > benchmark:
        return ABOVE
    return NEAR


def time_figure(
    n: int,
    sum_log: float,
    sum_log_sq: float,
    times: Sequence[float] | None,
    confidence: float,
) -> TimeFigure | None:
    """Geometric mean (and median when the times are given) of n > 0 times, else None."""
    if n == 0:
        return None
    time = stats.task_time_from_sums(n, sum_log, sum_log_sq, confidence, times=times)
    shown = (
        CENTRE_MEDIAN
        if n >= stats.MEDIAN_MIN_N and time.median is not None
        else CENTRE_GEOMETRIC_MEAN
    )
    return TimeFigure(time=time, centre_shown=shown)


def task_figures(
    info: TaskInfo,
    sums: AttemptSums,
    times: tuple[Sequence[float], Sequence[float]] | None,
    confidence: float,
) -> TaskFigures:
    """Every figure of one task key from its pooled sums (and its times, for medians)."""
    n = sums.attempts
    completion = stats.completion(sums.successes, n, confidence) if n else None
    time = time_figure(
        sums.time_n, sums.time_log, sums.time_log_sq, times[0] if times else None, confidence
    )
    failure = time_figure(
        sums.fail_n, sums.fail_log, sums.fail_log_sq, times[1] if times else None, confidence
    )
    simplicity = None
    if sums.rating_n:
        simplicity = Simplicity(
            rating=stats.rating_from_sums(
                sums.rating_n,
                sums.rating_sum,
                sums.rating_sq,
                stats.SEQ_SCALE_MIN,
                stats.SEQ_SCALE_MAX,
                confidence,
            ),
            share_6_or_more=sums.rating_6_or_more / sums.rating_n,
        )
    return TaskFigures(
        key=info.key,
        title=info.title,
        scenario=info.scenario,
        target_seconds=info.target_seconds,
        attempts=n,
        completion=completion,
        time=time,
        time_to_failure=failure,
        simplicity=simplicity,
        errors_per_attempt=sums.errors / n if n else None,
        assists_per_attempt=sums.assists / n if n else None,
        sum=sum_figure(sums, info.target_seconds),
        flags=TaskFlags(
            completion=None
            if completion is None
            else flag(completion.low, completion.high, stats.COMPLETION_BENCHMARK),
            simplicity=None
            if simplicity is None
            else flag(simplicity.rating.low, simplicity.rating.high, stats.SEQ_BENCHMARK),
            time=None
            if time is None
            else flag(time.time.low, time.time.high, info.target_seconds),
        ),
    )


def sum_figure(sums: AttemptSums, target_seconds: float | None) -> stats.SumScore | None:
    """Single Usability Metric of a task that has a target time, else None.

    Components: completion; time of successful attempts against the target (needs two
    times); SEQ against 5.5 (needs two ratings). Errors are left out: TestLab records
    no error opportunities.
    """
    if target_seconds is None or sums.attempts == 0:
        return None
    time_sums = (sums.time_n, sums.time_sum, sums.time_sq) if sums.time_n >= 2 else None
    rating_sums = (
        (sums.rating_n, sums.rating_sum, sums.rating_sq) if sums.rating_n >= 2 else None
    )
    return stats.sum_score_from_sums(
        sums.successes,
        sums.attempts,
        time_sums,
        target_seconds if time_sums else None,
        rating_sums,
        SUM_SATISFACTION_SPEC if rating_sums else None,
    )


def sus_figure(sums: QuestionnaireSums, confidence: float) -> SusFigure | None:
    """Stage SUS: mean of complete questionnaires' scores, t interval, grade of the mean."""
    if sums.sus_n == 0:
        return None
    rating = stats.rating_from_sums(
        sums.sus_n, sums.sus_sum, sums.sus_sq, SUS_MIN, SUS_MAX, confidence
    )
    return SusFigure(
        rating=rating,
        grade=stats.sus_grade(rating.mean),
        flag=flag(rating.low, rating.high, stats.SUS_BENCHMARK),
    )


def nps_figure(sums: QuestionnaireSums, confidence: float) -> stats.NetPromoterScore | None:
    """NPS of the recommend answers with its adjusted-Wald interval, or None without answers."""
    if sums.promoters + sums.passives + sums.detractors == 0:
        return None
    return stats.nps_from_counts(sums.promoters, sums.passives, sums.detractors, confidence)


def satisfaction_figure(sums: QuestionnaireSums, confidence: float) -> Satisfaction | None:
    """Top-2-box share of satisfaction (4–5 of 5) and the mean, or None without answers."""
    if sums.sat_n == 0:
        return None
    return Satisfaction(
        top2=stats.top_box_from_counts(sums.sat_top2, sums.sat_n, confidence),
        rating=stats.rating_from_sums(
            sums.sat_n, sums.sat_sum, sums.sat_sq, SATISFACTION_MIN, SATISFACTION_MAX, confidence
        ),
    )
