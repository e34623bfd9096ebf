"""The details pane of a product: its stages in order, each with its studies."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from testlab.services.products import ProductDetail, StudyInfo
from ui.common import labels, metrics

STUDY_COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Stage and study"), QT_TRANSLATE_NOOP("Columns", "Method"),
    QT_TRANSLATE_NOOP("Columns", "Dates"), QT_TRANSLATE_NOOP("Columns", "Status"),
    QT_TRANSLATE_NOOP("Columns", "Centres"), QT_TRANSLATE_NOOP("Columns", "Sample"),
    QT_TRANSLATE_NOOP("Columns", "Tasks"), QT_TRANSLATE_NOOP("Columns", "Done"),
)
_NUMERIC = {5, 6, 7}


class ProductDetailsView(QWidget):
    """Shows one ``ProductDetail`` as a tree: stages, and under each its studies."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: ProductDetail | None = None
        layout = metrics.pane(QVBoxLayout(self))
        self.title = QLabel()
        self.title.setObjectName("detailsTitle")
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("detailsSubtitle")
        self.subtitle.setWordWrap(True)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("stagesTree")
        self.tree.setAccessibleName(self.tr("Stages and their studies"))
        self.tree.setColumnCount(len(STUDY_COLUMNS))
        self.tree.setHeaderLabels([QCoreApplication.translate("Columns", title)
                                   for title in STUDY_COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setAlternatingRowColors(False)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        for column in range(1, len(STUDY_COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in _NUMERIC:
            self.tree.headerItem().setTextAlignment(
                column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.description)
        layout.addSpacing(metrics.TIGHT_SPACING)
        layout.addWidget(self.tree, 1)

    def show_detail(self, detail: ProductDetail) -> None:
        """Fill the pane with ``detail``."""
        self.detail = detail
        self.title.setText(detail.name)
        stages = len(detail.stages)
        studies = sum(len(stage.studies) for stage in detail.stages)
        owner = (self.tr("Owner: {0}").format(detail.owner) if detail.owner
                 else self.tr("No owner"))
        stages_text = (self.tr("1 stage") if stages == 1
                       else self.tr("{0} stages").format(stages))
        studies_text = (self.tr("1 study") if studies == 1
                        else self.tr("{0} studies").format(studies))
        self.subtitle.setText(f"{owner} · {stages_text} · {studies_text}")
        self.description.setText(detail.description)
        self.description.setVisible(bool(detail.description))
        self.tree.clear()
        for number, stage in enumerate(detail.stages, start=1):
            item = QTreeWidgetItem(
                [f"{number}. {labels.STAGE_KINDS[stage.kind]} — {stage.name}"]
            )
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
            self.tree.addTopLevelItem(item)
            item.setFirstColumnSpanned(True)
            if not stage.studies:
                child = QTreeWidgetItem(["    " + self.tr("No study at this stage yet")])
                item.addChild(child)
                child.setFirstColumnSpanned(True)
            for study in stage.studies:
                item.addChild(_study_item(study, detail.name))
        self.tree.expandAll()


def _short_title(title: str, product: str) -> str:
    """A study title without the product's name in front (the pane already says it)."""
    for separator in (" — ", " - ", ": "):
        prefix = product + separator
        if title.startswith(prefix) and len(title) > len(prefix):
            return title[len(prefix):]
    return title


def _study_item(study: StudyInfo, product: str) -> QTreeWidgetItem:
    codes = ", ".join(centre.code for centre in study.centres)
    item = QTreeWidgetItem([
        f"    {_short_title(study.title, product)}",
        labels.STUDY_METHODS[study.method],
        labels.date_range(study.starts_on, study.ends_on),
        labels.STUDY_STATUSES[study.status],
        codes or "—",
        str(study.planned_sample),
        str(study.tasks),
        str(study.completed_sessions),
    ])
    item.setToolTip(0, study.title)
    item.setToolTip(4, "\n".join(
        QCoreApplication.translate("ProductDetailsView", "{0} {1}: {2} planned").format(
            c.code, c.name, c.planned_sample) for c in study.centres))
    for column in _NUMERIC:
        item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item
