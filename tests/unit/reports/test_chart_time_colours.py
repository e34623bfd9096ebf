"""A time under its target is good: its mark keeps the ▼ shape and the word "below" but
is coloured as good (green), not as a completion below its benchmark (red)."""

from __future__ import annotations

from matplotlib.figure import Figure

from testlab.analysis.results import ABOVE, BELOW
from testlab.reports import charts
from testlab.reports.charts.style import FLAG_MARKS
from tests.unit.reports import chart_world as w

KEYS = ["find-plan", "pay-bill", "top-up", "roaming-on", "cancel-addon", "change-pin"]
GOOD, BAD = FLAG_MARKS[ABOVE][1], FLAG_MARKS[BELOW][1]


def _faces(axes) -> dict[str, tuple[str, str]]:
    return {line.get_gid().split(":", 1)[1]: (line.get_marker(), line.get_markerfacecolor())
            for line in axes.get_lines() if (line.get_gid() or "").startswith("mark:")}


def test_time_marks_under_target_are_coloured_good_and_keep_their_shape():
    stage = w.stage("Beta", KEYS)
    faces = _faces(charts.time_per_task(Figure(), stage))
    checked = 0
    for task in stage.tasks:
        p = charts.metrics.point(task, charts.TIME)
        if p is None or p.few_data or p.interval_too_wide or task.flags.time not in (ABOVE, BELOW):
            continue
        marker, face = faces[task.key]
        assert marker == FLAG_MARKS[task.flags.time][0]
        assert face == (GOOD if task.flags.time == BELOW else BAD)
        checked += 1
    assert checked


def test_completion_marks_keep_their_colours():
    stage = w.stage("Beta", KEYS)
    faces = _faces(charts.completion_per_task(Figure(), stage))
    for task in stage.tasks:
        p = charts.metrics.point(task, charts.COMPLETION)
        if p is None or p.few_data or p.interval_too_wide or task.flags.completion not in (
                ABOVE, BELOW):
            continue
        assert faces[task.key][1] == (GOOD if task.flags.completion == ABOVE else BAD)
