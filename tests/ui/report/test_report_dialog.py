"""The export dialog: options, a background build with progress and Stop, the PDF
handed to the system's viewer; bad input said inline; degenerate databases."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from testlab.db.database import Database
from testlab.services.products import list_products
from testlab.services.setup.products import ProductFields, add_stage, create_product
from tests.ui.accessibility import nameless
from ui.common.background import TaskRunner
from ui.context import AppContext
from ui.report import report_dialog
from ui.report.report_dialog import ReportDialog


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The PDFs the dialog would have opened in the system's viewer."""
    seen: list[Path] = []
    monkeypatch.setattr(report_dialog, "open_file", seen.append)
    return seen


def _context(db: Database, tmp_path: Path) -> AppContext:
    return AppContext(db, TaskRunner(), QSettings(str(tmp_path / "s.ini"),
                                                  QSettings.Format.IniFormat))


@pytest.fixture
def dialog_for(qtbot, tmp_path: Path) -> Iterator:  # type: ignore[type-arg]
    made: list[ReportDialog] = []

    def make(db: Database, **kw: object) -> ReportDialog:
        context = _context(db, tmp_path)
        dialog = ReportDialog(context, **kw)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        made.append(dialog)
        return dialog

    yield make
    for dialog in made:
        dialog._context.tasks.wait(30_000)


def test_export_builds_the_pdf_in_the_background_and_opens_it(
        qtbot, demo_db: Database, tmp_path: Path, opened: list[Path], dialog_for) -> None:
    vista = next(p for p in list_products(demo_db) if p.name == "Vista TV interface")
    dialog = dialog_for(demo_db, product_id=vista.id)
    assert dialog.product_combo.currentText() == "Vista TV interface"
    assert dialog.stage_list.count() == 5
    dialog.stage_list.item(0).setCheckState(Qt.CheckState.Unchecked)  # four stages
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
    dialog.out_edit.setText(str(tmp_path / "vista.pdf"))
    progress: list[tuple[int, int]] = []
    task = dialog.export()
    assert task is not None
    assert dialog.cancel_button.isVisible() and not dialog.export_button.isEnabled()
    dialog.progress_bar.valueChanged.connect(lambda v: progress.append((v, dialog.progress_bar.maximum())))
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert opened == [tmp_path / "vista.pdf"]
    assert (tmp_path / "vista.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.result() == dialog.DialogCode.Accepted
    assert progress  # the bar moved


def test_stop_cancels_and_leaves_no_file(qtbot, demo_db: Database, tmp_path: Path,
                                         opened: list[Path], dialog_for) -> None:
    dialog = dialog_for(demo_db)
    out = tmp_path / "out"
    out.mkdir()
    dialog.out_edit.setText(str(out / "r.pdf"))
    task = dialog.export()
    assert task is not None
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=60_000)
    assert opened == []
    assert list(out.iterdir()) == []
    assert dialog.isVisible()


def test_bad_input_is_said_in_the_dialog_and_nothing_written(
        qtbot, demo_db: Database, tmp_path: Path, opened: list[Path], dialog_for) -> None:
    dialog = dialog_for(demo_db)
    dialog.out_edit.setText(str(tmp_path / "no-such-folder" / "r.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.export_button.isEnabled(), timeout=60_000)
    assert "does not exist" in dialog.message.text()
    for i in range(dialog.stage_list.count()):
        dialog.stage_list.item(i).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.export() is None
    assert dialog.message.text() == "Tick at least one stage."
    assert opened == []


def test_an_empty_database_says_there_is_nothing_to_report(
        qtbot, sqlite_db: Database, dialog_for) -> None:
    dialog = dialog_for(sqlite_db)
    assert dialog.product_combo.count() == 0
    assert not dialog.export_button.isEnabled()
    assert "no product" in dialog.message.text()


def test_one_product_with_a_unicode_name_and_no_data_exports(
        qtbot, sqlite_db: Database, tmp_path: Path, opened: list[Path], dialog_for) -> None:
    record = create_product(sqlite_db, fields=ProductFields(name="مركز Łódź Timișoara"))
    add_stage(sqlite_db, product_id=record.id, name="نموذج", kind="concept")
    dialog = dialog_for(sqlite_db)
    assert dialog.out_edit.text().endswith("مركز-Łódź-Timișoara.pdf")
    dialog.out_edit.setText(str(tmp_path / "u.pdf"))
    dialog.export()
    qtbot.waitUntil(lambda: bool(opened), timeout=60_000)
    assert (tmp_path / "u.pdf").exists()


def test_every_control_has_a_name(qtbot, demo_db: Database, dialog_for) -> None:
    dialog = dialog_for(demo_db)
    assert nameless(dialog) == []


def test_the_dialog_fits_1366_by_768_at_200_percent(qtbot, demo_db: Database,
                                                     dialog_for) -> None:
    """683×364 logical pixels: the screen at 200% less a taskbar; the options scroll."""
    dialog = dialog_for(demo_db)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 683 and hint.height() <= 364, hint
    assert dialog.options.widget().minimumSizeHint().width() <= dialog.options.width()


def test_file_menu_has_export_report_with_its_key(qtbot, demo_db: Database, make_window,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[object] = []
    monkeypatch.setattr(report_dialog, "export_report",
                        lambda parent, context, **kw: shown.append(context))
    window = make_window(demo_db)
    menu = window.main_menu if hasattr(window, "main_menu") else None
    actions = [a for a in window.findChildren(type(window.quit_action))
               if a.text() == "&Export report…"]
    assert actions, menu
    assert actions[0].shortcut().toString() == "Ctrl+Shift+P"
    actions[0].trigger()
    assert shown == [window.context]
