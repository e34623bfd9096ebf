"""The rows of the Results tables, built from the statistics document (never computed here).

Each table is a tuple of ``Column``s: a title, how to make a cell of one item of the
document, and ``path``, the keys under which the item holds the value the cell shows
(the tests compare every cell against the document through it).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ui.common import labels
from ui.common.i18n import translate
from ui.results.formatting import (
    MAX_WIDTH_SUS,
    NONE,
    Cell,
    count_cell,
    mean_cell,
    mss,
    nps_cell,
    percent,
    plain,
    points,
    proportion_cell,
    rating_cell,
    seq_cell,
    time_cell,
    with_n,
)

Item = Mapping[str, Any]
Row = tuple[Cell, ...]


@dataclass(frozen=True)
class Column:
    """One column: its title (English, translated where shown) and its cell."""

    title: str
    cell: Callable[[Item], Cell]
    path: tuple[str, ...] = ()


def _get(item: Item, *keys: str) -> Any:
    value: Any = item
    for key in keys:
        value = None if value is None else value.get(key)
    return value


def _task_name(task: Item) -> Cell:
    target = task["target_seconds"]
    word = translate("Results", "target")
    text = task["key"] if target is None else f"{task['key']} ({word} {mss(target)})"
    return Cell(text, task["key"], None, f"{task['title']}\n{task['scenario']}", numeric=False)


TASK_COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Task"), _task_name, ("key",)),
    Column(QT_TRANSLATE_NOOP("Columns", "Attempts"), lambda t: count_cell(t["attempts"]), ("attempts",)),
    Column(QT_TRANSLATE_NOOP("Columns", "Completion"), lambda t: proportion_cell(t["completion"], t["flags"]["completion"]),
           ("completion", "observed")),
    Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda t: time_cell(t["time"], t["flags"]["time"]), ("time", "centre")),
    Column(QT_TRANSLATE_NOOP("Columns", "Time to failure"), lambda t: time_cell(t["time_to_failure"]),
           ("time_to_failure", "centre")),
    Column(QT_TRANSLATE_NOOP("Columns", "SEQ"), lambda t: seq_cell(t["simplicity"], t["flags"]["simplicity"]),
           ("simplicity", "mean")),
    Column(QT_TRANSLATE_NOOP("Columns", "SEQ 6–7"), lambda t: _share(t["simplicity"]), ("simplicity", "share_6_or_more")),
    Column(QT_TRANSLATE_NOOP("Columns", "Errors"), lambda t: mean_cell(t["errors_per_attempt"], t["attempts"]),
           ("errors_per_attempt",)),
    Column(QT_TRANSLATE_NOOP("Columns", "Assists"), lambda t: mean_cell(t["assists_per_attempt"], t["attempts"]),
           ("assists_per_attempt",)),
    Column(QT_TRANSLATE_NOOP("Columns", "SUM"), lambda t: _sum(t["sum"], t["attempts"]), ("sum", "score")),
)


def _share(simplicity: Item | None) -> Cell:
    if simplicity is None:
        return Cell(NONE)
    share = simplicity["share_6_or_more"]
    return Cell(f"{percent(share)} n={simplicity['n']}", share)


def _sum(figure: Item | None, attempts: int) -> Cell:
    if figure is None:
        return Cell(NONE, None, None, translate("Results", "No target time: no Single Usability Metric"))
    parts = ", ".join(f"{word} {percent(figure[k])}" for k, word in (
        ("completion", translate("Results", "completion")), ("time", translate("Results", "time")),
        ("satisfaction", translate("Results", "satisfaction"))))
    return Cell(with_n(percent(figure["score"]), attempts), figure["score"], None, parts)


def cell_value(item: Item, column: Column) -> Any:
    """The document's value that ``column`` shows for ``item``."""
    return _get(item, *column.path)


def table_rows(items: Sequence[Item], columns: Sequence[Column]) -> list[Row]:
    return [tuple(c.cell(item) for c in columns) for item in items]


# -- stage-level figures --------------------------------------------------------------------
STAGE_COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Figure"), lambda f: plain(f["label"]), ("label",)),
    Column(QT_TRANSLATE_NOOP("Columns", "Value"), lambda f: f["cell"], ("value",)),
    Column(QT_TRANSLATE_NOOP("Columns", "About"), lambda f: plain(f["about"]), ("about",)),
)


