"""Closing questionnaire: System Usability Scale score and grade, and Net Promoter Score.

SUS grades use the Sauro–Lewis curved grading scale (2016); reports must say so.
The NPS interval is the adjusted Wald for NPS (Rocks 2016), which behaves at small n.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from testlab.analysis.confidence import check_confidence, check_number
from testlab.analysis.stats._common import (
    check_count,
    check_whole,
    z_quantile,
)

#: Average SUS score (50th percentile): the line on charts and in reports.
SUS_BENCHMARK = 68.0
SUS_ITEMS = 10
SUS_SCALE_MIN = 1
SUS_SCALE_MAX = 5
#: Name of the grading scale, to print next to every grade.
SUS_GRADING_SCALE = "Sauro–Lewis curved grading scale (2016)"
#: Lower bound of each grade, best first (grade strings use ASCII '-' for minus).
SUS_GRADES: tuple[tuple[float, str], ...] = (
    (84.1, "A+"),
    (80.8, "A"),
    (78.9, "A-"),
    (77.2, "B+"),
    (74.1, "B"),
    (72.6, "B-"),
    (71.1, "C+"),
    (65.0, "C"),
    (62.7, "C-"),
    (51.7, "D"),
    (0.0, "F"),
)

NPS_SCALE_MIN = 0
NPS_SCALE_MAX = 10
#: Answers from here up are promoters; up to NPS_DETRACTOR_MAX are detractors.
NPS_PROMOTER_MIN = 9
NPS_DETRACTOR_MAX = 6


@dataclass(frozen=True, slots=True)
class NetPromoterScore:
    """NPS in points (−100…100) with its adjusted-Wald interval, and the three counts."""

    n: int
    promoters: int
    passives: int
    detractors: int
    score: float
    low: float
    high: float


def _whole_answer(value: object, low: int, high: int, what: str) -> int:
    """An answer must be a whole number on its scale."""
    try:
        answer = check_whole(value, what)
    except ValueError:
        raise ValueError(
            f"Each {what} must be a whole number {low}–{high}; got {value!r}."
        ) from None
    if not low <= answer <= high:
        raise ValueError(f"Each {what} must be a whole number {low}–{high}; got {answer}.")
    return answer


def sus_score(items: Sequence[int]) -> float:
    """SUS score 0–100 from the ten answers (1–5) in questionnaire order.

    Odd items count r − 1, even items 5 − r (they are worded negatively); the sum × 2.5.
    """
    if isinstance(items, (str, bytes)):
        raise ValueError("The SUS answers must be a list of ten numbers, not text.")
    answers = list(items)
    if len(answers) != SUS_ITEMS:
        raise ValueError(f"SUS needs exactly {SUS_ITEMS} answers; got {len(answers)}.")
    total = 0
    for index, value in enumerate(answers, start=1):
        r = _whole_answer(value, SUS_SCALE_MIN, SUS_SCALE_MAX, f"SUS answer (item {index})")
        total += (r - 1) if index % 2 == 1 else (5 - r)
    return total * 2.5


def sus_grade(score: float) -> str:
    """Letter grade "A+" … "F" of a SUS score on the Sauro–Lewis curved scale (grade the mean)."""
    value = check_number(score, "SUS score")
    if not 0.0 <= value <= 100.0:
        raise ValueError(f"A SUS score is between 0 and 100; got {value:g}.")
    return sus_grade_of_checked(value)


def sus_grade_of_checked(value: float) -> str:
    """:func:`sus_grade` of a score known to be a float from 0 to 100 (a mean of scores)."""
    for lower_bound, grade in SUS_GRADES:
        if value >= lower_bound:
            return grade
    raise AssertionError("unreachable: the last grade starts at 0")


def nps_from_counts(
    promoters: int, passives: int, detractors: int, confidence: float = 0.95
) -> NetPromoterScore:
    """NPS and its adjusted-Wald interval from the three counts (the from-sums entry).

    n' = n + 3, p' = (P + ¾)/n', d' = (D + ¾)/n'; centre p' − d', variance
    (p' + d' − (p' − d')²)/n'; in points, clipped to [−100, 100].
    """
    level = check_confidence(confidence)
    p = check_count(promoters, "number of promoters")
    m = check_count(passives, "number of passives")
    d = check_count(detractors, "number of detractors")
    if p + m + d == 0:
        raise ValueError("There are no answers (n = 0): NPS needs at least one.")
    return nps_from_checked_counts(p, m, d, z_quantile(level))


def nps_from_checked_counts(p: int, m: int, d: int, z: float) -> NetPromoterScore:
    """:func:`nps_from_counts` for counts known to be whole and not negative, at least one
    answer among them (our own SQL's), and the level's z: the same arithmetic, unchecked.
    """
    n = p + m + d
    n_adj = n + 3.0
    p_adj = (p + 0.75) / n_adj
    d_adj = (d + 0.75) / n_adj
    centre = p_adj - d_adj
    variance = (p_adj + d_adj - centre * centre) / n_adj
    half = z * math.sqrt(max(0.0, variance))
    return NetPromoterScore(
        n=n,
        promoters=p,
        passives=m,
        detractors=d,
        score=100.0 * (p - d) / n,
        low=max(-100.0, 100.0 * (centre - half)),
        high=min(100.0, 100.0 * (centre + half)),
    )


def nps(recommend: Sequence[int], confidence: float = 0.95) -> NetPromoterScore:
    """Net Promoter Score of likelihood-to-recommend answers (0–10): % promoters − % detractors."""
    if isinstance(recommend, (str, bytes)):
        raise ValueError("The recommend answers must be a list of numbers 0–10, not text.")
    answers = [
        _whole_answer(v, NPS_SCALE_MIN, NPS_SCALE_MAX, "recommend answer") for v in recommend
    ]
    if not answers:
        raise ValueError("There are no recommend answers: NPS needs at least one.")
    promoters = sum(1 for a in answers if a >= NPS_PROMOTER_MIN)
    detractors = sum(1 for a in answers if a <= NPS_DETRACTOR_MAX)
    return nps_from_counts(promoters, len(answers) - promoters - detractors, detractors, confidence)
