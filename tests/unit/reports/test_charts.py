"""Chart builders without Qt: axes, marks, whiskers against the JSON, labels, greyscale, files."""

from __future__ import annotations

import colorsys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.transforms import Bbox

from testlab.reports import charts, stats_json
from tests.unit.reports import chart_world as w

KEYS = ["find-plan", "pay-bill", "top-up", "roaming-on", "cancel-addon", "change-pin"]
BUILDERS = [charts.completion_per_task, charts.time_per_task, charts.simplicity_per_task]


def _lines(axes: object, prefix: str) -> dict[str, Line2D]:
    return {
        line.get_gid().split(":", 1)[1]: line
        for line in axes.get_lines()  # type: ignore[attr-defined]
        if (line.get_gid() or "").startswith(prefix)
    }


@pytest.mark.parametrize("builder", BUILDERS)
def test_axes_are_labelled_with_units_and_one_mark_per_task(builder: object) -> None:
    figure = Figure()
    axes = builder(figure, w.stage("Beta", KEYS))  # type: ignore[operator]
    assert "(" in axes.get_xlabel() and ")" in axes.get_xlabel()  # unit in brackets
    assert axes.get_ylabel() == "Task (key)"
    assert sorted(_lines(axes, "mark:")) == sorted(KEYS)
    assert [t.get_text() for t in axes.get_yticklabels()] == KEYS


def test_units_named() -> None:
    stage = w.stage("Beta", KEYS)
    assert "%" in charts.completion_per_task(Figure(), stage).get_xlabel()
    time_axes = charts.time_per_task(Figure(), stage)
    assert "seconds" in time_axes.get_xlabel() and time_axes.get_xscale() == "log"
    assert "points" in charts.simplicity_per_task(Figure(), stage).get_xlabel()


@pytest.mark.parametrize(
    ("builder", "metric", "scale"),
    [
        (charts.completion_per_task, "completion", 100.0),
        (charts.time_per_task, "time", 1.0),
        (charts.simplicity_per_task, "simplicity", 1.0),
    ],
)
def test_whiskers_are_the_json_low_and_high(builder: object, metric: str, scale: float) -> None:
    stage = w.stage("Beta", KEYS)
    axes = builder(Figure(), stage)  # type: ignore[operator]
    document = stats_json.stage_document(stage)
    whiskers = _lines(axes, "interval:")
    assert whiskers  # at least some intervals are drawn
    for task in document["tasks"]:
        figure = task[metric]
        if task["key"] not in whiskers:
            continue
        low, high = whiskers[task["key"]].get_xdata()
        assert low == pytest.approx(scale * figure["low"], rel=1e-12)
        assert high == pytest.approx(scale * figure["high"], rel=1e-12)


def test_benchmarks_and_targets_marked() -> None:
    stage = w.stage("Beta", KEYS)
    completion = charts.completion_per_task(Figure(), stage)
    (line,) = _benchmarks(completion)
    assert line.get_xdata()[0] == pytest.approx(78.0)
    seq = charts.simplicity_per_task(Figure(), stage)
    assert _benchmarks(seq)[0].get_xdata()[0] == pytest.approx(5.5)
    time = charts.time_per_task(Figure(), stage)
    targets = next(ln for ln in time.get_lines() if ln.get_gid() == "targets")
    assert list(targets.get_xdata()) == [60.0] * len(KEYS)


def _benchmarks(axes: object) -> list[Line2D]:
    return [ln for ln in axes.get_lines() if ln.get_gid() == "benchmark"]  # type: ignore[attr-defined]


def test_few_data_marked_and_useless_interval_not_drawn() -> None:
    stage = w.stage("Beta", KEYS[:2], n=2)  # two times each: intervals mean nothing
    axes = charts.time_per_task(Figure(), stage)
    notes = [t.get_text() for t in axes.texts if (t.get_gid() or "").startswith("note:")]
    assert all("few data" in note for note in notes) and len(notes) == 2
    assert not _lines(axes, "interval:")
    for mark in _lines(axes, "mark:").values():
        assert mark.get_markerfacecolor() == "white"  # hollow


