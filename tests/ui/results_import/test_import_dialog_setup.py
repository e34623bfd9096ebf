"""The import dialog's additions: a checkbox per unknown column, and closing questionnaires."""

from __future__ import annotations

from pathlib import Path

from testlab.db.database import Database
from tests.unit.io.refdata import count_rows
from ui.results_import.results_import_dialog import QUESTIONNAIRES, ResultsImportDialog

DATA = Path(__file__).parents[2] / "data"
SESSION = "DKR;Self-care app;Wireframes v2;Round 1;P-DKR-0001;2026-03-02 09:30"


def with_extra_columns(tmp_path: Path) -> Path:
    """The semicolon sample with two columns of a sheet's own: 'Tester' and 'Batch'."""
    lines = (DATA / "results_semicolon_bom.csv").read_text("utf-8-sig").splitlines()
    out = [lines[0] + ";Tester;Batch"] + [line + ";Awa;B2" for line in lines[1:]]
    path = tmp_path / "with_extra.csv"
    path.write_text("\n".join(out) + "\n", "utf-8")
    return path


def test_unknown_columns_get_a_checkbox_each_and_ticked_they_are_left_out(
        qtbot, dialog: ResultsImportDialog, sqlite_db: Database, tmp_path: Path) -> None:
    dialog.set_file(with_extra_columns(tmp_path))
    qtbot.waitUntil(lambda: len(dialog.ignore_checks) == 2, timeout=10_000)
    assert dialog.ignore_box.isVisible() and not dialog.import_button.isEnabled()
    assert list(dialog.ignore_checks) == ["Tester", "Batch"]
    dialog.ignore_checks["Tester"].setChecked(True)  # one left: still refused, for Batch only
    qtbot.waitUntil(lambda: dialog.problems_table.rowCount() == 1
                    and "Batch" in dialog.problems_table.item(0, 1).text(), timeout=10_000)
    assert not dialog.import_button.isEnabled()
    dialog.ignore_checks["Batch"].setChecked(True)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert "Import will add 4 attempts" in dialog.summary_label.text()
    assert "Tester" not in [dialog.preview_table.horizontalHeaderItem(c).text()
                            for c in range(dialog.preview_table.columnCount())]
    with qtbot.waitSignal(dialog.results_imported, timeout=10_000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].added == 4
    assert count_rows(sqlite_db)["task_attempts"] == 4


def test_closing_questionnaires_are_checked_and_imported(qtbot, dialog: ResultsImportDialog,
                                                         sqlite_db: Database,
                                                         tmp_path: Path) -> None:
    dialog.set_file(DATA / "results_semicolon_bom.csv")
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(dialog.results_imported, timeout=10_000):
        dialog.import_button.click()
    header = ("centre;product;stage;study;participant;session_start;"
              + ";".join(f"sus_{n}" for n in range(1, 11))
              + ";recommend;satisfaction;comments;Interviewer")
    path = tmp_path / "questionnaires.csv"
    path.write_text(f"{header}\n{SESSION};4;2;4;1;5;2;4;2;4;2;9;5;Très clair;Awa\n", "utf-8")
    dialog.set_kind(QUESTIONNAIRES)
    dialog.set_file(path)
    qtbot.waitUntil(lambda: "Interviewer" in dialog.ignore_checks, timeout=10_000)
    assert count_rows(sqlite_db).get("questionnaires", 0) == 0
    dialog.ignore_checks["Interviewer"].setChecked(True)
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=10_000)
    assert "add 1 closing questionnaire(s)" in dialog.summary_label.text()
    assert count_rows(sqlite_db).get("questionnaires", 0) == 0  # the dry run wrote nothing
    with qtbot.waitSignal(dialog.results_imported, timeout=10_000) as blocker:
        dialog.import_button.click()
    assert blocker.args[0].added == 1
    assert "Imported 1 closing questionnaire(s)" in dialog.summary_label.text()
