"""Shared building blocks: input checks, exact quantiles and sample moments.

Every public function validates its input here (or, for the confidence level, in
``testlab.analysis.confidence``, which the command line shares) so that the messages
read the same everywhere, and takes its quantiles from scipy (never a rounded 1.96). The functions of
``scipy.special`` used are the very ones ``scipy.stats.norm``/``t`` call inside (ndtri,
ndtr, stdtrit, stdtr), so the values are identical, without the ~50 µs of argument
handling per ``scipy.stats`` call; quantiles are also memoised, since a network-wide
analysis asks for the same few (level, df) pairs thousands of times.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

from scipy import special as _sc

from testlab.analysis.confidence import check_number

#: Relative size below which a variance computed from sums is rounding noise, not spread.
VARIANCE_TOLERANCE = 1e-12


@functools.lru_cache(maxsize=256)
def z_quantile(confidence: float) -> float:
    """Two-sided standard normal critical value for ``confidence`` (1.959963... at 0.95)."""
    return float(_sc.ndtri(0.5 + confidence / 2.0))  # = scipy.stats.norm.ppf


@functools.lru_cache(maxsize=8192)
def t_quantile(confidence: float, df: float) -> float:
    """Two-sided Student t critical value for ``confidence`` with ``df`` degrees of freedom."""
    return float(_sc.stdtrit(df, 0.5 + confidence / 2.0))  # = scipy.stats.t.ppf


def t_p_two_sided(t_stat: float, df: float) -> float:
    """Two-sided p-value of a t statistic."""
    return float(min(1.0, 2.0 * _sc.stdtr(df, -abs(t_stat))))  # t.sf(x) = stdtr(df, -x)


def t_p_greater(t_stat: float, df: float) -> float:
    """One-sided p-value for "the mean is greater" given a t statistic."""
    return float(_sc.stdtr(df, -t_stat))


def normal_p_two_sided(z_stat: float) -> float:
    """Two-sided p-value of a standard normal statistic."""
    return float(min(1.0, 2.0 * _sc.ndtr(-abs(z_stat))))  # norm.sf(x) = ndtr(-x)


def normal_cdf(x: float) -> float:
    """Standard normal cumulative distribution function."""
    return float(_sc.ndtr(x))  # = scipy.stats.norm.cdf


def check_whole(value: object, what: str) -> int:
    """Return a whole number (an int, or a float/Decimal such as SQL sums return) as int."""
    number = check_number(value, what)
    if not number.is_integer():
        raise ValueError(f"The {what} must be a whole number, not {value!r}.")
    return int(number)


def check_count(value: object, what: str, *, minimum: int = 0) -> int:
    """Return a count of at least ``minimum`` (0 unless given) as int."""
    count = check_whole(value, what)
    if count < minimum:
        if minimum == 0:
            raise ValueError(f"The {what} cannot be negative (got {count}).")
        raise ValueError(f"The {what} must be at least {minimum} (got {count}).")
    return count


def check_values(values: Sequence[float], what: str, *, minimum: int = 1) -> list[float]:
    """Return the values as a list of finite floats, checking there are at least ``minimum``."""
    if isinstance(values, (str, bytes)):
        raise ValueError(f"The {what} must be a list of numbers, not text.")
    try:
        items = list(values)
    except TypeError:
        raise ValueError(f"The {what} must be a list of numbers, not {values!r}.") from None
    result: list[float] = items if _all_finite_floats(items) else []
    if not result:
        for v in items:
            try:
                result.append(check_number(v, what))
            except ValueError:
                raise ValueError(
                    f"Each of the {what} must be a finite number; got {v!r}."
                ) from None
    if len(result) < minimum:
        if minimum == 1:
            raise ValueError(f"There are no {what}: at least one is needed.")
        raise ValueError(f"At least {minimum} {what} are needed (got {len(result)}).")
    return result


def check_times(seconds: Sequence[float], what: str = "times", *, minimum: int = 1) -> list[float]:
    """Return the times as floats, refusing any time that is zero or negative."""
    times = check_values(seconds, what, minimum=minimum)
    if times and min(times) <= 0.0:
        for t in times:
            if t <= 0.0:
                raise ValueError(f"Every time must be greater than 0 seconds; got {t:g}.")
    return times


def _all_finite_floats(items: Sequence[object]) -> bool:
    """True when every item is a plain finite float, checked at C speed.

    The medians of a network analysis pass hundreds of thousands of times straight from
    the database; a finite ``fsum`` proves no item is inf or NaN (either would make it
    non-finite or raise). Anything else takes the per-item path and its messages.
    """
    if not items or set(map(type, items)) != {float}:
        return False
    try:
        # Every item's type is exactly float (checked just above).
        return math.isfinite(math.fsum(cast("Sequence[float]", items)))
    except (OverflowError, ValueError):
        return False


def check_same_length(a: Sequence[float], b: Sequence[float], what: str) -> None:
    """Paired data need one value per participant in each condition."""
    if len(a) != len(b):
        raise ValueError(
            f"Paired {what} need the same participants in both conditions: "
            f"got {len(a)} and {len(b)} values."
        )


@dataclass(frozen=True, slots=True)
class Moments:
    """Count, mean and sample variance of one group: what every t procedure needs.

    ``var`` is None when n = 1 (a sample variance does not exist). Both the values path
    and the sums path of each function reduce their input to this, then share the rest.
    """

    n: int
    mean: float
    var: float | None

    @classmethod
    def from_values(cls, values: Sequence[float]) -> Moments:
        """Two-pass moments (accurate); all-equal values give exactly var = 0 and mean = value."""
        n = len(values)
        if n == 0:
            raise ValueError("There are no values: at least one is needed.")
        first = values[0]
        if all(v == first for v in values):
            return cls(n, float(first), 0.0 if n > 1 else None)
        mean = math.fsum(values) / n
        if n == 1:
            return cls(n, mean, None)
        ss = math.fsum((v - mean) ** 2 for v in values)
        var = ss / (n - 1)
        mean_sq = math.fsum(v * v for v in values) / n
        if var < VARIANCE_TOLERANCE * mean_sq:
            var = 0.0
        return cls(n, mean, var)

    @classmethod
    def from_sums(cls, n: object, total: object, total_sq: object, what: str = "values") -> Moments:
        """Moments from a count, Σx and Σx² as a GROUP BY returns them.

        var = (Σx² − (Σx)²/n)/(n − 1); anything below 1e-12 of the mean square is rounding
        noise and becomes 0, so all-equal inputs give exactly zero spread. Sums that no set of
        numbers could produce (Σx² clearly below (Σx)²/n) are refused.
        """
        count = check_count(n, f"number of {what}", minimum=1)
        s = check_number(total, f"sum of {what}")
        ss = check_number(total_sq, f"sum of squared {what}")
        if ss < 0.0:
            raise ValueError(f"The sum of squared {what} cannot be negative (got {ss:g}).")
        return cls.from_checked_sums(count, s, ss, what)

    @classmethod
    def from_checked_sums(cls, count: int, s: float, ss: float, what: str = "values") -> Moments:
        """:meth:`from_sums` for sums known to be numbers (count ≥ 1, Σx² ≥ 0): our own SQL's."""
        return cls(*moments_from_checked_sums(count, s, ss, what))


def moments_from_checked_sums(
    count: int, s: float, ss: float, what: str = "values"
) -> tuple[int, float, float | None]:
    """(n, mean, var) of :meth:`Moments.from_sums` for sums known to be numbers (count ≥ 1,
    Σx² ≥ 0): our own SQL's.

    The trusted core both paths share: it skips the type checks, not the arithmetic, so
    the result is identical, and sums no set of numbers could produce are still refused.
    A plain tuple, as the hot path of an analysis unpacks it at once.
    """
    mean = s / count
    if count == 1:
        if abs(ss - s * s) > 1e-9 * max(ss, 1.0):
            raise ValueError(
                f"With one value the sum of squared {what} must equal the square of the sum."
            )
        return 1, mean, None
    mean_sq = ss / count
    var = (ss - s * s / count) / (count - 1)
    tolerance = VARIANCE_TOLERANCE * mean_sq
    if var < tolerance:
        if var < -1e-9 * max(mean_sq, 1.0):
            raise ValueError(
                f"The sums of {what} are inconsistent: the sum of squares ({ss:g}) is smaller "
                f"than the sum squared over n ({s * s / count:g})."
            )
        var = 0.0
    return count, mean, var
