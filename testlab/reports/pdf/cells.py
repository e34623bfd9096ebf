"""How each figure is printed: the report's rounding, in one place, so the text of the
PDF can be checked against ``testlab stats --json`` to the digit.

completion and top-2-box: whole percent (interval too); time: whole seconds; SEQ and
satisfaction means: one decimal; SUS: one decimal and its grade; NPS: whole points;
differences of shares: whole percentage points; time ratios: two decimals; p: three.
"""

from __future__ import annotations

from testlab.analysis.results import ABOVE, BELOW, NEAR, TaskFigures, Verdict
from testlab.reports.pdf.catalogue import Words

#: A figure from fewer values than this is marked (as the window's charts do).
FEW_DATA_N = 5
FEW = " *"
FLAG_SIGNS = {ABOVE: "▲", BELOW: "▼", NEAR: "●"}


def flag(value: str | None) -> str:
    """The sign of a flag against its benchmark ("" without one): shape, not colour."""
    return "" if value is None else " " + FLAG_SIGNS.get(value, "")


def few(n: int) -> str:
    """The mark of a figure from fewer than five values."""
    return FEW if n < FEW_DATA_N else ""


def completion(w: Words, task: TaskFigures) -> tuple[str, str]:
    """(observed rate, interval) of a task's completion."""
    c = task.completion
    if c is None:
        return "–", "–"
    return w.pct(c.observed) + flag(task.flags.completion) + few(c.n), w.pct_range(c.low, c.high)


def time(w: Words, task: TaskFigures) -> tuple[str, str]:
    """(centre shown, interval) of a task's time on task (successful attempts)."""
    t = task.time
    if t is None:
        return "–", "–"
    if t.centre_shown == "median" and t.time.median is not None:
        low, high = t.time.median_low, t.time.median_high
    else:
        low, high = t.time.low, t.time.high
    return (w.seconds(t.centre) + flag(task.flags.time) + few(t.time.n),
            w.num_range(low, high, 0, "s"))  # fmt: skip


def simplicity(w: Words, task: TaskFigures) -> tuple[str, str]:
    """(mean, interval) of a task's SEQ."""
    s = task.simplicity
    if s is None:
        return "–", "–"
    r = s.rating
    return w.num(r.mean, 1) + flag(task.flags.simplicity) + few(r.n), w.num_range(r.low, r.high, 1)


def verdict_cells(w: Words, verdict: Verdict, kind: str) -> tuple[str, str, str]:
    """(difference or ratio, its interval, p) of a comparison; kind: proportion, ratio,
    mean or nps."""
    c = verdict.comparison
    if c is None:
        return "–", "–", "–"
    if kind == "proportion":
        d, lo, hi = c.difference, c.low, c.high  # type: ignore[union-attr]
        text = w.num(100 * d, 0, sign=True) + w.unit_space + w("unit.points")
        interval = w.num_range(100 * lo, 100 * hi, 0)
    elif kind == "ratio":
        text = w.num(c.ratio, 2)  # type: ignore[union-attr]
        interval = w.num_range(c.low, c.high, 2)
    elif kind == "nps":
        text = w.num(c.difference, 0, sign=True)  # type: ignore[union-attr]
        interval = w.num_range(c.low, c.high, 0)
    else:
        text = w.num(c.difference, 1, sign=True)  # type: ignore[union-attr]
        interval = w.num_range(c.low, c.high, 1)
    return text, interval, w.p(c.p_value)


def verdict_words(w: Words, verdict: Verdict) -> str:
    """The verdict in words ("significant improvement" …)."""
    return w(f"verdict.{verdict.verdict}")
