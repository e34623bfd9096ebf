"""ResultsImportDialog: a file chosen programmatically shows its dry run or its problems; import."""

from __future__ import annotations

from pathlib import Path

from testlab.db.database import Database
from tests.unit.io.refdata import count_rows
from ui.results_import.results_import_dialog import ResultsImportDialog

DATA = Path(__file__).parents[2] / "data"


def test_refused_file_lists_problems_with_lines(qtbot, dialog: ResultsImportDialog,
                                                sqlite_db: Database) -> None:
    before = count_rows(sqlite_db)
    dialog.set_file(DATA / "results_bad_rows.csv")
    qtbot.waitUntil(lambda: dialog.problems_table.rowCount() == 4, timeout=10_000)
    lines = [dialog.problems_table.item(r, 0).text() for r in range(4)]
    assert lines == ["3", "4", "5", "6"]
    assert "unknown centre 'XYZ'" in dialog.problems_table.item(0, 1).text()
    assert "refused" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()
    assert count_rows(sqlite_db) == before


def test_preview_then_import(qtbot, dialog: ResultsImportDialog, sqlite_db: Database) -> None:
    dialog.set_file(DATA / "results_semicolon_bom.csv")
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert dialog.preview_table.rowCount() == 4
    assert dialog.preview_table.item(0, 0).text() == "DKR"
    assert "Import will add 4 attempt(s)" in dialog.summary_label.text()
    assert count_rows(sqlite_db)["task_attempts"] == 0  # the dry run wrote nothing

    with qtbot.waitSignal(dialog.results_imported, timeout=10_000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].added == 4
    assert count_rows(sqlite_db)["task_attempts"] == 4
    assert "Imported 4 attempt(s)" in dialog.summary_label.text()
    assert not dialog.import_button.isEnabled()

    dialog.set_file(DATA / "results_semicolon_bom.csv")  # again: nothing left to import
    qtbot.waitUntil(lambda: "already recorded" in dialog.summary_label.text(), timeout=10_000)
    assert not dialog.import_button.isEnabled()


def test_not_utf8_file(qtbot, dialog: ResultsImportDialog) -> None:
    dialog.set_file(DATA / "results_latin1.csv")
    qtbot.waitUntil(lambda: dialog.problems_table.rowCount() == 1, timeout=10_000)
    assert dialog.problems_table.item(0, 0).text() == "3"
    assert "not UTF-8" in dialog.summary_label.text()


def test_missing_file_message(qtbot, dialog: ResultsImportDialog, tmp_path: Path) -> None:
    dialog.set_file(tmp_path / "gone.csv")
    qtbot.waitUntil(lambda: "does not exist" in dialog.summary_label.text(), timeout=10_000)
