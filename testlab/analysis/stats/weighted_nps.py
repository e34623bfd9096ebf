"""The operator's own NPS: per stratum (country × customer segment), weighted by customers.

A lab sample never has the network's mix of customers, so the company's tracker weights
each stratum's NPS by its number of customers. Strata with customers but no answer are
listed in ``missing`` and their weight is shared out over the strata that answered. The
interval is the adjusted Wald of :func:`nps` stratum by stratum (Rocks 2016), combined
as a stratified estimate: one stratum with all the customers gives exactly ``nps``'s.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from testlab.analysis.confidence import check_confidence
from testlab.analysis.stats._common import check_count, z_quantile
from testlab.analysis.stats.questionnaires import (
    NPS_DETRACTOR_MAX,
    NPS_PROMOTER_MIN,
    NPS_SCALE_MAX,
    NPS_SCALE_MIN,
    _whole_answer,
)


@dataclass(frozen=True, slots=True)
class NpsStratum:
    """One stratum that answered: its weight (share of the customers), answers and NPS."""

    label: str
    weight: float
    n: int
    score: float


@dataclass(frozen=True, slots=True)
class WeightedNps:
    """Weighted NPS in points (−100…100) with its interval, the strata used and those missing.

    ``n`` is every answer of the strata given; ``strata`` lists the strata that answered
    (their weights sum to 1, Σ weight × score = score); ``missing`` the strata that have
    customers but no answer, whose weight was shared out.
    """

    score: float
    low: float
    high: float
    n: int
    strata: tuple[NpsStratum, ...]
    missing: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class StratumCounts:
    """One stratum as a GROUP BY returns it: answers, promoters, detractors, customers."""

    label: str
    n: int
    promoters: int
    detractors: int
    customers: int


@dataclass(frozen=True, slots=True)
class WeightedEstimate:
    """Adjusted centre and variance of a weighted NPS, as proportions (−1…1): what both the
    interval and a comparison of two weighted NPS are built from."""

    centre: float
    variance: float


def nps_weighted(
    strata: Sequence[tuple[str, Sequence[int], int]], confidence: float = 0.95
) -> WeightedNps:
    """The NPS weighted by customers, from ``(label, recommend answers 0–10, customers)``
    per stratum (see :func:`nps_weighted_from_counts` for the method)."""
    rows = _rows(strata, "(label, recommend answers, customers)", 3)
    counted: list[tuple[str, int, int, int, int]] = []
    for label, values, customers in rows:
        name = _label(label)
        if isinstance(values, (str, bytes)):
            raise ValueError(f"The recommend answers of stratum '{name}' must be numbers, not text.")
        try:
            items = list(cast("Iterable[object]", values))
        except TypeError:
            raise ValueError(
                f"The recommend answers of stratum '{name}' must be a list of numbers 0–10."
            ) from None
        answers = [
            _whole_answer(v, NPS_SCALE_MIN, NPS_SCALE_MAX, f"recommend answer of '{name}'")
            for v in items
        ]
        promoters = sum(1 for a in answers if a >= NPS_PROMOTER_MIN)
        detractors = sum(1 for a in answers if a <= NPS_DETRACTOR_MAX)
        c = check_count(customers, f"number of customers of stratum '{name}'")
        counted.append((name, len(answers), promoters, detractors, c))
    return nps_weighted_from_counts(counted, confidence)


def nps_weighted_from_counts(
    strata: Sequence[tuple[str, int, int, int, int]], confidence: float = 0.95
) -> WeightedNps:
    """The weighted NPS from ``(label, n, promoters, detractors, customers)`` per stratum:
    the from-sums entry a GROUP BY feeds.

    W_h = customers_h / Σ customers over the strata with at least one answer;
    score = 100·Σ W_h (P_h − D_h)/n_h; interval: centre Σ W_h (p'_h − d'_h), variance
    Σ W_h² (p'_h + d'_h − (p'_h − d'_h)²)/n'_h with n'_h = n_h + 3, p'_h = (P_h + ¾)/n'_h,
    d'_h = (D_h + ¾)/n'_h; z of the level; in points, clipped to [−100, 100].
    """
    level = check_confidence(confidence)
    rows = _rows(strata, "(label, n, promoters, detractors, customers)", 5)
    checked = []
    for label, n, promoters, detractors, customers in rows:
        name = _label(label)
        answers = check_count(n, f"number of answers of stratum '{name}'")
        p = check_count(promoters, f"number of promoters of stratum '{name}'")
        d = check_count(detractors, f"number of detractors of stratum '{name}'")
        if p + d > answers:
            raise ValueError(
                f"Stratum '{name}' has more promoters and detractors ({p} + {d}) "
                f"than answers ({answers})."
            )
        c = check_count(customers, f"number of customers of stratum '{name}'")
        checked.append(StratumCounts(name, answers, p, d, c))
    return weighted_from_checked(checked, z_quantile(level))


def weighted_from_checked(strata: Sequence[StratumCounts], z: float) -> WeightedNps:
    """:func:`nps_weighted_from_counts` for checked counts and the level's z.

    Still refuses what cannot be weighted: no stratum, a label twice, no answer at all,
    or no customers in the strata that answered.
    """
    answered, missing = _split(strata)
    weights = _weights(answered)
    estimate = _estimate(answered, weights)
    half = z * math.sqrt(estimate.variance)
    table = tuple(
        NpsStratum(s.label, w, s.n, 100.0 * (s.promoters - s.detractors) / s.n)
        for s, w in zip(answered, weights, strict=True)
    )
    score = 0.0
    for row in table:
        score += row.weight * row.score
    return WeightedNps(
        score=score,
        low=max(-100.0, 100.0 * (estimate.centre - half)),
        high=min(100.0, 100.0 * (estimate.centre + half)),
        n=sum(s.n for s in answered),
        strata=table,
        missing=missing,
    )


def weighted_estimate(strata: Sequence[StratumCounts]) -> WeightedEstimate:
    """Adjusted centre and variance (proportions) of checked strata, for comparisons."""
    answered, _missing = _split(strata)
    return _estimate(answered, _weights(answered))


def _split(strata: Sequence[StratumCounts]) -> tuple[list[StratumCounts], tuple[str, ...]]:
    """The strata that answered, and the labels of those with customers but no answer."""
    if not strata:
        raise ValueError("There are no strata: the weighted NPS needs at least one.")
    seen: set[str] = set()
    for s in strata:
        if s.label in seen:
            raise ValueError(f"Stratum '{s.label}' is given twice; each label must be unique.")
        seen.add(s.label)
    answered = [s for s in strata if s.n > 0]
    if not answered:
        raise ValueError("No stratum has any answer (n = 0): the weighted NPS needs at least one.")
    return answered, tuple(s.label for s in strata if s.n == 0 and s.customers > 0)


def _weights(answered: Sequence[StratumCounts]) -> list[float]:
    """Each answering stratum's share of the customers of all answering strata."""
    total = sum(s.customers for s in answered)
    if total == 0:
        raise ValueError(
            "None of the strata with answers has any customers: there is nothing to weight by."
        )
    return [s.customers / total for s in answered]


