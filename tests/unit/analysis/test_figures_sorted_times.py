"""task_figures on sorted numpy times gives exactly the figures the public functions give.

The analysis sorts each group's times vectorised and passes them as numpy arrays; the
figures must be the very numbers a hand computation with ``testlab.analysis.stats`` gives
on the same times in any order, as plain Python floats.
"""

from __future__ import annotations

import dataclasses
import math
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from testlab.analysis import stats
from testlab.analysis.figures import (
    TaskInfo,
    flag,
    nps_figure,
    satisfaction_figure,
    sus_figure,
    task_figures,
)
from testlab.analysis.results import (
    CENTRE_GEOMETRIC_MEAN,
    CENTRE_MEDIAN,
    Satisfaction,
    Simplicity,
    SusFigure,
    TaskFigures,
    TaskFlags,
    TimeFigure,
)
from testlab.analysis.sums import AttemptSums, QuestionnaireSums

LEVELS = st.sampled_from([0.90, 0.95])
ms_times = st.lists(st.integers(1, 600_000).map(lambda ms: ms / 1000.0), max_size=60)


def _attempt_sums(
    ok: list[float], failed: list[float], ratings: list[int], extra: int
) -> AttemptSums:
    """The sums the grouped SQL returns for these attempts (plus ``extra`` untimed ones)."""
    logs = [math.log(t) for t in ok]
    fail_logs = [math.log(t) for t in failed]
    return AttemptSums(
        attempts=len(ok) + len(failed) + extra,
        successes=len(ok) + extra // 2,
        time_n=len(ok),
        time_log=math.fsum(logs),
        time_log_sq=math.fsum(v * v for v in logs),
        time_sum=math.fsum(ok),
        time_sq=math.fsum(t * t for t in ok),
        fail_n=len(failed),
        fail_log=math.fsum(fail_logs),
        fail_log_sq=math.fsum(v * v for v in fail_logs),
        rating_n=len(ratings),
        rating_sum=float(sum(ratings)),
        rating_sq=float(sum(r * r for r in ratings)),
        rating_6_or_more=sum(1 for r in ratings if r >= 6),
        errors=extra,
        assists=extra // 3,
    )


def _time(n: int, sum_log: float, sum_log_sq: float, times: list[float], level: float):
    """The public functions' time figure for times in any order."""
    if n == 0:
        return None
    time = stats.task_time_from_sums(n, sum_log, sum_log_sq, level, times=times)
    shown = CENTRE_MEDIAN if n >= stats.MEDIAN_MIN_N else CENTRE_GEOMETRIC_MEAN
    return TimeFigure(time=time, centre_shown=shown)


def _expected(
    info: TaskInfo, sums: AttemptSums, ok: list[float], failed: list[float], level: float
) -> TaskFigures:
    """TaskFigures built by hand from the public (validating) functions."""
    n = sums.attempts
    completion = stats.completion(sums.successes, n, level) if n else None
    time = _time(sums.time_n, sums.time_log, sums.time_log_sq, ok, level)
    failure = _time(sums.fail_n, sums.fail_log, sums.fail_log_sq, failed, level)
    simplicity = None
    if sums.rating_n:
        simplicity = Simplicity(
            rating=stats.rating_from_sums(
                sums.rating_n, sums.rating_sum, sums.rating_sq, 1, 7, level
            ),
            share_6_or_more=sums.rating_6_or_more / sums.rating_n,
        )
    total = None
    if info.target_seconds is not None and n:
        time_sums = (sums.time_n, sums.time_sum, sums.time_sq) if sums.time_n >= 2 else None
        rating_sums = (
            (sums.rating_n, sums.rating_sum, sums.rating_sq) if sums.rating_n >= 2 else None
        )
        total = stats.sum_score_from_sums(
            sums.successes,
            n,
            time_sums,
            info.target_seconds if time_sums else None,
            rating_sums,
            stats.SEQ_BENCHMARK if rating_sums else None,
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
        sum=total,
        flags=TaskFlags(
            completion=None
            if completion is None
            else flag(completion.low, completion.high, stats.COMPLETION_BENCHMARK),
            simplicity=None
            if simplicity is None
            else flag(simplicity.rating.low, simplicity.rating.high, stats.SEQ_BENCHMARK),
            time=None if time is None else flag(time.time.low, time.time.high, info.target_seconds),
        ),
    )


def _numbers(value: object, path: str = "figures"):
    """Every number in a (nested) figures dataclass, with where it is."""
    if dataclasses.is_dataclass(value):
        for f in dataclasses.fields(value):
            yield from _numbers(getattr(value, f.name), f"{path}.{f.name}")
    elif value is not None and not isinstance(value, str):
        yield path, value


