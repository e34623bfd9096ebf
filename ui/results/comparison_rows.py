"""Rows of the comparison (stage B against stage A) and of the breakdown by group.

Both come from the statistics document as they are: differences, intervals, p-values,
tests and verdicts are the core's. A verdict reads as a symbol and words, never as a
colour alone.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common.i18n import translate
from ui.results.formatting import (
    BAD,
    DASH,
    GOOD,
    NONE,
    Cell,
    plain,
    proportion_cell,
    seq_cell,
    time_cell,
    tr,
)
from ui.results.rows import Column, Row, table_rows

Item = Mapping[str, Any]

VERDICTS = {
    "significant_improvement": ("▲", QT_TRANSLATE_NOOP("Results", "significantly better"), GOOD),
    "significant_regression": ("▼", QT_TRANSLATE_NOOP("Results", "significantly worse"), BAD),
    "no_detectable_change": ("=", QT_TRANSLATE_NOOP("Results", "no detectable change"), None),
    "significantly_better": ("▲", QT_TRANSLATE_NOOP("Results", "significantly better than the others"), GOOD),
    "significantly_worse": ("▼", QT_TRANSLATE_NOOP("Results", "significantly worse than the others"), BAD),
    "no_detectable_difference": ("=", QT_TRANSLATE_NOOP("Results", "no detectable difference"), None),
    "not_enough_data": ("·", QT_TRANSLATE_NOOP("Results", "not enough data"), None),
}
KINDS = {"completion": "proportion", "satisfaction_top2": "proportion", "time": "ratio",
         "simplicity": "mean", "sus": "mean", "satisfaction": "mean", "nps": "nps",
         "nps_weighted": "nps"}
MEASURES = {
    "completion": QT_TRANSLATE_NOOP("Results", "Completion"),
    "time": QT_TRANSLATE_NOOP("Results", "Time (B / A)"),
    "simplicity": QT_TRANSLATE_NOOP("Results", "SEQ"),
    "sus": QT_TRANSLATE_NOOP("Results", "SUS"),
    "nps": QT_TRANSLATE_NOOP("Results", "NPS"),
    "nps_weighted": QT_TRANSLATE_NOOP("Results", "Weighted NPS"),
    "satisfaction_top2": QT_TRANSLATE_NOOP("Results", "Satisfied (4–5 of 5)"),
    "satisfaction": QT_TRANSLATE_NOOP("Results", "Satisfaction (1–5)"),
}

# "Time (B / A)" shortened where the measures are listed (✱ differs…).
_SHORT_MEASURES = {"completion": QT_TRANSLATE_NOOP("Results", "Completion"),
                   "time": QT_TRANSLATE_NOOP("Results", "Time"),
                   "simplicity": QT_TRANSLATE_NOOP("Results", "SEQ")}


def verdict_cell(figure: Item) -> Cell:
    symbol, words, tone = VERDICTS[figure["verdict"]]
    return Cell(f"{symbol} {tr(words)}", figure["verdict"], tone, numeric=False)


def difference_cell(figure: Item, kind: str) -> Cell:
    """The difference (B − A, or the ratio of times) with its interval."""
    if figure["verdict"] == "not_enough_data":
        return Cell(NONE)
    low, high = figure["low"], figure["high"]
    pts = translate("Results", "pts")
    if kind == "ratio":
        value = figure["ratio"]
        text = f"×{value:.2f} [{low:.2f}{DASH}{high:.2f}]"
    elif kind == "proportion":
        value = figure["difference"]
        text = f"{100 * value:+.0f} {pts} [{100 * low:+.0f}, {100 * high:+.0f}]"
    elif kind == "nps":
        value = figure["difference"]
        text = f"{value:+.0f} {pts} [{low:+.0f}, {high:+.0f}]"
    else:
        value = figure["difference"]
        text = f"{value:+.2f} [{low:+.2f}, {high:+.2f}]"
    return Cell(text, value)


def p_cell(figure: Item) -> Cell:
    p = figure.get("p_value")
    if p is None:
        return Cell(NONE)
    return Cell("p < 0.001" if p < 0.001 else f"p = {p:.3f}", p)


def test_cell(figure: Item, kind: str) -> Cell:
    if figure["verdict"] == "not_enough_data":
        return plain(NONE, None)
    if kind == "proportion":
        return plain(str(figure.get("test") or ""))
    if kind == "nps":
        return plain(translate("Results", "z test (adjusted Wald)"))
    return plain(translate("Results", "Welch t, df {0:.1f}").format(figure["df"]), figure["df"])


COMPARISON_COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Task or figure"), lambda r: r["what"]),
    Column(QT_TRANSLATE_NOOP("Columns", "Measure"), lambda r: plain(tr(MEASURES[r["measure"]]), r["measure"])),
    Column(QT_TRANSLATE_NOOP("Columns", "Difference [interval]"), lambda r: difference_cell(r["figure"], KINDS[r["measure"]])),
    Column(QT_TRANSLATE_NOOP("Columns", "p"), lambda r: p_cell(r["figure"])),
    Column(QT_TRANSLATE_NOOP("Columns", "Test"), lambda r: test_cell(r["figure"], KINDS[r["measure"]])),
    Column(QT_TRANSLATE_NOOP("Columns", "Verdict"), lambda r: verdict_cell(r["figure"])),
)


def comparison_rows(comparison: Item) -> list[Row]:
    """Every matched task's three figures, the stage-level figures, then the tasks found in
    one stage only (listed, not dropped)."""
    items: list[dict[str, Any]] = []
    for task in comparison["tasks"]:
        text = task["key"]
        if task["wording_changed"]:
            text += " " + translate("Results", "(wording changed)")
        what = Cell(text, task["key"], None, task["warning"] or task["title_b"], numeric=False)
        for measure in ("completion", "time", "simplicity"):
            items.append({"what": what, "measure": measure, "figure": task[measure]})
    stage = plain(translate("Results", "Stage"), "stage")
    for measure in ("sus", "nps", "nps_weighted", "satisfaction_top2", "satisfaction"):
        items.append({"what": stage, "measure": measure, "figure": comparison[measure]})
    rows = table_rows(items, COMPARISON_COLUMNS)
    for side, keys in (("stage_a", comparison["only_in_a"]), ("stage_b", comparison["only_in_b"])):
        for key in keys:
            note = translate("Results", "only in {0}").format(comparison[side])
            rows.append((plain(key), plain(note, side), Cell(NONE), Cell(NONE),
                         plain(NONE, None), plain(translate("Results", "not compared"), None)))
    return rows


def comparison_notes(comparison: Item) -> list[str]:
    """What the reader must know besides the table: changed wording, one-stage tasks."""
    notes = [translate("Results",
                       "{0} against {1}, confidence {2:.0f}%: differences are B − A, times B / A "
                       "(below 1 is faster).").format(comparison["stage_b"], comparison["stage_a"],
                                               100 * comparison["confidence"])]
    notes += [f"⚠ {t['warning']}" for t in comparison["tasks"] if t["warning"]]
    for side, keys in (("stage_a", comparison["only_in_a"]), ("stage_b", comparison["only_in_b"])):
        if keys:
            notes.append(translate("Results", "Tasks only in {0}: {1}").format(comparison[side], ", ".join(keys)))
    return notes


# -- breakdown ------------------------------------------------------------------------------
def _versus(row: Item, measure: str) -> Cell:
    difference = row["difference"]
    if difference is None:
        return Cell(NONE, None, None, translate("Results", "not tested: the task is in one group only"))
    return verdict_cell(difference[measure])


def _differs(row: Item) -> Cell:
    difference = row["difference"]
    if difference is None or not difference["differs"]:
        return Cell("", False, numeric=False)
    which = [tr(_SHORT_MEASURES[m]) for m in ("completion", "time", "simplicity")
             if difference[m]["verdict"] in ("significantly_better", "significantly_worse")]
    return Cell("✱ " + ", ".join(which), True, None,
                translate("Results", "differs significantly from the other groups pooled"), numeric=False)


BREAKDOWN_COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Group"), lambda r: plain(r["group"])),
    Column(QT_TRANSLATE_NOOP("Columns", "Task"), lambda r: plain(r["task"]["key"])),
    Column(QT_TRANSLATE_NOOP("Columns", "Differs"), _differs),
    Column(QT_TRANSLATE_NOOP("Columns", "Completion"), lambda r: proportion_cell(r["task"]["completion"],
                                                   r["task"]["flags"]["completion"])),
    Column(QT_TRANSLATE_NOOP("Columns", "vs others"), lambda r: _versus(r, "completion")),
    Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda r: time_cell(r["task"]["time"], r["task"]["flags"]["time"])),
    Column(QT_TRANSLATE_NOOP("Columns", "vs others "), lambda r: _versus(r, "time")),
    Column(QT_TRANSLATE_NOOP("Columns", "SEQ"), lambda r: seq_cell(r["task"]["simplicity"], r["task"]["flags"]["simplicity"])),
    Column(QT_TRANSLATE_NOOP("Columns", "vs others  "), lambda r: _versus(r, "simplicity")),
    Column(QT_TRANSLATE_NOOP("Columns", "Groups tested"), lambda r: Cell(
        NONE if r["difference"] is None else str(r["difference"]["groups_tested"]),
        None if r["difference"] is None else r["difference"]["groups_tested"])),
)


def breakdown_rows(breakdown: Item, stage: str) -> list[Row]:
    """Each group's tasks in ``stage``, with its verdicts against the other groups pooled."""
    items: list[dict[str, Any]] = []
    for group in breakdown["groups"]:
        figures = next((s for s in group["stages"] if s["name"] == stage), None)
        if figures is None:
            continue
        differences = {d["key"]: d for d in group["differences"] if d["stage"] == stage}
        for task in figures["tasks"]:
            items.append({"group": group["label"], "task": task,
                          "difference": differences.get(task["key"])})
    return table_rows(items, BREAKDOWN_COLUMNS)


def breakdown_note(breakdown: Item) -> str:
    """How many groups were tested, and what that means for reading the marks."""
    note = breakdown["multiple_comparisons_note"]
    if note:
        return str(note)
    return translate("Results", "{0} groups tested together.").format(breakdown["groups_tested"])


def rows_text(rows: Sequence[Row]) -> list[list[str]]:
    return [[c.text for c in row] for row in rows]
