"""Single Usability Metric (Sauro & Kindlund 2005): one 0–1 score from completion, time,
satisfaction and errors, each standardised against its specification limit.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from testlab.analysis.confidence import check_number
from testlab.analysis.stats._common import (
    Moments,
    check_count,
    check_times,
    check_values,
    moments_from_checked_sums,
    normal_cdf,
)


@dataclass(frozen=True, slots=True)
class SumScore:
    """SUM score (0–1, the plain mean of the components present) and its components."""

    score: float
    completion: float
    time: float | None
    satisfaction: float | None
    errors: float | None


def _standardised(var: float | None, distance: float, what: str) -> float:
    """Φ(distance / sd): share expected on the good side of the spec; 0, ½ or 1 if sd = 0."""
    if var is None:
        raise ValueError(f"The {what} component needs at least two {what} values (got 1).")
    if var == 0.0:
        return 1.0 if distance > 0.0 else 0.0 if distance < 0.0 else 0.5
    return normal_cdf(distance / math.sqrt(var))


def _sum_score(
    successes: object,
    n: object,
    times: Moments | None,
    time_spec: float | None,
    satisfaction: Moments | None,
    satisfaction_spec: float | None,
    errors: int | None,
    opportunities: int | None,
) -> SumScore:
    """Shared core of :func:`sum_score` and :func:`sum_score_from_sums`."""
    x = check_count(successes, "number of successes")
    trials = check_count(n, "number of attempts")
    if trials == 0:
        raise ValueError("There are no attempts (n = 0): SUM needs at least one.")
    if x > trials:
        raise ValueError(f"There cannot be more successes ({x}) than attempts ({trials}).")
    components = [x / trials]
    time_part: float | None = None
    if (times is None) != (time_spec is None):
        raise ValueError("Give both the times and the time specification, or neither.")
    if times is not None and time_spec is not None:
        spec = check_number(time_spec, "time specification")
        if spec <= 0.0:
            raise ValueError(
                f"The time specification must be greater than 0 seconds; got {spec:g}."
            )
        time_part = _standardised(times.var, spec - times.mean, "time")
        components.append(time_part)
    satisfaction_part: float | None = None
    if (satisfaction is None) != (satisfaction_spec is None):
        raise ValueError(
            "Give both the satisfaction ratings and the satisfaction specification, or neither."
        )
    if satisfaction is not None and satisfaction_spec is not None:
        spec = check_number(satisfaction_spec, "satisfaction specification")
        satisfaction_part = _standardised(
            satisfaction.var, satisfaction.mean - spec, "satisfaction"
        )
        components.append(satisfaction_part)
    error_part: float | None = None
    if (errors is None) != (opportunities is None):
        raise ValueError("Give both the error count and the error opportunities, or neither.")
    if errors is not None and opportunities is not None:
        e = check_count(errors, "number of errors")
        o = check_count(opportunities, "number of error opportunities per attempt", minimum=1)
        if e > trials * o:
            raise ValueError(
                f"There cannot be more errors ({e}) than opportunities ({trials} × {o})."
            )
        error_part = 1.0 - e / (trials * o)
        components.append(error_part)
    return _score(components, time_part, satisfaction_part, error_part)


def _score(
    components: list[float],
    time_part: float | None,
    satisfaction_part: float | None,
    error_part: float | None,
) -> SumScore:
    """The SUM: the plain mean of the components present (completion first)."""
    return SumScore(
        score=math.fsum(components) / len(components),
        completion=components[0],
        time=time_part,
        satisfaction=satisfaction_part,
        errors=error_part,
    )


def sum_score(
    successes: int,
    n: int,
    times: Sequence[float] | None,
    time_spec: float | None,
    satisfaction: Sequence[float] | None,
    satisfaction_spec: float | None,
    errors: int | None = None,
    opportunities: int | None = None,
) -> SumScore:
    """Single Usability Metric of one task.

    completion x/n; time Φ((spec − mean)/sd); satisfaction Φ((mean − spec)/sd);
    errors 1 − errors/(n·opportunities). Pass None (with its spec) for a missing component.
    """
    time_moments = None if times is None else Moments.from_values(check_times(times))
    satisfaction_moments = (
        None
        if satisfaction is None
        else Moments.from_values(check_values(satisfaction, "satisfaction ratings"))
    )
    return _sum_score(
        successes,
        n,
        time_moments,
        time_spec,
        satisfaction_moments,
        satisfaction_spec,
        errors,
        opportunities,
    )


def sum_score_from_sums(
    successes: int,
    n: int,
    time_sums: tuple[int, float, float] | None,
    time_spec: float | None,
    satisfaction_sums: tuple[int, float, float] | None,
    satisfaction_spec: float | None,
    errors: int | None = None,
    opportunities: int | None = None,
) -> SumScore:
    """:func:`sum_score` with times and satisfaction given as (count, Σx, Σx²)."""
    time_moments = None if time_sums is None else Moments.from_sums(*time_sums, "times")
    if time_moments is not None and time_moments.mean <= 0.0:
        raise ValueError("The mean time must be greater than 0 seconds.")
    satisfaction_moments = (
        None
        if satisfaction_sums is None
        else Moments.from_sums(*satisfaction_sums, "satisfaction ratings")
    )
    return _sum_score(
        successes,
        n,
        time_moments,
        time_spec,
        satisfaction_moments,
        satisfaction_spec,
        errors,
        opportunities,
    )


def sum_score_from_checked_sums(
    successes: int,
    n: int,
    time_sums: tuple[int, float, float] | None,
    time_spec: float | None,
    satisfaction_sums: tuple[int, float, float] | None,
    satisfaction_spec: float | None,
) -> SumScore:
    """:func:`sum_score_from_sums` (no error component) for counts and sums known to be
    numbers, our own SQL's: the same arithmetic without the type checks.

    Give each component's sums with its specification or neither. Impossible values
    (no attempts, more successes than attempts, a time specification or mean time that
    is not positive, a component from one value) are still refused, with the same messages.
    """
    if (
        n <= 0
        or not 0 <= successes <= n
        or (time_sums is None) != (time_spec is None)
        or (satisfaction_sums is None) != (satisfaction_spec is None)
    ):
        return sum_score_from_sums(
            successes, n, time_sums, time_spec, satisfaction_sums, satisfaction_spec
        )  # raises with the public messages
    components = [successes / n]
    time_part: float | None = None
    if time_sums is not None and time_spec is not None:
        _, time_mean, time_var = moments_from_checked_sums(*time_sums, "times")
        if time_mean <= 0.0:
            raise ValueError("The mean time must be greater than 0 seconds.")
        if time_spec <= 0.0:
            raise ValueError(
                f"The time specification must be greater than 0 seconds; got {time_spec:g}."
            )
        time_part = _standardised(time_var, time_spec - time_mean, "time")
        components.append(time_part)
    satisfaction_part: float | None = None
    if satisfaction_sums is not None and satisfaction_spec is not None:
        _, rating_mean, rating_var = moments_from_checked_sums(
            *satisfaction_sums, "satisfaction ratings"
        )
        satisfaction_part = _standardised(
            rating_var, rating_mean - satisfaction_spec, "satisfaction"
        )
        components.append(satisfaction_part)
    return _score(components, time_part, satisfaction_part, None)