def _check(
    ok: list[float],
    failed: list[float],
    ratings: list[int],
    extra: int,
    target: float | None,
    level: float,
    seed: int,
) -> None:
    info = TaskInfo("pay", "Pay a bill", "You owe 20 euros.", target, 1)
    sums = _attempt_sums(ok, failed, ratings, extra)
    rng = random.Random(seed)
    shuffled_ok, shuffled_failed = ok[:], failed[:]
    rng.shuffle(shuffled_ok)
    rng.shuffle(shuffled_failed)
    arrays = (np.sort(np.array(ok, dtype=np.float64)), np.sort(np.array(failed, dtype=np.float64)))

    figures = task_figures(info, sums, arrays, level)

    assert figures == _expected(info, sums, shuffled_ok, shuffled_failed, level)
    assert figures == task_figures(info, sums, (sorted(ok), sorted(failed)), level)
    # Lists (what the analysis passed before it sorted) may come in any order.
    assert figures == task_figures(info, sums, (shuffled_ok, shuffled_failed), level)
    for where, number in _numbers(figures):
        assert type(number) in (int, float), (where, type(number))
    # The medians are those of the public task_time on the values themselves.
    for figure, values in ((figures.time, shuffled_ok), (figures.time_to_failure, shuffled_failed)):
        if values:
            assert figure is not None
            by_values = stats.task_time(values, level)
            assert (figure.time.median, figure.time.median_low, figure.time.median_high) == (
                by_values.median,
                by_values.median_low,
                by_values.median_high,
            )
            assert figure.time.geometric_mean == pytest.approx(by_values.geometric_mean, rel=1e-9)
    # Without times: no medians, the rest unchanged.
    bare = task_figures(info, sums, None, level)
    if bare.time is not None:
        assert bare.time.time.median is None
        assert bare.time.time.geometric_mean == figures.time.time.geometric_mean


@settings(max_examples=150, deadline=None)
@given(
    ms_times,
    ms_times,
    st.lists(st.integers(1, 7), max_size=60),
    st.integers(0, 20),
    st.one_of(st.none(), st.floats(10.0, 300.0)),
    LEVELS,
    st.integers(0, 2**32),
)
def test_sorted_numpy_times_give_the_public_functions_figures(
    ok, failed, ratings, extra, target, level, seed
) -> None:
    _check(ok, failed, ratings, extra, target, level, seed)


@pytest.mark.parametrize(("n_ok", "n_failed"), [(1, 0), (24, 1), (25, 24), (26, 25), (200, 57)])
def test_typical_groups(n_ok: int, n_failed: int) -> None:
    rng = np.random.default_rng(n_ok)
    ok = np.round(rng.lognormal(4.0, 0.5, n_ok), 3).tolist()
    failed = np.round(rng.lognormal(4.5, 0.6, n_failed), 3).tolist()
    ratings = rng.integers(1, 8, n_ok + n_failed).tolist()
    _check(ok, failed, ratings, 3, 60.0, 0.95, n_ok)


def test_all_equal_times_and_ratings() -> None:
    _check([30.0] * 30, [90.0] * 2, [7] * 32, 0, 45.0, 0.95, 0)


def test_stage_figures_equal_the_public_functions() -> None:
    q = QuestionnaireSums(
        sessions=80,
        sus_n=70,
        sus_sum=70 * 71.25,
        sus_sq=70 * 71.25**2 + 69 * 15.0**2,
        promoters=30,
        passives=25,
        detractors=20,
        sat_n=75,
        sat_top2=50,
        sat_sum=75 * 3.9,
        sat_sq=75 * 3.9**2 + 74 * 0.8**2,
    )
    for level in (0.90, 0.95):
        rating = stats.rating_from_sums(q.sus_n, q.sus_sum, q.sus_sq, 0.0, 100.0, level)
        assert sus_figure(q, level) == SusFigure(
            rating=rating,
            grade=stats.sus_grade(rating.mean),
            flag=flag(rating.low, rating.high, stats.SUS_BENCHMARK),
        )
        assert nps_figure(q, level) == stats.nps_from_counts(30, 25, 20, level)
        assert satisfaction_figure(q, level) == Satisfaction(
            top2=stats.top_box_from_counts(q.sat_top2, q.sat_n, level),
            rating=stats.rating_from_sums(q.sat_n, q.sat_sum, q.sat_sq, 1, 5, level),
        )
    empty = QuestionnaireSums()
    assert (sus_figure(empty, 0.95), nps_figure(empty, 0.95), satisfaction_figure(empty, 0.95)) == (
        None,
        None,
        None,
    )


@pytest.mark.parametrize("level", [0.0, 1.0, float("nan"), "0.95", [0.95]])
def test_a_bad_level_is_refused_as_before(level: object) -> None:
    info = TaskInfo("pay", "Pay", "", None, 1)
    with pytest.raises(ValueError, match="confidence level"):
        task_figures(info, AttemptSums(attempts=2, successes=1), None, level)  # type: ignore[arg-type]
