"""Readable text tables of an analysis, for the terminal (``testlab stats`` without --json).

Percentages for rates, m:ss for times, intervals as [low–high], and a mark after every
figure whose interval lies wholly on one side of its benchmark: ``+`` better, ``-`` worse.
"""

from __future__ import annotations

from collections.abc import Sequence

from testlab.analysis import stats
from testlab.analysis.results import (
    ABOVE,
    BELOW,
    IMPROVEMENT,
    NO_CHANGE,
    REGRESSION,
    GroupDifference,
    ProductAnalysis,
    StageComparison,
    StageFigures,
    TaskFigures,
    TimeFigure,
    Verdict,
    WeightedNpsFigure,
)

DASH = "–"
VERDICT_WORDS = {
    IMPROVEMENT: "significant improvement",
    REGRESSION: "significant regression",
    NO_CHANGE: "no detectable change",
    "significantly_better": "SIGNIFICANTLY BETTER than the others",
    "significantly_worse": "SIGNIFICANTLY WORSE than the others",
    "no_detectable_difference": "no detectable difference",
}
TASK_HEADER = ("Task", "Attempts", "Completion", "Time", "Time to failure", "SEQ", "SEQ 6-7",
               "Errors", "Assists", "SUM")  # fmt: skip


def percent(value: float | None, digits: int = 0) -> str:
    """0.784 → '78%'."""
    return "–" if value is None else f"{100 * value:.{digits}f}%"


def mss(seconds: float | None) -> str:
    """Seconds as m:ss (rounded to the second), e.g. 68.4 → '1:08'."""
    if seconds is None:
        return "–"
    whole = int(seconds + 0.5)
    return f"{whole // 60}:{whole % 60:02d}"


def interval(low: float | None, high: float | None, show: object = str) -> str:
    """'[low–high]' through ``show``, or '' when there is no interval."""
    if low is None or high is None:
        return ""
    fmt = show if callable(show) else str
    return f"[{fmt(low)}{DASH}{fmt(high)}]"


def mark(flag: str | None, higher_is_better: bool = True) -> str:
    """'+' when the figure is better than its benchmark, '-' when worse, else ''."""
    if flag not in (ABOVE, BELOW):
        return ""
    better = (flag == ABOVE) == higher_is_better
    return " +" if better else " -"


def align(rows: Sequence[Sequence[str]], indent: str = "  ") -> list[str]:
    """Rows of cells as lines with every column padded to its widest cell."""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        indent + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]


def _time(figure: TimeFigure | None, target: float | None = None, flag: str | None = None) -> str:
    if figure is None:
        return "–"
    t = figure.time
    if figure.centre_shown == "median":
        text = f"{mss(t.median)} {interval(t.median_low, t.median_high, mss)} median"
    else:
        text = f"{mss(t.geometric_mean)} {interval(t.low, t.high, mss)} mean"
    return text.replace("  ", " ") + mark(flag, higher_is_better=False)


def task_row(task: TaskFigures) -> list[str]:
    """One task's cells in ``TASK_HEADER`` order."""
    c = task.completion
    completion = "–" if c is None else (
        f"{percent(c.observed)} {interval(c.low, c.high, percent)}" + mark(task.flags.completion)
    )  # fmt: skip
    seq = "–"
    share = "–"
    if task.simplicity is not None:
        r = task.simplicity.rating
        seq = f"{r.mean:.1f} {interval(r.low, r.high, lambda v: f'{v:.1f}')}".rstrip()
        seq += mark(task.flags.simplicity)
        share = percent(task.simplicity.share_6_or_more)
    target = "" if task.target_seconds is None else f" (target {mss(task.target_seconds)})"
    return [
        task.key + target,
        str(task.attempts),
        completion,
        _time(task.time, task.target_seconds, task.flags.time),
        _time(task.time_to_failure),
        seq,
        share,
        "–" if task.errors_per_attempt is None else f"{task.errors_per_attempt:.2f}",
        "–" if task.assists_per_attempt is None else f"{task.assists_per_attempt:.2f}",
        "–" if task.sum is None else percent(task.sum.score),
    ]


