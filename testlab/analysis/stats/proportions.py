"""Completion rates and top-box shares: adjusted-Wald intervals and the best point estimate.

Small usability samples make x/n a poor guess near 0 and 1, so besides the observed rate
we report Lewis & Sauro's best point estimate and the adjusted-Wald (Agresti–Coull)
interval, which keeps its coverage at n = 5.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from testlab.analysis.confidence import check_confidence
from testlab.analysis.stats._common import (
    check_count,
    check_values,
    check_whole,
    z_quantile,
)

#: Share of tasks completed across many usability tests (Sauro & Lewis): the line on charts.
COMPLETION_BENCHMARK = 0.78


@dataclass(frozen=True, slots=True)
class CompletionRate:
    """A proportion with its best point estimate and adjusted-Wald interval (all 0–1)."""

    successes: int
    n: int
    observed: float
    best: float
    low: float
    high: float


def _check_counts(successes: object, n: object) -> tuple[int, int]:
    """Validate a success count against its number of attempts."""
    x = check_count(successes, "number of successes")
    trials = check_count(n, "number of attempts")
    if trials == 0:
        raise ValueError("There are no attempts (n = 0): a rate needs at least one.")
    if x > trials:
        raise ValueError(f"There cannot be more successes ({x}) than attempts ({trials}).")
    return x, trials


def wilson_centre(successes: int, n: int, z: float) -> float:
    """Centre of the Wilson score interval: (x + z²/2) / (n + z²)."""
    z2 = z * z
    return (successes + z2 / 2.0) / (n + z2)


def adjusted_wald(successes: int, n: int, z: float) -> tuple[float, float]:
    """Adjusted-Wald (Agresti–Coull) interval, clipped to [0, 1]."""
    n_adj = n + z * z
    p_adj = wilson_centre(successes, n, z)
    half = z * math.sqrt(p_adj * (1.0 - p_adj) / n_adj)
    return max(0.0, p_adj - half), min(1.0, p_adj + half)


def best_estimate(successes: int, n: int, confidence: float = 0.95) -> float:
    """Lewis & Sauro's best point estimate of a completion rate (calculator rule).

    x/n ≤ 0.5 → Wilson centre (z of the chosen level); 0.5 < x/n < 0.9 → x/n;
    x/n ≥ 0.9 → Laplace (x + 1)/(n + 2). It reduces the bias of x/n in small samples.
    """
    x, trials = _check_counts(successes, n)
    return _best(x, trials, z_quantile(check_confidence(confidence)))


def _best(x: int, trials: int, z: float) -> float:
    """Shared core of :func:`best_estimate` for checked counts and the level's z."""
    observed = x / trials
    if observed <= 0.5:
        return wilson_centre(x, trials, z)
    if observed < 0.9:
        return observed
    return (x + 1) / (trials + 2)


def completion(successes: int, n: int, confidence: float = 0.95) -> CompletionRate:
    """Completion rate of ``successes`` out of ``n`` attempts with its adjusted-Wald interval.

    Works from counts, so it is also the from-sums entry for SQL ``COUNT``/``SUM`` results.
    """
    x, trials = _check_counts(successes, n)
    return completion_from_checked(x, trials, z_quantile(check_confidence(confidence)))


def completion_from_checked(successes: int, n: int, z: float) -> CompletionRate:
    """:func:`completion` for counts known to be whole (our own SQL's) and the level's z.

    The trusted core both paths share: no type checks, the same arithmetic; impossible
    counts (n = 0, more successes than attempts) are still refused.
    """
    if n <= 0 or not 0 <= successes <= n:
        _check_counts(successes, n)  # raises with the public messages
    low, high = adjusted_wald(successes, n, z)
    return CompletionRate(
        successes=successes,
        n=n,
        observed=successes / n,
        best=_best(successes, n, z),
        low=low,
        high=high,
    )


def top_box_from_counts(in_top: int, n: int, confidence: float = 0.95) -> CompletionRate:
    """Top-box share from a count of answers in the top boxes: the same maths as completion."""
    return completion(in_top, n, confidence)


def top_box(
    values: Sequence[float],
    scale_max: int,
    boxes: int = 2,
    confidence: float = 0.95,
    *,
    scale_min: int = 1,
) -> CompletionRate:
    """Share of answers in the top ``boxes`` points of a scale, e.g. top 2 of 5 = "satisfied".

    Answers must lie on the scale ``scale_min``..``scale_max`` (1 unless given).
    """
    low_end = check_whole(scale_min, "lowest point of the scale")
    high_end = check_whole(scale_max, "highest point of the scale")
    if high_end <= low_end:
        raise ValueError(
            f"The scale's highest point ({high_end}) must be above its lowest ({low_end})."
        )
    top = check_count(boxes, "number of top boxes", minimum=1)
    points = high_end - low_end + 1
    if top > points:
        raise ValueError(f"A {points}-point scale has no top {top} boxes.")
    answers = check_values(values, "answers")
    for v in answers:
        if not low_end <= v <= high_end:
            raise ValueError(f"Every answer must be on the scale {low_end}–{high_end}; got {v:g}.")
    threshold = high_end - top + 1
    count = sum(1 for v in answers if v >= threshold)
    return completion(count, len(answers), confidence)
