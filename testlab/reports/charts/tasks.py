"""Per-task charts of one stage: completion, time on task and SEQ, one mark per task.

Tasks run down the y axis (long keys stay readable, 30 tasks still fit); each mark's
shape says its flag against the benchmark, whiskers are the analysis' own interval.
"""

from __future__ import annotations

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from testlab.analysis import stats
from testlab.analysis.results import StageFigures
from testlab.reports.charts.metrics import AXIS_LABELS, COMPLETION, SIMPLICITY, TIME, point
from testlab.reports.charts.style import (
    benchmark_line,
    draw_point,
    flag_legend_note,
    legend,
    plain_log_axis,
    set_categories,
)


def completion_per_task(figure: Figure, stage: StageFigures) -> Axes:
    """Completion rate of each task with its interval and the 78 % benchmark line."""
    axes = _task_axes(figure, stage, COMPLETION, "Completion per task")
    axes.set_xlim(0, 100)
    benchmark_line(axes, 100 * stats.COMPLETION_BENCHMARK, "benchmark 78 %")
    legend(figure)
    return axes


def time_per_task(figure: Figure, stage: StageFigures) -> Axes:
    """Time on task (log axis) with its interval, each task's target time marked ×."""
    axes = _task_axes(figure, stage, TIME, "Time on task")
    axes.set_xscale("log")
    plain_log_axis(axes.xaxis)
    targets = [(i, t.target_seconds) for i, t in enumerate(stage.tasks) if t.target_seconds]
    if targets:
        axes.plot(
            [s for _, s in targets],
            [i for i, _ in targets],
            marker="x",
            markersize=8,
            linestyle="none",
            color="#000000",
            label="target time",
            gid="targets",
        )
        legend(figure)
    return axes


def simplicity_per_task(figure: Figure, stage: StageFigures) -> Axes:
    """SEQ mean of each task with its interval and the 5.5 benchmark line."""
    axes = _task_axes(figure, stage, SIMPLICITY, "SEQ per task")
    axes.set_xlim(stats.SEQ_SCALE_MIN, stats.SEQ_SCALE_MAX)
    benchmark_line(axes, stats.SEQ_BENCHMARK, "benchmark 5.5")
    legend(figure)
    return axes


def _task_axes(figure: Figure, stage: StageFigures, metric: str, title: str) -> Axes:
    figure.clear()
    figure.set_layout_engine("constrained")
    axes = figure.add_subplot()
    axes.set_title(f"{title} — {stage.name}", fontsize=10)
    axes.set_xlabel(AXIS_LABELS[metric], fontsize=8)
    axes.set_ylabel("Task (key)", fontsize=8)
    set_categories(axes, [t.key for t in stage.tasks], figure=figure)
    axes.tick_params(axis="x", labelsize=7)
    axes.grid(axis="x", color="#dddddd", linewidth=0.5)
    for row, task in enumerate(stage.tasks):
        p = point(task, metric)
        if p is not None:
            draw_point(axes, row, p, gid=task.key, lower_is_better=metric == TIME)
    flag_legend_note(figure)
    return axes