def stage_lines(stage: StageFigures) -> list[str]:
    """A stage's heading, task table and questionnaire line."""
    lines = [f"Stage {stage.position + 1}: {stage.name} ({stage.kind.replace('_', ' ')})"]
    if stage.tasks:
        lines += align([TASK_HEADER, *(task_row(t) for t in stage.tasks)])
    else:
        lines.append("  no tasks")
    parts = []
    if stage.sus is not None:
        r = stage.sus.rating
        parts.append(f"SUS {r.mean:.1f} {interval(r.low, r.high, lambda v: f'{v:.1f}')}"
                     f"{mark(stage.sus.flag)} grade {stage.sus.grade}")  # fmt: skip
    if stage.nps is not None:
        n = stage.nps
        parts.append(f"NPS {n.score:+.0f} {interval(n.low, n.high, lambda v: f'{v:+.0f}')}")
    if stage.satisfaction is not None:
        s = stage.satisfaction.top2
        parts.append(f"satisfied (top 2 of 5) {percent(s.observed)} "
                     f"{interval(s.low, s.high, percent)}")  # fmt: skip
    lines.append(f"  {stage.questionnaires} questionnaires" + (": " + "; ".join(parts) if parts else ""))
    if stage.nps_weighted is not None:
        lines += weighted_nps_lines(stage.nps_weighted)
    return lines


def _points(value: float) -> str:
    return f"{value:+.0f}"


def missing_text(figure: WeightedNpsFigure) -> str:
    """The strata with customers but no answer, readable at network scale: by country and
    segment, a country none of whose strata answered is one entry ("Belgium (every
    segment)"), the others list their silent segments ("France: senior, youth")."""
    assert figure.nps is not None
    missing = figure.nps.missing
    if figure.strata_by != "country,segment":
        return ", ".join(missing)
    answered = {r.label.rsplit(", ", 1)[0] for r in figure.nps.strata}
    silent: dict[str, list[str]] = {}
    for label in missing:
        country, segment = label.rsplit(", ", 1)
        silent.setdefault(country, []).append(segment)
    return "; ".join(
        f"{country}: {', '.join(segments)}" if country in answered else f"{country} (every segment)"
        for country, segments in silent.items()
    )


def weighted_nps_lines(figure: WeightedNpsFigure) -> list[str]:
    """The operator's weighted NPS: the figure, the strata missing, and the table per stratum
    (weight, n, NPS) with its total row, so a reader sees where the score comes from."""
    by = figure.strata_by.replace(",", " × ")
    if figure.nps is None:
        return [f"  Weighted NPS (by {by}): {figure.note}"]
    w = figure.nps
    lines = [f"  Weighted NPS (by {by}, weighted by customers) {_points(w.score)} "
             f"{interval(w.low, w.high, _points)}, n {w.n}"]  # fmt: skip
    if w.missing:
        lines.append(f"  no answer from: {missing_text(figure)} (their weight is shared out "
                     "over the strata that answered)")  # fmt: skip
    rows = [("Stratum", "Weight", "n", "NPS")]
    rows += [(r.label, percent(r.weight, 1), str(r.n), _points(r.score)) for r in w.strata]
    rows.append(("Total", percent(sum(r.weight for r in w.strata), 1), str(w.n), _points(w.score)))
    return lines + align(rows, indent="    ")


def _verdict(v: Verdict, kind: str) -> str:
    c = v.comparison
    if c is None:
        return "not enough data"
    if kind == "ratio":
        text = f"×{c.ratio:.2f} {interval(c.low, c.high, lambda x: f'{x:.2f}')}"  # type: ignore[union-attr]
    elif kind == "proportion":
        text = f"{100 * c.difference:+.0f} pts {interval(c.low, c.high, lambda x: f'{100 * x:+.0f}')}"  # type: ignore[union-attr]
    else:
        text = f"{c.difference:+.2f} {interval(c.low, c.high, lambda x: f'{x:+.2f}')}"  # type: ignore[union-attr]
    return f"{text} {VERDICT_WORDS[v.verdict]}"


