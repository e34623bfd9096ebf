"""One plotted value of a task's figures: the point, its interval, its n and its flag.

The values are read from the analysis dataclasses as they are (the same numbers as
``testlab stats --json``); this module only decides which of them a chart shows, whether
there are too few values to trust ("few data"), and whether an interval is too wide to
mean anything (then it is not drawn as an interval).
"""

from __future__ import annotations

from dataclasses import dataclass

from testlab.analysis.results import CENTRE_MEDIAN, TaskFigures

COMPLETION = "completion"
TIME = "time"
SIMPLICITY = "simplicity"
METRICS = (COMPLETION, TIME, SIMPLICITY)

#: A figure from fewer values than this is marked "few data".
FEW_DATA_N = 5
#: Intervals wider than these mean nothing: completion (share points), SEQ (scale
#: points), time (ratio high/low, e.g. 0:05–4441:25 from two times).
MAX_WIDTH_COMPLETION = 0.8
MAX_WIDTH_SIMPLICITY = 4.0
MAX_RATIO_TIME = 20.0

AXIS_LABELS = {
    COMPLETION: "Completion rate (%)",
    TIME: "Time on task, successful attempts (seconds, log scale)",
    SIMPLICITY: "SEQ, 1 very difficult – 7 very easy (points)",
}


@dataclass(frozen=True, slots=True)
class Point:
    """A plotted figure: ``low``/``high`` None when there is no interval to draw."""

    value: float
    low: float | None
    high: float | None
    n: int
    flag: str | None
    few_data: bool
    interval_too_wide: bool

    @property
    def note(self) -> str | None:
        """The words written beside the mark, if any."""
        notes = []
        if self.few_data:
            notes.append("few data")
        if self.interval_too_wide:
            notes.append("interval too wide")
        return ", ".join(notes) or None


def point(task: TaskFigures, metric: str) -> Point | None:
    """The task's figure for ``metric`` (None when the task has none), scaled for display:
    completion in percent, time in seconds, SEQ in points."""
    if metric == COMPLETION:
        c = task.completion
        if c is None:
            return None
        wide = c.high - c.low > MAX_WIDTH_COMPLETION
        return _point(100 * c.observed, 100 * c.low, 100 * c.high, c.n, task.flags.completion, wide)
    if metric == TIME:
        t = task.time
        if t is None:
            return None
        if t.centre_shown == CENTRE_MEDIAN and t.time.median is not None:
            low, high = t.time.median_low, t.time.median_high
        else:
            low, high = t.time.low, t.time.high
        wide = low is None or high is None or low <= 0 or high / low > MAX_RATIO_TIME
        return _point(t.centre, low, high, t.time.n, task.flags.time, wide)
    if metric == SIMPLICITY:
        s = task.simplicity
        if s is None:
            return None
        r = s.rating
        wide = r.low is None or r.high is None or r.high - r.low > MAX_WIDTH_SIMPLICITY
        return _point(r.mean, r.low, r.high, r.n, task.flags.simplicity, wide)
    raise ValueError(f"unknown metric {metric!r}: choose one of {', '.join(METRICS)}")


def _point(
    value: float, low: float | None, high: float | None, n: int, flag: str | None, wide: bool
) -> Point:
    no_interval = low is None or high is None
    return Point(
        value=value,
        low=None if wide or no_interval else low,
        high=None if wide or no_interval else high,
        n=n,
        flag=flag,
        few_data=n < FEW_DATA_N,
        interval_too_wide=wide and not no_interval,
    )
