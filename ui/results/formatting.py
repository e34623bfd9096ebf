"""How the figures of the statistics document read in the window: one ``Cell`` per figure.

Every figure comes from ``testlab stats --json``'s document (``testlab.reports.stats_json``);
this module only writes it: percentages, m:ss, intervals as [low–high], the n of every
figure, "few data" below ``FEW_DATA_N`` values, and a flag as a symbol *and* a word (the
colour is only a help).  An interval too wide to mean anything is not shown as numbers
but as "interval too wide" (the numbers stay in the tooltip):

* completion and top-2-box: wider than ``MAX_WIDTH_COMPLETION`` (80 share points);
* SEQ: wider than ``MAX_WIDTH_SIMPLICITY`` (4 of the 6 scale points);
* times: high / low above ``MAX_RATIO_TIME`` (20×, e.g. 0:05–4441:25 from two times);
* SUS: wider than ``MAX_WIDTH_SUS`` points; NPS: wider than ``MAX_WIDTH_NPS`` points.

The first three are the chart builders' own rule (``testlab.reports.charts.metrics``),
so a table and its chart never disagree.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from testlab.reports.charts.metrics import (
    FEW_DATA_N,
    MAX_RATIO_TIME,
    MAX_WIDTH_COMPLETION,
    MAX_WIDTH_SIMPLICITY,
)
from ui.common.i18n import translate

MAX_WIDTH_SUS = 50.0
MAX_WIDTH_NPS = 120.0
DASH = "–"
NONE = "—"

GOOD = "good"
BAD = "bad"


def tr(text: str) -> str:
    return QCoreApplication.translate("Results", text)


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell: its text, the document's value it shows (for copying and tests),
    whether it is good or bad against its benchmark (None: neither), and a tooltip."""

    text: str
    value: Any = None
    tone: str | None = None
    tooltip: str = ""
    numeric: bool = True


def plain(text: str, value: Any = None) -> Cell:
    """A cell of words (a name, a key), left-aligned."""
    return Cell(text, text if value is None else value, numeric=False)


def percent(value: float | None, digits: int = 0) -> str:
    """0.784 → '78%'."""
    return NONE if value is None else f"{100 * value:.{digits}f}%"


def mss(seconds: float | None) -> str:
    """Seconds as m:ss, e.g. 68.4 → '1:08' (the command line's own rule)."""
    if seconds is None:
        return NONE
    whole = int(seconds + 0.5)
    return f"{whole // 60}:{whole % 60:02d}"


def one_decimal(value: float | None) -> str:
    return NONE if value is None else f"{value:.1f}"


def points(value: float | None) -> str:
    return NONE if value is None else f"{value:+.0f}"


def interval(low: float | None, high: float | None, show: Callable[[float], str],
             too_wide: bool, sep: str = DASH) -> str:
    """'[low–high]' ('[-5, +12]' for signed values: ``sep`` ", "), 'interval too wide',
    or '' without an interval."""
    if low is None or high is None:
        return ""
    if too_wide:
        return translate("Results", "(interval too wide)")
    return f"[{show(low)}{sep}{show(high)}]"


def exact_interval(low: float | None, high: float | None, show: Callable[[float], str]) -> str:
    """The interval as numbers whatever its width (for tooltips)."""
    if low is None or high is None:
        return translate("Results", "no interval")
    return translate("Results", "interval {0}{1}{2}").format(show(low), DASH, show(high))


def time_too_wide(low: float | None, high: float | None) -> bool:
    """A time interval whose high end is more than ``MAX_RATIO_TIME`` times its low end."""
    if low is None or high is None:
        return False
    return low <= 0 or high / low > MAX_RATIO_TIME


def width_too_wide(low: float | None, high: float | None, limit: float) -> bool:
    return low is not None and high is not None and high - low > limit


# Words in English, translated where shown (context "Results").
FLAG_WORDS = {"above": ("▲", QT_TRANSLATE_NOOP("Results", "above")),
              "below": ("▼", QT_TRANSLATE_NOOP("Results", "below")),
              "near": ("●", QT_TRANSLATE_NOOP("Results", "near"))}
_LOWER_IS_BETTER_WORDS = {"above": QT_TRANSLATE_NOOP("Results", "over target"),
                          "below": QT_TRANSLATE_NOOP("Results", "under target")}


