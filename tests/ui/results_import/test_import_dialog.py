"""ResultsImportDialog: a file chosen programmatically shows its dry run or its problems; import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

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
    assert "Import will add 4 attempts" in dialog.summary_label.text()  # proper plurals now
    assert count_rows(sqlite_db)["task_attempts"] == 0  # the dry run wrote nothing

    with qtbot.waitSignal(dialog.results_imported, timeout=10_000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].added == 4
    assert count_rows(sqlite_db)["task_attempts"] == 4
    assert "Imported 4 attempts" in dialog.summary_label.text()
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


def test_peoples_words_plurals_and_a_pasted_path(qtbot, dialog: ResultsImportDialog,
                                                 tmp_path: Path) -> None:
    # A path pasted into the field (quotes and all, as a file manager copies it) is checked.
    dialog.path_edit.setText(f'"{DATA / "results_semicolon_bom.csv"}"')
    qtbot.keyClick(dialog.path_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    headers = [dialog.preview_table.horizontalHeaderItem(c).text()
               for c in range(dialog.preview_table.columnCount())]
    assert "Task" in headers and "Ease (1–7)" in headers and "Session start" in headers
    assert not {"task_key", "session_start", "simplicity"} & set(headers)
    outcomes = [dialog.preview_table.item(r, headers.index("Outcome")).text()
                for r in range(dialog.preview_table.rowCount())]
    assert set(outcomes) <= {"Success", "Success with help", "Failure", "Gave up",
                             "False completion", "Skipped"}
    assert "(s)" not in dialog.summary_label.text()
    # A refused file: "4 problems", outcomes named as people say them.
    bad = tmp_path / "bad.csv"
    text = (DATA / "results_semicolon_bom.csv").read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    separator = ";" if ";" in lines[0] else ","
    column = lines[0].split(separator).index("outcome")
    cells = lines[1].split(separator)
    cells[column] = "succes"
    bad.write_text("\n".join([lines[0], separator.join(cells)]) + "\n", encoding="utf-8")
    dialog.set_file(bad)
    qtbot.waitUntil(lambda: dialog.problems_table.rowCount() == 1, timeout=10_000)
    problem = dialog.problems_table.item(0, 1).text()
    assert "“succes”" in problem and "Success with help" in problem
    assert "success_assisted" not in problem
    assert "1 problem " in dialog.summary_label.text() and "(s)" not in dialog.summary_label.text()


def test_plural_and_counted(qapp) -> None:
    from ui.results_import.results_import_dialog import counted, plural

    assert plural(1, "{0} problem", "{0} problems") == "1 problem"
    assert plural(2, "{0} problem", "{0} problems") == "2 problems"
    assert counted("refused: 2 problem(s) in 1 row(s);") == "refused: 2 problems in 1 row;"