def _estimate(answered: Sequence[StratumCounts], weights: Sequence[float]) -> WeightedEstimate:
    """Σ W_h (p'_h − d'_h) and Σ W_h² var'_h, the same arithmetic as ``nps`` per stratum."""
    centre = 0.0
    variance = 0.0
    for s, w in zip(answered, weights, strict=True):
        n_adj = s.n + 3.0
        p_adj = (s.promoters + 0.75) / n_adj
        d_adj = (s.detractors + 0.75) / n_adj
        c = p_adj - d_adj
        centre += w * c
        variance += w * w * ((p_adj + d_adj - c * c) / n_adj)
    return WeightedEstimate(centre, max(0.0, variance))


def _rows(strata: object, shape: str, size: int) -> list[tuple[object, ...]]:
    """The strata as tuples of ``size`` items, or a ValueError naming the shape wanted."""
    if isinstance(strata, (str, bytes)):
        raise ValueError(f"The strata must be a list of {shape}, not text.")
    try:
        items = list(strata)  # type: ignore[call-overload]
    except TypeError:
        raise ValueError(f"The strata must be a list of {shape}; got {strata!r}.") from None
    rows = []
    for item in items:
        if isinstance(item, (str, bytes)):
            raise ValueError(f"Each stratum must be {shape}; got {item!r}.")
        try:
            row = tuple(item)
        except TypeError:
            raise ValueError(f"Each stratum must be {shape}; got {item!r}.") from None
        if len(row) != size:
            raise ValueError(f"Each stratum must be {shape}; got {item!r}.")
        rows.append(row)
    return rows


def _label(label: object) -> str:
    """A stratum's label: non-empty text."""
    if not isinstance(label, str) or not label.strip():
        raise ValueError(f"Each stratum needs a label (text such as 'Belgium, senior'); got {label!r}.")
    return label