def test_thirty_long_task_keys_do_not_overlap() -> None:
    keys = [f"task-{i:02d}-a-rather-long-key-for-the-{i}-th-step-of-the-journey" for i in range(30)]
    stage = w.stage("Beta", keys)
    for builder in BUILDERS:
        figure = Figure(figsize=(8, 6))
        axes = builder(figure, stage)
        canvas = FigureCanvasAgg(figure)
        canvas.draw()
        renderer = canvas.get_renderer()
        boxes = [t.get_window_extent(renderer) for t in axes.get_yticklabels()]
        assert len(boxes) == 30
        for a, b in zip(boxes, boxes[1:], strict=False):
            assert not a.overlaps(b), (a, b)
        fig_box = Bbox.from_bounds(0, 0, *canvas.get_width_height())
        assert all(fig_box.contains(b.x0, b.y0) for b in boxes)  # nothing cut off the page


def test_series_differ_in_greyscale() -> None:
    stages = [w.stage(name, KEYS, shift=s) for s, name in enumerate(["Alpha", "Beta", "Launch"])]
    axes = charts.metric_by_stage(Figure(), stages, "completion")
    lines = {
        k.split("line:")[1]: ln
        for ln in axes.get_lines()
        if (k := ln.get_gid() or "").startswith("line:")
    }
    assert sorted(lines) == sorted(KEYS)
    looks = set()
    for line in lines.values():
        grey = colorsys.rgb_to_hls(*to_rgb(line.get_color()))[1]
        looks.add((str(line.get_linestyle()), round(grey, 2)))
    assert len(looks) == len(KEYS)  # style and grey level tell series apart without colour
    markers = {m.get_marker() for k, m in _lines(axes, "mark:").items() if k.endswith("@Alpha")}
    assert len(markers) == len(KEYS)


def test_flags_are_shapes_and_words_not_colour_alone() -> None:
    stage = w.stage("Beta", KEYS)
    axes = charts.completion_per_task(Figure(), stage)
    marks = _lines(axes, "mark:")
    notes = {t.get_gid().split(":", 1)[1]: t.get_text() for t in axes.texts if t.get_gid()}
    for task in stage.tasks:
        shape, _, word = charts.style.FLAG_MARKS[task.flags.completion]
        assert marks[task.key].get_marker() == shape
        assert word in notes[task.key]


def test_one_task_stage_by_stage_and_forest_plot() -> None:
    stages = [w.stage(name, KEYS, shift=s) for s, name in enumerate(["Alpha", "Beta"])]
    axes = charts.metric_by_stage(Figure(), stages, "time", "pay-bill")
    assert sorted(_lines(axes, "mark:")) == ["pay-bill@Alpha", "pay-bill@Beta"]
    assert axes.get_yscale() == "log" and "seconds" in axes.get_ylabel()
    with pytest.raises(ValueError, match="no task"):
        charts.metric_by_stage(Figure(), stages, "time", "nope")

    centres = ["MAD", "LYS", "DKR", "CAI"]
    breakdown = w.breakdown("Beta", KEYS, centres)
    forest = charts.metric_by_centre(Figure(), stages[1], breakdown, "completion", "pay-bill")
    marks = _lines(forest, "mark:")
    assert sorted(marks) == sorted([f"group:{c}" for c in centres] + ["pooled"])
    pooled = stats_json.stage_document(stages[1])["tasks"][1]["completion"]
    assert marks["pooled"].get_xdata()[0] == pytest.approx(100 * pooled["observed"])
    assert [t.get_text() for t in forest.get_yticklabels()] == [*centres, "All (pooled)"]
    notes = [t.get_text() for t in forest.texts if t.get_gid() == "note:group:MAD"]
    assert "few data" in notes[0]  # 3 attempts


def test_saved_png_and_svg_are_valid(tmp_path: Path) -> None:
    figure = Figure()
    charts.completion_per_task(figure, w.stage("Beta", KEYS))
    png = charts.save_png(figure, tmp_path / "c.png")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(data[16:20], "big")
    assert width == int(figure.get_figwidth() * 300)
    svg = charts.save_svg(figure, tmp_path / "c.svg")
    root = ET.parse(svg).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