def stage_figures(stage: Item) -> list[Row]:
    """SUS, NPS, weighted NPS and satisfaction of one stage, one row each."""
    sus = stage["sus"]
    sus_cell = rating_cell(sus, None if sus is None else sus["flag"], MAX_WIDTH_SUS)
    sus_about = "" if sus is None else translate("Results", "grade {0} (curved scale); benchmark 68").format(
        sus["grade"])
    weighted = stage["nps_weighted"]
    items = [
        {"label": translate("Results", "SUS"), "cell": sus_cell, "about": sus_about},
        {"label": translate("Results", "NPS"), "cell": nps_cell(stage["nps"]), "about": _nps_about(stage["nps"])},
        {"label": translate("Results", "Weighted NPS"), "cell": nps_cell(weighted),
         "about": weighted_about(weighted)},
        {"label": translate("Results", "Satisfied (4–5 of 5)"), "cell": proportion_cell(stage["satisfaction_top2"]),
         "about": ""},
        {"label": translate("Results", "Satisfaction (1–5)"),
         "cell": rating_cell(stage["satisfaction"], None, 2.0), "about": ""},
    ]
    return table_rows(items, STAGE_COLUMNS)


def _nps_about(nps: Item | None) -> str:
    if nps is None:
        return translate("Results", "no recommend answers")
    return translate("Results", "{0} promoters, {1} passives, {2} detractors").format(
        nps["promoters"], nps["passives"], nps["detractors"])


def weighted_about(weighted: Item | None) -> str:
    """What the weighted NPS rests on, or why there is none (weights are never invented)."""
    if weighted is None:
        return translate("Results", "no recommend answers")
    if weighted["note"] is not None or weighted["score"] is None:
        return translate("Results", "no customer numbers entered: {0}").format(weighted["note"] or "")
    text = translate("Results", "by {0}, weighted by customers").format(
        labels.strata_by(weighted["strata_by"]))
    return text


def missing_text(weighted: Item) -> str:
    """The strata with customers but no answer, grouped by country when strata are
    country × segment ("Belgium (every segment)", "France: senior, youth"), as the
    command line writes them."""
    missing = weighted["missing"]
    if not missing:
        return ""
    if weighted["strata_by"] == "country,segment":
        answered = {s["label"].rsplit(", ", 1)[0] for s in weighted["strata"]}
        silent: dict[str, list[str]] = {}
        for label in missing:
            country, segment = label.rsplit(", ", 1)
            silent.setdefault(country, []).append(segment)
        listed = translate("Results", "; ", "between countries").join(
            translate("Results", "{0}: {1}", "a country: its segments").format(
                labels.stratum(country), ", ".join(labels.word(s) for s in segments))
            if country in answered
            else translate("Results", "{0} (every segment)").format(labels.stratum(country))
            for country, segments in silent.items())
    else:
        listed = ", ".join(labels.stratum(label) for label in missing)
    return translate("Results",
                     "no answer from: {0} (their weight is shared out over the strata that "
                     "answered)").format(listed)


STRATA_COLUMNS: tuple[Column, ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Stratum"), lambda s: plain(labels.stratum(s["label"])),
           ("label",)),
    Column(QT_TRANSLATE_NOOP("Columns", "Weight"), lambda s: Cell(percent(s["weight"], 1), s["weight"]), ("weight",)),
    Column(QT_TRANSLATE_NOOP("Columns", "n"), lambda s: count_cell(s["n"]), ("n",)),
    Column(QT_TRANSLATE_NOOP("Columns", "NPS"), lambda s: Cell(points(s["score"]), s["score"]), ("score",)),
)


def strata_rows(weighted: Item | None) -> list[Row]:
    """The weighted NPS per stratum, then its total row (the table adds up)."""
    if weighted is None or not weighted["strata"]:
        return []
    rows = table_rows(weighted["strata"], STRATA_COLUMNS)
    total = sum(s["weight"] for s in weighted["strata"])
    rows.append((plain(translate("Results", "Total")), Cell(percent(total, 1), total),
                 count_cell(weighted["n"]), Cell(points(weighted["score"]), weighted["score"])))
    return rows
