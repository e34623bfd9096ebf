"""Problem discovery: how likely a sample finds a problem, and how many users a goal needs.

Binomial model 1 − (1 − p)^n (Virzi; Nielsen & Landauer; Sauro & Lewis ch. 7).
"""

from __future__ import annotations

import math

from testlab.analysis.confidence import check_number
from testlab.analysis.stats._common import check_count


def _check_probability(p: float, what: str, *, allow_zero: bool = True) -> float:
    """A probability lies in [0, 1] (or (0, 1] when zero is meaningless)."""
    value = check_number(p, what)
    if not 0.0 <= value <= 1.0 or (value == 0.0 and not allow_zero):
        bounds = "0 and 1" if allow_zero else "0 (excluded) and 1"
        raise ValueError(f"The {what} must be between {bounds}; got {value:g}.")
    return value


def discovery_probability(p: float, n: int) -> float:
    """Chance that at least one of ``n`` users meets a problem that affects a share ``p``."""
    prob = _check_probability(p, "problem probability")
    users = check_count(n, "number of users")
    return 1.0 - (1.0 - prob) ** users


def users_needed(p: float, goal: float) -> int:
    """Smallest number of users with 1 − (1 − p)^n ≥ ``goal`` (e.g. p = 0.10, goal 0.90 → 22)."""
    prob = _check_probability(p, "problem probability", allow_zero=False)
    target = check_number(goal, "discovery goal")
    if not 0.0 < target < 1.0:
        raise ValueError(f"The discovery goal must be between 0 and 1 (excluded); got {target:g}.")
    if prob == 1.0:
        return 1
    n = max(1, math.ceil(math.log1p(-target) / math.log1p(-prob)))
    # The logarithms can land a hair on the wrong side of a whole number: settle it exactly.
    while n > 1 and discovery_probability(prob, n - 1) >= target:
        n -= 1
    while discovery_probability(prob, n) < target:
        n += 1
    return n