def difference_lines(differences: Sequence[GroupDifference]) -> list[str]:
    """The tasks where the group differs significantly from the other groups pooled,
    marked (*), with how many groups were tested (group − others, times group / others)."""
    rows = [("* Differs from the others", "Groups tested", "Completion", "Time", "SEQ")]
    rows += [
        (f"* {d.stage} / {d.key}", str(d.groups_tested), _verdict(d.completion, "proportion"),
         _verdict(d.time, "ratio"), _verdict(d.simplicity, "mean"))
        for d in differences
        if d.differs
    ]  # fmt: skip
    return align(rows) if len(rows) > 1 else []


def comparison_lines(comparison: StageComparison) -> list[str]:
    """Stage B against stage A, task by task, then the stage-level figures."""
    lines = [f"{comparison.stage_b} against {comparison.stage_a} "
             f"(confidence {percent(comparison.confidence)}; B − A, times B / A)"]  # fmt: skip
    rows = [("Task", "Completion", "Time", "SEQ")]
    for t in comparison.tasks:
        rows.append((t.key + (" (!)" if t.wording_changed else ""), _verdict(t.completion, "proportion"),
                     _verdict(t.time, "ratio"), _verdict(t.simplicity, "mean")))  # fmt: skip
    if comparison.tasks:
        lines += align(rows)
    lines += [f"  (!) {t.warning}" for t in comparison.tasks if t.warning]
    for label, keys in (("only in " + comparison.stage_a, comparison.only_in_a),
                        ("only in " + comparison.stage_b, comparison.only_in_b)):  # fmt: skip
        if keys:
            lines.append(f"  tasks {label}: {', '.join(keys)}")
    lines += align([
        ("SUS", _verdict(comparison.sus, "mean")),
        ("NPS", _verdict(comparison.nps, "mean")),
        ("Weighted NPS", _verdict(comparison.nps_weighted, "mean")),
        ("Satisfied (top 2)", _verdict(comparison.satisfaction_top2, "proportion")),
        ("Satisfaction", _verdict(comparison.satisfaction, "mean")),
    ])  # fmt: skip
    return lines


def render(analysis: ProductAnalysis) -> str:
    """The whole analysis as text: stages, breakdown, comparison, and the notes."""
    success = "counts as success" if analysis.assisted_counts_as_success else "counts as failure"
    lines = [
        f"{analysis.product} — confidence {percent(analysis.confidence)}; "
        f"success with assistance {success}",
        f"Benchmarks: completion {percent(stats.COMPLETION_BENCHMARK)}, SEQ "
        f"{stats.SEQ_BENCHMARK}, SUS {stats.SUS_BENCHMARK:.0f}, each task's target time "
        "(+ better, - worse than the benchmark).",
        f"SUS grades: {stats.SUS_GRADING_SCALE}. Times of successful attempts: "
        "geometric mean below 25, median from 25.",
    ]
    if analysis.filters.active:
        lines.append(f"Filtered: {analysis.filters.describe()}.")
    for stage in analysis.stages:
        lines += ["", *stage_lines(stage)]
    if analysis.breakdown is not None:
        if analysis.breakdown.multiple_comparisons_note:
            lines += ["", f"Note: {analysis.breakdown.multiple_comparisons_note}"]
        for group in analysis.breakdown.groups:
            lines += ["", f"== {analysis.breakdown.dimension}: {group.label} =="]
            for stage in group.stages:
                lines += stage_lines(stage)
            lines += difference_lines(group.differences)
    if analysis.comparison is not None:
        lines += ["", *comparison_lines(analysis.comparison)]
    return "\n".join(lines) + "\n"
