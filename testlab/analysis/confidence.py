"""The confidence level check (and the number check under it, ``check_number``), shared by the statistics,
the analysis and the command line.

Free of heavy imports, so ``testlab stats --confidence`` is checked while the parser
runs, before scipy loads.
"""

from __future__ import annotations

import math


def check_number(value: object, what: str) -> float:
    """Convert a number to float, raising a readable error for text, None or NaN."""
    if (
        isinstance(value, bool)
        or not isinstance(value, (int, float))
        and not hasattr(value, "__float__")
    ):
        raise ValueError(f"The {what} must be a number, not {value!r}.")
    try:
        result = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"The {what} must be a number, not {value!r}.") from None
    if not math.isfinite(result):
        raise ValueError(f"The {what} must be a finite number, not {value!r}.")
    return result


def check_confidence(confidence: object) -> float:
    """``confidence`` as a float strictly between 0 and 1, else ``ValueError`` saying why."""
    value = check_number(confidence, "confidence level")
    if not 0.0 < value < 1.0:
        raise ValueError(
            f"The confidence level must be between 0 and 1 (for example 0.95), not {confidence!r}."
        )
    return value
