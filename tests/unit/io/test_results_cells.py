"""Cells of the results CSV: every accepted spelling, every refusal, and exact formatting."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from testlab.io import results_cells as cells
from testlab.io.results_cells import CellError
from testlab.model.enums import Network, Outcome
from testlab.scheduling.zones import zone

PARIS = zone("Europe/Paris")


@pytest.mark.parametrize(("text", "expected"), [
    ("success", Outcome.SUCCESS), ("SUCCESS", Outcome.SUCCESS), (" Succeeded ", Outcome.SUCCESS),
    ("success_assisted", Outcome.SUCCESS_ASSISTED),
    ("Success with assistance", Outcome.SUCCESS_ASSISTED),
    ("success-assisted", Outcome.SUCCESS_ASSISTED), ("failed", Outcome.FAILURE),
    ("Gave up", Outcome.GAVE_UP), ("gave-up", Outcome.GAVE_UP),
    ("false completion", Outcome.FALSE_COMPLETION), ("Skipped", Outcome.SKIPPED),
    # Issue 12: as real spreadsheets write them; a timeout is a failure.
    ("1", Outcome.SUCCESS), ("0", Outcome.FAILURE), ("Yes", Outcome.SUCCESS),
    ("no", Outcome.FAILURE), ("TRUE", Outcome.SUCCESS), ("false", Outcome.FAILURE),
    ("pass", Outcome.SUCCESS), ("Fail", Outcome.FAILURE), ("completed", Outcome.SUCCESS),
    ("timeout", Outcome.FAILURE), ("Timed out", Outcome.FAILURE),
])
def test_outcome_spellings(text: str, expected: Outcome) -> None:
    assert cells.parse_outcome(text) is expected


@pytest.mark.parametrize("text", ["", "won", "succes", "2"])
def test_outcome_refused(text: str) -> None:
    with pytest.raises(CellError, match="outcome"):
        cells.parse_outcome(text)


def test_date_only_start_is_local_midnight() -> None:
    start, date_only = cells.parse_start_or_date("2026-03-02", PARIS)
    assert date_only and start.isoformat() == "2026-03-01T23:00:00+00:00"
    assert cells.format_date_only(start, PARIS) == "2026-03-02"
    assert cells.parse_start_or_date("2026-03-02 09:30", PARIS)[1] is False
    with pytest.raises(CellError, match="not a real date"):
        cells.parse_start_or_date("2026-02-30", PARIS)


@pytest.mark.parametrize(("text", "expected"), [
    ("75", 75.0), ("75.5", 75.5), ("75,5", 75.5), ("1:15", 75.0), ("01:15", 75.0),
    ("1:15,5", 75.5), ("0:01:15", 75.0), ("90:00", 5400.0), (" 12 ", 12.0),
    # Kept to the millisecond, as the database stores it; never rounded down to zero.
    ("12.34567", 12.346), ("1:15,0004", 75.0), ("0.0001", 0.001), ("0,0004999", 0.001),
])
def test_seconds_accepted(text: str, expected: float) -> None:
    assert cells.parse_seconds(text, Outcome.SUCCESS) == expected


@pytest.mark.parametrize(("text", "reason"), [
    ("-3", "negative"), ("0", "zero"), ("0:00", "zero"), ("abc", "not seconds"),
    ("1:75", "mm:ss"), ("1e3", "not seconds"), ("nan", "not seconds"),
    ("99999999", "longer than a day"), ("", "empty"), ("9" * 5000, "too long"),
])
def test_seconds_refused(text: str, reason: str) -> None:
    with pytest.raises(CellError, match=reason):
        cells.parse_seconds(text, Outcome.SUCCESS)


def test_empty_seconds_only_for_skipped() -> None:
    assert cells.parse_seconds("", Outcome.SKIPPED) is None


@pytest.mark.parametrize(("text", "expected"), [("1", 1), ("7", 7), ("", None), ("5.0", 5)])
def test_rating_accepted(text: str, expected: int | None) -> None:
    assert cells.parse_rating(text) == expected


@pytest.mark.parametrize("text", ["0", "8", "9", "-1", "4.5", "x", "9" * 100])
def test_rating_refused(text: str) -> None:
    with pytest.raises(CellError, match="simplicity"):
        cells.parse_rating(text)


def test_counts() -> None:
    assert cells.parse_count("", "errors") == 0
    assert cells.parse_count("3", "errors") == 3
    with pytest.raises(CellError, match="negative"):
        cells.parse_count("-1", "errors")
    with pytest.raises(CellError, match="whole number"):
        cells.parse_count("1.5", "assists")


def test_start_is_local_to_the_centre() -> None:
    assert cells.parse_start("2026-03-02 09:30", PARIS) == datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
    assert cells.parse_start("2026-07-02T09:30:15", PARIS) == datetime(
        2026, 7, 2, 7, 30, 15, tzinfo=UTC)


def test_start_in_dst_gap_is_refused() -> None:
    with pytest.raises(CellError, match="does not exist"):
        cells.parse_start("2026-03-29 02:30", PARIS)


def test_ambiguous_start_takes_first_occurrence_unless_offset_given() -> None:
    first = cells.parse_start("2026-10-25 02:30", PARIS)
    assert first == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert cells.parse_start("2026-10-25 02:30+01:00", PARIS) == datetime(
        2026, 10, 25, 1, 30, tzinfo=UTC)
    with pytest.raises(CellError, match="offset"):
        cells.parse_start("2026-10-25 02:30+05:00", PARIS)


@pytest.mark.parametrize("text", ["2026-02-30 09:00", "02/03/2026 09:30", "2026-03-02", "",
                                  "0001-01-01 00:00", "2026-03-02 25:00"])
def test_bad_start_refused(text: str) -> None:
    with pytest.raises(CellError, match="session_start"):
        cells.parse_start(text, PARIS)


@given(st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2199, 1, 1),
                    timezones=st.just(UTC)))
def test_start_round_trips_exactly(value: datetime) -> None:
    for tz in (PARIS, zone("Africa/Dakar"), zone("America/St_Johns")):
        assert cells.parse_start(cells.format_start(value, tz), tz) == value


@given(st.integers(min_value=1, max_value=86_400_000).map(lambda ms: ms / 1000))
def test_seconds_round_trip_exactly(value: float) -> None:
    # Every time the database can hold: a whole number of milliseconds.
    assert cells.parse_seconds(cells.format_seconds(value), Outcome.SUCCESS) == value


@given(st.floats(min_value=1e-6, max_value=86_400, allow_nan=False))
def test_any_time_is_read_as_the_database_keeps_it(value: float) -> None:
    kept = cells.parse_seconds(cells.format_seconds(value), Outcome.SUCCESS)
    assert kept == max(round(value, 3), 0.001)


def test_conditions() -> None:
    assert cells.parse_condition("Wi-Fi", Network, "network") is Network.WIFI
    assert cells.parse_condition("4G", Network, "network") is Network.CELL_4G
    assert cells.parse_condition("", Network, "network") is None
    with pytest.raises(CellError, match="network"):
        cells.parse_condition("carrier pigeon", Network, "network")
