"""Copy a Results table as tab-separated text (it pastes into a spreadsheet) or save it as
CSV through the shared writer (``testlab.services.analysis.export_table``)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from testlab.services.analysis import export_table
from ui.common.i18n import translate
from ui.common.operations import CoreCall
from ui.results.cell_model import CellTableModel


def tsv(model: CellTableModel) -> str:
    """The table as shown, header first, cells separated by tabs (tabs and line breaks
    inside a cell become spaces so that every row stays one line)."""
    def clean(text: str) -> str:
        return " ".join(text.replace("\t", " ").splitlines())

    return "\n".join("\t".join(clean(c) for c in row) for row in model.as_text()) + "\n"


def copy_table(model: CellTableModel) -> None:
    """Put the table on the clipboard as tab-separated text."""
    clipboard = QApplication.clipboard()
    clipboard.setText(tsv(model))


def save_table(parent: QWidget, model: CellTableModel, suggested: str) -> None:
    """Ask where, then write the table as CSV (formula-like cells neutralised)."""
    path, _chosen = QFileDialog.getSaveFileName(parent, translate("Results", "Save table as CSV"), suggested,
                                                translate("Results", "CSV file (*.csv)"))
    if path:
        save_table_to(parent, model, path)


def save_table_to(parent: QWidget | None, model: CellTableModel, path: str) -> None:
    """Write the table to ``path``; a bad path is one message, and nothing is written."""
    header, *rows = model.as_text()
    CoreCall(parent, lambda: export_table(path, header, rows)).run()
