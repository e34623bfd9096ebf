"""The Schedule's participant pool: a centre's participants by code and profile, each one's
history of studies, adding one with consent, and erasing contact details on request.

Contact details are shown here and nowhere else in the window.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.model.enums import AgeBand, DigitalSkill, Segment
from testlab.services.participants import (
    PoolEntry,
    StudyVisit,
    erase_contact,
    history,
    search_pool,
)
from testlab.services.schedule.week import suggested_participant_code
from ui.common import labels, metrics, shortcuts
from ui.common.background import TaskRunner
from ui.common.operations import FAILED, CoreCall
from ui.common.table_model import Column, RowTableModel
from ui.common.table_setup import list_table
from ui.schedule.centre_switch import listed_centres, refill
from ui.schedule.participant_dialog import ParticipantDialog
from ui.schedule.week_grid import STATUS_WORDS

POOL_LIMIT = 500  # a search narrows a bigger pool


def _consent(entry: PoolEntry) -> str:
    if entry.consent_date is None:
        return ""
    return f"{entry.consent_date.isoformat()} v{entry.consent_version or '?'}"


def _contact(entry: PoolEntry) -> str:
    if entry.erased_at is not None and entry.full_name is None:
        return f"(erased {entry.erased_at:%Y-%m-%d})"
    return " · ".join(x for x in (entry.full_name, entry.phone, entry.email) if x)


POOL_COLUMNS: tuple[Column[PoolEntry], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Code"), lambda r: r.code, sample="P-MAD-0042"),
    Column(QT_TRANSLATE_NOOP("Columns", "Age"), lambda r: r.age_band.value if r.age_band else "", sample="65+"),
    Column(QT_TRANSLATE_NOOP("Columns", "Segment"), lambda r: labels.value(r.segment),
           sample="petites entreprises"),  # the longest, in French
    Column(QT_TRANSLATE_NOOP("Columns", "Skill"), lambda r: labels.value(r.digital_skill),
           sample="moyenne"),
    Column(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: labels.value("yes" if r.existing_customer else "no"), sample="Customer"),
    Column(QT_TRANSLATE_NOOP("Columns", "Consent"), _consent, sample="2026-11-30 v2026-11-a"),
    Column(QT_TRANSLATE_NOOP("Columns", "Contact"), _contact, stretch=True, tooltip=_contact),
)
HISTORY_COLUMNS: tuple[Column[StudyVisit], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "When (UTC)"), lambda r: r.starts_at.strftime("%Y-%m-%d %H:%M"),
           sample="2026-11-30 14:30"),
    Column(QT_TRANSLATE_NOOP("Columns", "Study"), lambda r: r.study_title, stretch=True),
    Column(QT_TRANSLATE_NOOP("Columns", "Product"), lambda r: r.product_name, sample="Self-care app"),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: labels.word(STATUS_WORDS[r.status]), sample="Checked in"),
)


class PoolView(QWidget):
    """One centre's participants; select one to see their studies."""

    pool_listed = Signal(int)
    history_listed = Signal(int)

    def __init__(self, db: Database, runner: TaskRunner, *, centre_code: str | None,
                 today_text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self.dialog: ParticipantDialog | None = None
        self.centre = QComboBox()
        self.centre.setAccessibleName(self.tr("Centre of the pool"))
        refill(self.centre, listed_centres(self, db), centre_code)
        self.search = QLineEdit(placeholderText=self.tr("Code contains…"))
        self.search.setAccessibleName(self.tr("Search participants by code"))
        self.age_band = self._filter(self.tr("Any age"), [a.value for a in AgeBand],
                                     self.tr("Age band"))
        self.segment = self._filter(self.tr("Any segment"), [s.value for s in Segment],
                                    self.tr("Customer segment"))
        self.skill = self._filter(self.tr("Any skill"), [d.value for d in DigitalSkill],
                                  self.tr("Digital skill"))
        self.add_button = QPushButton(self.tr("Add participant… ({0})").format(
            shortcuts.label(shortcuts.ADD_PARTICIPANT)))
        self.add_button.setAccessibleName(self.tr("Add participant"))
        self.erase_button = QPushButton(self.tr("Erase contact details… ({0})").format(
            shortcuts.label(shortcuts.ERASE_CONTACT)))
        self.erase_button.setAccessibleName(self.tr("Erase contact details"))
        self.pool_model: RowTableModel[PoolEntry] = RowTableModel(POOL_COLUMNS, self)
        self.pool_table = list_table(self.pool_model, self)
        self.pool_table.setAccessibleName(self.tr("Participants"))
        self.history_model: RowTableModel[StudyVisit] = RowTableModel(HISTORY_COLUMNS, self)
        self.history_table = list_table(self.history_model, self)
        self.history_table.setAccessibleName(self.tr("The participant's studies"))
        self.message = QLabel(objectName="hint", wordWrap=True)
        bar = QHBoxLayout()
        centre_label = QLabel(self.tr("Centre:"))
        centre_label.setBuddy(self.centre)
        for widget in (centre_label, self.centre, self.search, self.age_band, self.segment,
                       self.skill):
            bar.addWidget(widget)
        bar.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.erase_button)
        actions.addWidget(self.message, 1)
        split = QSplitter()
        split.addWidget(self.pool_table)
        history_pane = QWidget()
        history_layout = metrics.flush(QVBoxLayout(history_pane))
        history_title = QLabel(self.tr("Studies of the selected participant:"))
        history_title.setBuddy(self.history_table)
        history_layout.addWidget(history_title)
        history_layout.addWidget(self.history_table)
        split.addWidget(history_pane)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = metrics.flush(QVBoxLayout(self))
        layout.addLayout(bar)
        layout.addLayout(actions)
        layout.addWidget(split, 1)
        shortcuts.bind(self, shortcuts.ADD_PARTICIPANT, self.add_participant)
        shortcuts.bind(self, shortcuts.ERASE_CONTACT, self.erase_selected)
        self.add_button.clicked.connect(self.add_participant)
        self.erase_button.clicked.connect(self.erase_selected)
        self.search.textChanged.connect(lambda _t: self.reload())
        for box in (self.centre, self.age_band, self.segment, self.skill):
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.pool_table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self._list_history())
        self._today_text = today_text
        self.reload()

    def _filter(self, anything: str, values: list[str], name: str) -> QComboBox:
        box = QComboBox()
        box.setAccessibleName(name)
        box.addItem(anything, None)
        for value in values:
            box.addItem(labels.value(value), value)
        return box

    @property
    def centre_code(self) -> str | None:
        data = self.centre.currentData()
        return str(data) if data else None

    def show_centre(self, centre_code: str | None) -> None:
        """Show ``centre_code``'s pool (this PC's centre changed)."""
        if refill(self.centre, None, centre_code):
            self.reload()

    def reload(self) -> None:
        """List the pool again (off the GUI thread)."""
        code = self.centre_code
        if code is None:
            self.pool_model.set_rows([])
            self.message.setText(self.tr("No centre yet: add one in Setup."))
            self.pool_listed.emit(0)
            return
        text = self.search.text()
        age, segment, skill = (self.age_band.currentData(), self.segment.currentData(),
                               self.skill.currentData())
        CoreCall(self, lambda: search_pool(
            self._db, code, code=text, age_band=AgeBand(age) if age else None,
            segment=Segment(segment) if segment else None,
            digital_skill=DigitalSkill(skill) if skill else None, limit=POOL_LIMIT)) \
            .success(self._show_pool).run_in_background(self._runner, "schedule.pool")

    def _show_pool(self, entries: list[PoolEntry]) -> None:
        self.pool_model.set_rows(entries)
        self.history_model.set_rows([])
        if len(entries) >= POOL_LIMIT:
            self.message.setText(self.tr("The first {0} participants by code are shown: "
                                         "narrow the search.").format(len(entries)))
        else:
            self.message.setText(self.tr("{0} participants shown.").format(len(entries)))
        self.pool_listed.emit(len(entries))

    def selected(self) -> PoolEntry | None:
        index = self.pool_table.currentIndex()
        return self.pool_model.row_at(index.row()) if index.isValid() else None

    def _list_history(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        CoreCall(self, lambda: history(self._db, entry.code)) \
            .success(self._show_history).run_in_background(self._runner, "schedule.history")

    def _show_history(self, visits: list[StudyVisit]) -> None:
        self.history_model.set_rows(visits)
        self.history_listed.emit(len(visits))

    def add_participant(self) -> None:
        code = self.centre_code
        if code is None:
            return
        suggested = CoreCall(self, lambda: suggested_participant_code(self._db, code)).run()
        if suggested is FAILED:
            return
        from datetime import date

        dialog = ParticipantDialog(self._db, code, code=suggested, today=date.today(),
                                   parent=self)
        dialog.added.connect(lambda entry: self._on_added(entry))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()

    def _on_added(self, entry: PoolEntry) -> None:
        self.message.setText(self.tr("{0} added.").format(entry.code))
        for box in (self.age_band, self.segment, self.skill):  # so the new one shows
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.search.setText(entry.code)
        if self.search.text() == entry.code:
            self.reload()

    def erase_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            self.message.setText(self.tr("Select a participant first."))
            return
        answer = QMessageBox.question(
            self, self.tr("Erase contact details"),
            self.tr("Erase the name, phone and e-mail of {0}? Their results stay, anonymous; "
                    "this cannot be undone.").format(entry.code))
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = CoreCall(self, lambda: erase_contact(self._db, entry.code)) \
            .inline(self.message.setText).run()
        if done is not FAILED:
            self.message.setText(self.tr("Contact details of {0} erased.").format(entry.code))
            self.reload()
