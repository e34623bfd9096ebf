"""Import a results or questionnaires CSV from the window: choose, see the dry run, import.

Choosing a file runs the import as a dry run off the GUI thread: the dialog
shows what would be imported (and the first rows), or the file's problems with
their line numbers.  "Import" then runs the real import off the GUI thread,
with progress and Cancel (results); a cancelled or refused import writes nothing.
A file refused for columns TestLab does not know gets a checkbox per such column:
ticked, the column is left out (``ignore_columns``) and the file is checked again.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
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
from testlab.io.results_cells import CellError, parse_outcome
from testlab.services.questionnaires_io import QuestionnaireImportResult, import_questionnaires
from testlab.services.results_io import ImportResult, import_results
from ui.common import labels, metrics
from ui.common.background import Task, TaskRunner
from ui.common.i18n import translate
from ui.common.operations import CoreCall

CHECK_KEY = "results_import.check"
IMPORT_KEY = "results_import.run"
RESULTS, QUESTIONNAIRES = "results", "questionnaires"  # what the file holds

# The file's columns in people's words (the CSV keeps its own names: docs/results-csv.md).
COLUMN_WORDS = {
    "centre": QT_TRANSLATE_NOOP("ResultsImportDialog", "Centre"),
    "product": QT_TRANSLATE_NOOP("ResultsImportDialog", "Product"),
    "stage": QT_TRANSLATE_NOOP("ResultsImportDialog", "Stage"),
    "study": QT_TRANSLATE_NOOP("ResultsImportDialog", "Study"),
    "task_key": QT_TRANSLATE_NOOP("ResultsImportDialog", "Task"),
    "participant": QT_TRANSLATE_NOOP("ResultsImportDialog", "Participant"),
    "session_start": QT_TRANSLATE_NOOP("ResultsImportDialog", "Session start"),
    "outcome": QT_TRANSLATE_NOOP("ResultsImportDialog", "Outcome"),
    "seconds": QT_TRANSLATE_NOOP("ResultsImportDialog", "Time (s)"),
    "simplicity": QT_TRANSLATE_NOOP("ResultsImportDialog", "Ease (1–7)"),
    "errors": QT_TRANSLATE_NOOP("ResultsImportDialog", "Errors"),
    "assists": QT_TRANSLATE_NOOP("ResultsImportDialog", "Assists"),
    "notes": QT_TRANSLATE_NOOP("ResultsImportDialog", "Notes"),
    "facilitator": QT_TRANSLATE_NOOP("ResultsImportDialog", "Facilitator"),
    "room": QT_TRANSLATE_NOOP("ResultsImportDialog", "Room"),
    "device_kind": QT_TRANSLATE_NOOP("ResultsImportDialog", "Device"),
    "device_model": QT_TRANSLATE_NOOP("ResultsImportDialog", "Device model"),
    "device_os": QT_TRANSLATE_NOOP("ResultsImportDialog", "Operating system"),
    "network": QT_TRANSLATE_NOOP("ResultsImportDialog", "Network"),
    "setting": QT_TRANSLATE_NOOP("ResultsImportDialog", "Setting"),
}
_NOT_ONE_OF = re.compile(r"^outcome '(?P<cell>.*)' is not one of .*$")
_COLUMN = re.compile(r"column '(?P<name>[a-z_]+)'")
_COUNTED = re.compile(r"\b(?P<n>\d+) (?P<word>[a-z]+)\(s\)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ResultsImportDialog", text)


def column_title(name: str) -> str:
    """A results column in people's words (an unknown column as the file names it)."""
    return _tr(COLUMN_WORDS[name]) if name in COLUMN_WORDS else name


def cell_text(column: str, cell: str) -> str:
    """A previewed cell: an outcome code in people's words, anything else as typed."""
    if column == "outcome" and cell.strip():
        try:  # every spelling the import accepts ("gave-up", "success with assistance")
            return labels.OUTCOMES[parse_outcome(cell)]
        except CellError:
            return cell
    return cell


