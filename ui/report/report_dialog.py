"""Export a product's PDF findings report: the same options as ``testlab report``, built
in the background with progress and Cancel, opened in the system's viewer when done.

``export_report(parent, context, product_id=...)`` is the one entry point (File → Export
report…, and the Results section's Report button with its product preset).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from testlab.errors import InvalidInput, NotFound
from testlab.services.network import list_centres
from testlab.services.products import list_products, product_detail
from testlab.services.reports import export_report as export_report_service
from testlab.services.reports import report_file_name, report_languages
from ui.common import metrics
from ui.common.background import Task
from ui.common.operations import FAILED, CoreCall
from ui.context import AppContext

BUILD_KEY = "report.build"
LANGUAGE_NAMES = {"en": "English", "fr": "Français"}
CONFIDENCE_LEVELS = (0.95, 0.90)


def open_with_system_viewer(path: Path) -> None:
    """Open the PDF in the system's viewer (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


#: What is done with the finished PDF; tests set it to something that only records it.
open_file: Callable[[Path], None] = open_with_system_viewer


class ReportDialog(QDialog):
    """The report's options, then the build with its progress bar and Cancel."""

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 product_id: uuid.UUID | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        metrics.fit_size(self, 640, 600)
        self._context = context
        self._task: Task | None = None
        self.written: Path | None = None

        self.product_combo = QComboBox()
        self.product_combo.setAccessibleName(self.tr("Product"))
        self.stage_list = QListWidget()
        self.stage_list.setAccessibleName(self.tr("Stages in the report"))
        self.centre_list = QListWidget()
        self.centre_list.setAccessibleName(self.tr("Centres in the report (none ticked: all)"))
        self.confidence_combo = QComboBox()
        self.confidence_combo.setAccessibleName(self.tr("Confidence level"))
        for level in CONFIDENCE_LEVELS:
            self.confidence_combo.addItem(f"{level:.0%}", level)
        self.language_combo = QComboBox()
        self.language_combo.setAccessibleName(self.tr("Language of the report"))
        self.logo_edit = QLineEdit(placeholderText=self.tr("TestLab's own logo"))
        self.logo_edit.setAccessibleName(self.tr("Logo file"))
        self.logo_button = QPushButton(self.tr("Choose &logo…"))
        self.logo_button.setAccessibleName(self.tr("Choose a logo file"))
        self.author_edit = QLineEdit()
        self.author_edit.setAccessibleName(self.tr("Prepared by"))
        self.out_edit = QLineEdit()
        self.out_edit.setAccessibleName(self.tr("PDF file to write"))
        self.out_button = QPushButton(self.tr("C&hoose file…"))
        self.out_button.setAccessibleName(self.tr("Choose the PDF file to write"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Progress of the report"))
        self.progress_bar.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("&Export"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(self.tr("&Stop"),
                                                    QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.cancel_button.hide()

        # The options scroll on a small screen (1366×768 at 200% leaves 683×384); the
        # message, progress and buttons under them stay in view.
        options = QWidget()
        form = QFormLayout(options)
        form.setContentsMargins(0, 0, 0, 0)
        self.options = QScrollArea()
        self.options.setWidget(options)
        self.options.setWidgetResizable(True)
        self.options.setFrameShape(QFrame.Shape.NoFrame)
        self.options.viewport().setAutoFillBackground(False)  # the dialog's own background
        options.setAutoFillBackground(False)
        self.options.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # focus goes to the fields in it
        self.options.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.options.setAccessibleName(self.tr("The report's options"))
        self._row(form, self.tr("&Product:"), self.product_combo)
        self._row(form, self.tr("S&tages:"), self.stage_list)
        self._row(form, self.tr("&Centres (none ticked: every centre):"), self.centre_list)
        self._row(form, self.tr("C&onfidence level:"), self.confidence_combo)
        self._row(form, self.tr("L&anguage:"), self.language_combo)
        self._row(form, self.tr("Lo&go:"), self._pair(self.logo_edit, self.logo_button),
                  self.logo_edit)
        self._row(form, self.tr("Prepared &by:"), self.author_edit)
        self._row(form, self.tr("&File:"), self._pair(self.out_edit, self.out_button),
                  self.out_edit)
        # Sideways the options never scroll: the area is as wide as they need.
        self.options.setMinimumWidth(options.minimumSizeHint().width()
                                     + self.options.verticalScrollBar().sizeHint().width())
        layout = metrics.page(QVBoxLayout(self))
        layout.addWidget(self.options, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.buttons)

        self.product_combo.currentIndexChanged.connect(self._on_product_combo_current_index_changed)
        self.logo_button.clicked.connect(self._on_logo_button_clicked)
        self.out_button.clicked.connect(self._on_out_button_clicked)
        self.export_button.clicked.connect(self._on_export_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        self.close_button.clicked.connect(self.reject)
        self._load(product_id)

    @staticmethod
    def _pair(edit: QLineEdit, button: QPushButton) -> QWidget:
        box = QWidget()
        row = metrics.flush(QHBoxLayout(box))
        row.addWidget(edit, 1)
        row.addWidget(button)
        return box

    @staticmethod
    def _row(form: QFormLayout, text: str, field: QWidget, buddy: QWidget | None = None) -> None:
        label = QLabel(text)
        label.setBuddy(buddy or field)
        form.addRow(label, field)

    # -- filling ---------------------------------------------------------------------------
    def _load(self, product_id: uuid.UUID | None) -> None:
        db = self._context.db
        loaded = CoreCall(self, lambda: (list_products(db), list_centres(db),
                                         report_languages())).run()
        if loaded is FAILED:
            return
        products, centres, languages = loaded
        for lang in languages:
            self.language_combo.addItem(LANGUAGE_NAMES.get(lang, lang), lang)
        for centre in centres:
            item = QListWidgetItem(f"{centre.code} — {centre.name}")
            item.setData(Qt.ItemDataRole.UserRole, centre.code)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.centre_list.addItem(item)
        self.product_combo.blockSignals(True)
        for row in products:
            self.product_combo.addItem(row.name, row.id)
        self.product_combo.blockSignals(False)
        ids = [self.product_combo.itemData(i) for i in range(self.product_combo.count())]
        self.product_combo.setCurrentIndex(ids.index(product_id) if product_id in ids else 0)
        self._on_product_combo_current_index_changed(self.product_combo.currentIndex())
        if not products:
            self.message.setText(self.tr("There is no product yet: nothing to report on."))
            self.export_button.setEnabled(False)

    def _on_product_combo_current_index_changed(self, _index: int) -> None:
        self.stage_list.clear()
        product_id = self.product_combo.currentData()
        if product_id is None:
            return
        detail = CoreCall(self, lambda: product_detail(self._context.db, product_id)).run()
        if detail is FAILED:
            return
        for stage in detail.stages:
            item = QListWidgetItem(stage.name)
            item.setCheckState(Qt.CheckState.Checked)
            self.stage_list.addItem(item)
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.out_edit.setText(str(Path(folder or Path.home()) / report_file_name(detail.name)))

    # -- choosing files ----------------------------------------------------------------------
    def _on_logo_button_clicked(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg)"))
        if name:
            self.logo_edit.setText(name)

    def _on_out_button_clicked(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"),
                                              self.out_edit.text(), self.tr("PDF (*.pdf)"))
        if name:
            self.out_edit.setText(name)

    # -- building ----------------------------------------------------------------------------
    def checked(self, widget: QListWidget, role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole
                ) -> list[str]:
        """The texts (or data of ``role``) of the ticked items."""
        return [str(widget.item(i).data(role)) for i in range(widget.count())
                if widget.item(i).checkState() == Qt.CheckState.Checked]

    def export(self) -> Task | None:
        """Start building the report with the options shown (what Export does)."""
        self.message.clear()
        stages = self.checked(self.stage_list)
        if self.stage_list.count() and not stages:
            self.message.setText(self.tr("Tick at least one stage."))
            return None
        out = self.out_edit.text().strip()
        if not out:
            self.message.setText(self.tr("Name the PDF file to write."))
            return None
        db, product = self._context.db, self.product_combo.currentText()
        centres = self.checked(self.centre_list, Qt.ItemDataRole.UserRole)
        confidence = float(self.confidence_combo.currentData())
        lang = str(self.language_combo.currentData())
        logo, author = self.logo_edit.text().strip() or None, self.author_edit.text().strip()
        self._busy(True)
        self._task = CoreCall.with_progress(self, lambda progress, cancelled: export_report_service(
            db, product, out, stages=stages, centres=centres, confidence=confidence, lang=lang,
            logo=logo, author=author, progress=progress, cancelled=cancelled)) \
            .inline(self.message.setText, InvalidInput, NotFound) \
            .always(lambda: self._busy(False)) \
            .progress(self._on_build_progress) \
            .success(self._on_build_done) \
            .run_in_background(self._context.tasks, BUILD_KEY)
        return self._task

    def _busy(self, busy: bool) -> None:
        for widget in (self.export_button, self.close_button, self.product_combo,
                       self.stage_list, self.centre_list, self.out_edit, self.out_button):
            widget.setEnabled(not busy)
        self.cancel_button.setVisible(busy)
        self.progress_bar.setVisible(busy)
        if busy:
            self.progress_bar.setRange(0, 0)
        else:
            self._task = None

    def _on_export_button_clicked(self) -> None:
        self.export()

    def _on_cancel_button_clicked(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.message.setText(self.tr("Stopping… no file will be written."))

    def _on_build_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)

    def _on_build_done(self, path: Path) -> None:
        self.written = path
        open_file(path)
        self.accept()

    def reject(self) -> None:
        if self._task is not None:  # Esc while building stops the build first
            self._on_cancel_button_clicked()
            return
        super().reject()


def export_report(parent: QWidget | None, context: AppContext, *,
                  product_id: uuid.UUID | None = None) -> None:
    """Show the export dialog (``product_id`` preselected) and build the report the user
    asks for; the PDF opens in the system's viewer when done."""
    dialog = ReportDialog(context, parent, product_id=product_id)
    dialog.exec()
