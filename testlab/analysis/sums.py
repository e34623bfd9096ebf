"""The sums a grouped SQL query returns, one group at a time, and how groups pool.

Stages pool the tasks of all their studies by key, so sums must add up: every field
here is a count or a plain sum, and ``+`` adds field by field.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any, TypeVar


@dataclass(frozen=True, slots=True)
class AttemptSums:
    """Attempts of one task (or task key) in one group; skipped attempts excluded.

    ``time_*``: successful attempts with a time (ln t, (ln t)², t, t²);
    ``fail_*``: failures, give-ups and false completions with a time (ln t, (ln t)²);
    ``rating_*``: every rated attempt (SEQ 1–7).
    """

    attempts: int = 0
    successes: int = 0
    time_n: int = 0
    time_log: float = 0.0
    time_log_sq: float = 0.0
    time_sum: float = 0.0
    time_sq: float = 0.0
    fail_n: int = 0
    fail_log: float = 0.0
    fail_log_sq: float = 0.0
    rating_n: int = 0
    rating_sum: float = 0.0
    rating_sq: float = 0.0
    rating_6_or_more: int = 0
    errors: int = 0
    assists: int = 0

    def __add__(self, other: AttemptSums) -> AttemptSums:
        return _add(self, other)

    @classmethod
    def from_row(cls, values: tuple[Any, ...]) -> AttemptSums:
        """Build from a result row's values in field order (NULL sums become 0)."""
        return _from_row(cls, values)


@dataclass(frozen=True, slots=True)
class QuestionnaireSums:
    """Closing questionnaires of completed sessions in one group.

    ``sus_*``: sessions with all ten SUS answers (their scores, Σ and Σ²);
    ``promoters``/``passives``/``detractors``: recommend answers;
    ``sat_*``: satisfaction answers (1–5), how many in the top two boxes, Σ and Σ².
    """

    sessions: int = 0
    sus_n: int = 0
    sus_sum: float = 0.0
    sus_sq: float = 0.0
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    sat_n: int = 0
    sat_top2: int = 0
    sat_sum: float = 0.0
    sat_sq: float = 0.0

    def __add__(self, other: QuestionnaireSums) -> QuestionnaireSums:
        return _add(self, other)

    @classmethod
    def from_row(cls, values: tuple[Any, ...]) -> QuestionnaireSums:
        """Build from a result row's values in field order (NULL sums become 0)."""
        return _from_row(cls, values)


#: Either sums class: the helpers below return the class they are given.
_Sums = TypeVar("_Sums", AttemptSums, QuestionnaireSums)


def _add(a: _Sums, b: _Sums) -> _Sums:
    """Field-wise sum of two sums objects of the same class."""
    cls = type(a)
    return cls(*(getattr(a, f.name) + getattr(b, f.name) for f in fields(cls)))


#: Per sums class: each field's conversion (int or float) and default, in field order.
_CONVERTERS: dict[type, tuple[tuple[Callable[[Any], Any], Any], ...]] = {}


def _converters(cls: type) -> tuple[tuple[Callable[[Any], Any], Any], ...]:
    found = _CONVERTERS.get(cls)
    if found is None:
        found = _CONVERTERS[cls] = tuple(
            (int if f.type == "int" else float, f.default) for f in fields(cls)
        )
    return found


def _from_row(cls: type[_Sums], values: tuple[Any, ...]) -> _Sums:
    """Convert SQL results (ints, floats, Decimals, NULLs) to the field types."""
    return cls(*(
        default if value is None else convert(value)
        for (convert, default), value in zip(_converters(cls), values, strict=True)
    ))  # fmt: skip