def flag_text(flag: str | None, *, lower_is_better: bool = False) -> tuple[str, str | None]:
    """A flag as symbol and word, and its tone: good, bad or None (near / no flag)."""
    if flag not in FLAG_WORDS:
        return "", None
    symbol, word = FLAG_WORDS[flag]
    if lower_is_better:
        word = _LOWER_IS_BETTER_WORDS.get(word, word)
    if flag == "near":
        return f"{symbol} {tr(word)}", None
    good = (flag == "above") != lower_is_better
    return f"{symbol} {tr(word)}", GOOD if good else BAD


def with_n(text: str, n: int) -> str:
    """Text followed by its n and, below ``FEW_DATA_N`` values, 'few data'."""
    text = f"{text} n={n}"
    few = translate("Results", "few data")
    return f"{text} · {few}" if n < FEW_DATA_N else text


def join(*parts: str) -> str:
    return " ".join(p for p in parts if p)


# -- one figure each ------------------------------------------------------------------------
def proportion_cell(figure: Mapping[str, Any] | None, flag: str | None = None) -> Cell:
    """Completion or top-2-box: observed share, adjusted-Wald interval, n, flag."""
    if figure is None:
        return Cell(NONE)
    low, high = figure["low"], figure["high"]
    wide = width_too_wide(low, high, MAX_WIDTH_COMPLETION)
    mark, tone = flag_text(flag)
    text = with_n(join(percent(figure["observed"]), interval(low, high, percent, wide)),
                  figure["n"])
    return Cell(join(text, mark), figure["observed"], tone,
                translate("Results", "{0} of {1}; {2}").format(figure["successes"], figure["n"],
                                             exact_interval(low, high, percent)))


def time_cell(figure: Mapping[str, Any] | None, flag: str | None = None) -> Cell:
    """A time: the centre shown (geometric mean below 25 times, median from 25) with its
    interval, then the median, the n and the flag against the target."""
    if figure is None:
        return Cell(NONE)
    if figure["centre_shown"] == "median":
        low, high, word = figure["median_low"], figure["median_high"], translate("Results", "median")
    else:
        low, high, word = figure["low"], figure["high"], translate("Results", "mean")
    wide = time_too_wide(low, high)
    mark, tone = flag_text(flag, lower_is_better=True)
    text = join(mss(figure["centre"]), interval(low, high, mss, wide), word)
    if figure["centre_shown"] != "median":
        text = join(text, translate("Results", "(median {0})").format(mss(figure["median"])))
    return Cell(join(with_n(text, figure["n"]), mark), figure["centre"], tone,
                translate("Results", "{0}; times of {1} attempts").format(exact_interval(low, high, mss),
                                                         figure["n"]))


def rating_cell(figure: Mapping[str, Any] | None, flag: str | None, limit: float) -> Cell:
    """A mean rating (SEQ, SUS, satisfaction) with its t interval, n and flag."""
    if figure is None:
        return Cell(NONE)
    low, high = figure["low"], figure["high"]
    wide = width_too_wide(low, high, limit)
    mark, tone = flag_text(flag)
    text = with_n(join(one_decimal(figure["mean"]), interval(low, high, one_decimal, wide)),
                  figure["n"])
    return Cell(join(text, mark), figure["mean"], tone,
                exact_interval(low, high, one_decimal))


def seq_cell(figure: Mapping[str, Any] | None, flag: str | None) -> Cell:
    return rating_cell(figure, flag, MAX_WIDTH_SIMPLICITY)


def nps_cell(figure: Mapping[str, Any] | None) -> Cell:
    """NPS (plain or weighted) in points with its interval and n."""
    if figure is None or figure.get("score") is None:
        return Cell(NONE)
    low, high = figure["low"], figure["high"]
    wide = width_too_wide(low, high, MAX_WIDTH_NPS)
    text = with_n(join(points(figure["score"]), interval(low, high, points, wide, ", ")),
                  figure["n"])
    return Cell(text, figure["score"], None, exact_interval(low, high, points))


def mean_cell(value: float | None, n: int) -> Cell:
    """A mean per attempt (errors, assists) with the attempts it is over."""
    if value is None:
        return Cell(NONE)
    return Cell(with_n(f"{value:.2f}", n), value)


def count_cell(value: int) -> Cell:
    return Cell(str(value), value)
