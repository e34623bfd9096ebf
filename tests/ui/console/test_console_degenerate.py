"""The session console against degenerate data (the shared tests of tests/ui/degenerate.py).

The console's rows are the session's observations, shown newest first and
resumed from the database when the console opens; an empty database has no
session to open at all.
"""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, insert, select

from testlab import model as m
from testlab.services import sessions as svc
from tests.ui.degenerate import NAMES, DegenerateData
from tests.ui.lab_world import build_lab
from ui.common import error_dialog
from ui.console import ConsoleWindow, open_console

PC = "LAB-PC-03"


@pytest.fixture
def dialogs(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(error_dialog, "show_error",
                        lambda parent, error, title="TestLab": shown.append(str(error)))
    return shown


class TestConsoleDegenerate(DegenerateData):
    """No session, one observation, notes in Arabic/Polish/Romanian, 10,000 observations."""

    def fill(self, db, names):
        self.lab = build_lab(db)
        svc.check_in(db, self.lab.session_id, consent_confirmed=True, by=self.lab.staff_id)
        rows = [{"id": uuid.uuid4(), "session_id": self.lab.session_id,
                 "elapsed_seconds": float(number), "text": name, "tags": []}
                for number, name in enumerate(names)]
        if rows:
            with db.engine.begin() as connection:
                connection.execute(insert(m.Observation), rows)

    def open(self, qtbot, make_window, db, settings_path):
        console = open_console(db, self.lab.session_id, PC, self.lab.staff_id)
        assert isinstance(console, ConsoleWindow)
        qtbot.addWidget(console)
        assert console.current_page() == "task"
        return console

    def shown(self, widget):
        items = widget.observations.list
        return [items.item(row).text().split("  ", 1)[1]
                for row in reversed(range(items.count()))]  # shown newest first

    def message(self, widget):
        return widget.observations.message.text()

    def check_row(self, qtbot, widget, row, name):
        items = widget.observations.list
        assert items.item(items.count() - 1 - row).text().endswith(name)

    def test_empty_database(self, qtbot, db, dialogs):
        assert open_console(db, uuid.uuid4(), PC, None) is None
        assert len(dialogs) == 1 and "session" in dialogs[0].lower()
        with db.session_factory() as s:
            assert s.scalar(select(func.count()).select_from(m.Session)) == 0

    def test_notes_in_arabic_polish_romanian_are_kept_as_typed(self, qtbot, db, dialogs):
        self.fill(db, [])
        console = self.open(qtbot, None, db, None)
        field = console.observations.field
        for name in NAMES:
            field.setText(f"{name} #مركز")  # QTest cannot type non-Latin-1 keys
            qtbot.keyClick(field, Qt.Key.Key_Return)
            assert field.text() == ""
        assert self.shown(console) == [f"{name} #مركز" for name in NAMES] and dialogs == []
        with db.session_factory() as s:
            kept = s.scalars(select(m.Observation).order_by(m.Observation.noted_at)).all()
            assert [o.text for o in kept] == [f"{name} #مركز" for name in NAMES]
            assert all(o.tags == ["مركز"] for o in kept)
