"""The report's charts: the window's chart builders (``testlab.reports.charts``) drawn on
a Figure of the page's size, their words put in the report's language, rendered at
300 dpi in memory for reportlab to embed (lossless, as a PNG would be).

Each chart is a small picklable job, so a report can render its charts on several cores
(``workers`` > 1: a process pool); the figures come from the analysis as they are.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from testlab.analysis.results import Breakdown, StageFigures
from testlab.reports.pdf.catalogue import Words

DPI = 300
WIDTH_INCHES = 6.6


@dataclass(frozen=True, slots=True)
class ChartJob:
    """One chart: which builder, its inputs, its height on the page (inches)."""

    kind: str
    stages: tuple[StageFigures, ...]
    height: float
    lang: str
    breakdown: Breakdown | None = None
    metric: str = "completion"
    task_key: str | None = None


@dataclass(frozen=True, slots=True)
class Pixels:
    """A rendered chart: its size in pixels (300 dpi) and its RGBA bytes."""

    width: int
    height: int
    rgba: bytes

    def image(self) -> object:
        """The chart as a PIL image (RGB: a white background, no transparency)."""
        from PIL import Image

        return Image.frombuffer("RGBA", (self.width, self.height), self.rgba).convert("RGB")


def render(job: ChartJob) -> Pixels:
    """The chart drawn by Agg at 300 dpi."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from testlab.reports import charts

    figure = Figure(figsize=(WIDTH_INCHES, job.height), dpi=DPI)
    if job.kind == "completion_per_task":
        charts.completion_per_task(figure, job.stages[0])
    elif job.kind == "simplicity_per_task":
        charts.simplicity_per_task(figure, job.stages[0])
    elif job.kind == "time_per_task":
        charts.time_per_task(figure, job.stages[0])
    elif job.kind == "by_stage":
        charts.metric_by_stage(figure, job.stages, job.metric)
    elif job.kind == "by_centre":
        assert job.breakdown is not None and job.task_key is not None
        charts.metric_by_centre(figure, job.stages[0], job.breakdown, job.metric, job.task_key)
    else:
        raise ValueError(f"unknown chart {job.kind!r}")
    translate(figure, Words(job.lang), job)
    # One draw at 300 dpi and its pixels as they are: savefig would draw twice and
    # encode a PNG that reportlab decodes again before compressing the pixels its way.
    canvas = FigureCanvasAgg(figure)
    canvas.draw()  # type: ignore[no-untyped-call]
    width, height = canvas.get_width_height()
    rgba = memoryview(canvas.buffer_rgba())  # type: ignore[no-untyped-call]
    return Pixels(width, height, bytes(rgba))


def translate(figure: object, w: Words, job: ChartJob) -> None:
    """Put the chart's own words (titles, axis names, legend, notes) in the report's
    language; the catalogue's ``chart`` table maps the builders' English to it."""
    from matplotlib.figure import Figure
    from matplotlib.text import Annotation, Text
    from matplotlib.ticker import FixedFormatter, FuncFormatter

    assert isinstance(figure, Figure)
    words = {k.removeprefix("chart_text."): v for k, v in w.items("chart_text.")}
    for text in figure.findobj(Text):
        value = text.get_text()
        if not value:
            continue
        new = words.get(value)
        if new is None:
            new = value
            if not isinstance(text, Annotation):
                continue
            for english, local in words.items():
                if english.startswith("~"):
                    new = new.replace(english[1:], local)
        if new != value:
            text.set_text(new)
    for axes in figure.axes:
        # Category labels ("All (pooled)") live in the axes' fixed tick formatters, whose
        # Text objects are only made when the figure is drawn.
        for axis in (axes.xaxis, axes.yaxis):
            formatter = axis.get_major_formatter()
            if isinstance(formatter, FixedFormatter | FuncFormatter):  # labels, not numbers
                axis.set_major_formatter(FuncFormatter(
                    lambda x, pos, said=formatter: words.get(said(x, pos), said(x, pos))))
        title = _title(w, job)
        if title:
            axes.set_title(title, fontsize=10)


def _title(w: Words, job: ChartJob) -> str:
    if job.kind in ("completion_per_task", "simplicity_per_task", "time_per_task"):
        return w(f"chart.{job.kind}", stage=job.stages[0].name)
    if job.kind == "by_stage":
        return w(f"chart.by_stage_{job.metric}")
    if job.kind == "by_centre":
        return w(f"chart.by_centre_{job.metric}", task=job.task_key or "",
                 stage=job.stages[0].name)
    return ""


def render_all(jobs: Sequence[ChartJob], *, workers: int = 1,
               done: Callable[[], None] | None = None) -> list[Pixels]:
    """Every chart's PNG, in order; ``workers`` > 1 renders them in a process pool.
    ``done()`` is called after each chart (progress, and a chance to cancel)."""
    if workers <= 1 or len(jobs) < 4:
        out = []
        for job in jobs:
            out.append(render(job))
            if done is not None:
                done()
        return out
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(render, job) for job in jobs]
        results = []
        try:
            for future in futures:
                results.append(future.result())
                if done is not None:
                    done()
        except BaseException:
            for future in futures:
                future.cancel()
            raise
        return results
