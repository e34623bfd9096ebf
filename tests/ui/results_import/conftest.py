"""The import dialog on the reference network (tests/unit/io/refdata.py), shown."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from testlab.db.database import Database
from tests.unit.io.refdata import build_reference
from ui.results_import.results_import_dialog import ResultsImportDialog


@pytest.fixture
def dialog(qtbot, sqlite_db: Database) -> Iterator[ResultsImportDialog]:
    build_reference(sqlite_db)
    widget = ResultsImportDialog(sqlite_db)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget._runner.wait(10_000)
