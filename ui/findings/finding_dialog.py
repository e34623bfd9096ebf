"""A finding's form: new (task, stage or observations preset) or edit, with its evidence.

``new_finding`` is the one door other sections use (the Results section with a task
preset, a session's recorded results with the chosen observations); the findings log
uses it and ``edit_finding_dialog``.  Every write goes through the findings services;
bad input shows one message in the form and changes nothing.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import InvalidInput, NotFound
from testlab.services.findings import (
    FindingRow,
    add_finding,
    edit_finding,
    get_finding,
    set_finding_status,
)
from testlab.services.findings_choices import FindingChoices, finding_choices
from testlab.services.recording.attempts import format_duration
from ui.common import metrics, shortcuts
from ui.common.operations import FAILED, CoreCall
from ui.common.table_model import Column, RowTableModel
from ui.common.table_setup import list_table
from ui.findings.combo import choose
from ui.findings.wording import STATUS_ORDER, severities, severity_long, status_word

MAX_COUNT = 100_000
_NOT_RECORDED = ""


class HasDatabase(Protocol):
    """What the forms need of the window's context: the database (``AppContext`` has it)."""

    @property
    def db(self) -> Database: ...


def new_finding(parent: QWidget | None, context: HasDatabase, *, product_id: uuid.UUID,
                stage_id: uuid.UUID | None = None, task_key: str | None = None,
                observation_ids: Iterable[uuid.UUID] = ()) -> bool:
    """Ask for a new finding of the product (stage, task and evidence preset); True if saved."""
    dialog = open_new_finding(parent, context, product_id=product_id, stage_id=stage_id,
                              task_key=task_key, observation_ids=observation_ids)
    return dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted


def edit_finding_dialog(parent: QWidget | None, context: HasDatabase,
                        finding_id: uuid.UUID, product_id: uuid.UUID) -> bool:
    """Edit a finding (its fields, its status at each later stage); True if saved."""
    db = context.db
    found = CoreCall(parent, lambda: (get_finding(db, finding_id),
                                      finding_choices(db, product_id))).run()
    if found is FAILED:
        return False
    finding, choices = found
    dialog = FindingDialog(db, choices, finding=finding, parent=parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


def open_new_finding(parent: QWidget | None, context: HasDatabase, *, product_id: uuid.UUID,
                     stage_id: uuid.UUID | None = None, task_key: str | None = None,
                     observation_ids: Iterable[uuid.UUID] = ()) -> FindingDialog | None:
    """The new-finding form, built but not shown (None if the product is gone)."""
    db = context.db
    choices = CoreCall(parent, lambda: finding_choices(db, product_id)).run()
    if choices is FAILED:
        return None
    return FindingDialog(db, choices, stage_id=stage_id, task_key=task_key,
                         observation_ids=tuple(observation_ids), parent=parent)


EVIDENCE_COLUMNS: tuple[Column[Any], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Participant"), lambda e: e.participant or "–", width=12),
    Column(QT_TRANSLATE_NOOP("Columns", "Stage"), lambda e: e.stage, width=16, tooltip=lambda e: e.stage),
    Column(QT_TRANSLATE_NOOP("Columns", "Session"), lambda e: e.session_start.strftime("%Y-%m-%d %H:%M UTC"), width=20,
           sample="2026-12-31 23:59 UTC"),
    Column(QT_TRANSLATE_NOOP("Columns", "Elapsed"), lambda e: format_duration(e.elapsed_seconds), numeric=True, width=7),
    Column(QT_TRANSLATE_NOOP("Columns", "Observation"), lambda e: " ".join(e.text.split()), stretch=True,
           tooltip=lambda e: e.text),
)


class FindingDialog(QDialog):
    """Title, description, task, stage first seen, severity, affected of observed,
    recommendation, owner; when editing, the status at each later stage and the evidence."""

    def __init__(self, db: Database, choices: FindingChoices, *,
                 finding: FindingRow | None = None, stage_id: uuid.UUID | None = None,
                 task_key: str | None = None, observation_ids: Sequence[uuid.UUID] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._choices, self._finding = db, choices, finding
        self._observation_ids = tuple(observation_ids)
        self.saved_row: FindingRow | None = None
        self.setWindowTitle(self.tr("New finding · {0}").format(choices.product) if finding
                            is None else self.tr("Finding · {0}").format(choices.product))
        metrics.fit_size(self, 820, 660 if finding else 560)

        self.title = QLineEdit(maxLength=200)
        self.description = _text_box(3)
        self.task = QComboBox()
        self.task.addItem(self.tr("— no task"), None)
        for task in choices.tasks:
            self.task.addItem(f"{task.key} · {task.title}", task.key)
        self.stage = QComboBox()
        for stage in choices.stages:
            self.stage.addItem(stage.name, stage.id)
        self.severity = QComboBox()
        for level in severities():
            self.severity.addItem(severity_long(level), level)
        self.affected = QSpinBox(maximum=MAX_COUNT)
        self.observed = QSpinBox(maximum=MAX_COUNT)
        counts = QWidget()
        counts_row = metrics.flush(QHBoxLayout(counts))
        counts_row.addWidget(self.affected)
        counts_row.addWidget(QLabel(self.tr("of")))
        counts_row.addWidget(self.observed)
        counts_row.addWidget(QLabel(self.tr("participants observed")), 1)
        self.recommendation = _text_box(3)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("— nobody yet"), None)
        for person in choices.staff:
            self.owner.addItem(person.name, person.id)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, field, name in (
            (self.tr("&Title"), self.title, self.tr("Title")),
            (self.tr("&Description"), self.description, self.tr("Description")),
            (self.tr("T&ask"), self.task, self.tr("Task")),
            (self.tr("&Stage first seen"), self.stage, self.tr("Stage first seen")),
            (self.tr("Se&verity"), self.severity, self.tr("Severity")),
            (self.tr("A&ffected"), counts, ""),
            (self.tr("&Recommendation"), self.recommendation, self.tr("Recommendation")),
            (self.tr("&Owner"), self.owner, self.tr("Owner")),
        ):
            label = QLabel(text)
            label.setBuddy(self.affected if field is counts else field)
            form.addRow(label, field)
            if name:
                field.setAccessibleName(name)
        self.affected.setAccessibleName(self.tr("Participants affected"))
        self.observed.setAccessibleName(self.tr("Participants observed"))

        layout = metrics.page(QVBoxLayout(self))
        layout.addLayout(form)
        self.status_boxes: dict[str, QComboBox] = {}
        self.evidence_model: RowTableModel[Any] = RowTableModel(EVIDENCE_COLUMNS, self)
        if finding is not None:
            self._add_statuses(layout, finding)
            self._add_evidence(layout, finding)
        elif self._observation_ids:
            count = len(self._observation_ids)
            layout.addWidget(QLabel(
                self.tr("1 chosen observation becomes its evidence.") if count == 1 else
                self.tr("{0} chosen observations become its evidence.").format(count),
                objectName="hint", wordWrap=True))
        self.message = QLabel(objectName="hint", wordWrap=True)
        self.message.setAccessibleName(self.tr("Message"))
        layout.addWidget(self.message)
        key = shortcuts.label(shortcuts.FINDING_SAVE)
        self.save_button = QPushButton(self.tr("Save  [{0}]").format(key))
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        shortcuts.bind(self, shortcuts.FINDING_SAVE, self.save, window_wide=True)
        self._fill(finding, stage_id, task_key)
        self.title.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ---------------------------------------------------------------------------
    def _fill(self, finding: FindingRow | None, stage_id: uuid.UUID | None,
              task_key: str | None) -> None:
        if finding is None:
            choose(self.task, task_key, add_missing=True)
            if stage_id is not None:
                choose(self.stage, stage_id)
            else:  # a new finding is most often of the stage being tested now
                self.stage.setCurrentIndex(self.stage.count() - 1)
            count = len(self._observation_ids)
            self.observed.setValue(count)
            self.affected.setValue(count)
            choose(self.severity, 3)
            return
        self.title.setText(finding.title)
        self.description.setPlainText(finding.description)
        choose(self.task, finding.task_key, add_missing=True)
        self.stage.setCurrentIndex(self.stage.findText(finding.first_stage))
        self.stage.setEnabled(False)  # a finding keeps the stage it was first seen at
        self.stage.setToolTip(self.tr("A finding keeps the stage it was first seen at."))
        choose(self.severity, finding.severity)
        self.observed.setValue(finding.observed)
        self.affected.setValue(finding.affected)
        self.recommendation.setPlainText(finding.recommendation)
        owner = self.owner.findText(finding.owner) if finding.owner else 0
        self.owner.setCurrentIndex(max(owner, 0))

    def _add_statuses(self, layout: QVBoxLayout, finding: FindingRow) -> None:
        later = [s for s in self._choices.stages if s.position > finding.first_stage_position]
        heading = QLabel(self.tr("Status at each later stage"), objectName="heading")
        layout.addWidget(heading)
        if not later:
            layout.addWidget(QLabel(self.tr("No stage comes after the one it was first seen "
                                            "at yet."), objectName="hint", wordWrap=True))
            return
        recorded = {st.stage: st for st in finding.statuses}
        grid = QGridLayout()  # two stages a line: six stages still fit a 768-pixel screen
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        for number, stage in enumerate(later):
            box = QComboBox()
            box.setAccessibleName(self.tr("Status at {0}").format(stage.name))
            if stage.name not in recorded:
                box.addItem(self.tr("— not recorded"), _NOT_RECORDED)
            for status in STATUS_ORDER:
                box.addItem(status_word(status), status)
            if stage.name in recorded:
                choose(box, recorded[stage.name].status)
            label = QLabel(stage.name)
            label.setBuddy(box)
            line, column = divmod(number, 2)
            grid.addWidget(label, line, column * 2)
            grid.addWidget(box, line, column * 2 + 1)
            self.status_boxes[stage.name] = box
        layout.addLayout(grid)
        if finding.came_back:
            layout.addWidget(QLabel(self.tr(
                "▲ Came back: marked fixed, then seen again at a later stage."),
                objectName="warning", wordWrap=True))

    def _add_evidence(self, layout: QVBoxLayout, finding: FindingRow) -> None:
        count = len(finding.evidence)
        layout.addWidget(QLabel(
            self.tr("Evidence: no observation yet") if not count else
            self.tr("Evidence: {0} observation(s), by session time").format(count),
            objectName="heading"))
        self.evidence_model.set_rows(finding.evidence)
        table = list_table(self.evidence_model)
        table.setAccessibleName(self.tr("Evidence"))
        table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 4)
        layout.addWidget(table, 1)

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> bool:
        """Ctrl+S / Save: write the finding; the form closes once the database said yes."""
        db, finding = self._db, self._finding
        values: dict[str, Any] = dict(
            title=self.title.text(), description=self.description.toPlainText().strip(),
            severity=self.severity.currentData(), affected=self.affected.value(),
            observed=self.observed.value(), task_key=self.task.currentData() or "",
            recommendation=self.recommendation.toPlainText().strip(),
            owner_id=self.owner.currentData())
        if finding is None:
            product, stage, evidence = (self._choices.product_id, self.stage.currentText(),
                                        self._observation_ids)

            def write() -> FindingRow:
                return add_finding(db, product=product, first_stage=stage,
                                   observation_ids=evidence, **values)
        else:
            notes = {st.stage: st.note for st in finding.statuses}
            old = {st.stage: st.status for st in finding.statuses}
            changed = [(stage, box.currentData()) for stage, box in self.status_boxes.items()
                       if box.currentData() not in (_NOT_RECORDED, old.get(stage))]

            # "— nobody yet" chosen for a finding that had an owner: take them off it.
            clear = values["owner_id"] is None and finding.owner is not None

            def write() -> FindingRow:
                row = edit_finding(db, finding.id, clear_owner=clear, **values)
                for stage, status in changed:
                    row = set_finding_status(db, finding.id, stage=stage, status=status,
                                             note=notes.get(stage, ""))
                return row
        saved = CoreCall(self, write).inline(self.message, InvalidInput, NotFound).run()
        if saved is FAILED:
            return False
        self.saved_row = saved
        self.accept()
        return True


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box
