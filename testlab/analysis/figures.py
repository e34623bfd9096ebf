"""From sums to figures: every number goes through the ``testlab.analysis.stats`` from-sums
entries, so the SQL path and a hand computation with the public functions agree.

A network analysis asks for thousands of task figures, all from sums our own grouped SQL
returned, at one confidence level. So the level is checked once (and its z looked up once,
memoised), and the figures come from the trusted cores the public functions share
(``*_from_checked*``, ``median_from_sorted``): the same arithmetic without re-checking
types, and without sorting the times again.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import numpy as np

from testlab.analysis import stats
from testlab.analysis.confidence import check_confidence
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
from testlab.analysis.stats._common import z_quantile
from testlab.analysis.stats.proportions import completion_from_checked
from testlab.analysis.stats.questionnaires import nps_from_checked_counts, sus_grade_of_checked
from testlab.analysis.stats.ratings import rating_from_checked_sums
from testlab.analysis.stats.sum_score import sum_score_from_checked_sums
from testlab.analysis.stats.times import SortedTimes, task_time_from_checked_sums
from testlab.analysis.sums import AttemptSums, QuestionnaireSums

#: Satisfaction specification of the SUM's satisfaction component, on the SEQ (1–7) scale.
SUM_SATISFACTION_SPEC = stats.SEQ_BENCHMARK
SATISFACTION_MIN = 1
SATISFACTION_MAX = 5
SUS_MIN = 0.0
SUS_MAX = 100.0
# The scales as floats: the trusted cores clip to them without converting, and a clipped
# bound must come out a float as from the public functions.
_SEQ_MIN = float(stats.SEQ_SCALE_MIN)
_SEQ_MAX = float(stats.SEQ_SCALE_MAX)
_SATISFACTION_MIN = float(SATISFACTION_MIN)
_SATISFACTION_MAX = float(SATISFACTION_MAX)


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


@functools.lru_cache(maxsize=64)
def _checked_level(confidence: float) -> tuple[float, float]:
    """The confidence level checked once, as a float, with its z (memoised: one level a run)."""
    level = check_confidence(confidence)
    return level, z_quantile(level)


def _level(confidence: float) -> tuple[float, float]:
    """:func:`_checked_level`, with the public message for a level that is not even hashable."""
    try:
        return _checked_level(confidence)
    except TypeError:
        return _checked_level(check_confidence(confidence))


def _time_figure(
    n: int,
    sum_log: float,
    sum_log_sq: float,
    times: SortedTimes | None,
    level: float,
) -> TimeFigure | None:
    """:func:`time_figure` for a checked level (the trusted core)."""
    if n == 0:
        return None
    if times is not None and not isinstance(times, np.ndarray):
        # A list costs one ``sorted`` (linear when it is sorted already) and is then right
        # whichever order it came in; arrays, as the analysis passes them, are trusted.
        times = sorted(times)
    time = task_time_from_checked_sums(n, sum_log, sum_log_sq, level, times)
    shown = (
        CENTRE_MEDIAN
        if n >= stats.MEDIAN_MIN_N and time.median is not None
        else CENTRE_GEOMETRIC_MEAN
    )
    return TimeFigure(time=time, centre_shown=shown)


def time_figure(
    n: int,
    sum_log: float,
    sum_log_sq: float,
    times: SortedTimes | None,
    confidence: float,
) -> TimeFigure | None:
    """Geometric mean (and median when the times are given) of n > 0 times, else None.

    ``times``: a numpy array must be ascending, as the analysis sorts them (it is not
    sorted again); a list may come in any order.
    """
    return _time_figure(n, sum_log, sum_log_sq, times, _level(confidence)[0])


def task_figures(
    info: TaskInfo,
    sums: AttemptSums,
    times: tuple[SortedTimes, SortedTimes] | None,
    confidence: float,
) -> TaskFigures:
    """Every figure of one task key from its pooled sums (and its times, for medians).

    ``times`` is None (no medians) or (successful, failed), each a 1-D float64 numpy array
    in ascending order (or a list) as long as ``sums.time_n`` / ``sums.fail_n``. The
    analysis sorts them vectorised, so arrays are trusted: neither sorted nor checked again
    (bar their count), as the sums come straight from our own SQL. A list goes through one
    ``sorted``, linear when it is sorted already, so any order gives the right median.
    """
    level, z = _level(confidence)
    n = sums.attempts
    completion = completion_from_checked(sums.successes, n, z) if n else None
    ok_times, failed_times = times if times else (None, None)
    time = _time_figure(sums.time_n, sums.time_log, sums.time_log_sq, ok_times, level)
    failure = _time_figure(sums.fail_n, sums.fail_log, sums.fail_log_sq, failed_times, level)
    simplicity = None
    if sums.rating_n:
        simplicity = Simplicity(
            rating=rating_from_checked_sums(
                sums.rating_n, sums.rating_sum, sums.rating_sq, _SEQ_MIN, _SEQ_MAX, level
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
    return sum_score_from_checked_sums(
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
    rating = rating_from_checked_sums(
        sums.sus_n, sums.sus_sum, sums.sus_sq, SUS_MIN, SUS_MAX, _level(confidence)[0]
    )
    return SusFigure(
        rating=rating,
        grade=sus_grade_of_checked(rating.mean),
        flag=flag(rating.low, rating.high, stats.SUS_BENCHMARK),
    )


def nps_figure(sums: QuestionnaireSums, confidence: float) -> stats.NetPromoterScore | None:
    """NPS of the recommend answers with its adjusted-Wald interval, or None without answers."""
    if sums.promoters + sums.passives + sums.detractors == 0:
        return None
    return nps_from_checked_counts(
        sums.promoters, sums.passives, sums.detractors, _level(confidence)[1]
    )


def satisfaction_figure(sums: QuestionnaireSums, confidence: float) -> Satisfaction | None:
    """Top-2-box share of satisfaction (4–5 of 5) and the mean, or None without answers."""
    if sums.sat_n == 0:
        return None
    level, z = _level(confidence)
    return Satisfaction(
        top2=completion_from_checked(sums.sat_top2, sums.sat_n, z),
        rating=rating_from_checked_sums(
            sums.sat_n, sums.sat_sum, sums.sat_sq, _SATISFACTION_MIN, _SATISFACTION_MAX, level
        ),
    )
