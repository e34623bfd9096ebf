"""One metric by centre (or any breakdown group) as a forest plot beside the pooled value,
so a centre that differs stands out."""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from testlab.analysis.results import Breakdown, StageFigures
from testlab.reports.charts.metrics import (
    AXIS_LABELS,
    COMPLETION,
    SIMPLICITY,
    TIME,
    Point,
    point,
)
from testlab.reports.charts.style import (
    draw_point,
    flag_legend_note,
    legend,
    plain_log_axis,
    set_categories,
)

POOLED_LABEL = "All (pooled)"


def metric_by_centre(
    figure: Figure,
    pooled: StageFigures,
    breakdown: Breakdown,
    metric: str,
    task_key: str,
) -> Axes:
    """``metric`` of ``task_key`` in stage ``pooled.name`` for each group of ``breakdown``
    (one row each, groups without the task left out), then the pooled figure as a diamond
    with a dotted line through it."""
    figure.clear()
    figure.set_layout_engine("constrained")
    axes = figure.add_subplot()
    rows: list[tuple[str, Point]] = []
    for group in breakdown.groups:
        stage = next((s for s in group.stages if s.name == pooled.name), None)
        task = None if stage is None else next((t for t in stage.tasks if t.key == task_key), None)
        p = None if task is None else point(task, metric)
        if p is not None:
            rows.append((group.label, p))
    pooled_task = next((t for t in pooled.tasks if t.key == task_key), None)
    if pooled_task is None:
        raise ValueError(f"no task {task_key!r} in stage {pooled.name!r}")
    pooled_point = point(pooled_task, metric)
    labels = [label for label, _ in rows] + [POOLED_LABEL]
    set_categories(axes, labels, figure=figure)
    for row, (label, p) in enumerate(rows):
        draw_point(axes, row, p, gid=f"group:{label}", lower_is_better=metric == TIME)
    if pooled_point is not None:
        draw_point(axes, len(rows), pooled_point, gid="pooled", marker="D",
                   lower_is_better=metric == TIME)
        axes.axvline(
            pooled_point.value,
            color="#000000",
            linestyle=":",
            linewidth=1.0,
            label="pooled",
            gid="pooled-line",
        )
    axes.axhline(len(rows) - 0.5, color="#999999", linewidth=0.5)
    if metric == TIME:
        axes.set_xscale("log")
        plain_log_axis(axes.xaxis)
    elif metric == COMPLETION:
        axes.set_xlim(0, 100)
    elif metric == SIMPLICITY:
        axes.set_xlim(1, 7)
    axes.set_xlabel(AXIS_LABELS[metric], fontsize=8)
    axes.set_ylabel(breakdown.dimension.capitalize(), fontsize=8)
    axes.set_title(
        f"{metric.capitalize()} by {breakdown.dimension} — {task_key}, {pooled.name}", fontsize=10
    )
    axes.tick_params(axis="x", labelsize=7)
    legend(figure)
    flag_legend_note(figure)
    return axes
