"""How a figure reads: n always shown, "few data" below 5 values, flags as symbol and word,
and an interval too wide to mean anything never shown as if it did."""

from __future__ import annotations

from ui.results.formatting import (
    BAD,
    GOOD,
    MAX_RATIO_TIME,
    proportion_cell,
    seq_cell,
    time_cell,
    time_too_wide,
)


def _time(n, low, high, centre=100.0, shown="geometric_mean"):
    return {"n": n, "geometric_mean": centre, "low": low, "high": high, "median": centre,
            "median_low": low, "median_high": high, "centre_shown": shown, "centre": centre}


def test_time_interval_rule_is_the_ratio_of_its_ends():
    assert not time_too_wide(10.0, 10.0 * MAX_RATIO_TIME)
    assert time_too_wide(10.0, 10.0 * MAX_RATIO_TIME + 0.01)
    assert not time_too_wide(None, None)


def test_a_time_from_two_values_with_a_useless_interval():
    # The example: "0:00–4441:25" from two times.
    cell = time_cell(_time(2, 0.4, 4441 * 60 + 25, centre=130.0), "near")
    assert cell.text.startswith("2:10 (interval too wide) mean")
    assert "4441" not in cell.text and "4441:25" in cell.tooltip
    assert "n=2 · few data" in cell.text and cell.value == 130.0


def test_a_time_with_a_meaningful_interval_and_its_flag():
    cell = time_cell(_time(30, 90.0, 120.0, centre=100.0, shown="median"), "below")
    assert cell.text == "1:40 [1:30–2:00] median n=30 ▼ under target"
    assert cell.tone == GOOD
    assert time_cell(_time(30, 90.0, 120.0), "above").tone == BAD


def test_completion_share_n_and_flags():
    figure = {"successes": 3, "n": 4, "observed": 0.75, "best": 0.7, "low": 0.1, "high": 0.95}
    cell = proportion_cell(figure, "below")
    assert cell.text == "75% (interval too wide) n=4 · few data ▼ below" and cell.tone == BAD
    figure = {"successes": 40, "n": 45, "observed": 40 / 45, "best": 0.88, "low": 0.79,
              "high": 0.95}
    cell = proportion_cell(figure, "above")
    assert cell.text == "89% [79%–95%] n=45 ▲ above" and cell.tone == GOOD
    assert "few data" not in proportion_cell({**figure, "n": 5}, None).text


def test_seq_interval_wider_than_four_points_is_not_shown():
    wide = {"n": 3, "mean": 4.0, "sd": 2.0, "low": 1.0, "high": 7.0}
    assert "(interval too wide)" in seq_cell(wide, None).text
    narrow = {**wide, "n": 20, "low": 3.5, "high": 4.5}
    assert seq_cell(narrow, "near").text == "4.0 [3.5–4.5] n=20 ● near"
