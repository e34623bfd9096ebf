"""What every chart shares: marks that read in greyscale, flags by symbol and colour,
"few data" notes, and category labels sized so that they never overlap."""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.axis import XAxis, YAxis
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter

from testlab.analysis.results import ABOVE, BELOW, NEAR
from testlab.reports.charts.metrics import Point

#: Flag -> (marker shape, colour, word): the shape and the word carry the flag, colour only helps.
FLAG_MARKS: dict[str | None, tuple[str, str, str]] = {
    ABOVE: ("^", "#1b7837", "above"),
    BELOW: ("v", "#b2182b", "below"),
    NEAR: ("o", "#4d4d4d", "near"),
    None: ("s", "#000000", ""),
}
#: Series of a multi-series chart: marker, line style and grey level all differ.
SERIES_STYLES: tuple[tuple[str, str | tuple[int, tuple[int, ...]], str], ...] = (
    ("o", "-", "#000000"),
    ("s", "--", "#555555"),
    ("^", ":", "#333333"),
    ("D", "-.", "#777777"),
    ("v", (0, (5, 1, 1, 1)), "#222222"),
    ("P", (0, (1, 1)), "#666666"),
    ("X", (0, (3, 1, 1, 1, 1, 1)), "#444444"),
    ("*", (0, (8, 2)), "#888888"),
)
BENCHMARK_STYLE = {"color": "#000000", "linestyle": "--", "linewidth": 1.0}
LABEL_MAX_CHARS = 32
#: Largest and smallest font (points) of category labels; rows are spaced to fit them.
LABEL_FONT_MAX = 9.0
LABEL_FONT_MIN = 4.0


def short_label(text: str) -> str:
    """A category label cut to a width a chart can hold (the full text stays in tables)."""
    return text if len(text) <= LABEL_MAX_CHARS else text[: LABEL_MAX_CHARS - 1] + "…"


def category_font_size(figure: Figure, count: int, *, vertical: bool = True) -> float:
    """A font size at which ``count`` labels along the figure's height (or width) fit."""
    width, height = figure.get_size_inches()
    span_points = 72 * (height if vertical else width) * 0.7
    return float(max(LABEL_FONT_MIN, min(LABEL_FONT_MAX, 0.75 * span_points / max(count, 1))))


def set_categories(axes: Axes, labels: Sequence[str], *, figure: Figure) -> None:
    """Tasks (or groups) down the y axis, first at the top, labels that never overlap."""
    size = category_font_size(figure, len(labels))
    axes.set_yticks(range(len(labels)))
    axes.set_yticklabels([short_label(s) for s in labels], fontsize=size)
    axes.set_ylim(len(labels) - 0.5, -0.5)


def draw_point(
    axes: Axes,
    y: float,
    p: Point,
    *,
    gid: str,
    vertical: bool = False,
    marker: str | None = None,
    label: str | None = None,
    lower_is_better: bool = False,
) -> None:
    """One mark at ``(p.value, y)`` shaped by its flag, its interval as whiskers when it
    means something, hollow and noted when it rests on few data or a useless interval.
    ``vertical`` puts the value on the y axis at x = ``y``; ``marker`` overrides the flag
    shape (series charts, where the shape tells the series and the word the flag).
    ``lower_is_better`` (times): a mark below its target is coloured as good."""
    flag_marker, colour, word = FLAG_MARKS.get(p.flag, FLAG_MARKS[None])
    if lower_is_better and p.flag in (ABOVE, BELOW):
        # A time under its target is good: the shape and word stay, the colour swaps.
        colour = FLAG_MARKS[ABOVE if p.flag == BELOW else BELOW][1]
    marker = marker or flag_marker

    def at(values: list[float], where: float) -> tuple[list[float], list[float]]:
        return ([where] * len(values), values) if vertical else (values, [where] * len(values))

    hollow = p.few_data or p.interval_too_wide
    if p.low is not None and p.high is not None:
        # A plain line with end caps, not errorbar(): an interval need not contain the
        # point shown (the adjusted-Wald centre is not x/n), and its ends read back as-is.
        axes.plot(
            *at([p.low, p.high], y),
            color="#000000",
            linewidth=1.0,
            marker="_" if vertical else "|",
            markersize=8,
            gid=f"interval:{gid}",
        )
    axes.plot(
        *at([p.value], y),
        marker=marker,
        linestyle="none",
        markersize=7,
        markeredgecolor="#000000",
        markerfacecolor="white" if hollow else colour,
        gid=f"mark:{gid}",
        label=label,
    )
    notes = [s for s in (word, p.note, f"n={p.n}") if s]
    end = p.high if p.high is not None else p.value  # beside the whisker, not over it
    axes.annotate(
        "  ".join(notes),
        (y, end) if vertical else (end, y),
        xytext=(6, 0),
        textcoords="offset points",
        va="center",
        fontsize=6,
        gid=f"note:{gid}",
    )


def benchmark_line(axes: Axes, value: float, label: str) -> None:
    """A dashed vertical line at a benchmark, named in the legend."""
    axes.axvline(value, label=label, gid="benchmark", **BENCHMARK_STYLE)  # type: ignore[arg-type]


def flag_legend_note(figure: Figure) -> None:
    """Say what the shapes mean, at the foot of the figure (laid out with it): greyscale
    prints keep the meaning."""
    figure.supxlabel(
        "▲ above benchmark   ▼ below   ● interval includes it   ■ no benchmark   "
        "hollow: few data (n<5) or interval too wide to draw",
        fontsize=6,
    )


def legend(figure: Figure) -> None:
    """The legend outside the plot, so it never hides a mark."""
    axes = figure.axes[0]
    if axes.get_legend_handles_labels()[0]:
        figure.legend(*axes.get_legend_handles_labels(), loc="outside upper right", fontsize=6)


def plain_log_axis(axis: XAxis | YAxis) -> None:
    """A log axis labelled 10, 20, 50, 100 … seconds, not 10^1."""
    axis.set_major_locator(LogLocator(subs=(1.0, 2.0, 5.0)))
    axis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:g}"))
    axis.set_minor_formatter(NullFormatter())
