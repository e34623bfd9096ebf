"""Import a results CSV from the window: choose the file, see the dry run, then import.

Choosing a file runs the import as a dry run off the GUI thread: the dialog
shows what would be imported (and the first rows), or the file's problems with
their line numbers.  "Import" then runs the real import off the GUI thread,
with progress and Cancel; a cancelled or refused import writes nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import ImportRejected, TestLabError
from testlab.services.results_io import ImportResult, import_results
from ui.common.background import Task, TaskRunner
from ui.common.operations import CoreCall

CHECK_KEY = "results_import.check"
IMPORT_KEY = "results_import.run"


class ResultsImportDialog(QDialog):
    """Choose a results CSV, preview the dry run or its problems, import it in the background."""

    results_imported = Signal(object)  # the ImportResult of a finished (not cancelled) import

    def __init__(self, db: Database, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import results")
        self.resize(900, 560)
        self._db = db
        self._runner = runner or TaskRunner(parent=self)
        self._path: Path | None = None
        self._import_task: Task | None = None
        self._checked: ImportResult | None = None

        self.path_edit = QLineEdit(readOnly=True, placeholderText="No file chosen")
        self.choose_button = QPushButton("Choose file…")
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.summary_label = QLabel("Choose a results CSV (one row per task attempt).")
        self.summary_label.setWordWrap(True)
        self.preview_table = self._table()
        self.problems_table = self._table()
        self.problems_table.setColumnCount(2)
        self.problems_table.setHorizontalHeaderLabels(["Line", "Problem"])
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.preview_table)
        self.pages.addWidget(self.problems_table)
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton("Import",
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("Cancel import",
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setEnabled(False)
        self.cancel_button.hide()
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.close_button.clicked.connect(self.reject)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)

    @staticmethod
    def _table() -> QTableWidget:
        table = QTableWidget()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        return table

    # -- public API (also what tests drive) --------------------------------------------

    def set_file(self, path: str | Path) -> None:
        """Check ``path`` as a dry run in the background; the result fills the dialog."""
        self._path = Path(path)
        self._checked = None
        self.path_edit.setText(str(self._path))
        self.import_button.setEnabled(False)
        self.summary_label.setText(f"Checking {self._path.name}…")
        self.preview_table.setRowCount(0)
        self.problems_table.setRowCount(0)
        path_now = self._path
        self._failing(CoreCall(self, lambda: import_results(self._db, path_now, dry_run=True))
                      .success(self._on_check_done)) \
            .run_in_background(self._runner, CHECK_KEY)

    def is_busy(self) -> bool:
        """Whether a check or an import is still running."""
        return self._runner.is_busy()

    # -- slots -----------------------------------------------------------------------

    def _on_choose_button_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, "Import results", str(self._path.parent if self._path else ""),
            "CSV files (*.csv *.txt);;All files (*)")
        if name:
            self.set_file(name)

    def _on_check_done(self, result: ImportResult) -> None:
        self._checked = result
        self.pages.setCurrentWidget(self.preview_table)
        self._fill_preview(result)
        if result.added:
            self.summary_label.setText(
                f"{result.rows} row(s) checked, no problem. Import will add {result.added} "
                f"attempt(s) ({result.sessions_created} new session(s), "
                f"{result.participants_created} new participant(s)); "
                f"{result.skipped} already recorded.")
        else:
            self.summary_label.setText(
                f"{result.rows} row(s) checked, no problem: everything in this file is "
                "already recorded. Nothing to import.")
        self.import_button.setEnabled(result.added > 0)

    def _fill_preview(self, result: ImportResult) -> None:
        table = self.preview_table
        table.setColumnCount(len(result.columns))
        table.setHorizontalHeaderLabels(list(result.columns))
        table.setRowCount(len(result.preview))
        for row, cells in enumerate(result.preview):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()

    def _show_problems(self, error: ImportRejected) -> None:
        self.pages.setCurrentWidget(self.problems_table)
        table = self.problems_table
        table.setRowCount(len(error.problems))
        for row, (line, reason) in enumerate(error.problems):
            table.setItem(row, 0, QTableWidgetItem(str(line)))
            table.setItem(row, 1, QTableWidgetItem(reason))
        table.resizeColumnToContents(0)
        self.summary_label.setText(error.message)

    def _on_import_button_clicked(self) -> None:
        if self._path is None or self._checked is None:
            return
        path_now = self._path
        self._set_importing(True)
        self._import_task = self._failing(CoreCall.with_progress(
            self, lambda progress, cancelled: import_results(
                self._db, path_now, progress=progress, cancelled=cancelled))
            .success(self._on_import_done).progress(self._on_import_progress)) \
            .run_in_background(self._runner, IMPORT_KEY)

    def _on_cancel_button_clicked(self) -> None:
        if self._import_task is not None:
            self._import_task.cancel()
            self.summary_label.setText("Cancelling…")

    def _on_import_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(min(done, total))

    def _on_import_done(self, result: ImportResult) -> None:
        self._set_importing(False)
        self._import_task = None
        if result.cancelled:
            self.summary_label.setText("Import cancelled: nothing was written.")
            self.import_button.setEnabled(True)
            return
        self._checked = None
        self.import_button.setEnabled(False)
        self.summary_label.setText(
            f"Imported {result.added} attempt(s) ({result.sessions_created} new session(s), "
            f"{result.participants_created} new participant(s)); {result.skipped} already "
            "recorded.")
        self.results_imported.emit(result)

    def _failing(self, call: CoreCall[ImportResult]) -> CoreCall[ImportResult]:
        """Where a check's or an import's refusal goes: the problems, or the summary line."""
        return call.failure(self._on_task_failed, ImportRejected, TestLabError) \
            .internal(self._on_task_failed)

    def _on_task_failed(self, error: BaseException) -> None:
        self._set_importing(False)
        self._import_task = None
        self.import_button.setEnabled(False)
        if isinstance(error, ImportRejected):
            self._show_problems(error)
        elif isinstance(error, TestLabError):
            self.summary_label.setText(error.message)
        else:  # a bug: already logged and reported by CoreCall
            self.summary_label.setText("The import failed; nothing was written.")

    def _set_importing(self, importing: bool) -> None:
        self.progress_bar.setVisible(importing)
        self.progress_bar.setValue(0)
        self.cancel_button.setVisible(importing)
        self.choose_button.setEnabled(not importing)
        self.close_button.setEnabled(not importing)
        self.import_button.setEnabled(False)
        if importing:
            self.summary_label.setText("Importing…")

    def reject(self) -> None:
        """Close, unless an import is running (Cancel it first: it rolls back)."""
        if self._import_task is not None:
            return
        super().reject()