def problem_text(reason: str) -> str:
    """A problem of the file in people's words: outcomes by name, columns with their meaning."""
    unknown = _NOT_ONE_OF.match(reason)
    if unknown:
        return translate("ResultsImportDialog", "the outcome “{0}” is not one TestLab knows ({1})").format(
            unknown["cell"], ", ".join(labels.word(name) for name in labels.OUTCOMES.values()))
    return _COLUMN.sub(lambda found: translate("ResultsImportDialog", "column “{0}” ({1})").format(
        found["name"], column_title(found["name"])) if found["name"] in COLUMN_WORDS
        else found[0], reason)


def counted(text: str) -> str:
    """The core's "2 problem(s)" as "2 problems", "1 row(s)" as "1 row"."""
    return _COUNTED.sub(lambda found: f"{found['n']} {found['word']}"
                        + ("" if found["n"] == "1" else "s"), text)


def plural(count: int, one: str, many: str) -> str:
    """``count`` with the right form of its noun: "1 problem", "2 problems"."""
    return (one if count == 1 else many).format(count)


class ResultsImportDialog(QDialog):
    """Choose a results CSV, preview the dry run or its problems, import it in the background."""

    results_imported = Signal(object)  # the ImportResult or QuestionnaireImportResult imported

    def __init__(self, db: Database, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import results"))
        metrics.fit_size(self, 900, 560)
        self._db = db
        self._runner = runner or TaskRunner(parent=self)
        self._path: Path | None = None
        self._import_task: Task | None = None
        self._checked: ImportResult | QuestionnaireImportResult | None = None

        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Results (one row per task attempt)"), RESULTS)
        self.kind_combo.addItem(self.tr("Closing questionnaires (one row per session)"),
                                QUESTIONNAIRES)
        self.kind_combo.setAccessibleName(self.tr("The file holds"))
        self.kind_combo.currentIndexChanged.connect(self._on_kind_combo_current_index_changed)
        kind_label = QLabel(self.tr("The file &holds"))
        kind_label.setBuddy(self.kind_combo)
        self.ignore_box = QGroupBox(self.tr("Columns TestLab does not know: tick to leave "
                                            "them out"))
        self.ignore_layout = QHBoxLayout(self.ignore_box)
        self.ignore_checks: dict[str, QCheckBox] = {}
        self.ignore_box.hide()
        # A path can be typed or pasted (Return checks it), or chosen with the button.
        self.path_edit = QLineEdit(placeholderText=self.tr("Paste or type the path of a CSV "
                                                           "file, or choose one"))
        self.path_edit.returnPressed.connect(self._on_path_edit_return_pressed)
        path_label = QLabel(self.tr("&File:"))
        path_label.setBuddy(self.path_edit)
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self._on_choose_button_clicked)
        self.summary_label = QLabel(self.tr("Choose a results CSV (one row per task "
                                            "attempt)."))
        self.summary_label.setWordWrap(True)
        self.preview_table = self._table()
        self.problems_table = self._table()
        self.problems_table.setColumnCount(2)
        self.problems_table.setHorizontalHeaderLabels([self.tr("Line"), self.tr("Problem")])
        self.preview_table.setAccessibleName(self.tr("First rows of the file"))
        self.problems_table.setAccessibleName(self.tr("Problems of the file"))
        self.problems_table.horizontalHeader().setStretchLastSection(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.preview_table)
        self.pages.addWidget(self.problems_table)
        self.progress_bar = QProgressBar()
        self.progress_bar.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("Cancel import"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setEnabled(False)
        self.cancel_button.hide()
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.close_button.clicked.connect(self.reject)

        self.path_edit.setAccessibleName(self.tr("File"))
        file_row = QHBoxLayout()
        file_row.addWidget(kind_label)
        file_row.addWidget(self.kind_combo)
        file_row.addWidget(path_label)
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.choose_button)
        layout = metrics.page(QVBoxLayout(self))
        layout.addLayout(file_row)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.ignore_box)
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
        self.path_edit.setText(str(self._path))
        for box in self.ignore_checks.values():
            box.deleteLater()
        self.ignore_checks.clear()
        self.ignore_box.hide()
        self.check()

    def set_kind(self, kind: str) -> None:
        """What the file holds: ``RESULTS`` or ``QUESTIONNAIRES`` (checks the file again)."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def ignored_columns(self) -> tuple[str, ...]:
        """The unknown columns the user ticked to leave out."""
        return tuple(name for name, box in self.ignore_checks.items() if box.isChecked())

    def check(self) -> None:
        """The dry run of the chosen file as it is now set (kind, columns left out)."""
        if self._path is None:
            return
        self._checked = None
        self.import_button.setEnabled(False)
        self.summary_label.setText(self.tr("Checking {0}…").format(self._path.name))
        self.preview_table.setRowCount(0)
        self.problems_table.setRowCount(0)
        self._failing(CoreCall(self, self._work(dry_run=True)).success(self._on_check_done)) \
            .run_in_background(self._runner, CHECK_KEY)

    def _work(self, *, dry_run: bool) -> Any:
        db, path, ignore, kind = self._db, self._path, self.ignored_columns(), self.kind()
        assert path is not None
        if kind == QUESTIONNAIRES:
            return lambda: import_questionnaires(db, path, dry_run=dry_run, ignore_columns=ignore)
        return lambda: import_results(db, path, dry_run=dry_run, ignore_columns=ignore)

    def _on_kind_combo_current_index_changed(self, _index: int) -> None:
        self.check()

    def is_busy(self) -> bool:
        """Whether a check or an import is still running."""
        return self._runner.is_busy()

    # -- slots -----------------------------------------------------------------------

    def _on_choose_button_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import results"), str(self._path.parent if self._path else ""),
            self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if name:
            self.set_file(name)

    def _on_path_edit_return_pressed(self) -> None:
        text = self.path_edit.text().strip().strip('"').strip("'")
        if text:
            self.set_file(Path(text).expanduser())

    def _on_check_done(self, result: ImportResult | QuestionnaireImportResult) -> None:
        self._checked = result
        self.pages.setCurrentWidget(self.preview_table)
        if isinstance(result, QuestionnaireImportResult):
            self.preview_table.setColumnCount(0)
            self.summary_label.setText(self.tr(
                "%d row(s) checked, no problem. Import will add %d closing questionnaire(s); "
                "%d already recorded.") % (result.rows, result.added, result.skipped))
            self.import_button.setEnabled(result.added > 0)
            return
        self._fill_preview(result)
        checked = plural(result.rows, self.tr("{0} row checked"), self.tr("{0} rows checked"))
        if result.added:
            self.summary_label.setText(self.tr(
                "{0}, no problem. Import will add {1} ({2}, {3}); {4} already recorded.").format(
                checked, plural(result.added, self.tr("{0} attempt"), self.tr("{0} attempts")),
                plural(result.sessions_created, self.tr("{0} new session"),
                       self.tr("{0} new sessions")),
                plural(result.participants_created, self.tr("{0} new participant"),
                       self.tr("{0} new participants")),
                result.skipped))
        else:
            self.summary_label.setText(self.tr(
                "{0}, no problem: everything in this file is already recorded. Nothing to "
                "import.").format(checked))
        self.import_button.setEnabled(result.added > 0)

    def _fill_preview(self, result: ImportResult) -> None:
        table = self.preview_table
        table.setColumnCount(len(result.columns))
        table.setHorizontalHeaderLabels([column_title(name) for name in result.columns])
        table.setRowCount(len(result.preview))
        for row, cells in enumerate(result.preview):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(cell_text(result.columns[column], text))
                item.setToolTip(text)  # as the file has it
                table.setItem(row, column, item)
        table.resizeColumnsToContents()

    def _show_problems(self, error: ImportRejected) -> None:
        self._offer_to_ignore(error.unknown_columns)
        self.pages.setCurrentWidget(self.problems_table)
        table = self.problems_table
        table.setRowCount(len(error.problems))
        for row, (line, reason) in enumerate(error.problems):
            table.setItem(row, 0, QTableWidgetItem(str(line)))
            table.setItem(row, 1, QTableWidgetItem(problem_text(reason)))
        table.resizeColumnToContents(0)
        self.summary_label.setText(counted(error.message))

    def _offer_to_ignore(self, columns: tuple[str, ...]) -> None:
        """A checkbox per unknown column (kept, with its tick, while the same file is open)."""
        for name in columns:
            if name in self.ignore_checks:
                continue
            box = QCheckBox(self.tr("Leave out “%s”") % (name or self.tr("(empty)")))
            box.setAccessibleName(self.tr("Leave out the column %s") % name)
            box.toggled.connect(self.check)
            self.ignore_checks[name] = box
            self.ignore_layout.addWidget(box)
        self.ignore_box.setVisible(bool(self.ignore_checks))

    def _on_import_button_clicked(self) -> None:
        if self._path is None or self._checked is None:
            return
        path_now, ignore = self._path, self.ignored_columns()
        self._set_importing(True)
        if self.kind() == QUESTIONNAIRES:
            self._import_task = self._failing(CoreCall(self, self._work(dry_run=False))
                                              .success(self._on_questionnaires_imported)) \
                .run_in_background(self._runner, IMPORT_KEY)
            return
        self._import_task = self._failing(CoreCall.with_progress(
            self, lambda progress, cancelled: import_results(
                self._db, path_now, ignore_columns=ignore, progress=progress,
                cancelled=cancelled))
            .success(self._on_import_done).progress(self._on_import_progress)) \
            .run_in_background(self._runner, IMPORT_KEY)

    def _on_questionnaires_imported(self, result: QuestionnaireImportResult) -> None:
        self._set_importing(False)
        self._import_task = None
        self._checked = None
        self.import_button.setEnabled(False)
        self.summary_label.setText(self.tr(
            "Imported %d closing questionnaire(s); %d already recorded.")
            % (result.added, result.skipped))
        self.results_imported.emit(result)

    def _on_cancel_button_clicked(self) -> None:
        if self._import_task is not None:
            self._import_task.cancel()
            self.summary_label.setText(self.tr("Cancelling…"))

    def _on_import_progress(self, done: int, total: int) -> None:
        self.progress_bar.setMaximum(max(total, 1))
        self.progress_bar.setValue(min(done, total))

    def _on_import_done(self, result: ImportResult) -> None:
        self._set_importing(False)
        self._import_task = None
        if result.cancelled:
            self.summary_label.setText(self.tr("Import cancelled: nothing was written."))
            self.import_button.setEnabled(True)
            return
        self._checked = None
        self.import_button.setEnabled(False)
        self.summary_label.setText(self.tr("Imported {0} ({1}, {2}); {3} already recorded.").format(
            plural(result.added, self.tr("{0} attempt"), self.tr("{0} attempts")),
            plural(result.sessions_created, self.tr("{0} new session"),
                   self.tr("{0} new sessions")),
            plural(result.participants_created, self.tr("{0} new participant"),
                   self.tr("{0} new participants")),
            result.skipped))
        self.results_imported.emit(result)

    def _failing(self, call: CoreCall[Any]) -> CoreCall[Any]:
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
            self.summary_label.setText(counted(error.message))
        else:  # a bug: already logged and reported by CoreCall
            self.summary_label.setText(self.tr("The import failed; nothing was written."))

    def _set_importing(self, importing: bool) -> None:
        self.progress_bar.setVisible(importing)
        self.progress_bar.setValue(0)
        self.cancel_button.setVisible(importing)
        self.choose_button.setEnabled(not importing)
        self.kind_combo.setEnabled(not importing)
        self.ignore_box.setEnabled(not importing)
        self.close_button.setEnabled(not importing)
        self.import_button.setEnabled(False)
        if importing:
            self.summary_label.setText(self.tr("Importing…"))

    def reject(self) -> None:
        """Close, unless an import is running (Cancel it first: it rolls back)."""
        if self._import_task is not None:
            return
        super().reject()
