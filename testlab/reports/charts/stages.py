"""One metric stage by stage: for one task key, or for every key (tasks matched by key)."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.figure import Figure

from testlab.analysis import stats
from testlab.analysis.results import StageFigures
from testlab.reports.charts.metrics import AXIS_LABELS, COMPLETION, SIMPLICITY, TIME, point
from testlab.reports.charts.style import (
    BENCHMARK_STYLE,
    SERIES_STYLES,
    category_font_size,
    draw_point,
    flag_legend_note,
    legend,
    plain_log_axis,
    short_label,
)

_BENCHMARKS = {
    COMPLETION: (100 * stats.COMPLETION_BENCHMARK, "benchmark 78 %"),
    SIMPLICITY: (stats.SEQ_BENCHMARK, "benchmark 5.5"),
}


def metric_by_stage(
    figure: Figure,
    stages: Sequence[StageFigures],
    metric: str,
    task_key: str | None = None,
) -> Axes:
    """``metric`` of ``task_key`` (or of every task key, one series each) across the stages
    in their order; a key missing from a stage simply has no mark there."""
    figure.clear()
    figure.set_layout_engine("constrained")
    axes = figure.add_subplot()
    keys = _keys(stages) if task_key is None else [task_key]
    if task_key is not None and task_key not in _keys(stages):
        raise ValueError(f"no task {task_key!r} in these stages")
    width = 0.6 / max(len(keys), 1)
    for k, key in enumerate(keys):
        marker, linestyle, colour = SERIES_STYLES[k % len(SERIES_STYLES)]
        offset = (k - (len(keys) - 1) / 2) * width if len(keys) > 1 else 0.0
        xs: list[float] = []
        ys: list[float] = []
        for s, stage in enumerate(stages):
            task = next((t for t in stage.tasks if t.key == key), None)
            p = None if task is None else point(task, metric)
            if p is None:
                continue
            draw_point(
                axes,
                s + offset,
                p,
                gid=f"{key}@{stage.name}",
                vertical=True,
                marker=marker if len(keys) > 1 else None,
                label=short_label(key) if not xs and len(keys) > 1 else None,
                lower_is_better=metric == TIME,
            )
            xs.append(s + offset)
            ys.append(p.value)
        axes.plot(xs, ys, linestyle=linestyle, color=colour, linewidth=1.0, gid=f"line:{key}")
    if metric == TIME:
        axes.set_yscale("log")
        plain_log_axis(axes.yaxis)
    elif metric == COMPLETION:
        axes.set_ylim(0, 100)
    else:
        axes.set_ylim(stats.SEQ_SCALE_MIN, stats.SEQ_SCALE_MAX)
    if metric in _BENCHMARKS:
        value, label = _BENCHMARKS[metric]
        axes.axhline(value, label=label, gid="benchmark", **BENCHMARK_STYLE)  # type: ignore[arg-type]
    axes.set_xticks(range(len(stages)))
    axes.set_xticklabels(
        [short_label(s.name) for s in stages],
        fontsize=category_font_size(figure, len(stages), vertical=False),
        rotation=30 if len(stages) > 4 else 0,
        ha="right" if len(stages) > 4 else "center",
    )
    axes.set_xlim(-0.5, len(stages) - 0.5)
    axes.set_xlabel("Stage", fontsize=8)
    axes.set_ylabel(AXIS_LABELS[metric], fontsize=8)
    which = "all tasks" if task_key is None else task_key
    axes.set_title(f"{metric.capitalize()} stage by stage — {which}", fontsize=10)
    legend(figure)
    flag_legend_note(figure)
    return axes


def _keys(stages: Sequence[StageFigures]) -> list[str]:
    """Every task key, in the order first met stage by stage."""
    seen: dict[str, None] = {}
    for stage in stages:
        for task in stage.tasks:
            seen.setdefault(task.key, None)
    return list(seen)
