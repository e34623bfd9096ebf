"""The Schedule's study page: every session of one study across centres, and each centre's progress.

Times are shown in the viewer's zone (this PC's, or a centre's chosen from the list)
with the centre's local time beside it; the progress table puts the planned sample
beside the sessions booked and completed.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimeZone, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from testlab.clock import utc_now
from testlab.db.database import Database
from testlab.services.schedule.week import (
    CentreProgress,
    StudyOverview,
    StudySession,
    current_study,
    study_overview,
    study_titles,
)
from ui.common import labels, metrics
from ui.common.background import TaskRunner
from ui.common.operations import FAILED, CoreCall
from ui.common.table_model import Column, RowTableModel
from ui.common.table_setup import list_table
from ui.schedule.week_grid import STATUS_WORDS

FALLBACK_ZONE = "UTC"

SESSION_COLUMNS: tuple[Column[StudySession], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Your time"), lambda r: r.viewer_start.strftime("%Y-%m-%d %H:%M"),
           sample="2027-03-28 14:30"),
    Column(QT_TRANSLATE_NOOP("Columns", "Centre"), lambda r: r.centre_code, sample="MAD"),
    Column(QT_TRANSLATE_NOOP("Columns", "Centre's time"), lambda r: r.local_start.strftime("%Y-%m-%d %H:%M %Z"),
           sample="2027-03-28 14:30 CEST"),
    Column(QT_TRANSLATE_NOOP("Columns", "Room"), lambda r: r.room_name or "", sample="Living-room lab"),
    Column(QT_TRANSLATE_NOOP("Columns", "Minutes"), lambda r: str(r.minutes), numeric=True, sample="480"),
    Column(QT_TRANSLATE_NOOP("Columns", "Status"), lambda r: labels.word(STATUS_WORDS[r.status]), sample="Checked in"),
    Column(QT_TRANSLATE_NOOP("Columns", "Participant"), lambda r: r.participant_code or "", sample="P-MAD-0042"),
    Column(QT_TRANSLATE_NOOP("Columns", "Facilitator"), lambda r: r.facilitator_email or "", stretch=True,
           tooltip=lambda r: r.facilitator_email or ""),
)
PROGRESS_COLUMNS: tuple[Column[CentreProgress], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Centre"), lambda r: r.centre_code, sample="MAD"),
    Column(QT_TRANSLATE_NOOP("Columns", "Planned"), lambda r: str(r.planned), numeric=True, sample="Planned"),
    Column(QT_TRANSLATE_NOOP("Columns", "Booked"), lambda r: str(r.booked), numeric=True, sample="Booked"),
    Column(QT_TRANSLATE_NOOP("Columns", "Completed"), lambda r: str(r.completed), numeric=True, sample="Completed"),
)


def system_zone() -> str:
    """This PC's IANA zone, or UTC when the system does not say."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode() or FALLBACK_ZONE
    return name if "/" in name or name == FALLBACK_ZONE else FALLBACK_ZONE


class StudyView(QWidget):
    """One study's sessions in the viewer's time, and planned against booked against completed."""

    study_listed = Signal(int)

    def __init__(self, db: Database, runner: TaskRunner, *, zones: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner = db, runner
        self.overview: StudyOverview | None = None
        self.study = QComboBox()
        self.study.setAccessibleName(self.tr("Study"))
        self.zone = QComboBox()
        self.zone.setAccessibleName(self.tr("Your time zone"))
        for name in dict.fromkeys([system_zone(), *(zones or []), FALLBACK_ZONE]):
            self.zone.addItem(name, name)
        study_label = QLabel(self.tr("Study:"))
        study_label.setBuddy(self.study)
        zone_label = QLabel(self.tr("Shown in:"))
        zone_label.setBuddy(self.zone)
        self.sessions_model: RowTableModel[StudySession] = RowTableModel(SESSION_COLUMNS, self)
        self.sessions_table = list_table(self.sessions_model, self)
        self.sessions_table.setAccessibleName(self.tr("The study's sessions"))
        self.progress_model: RowTableModel[CentreProgress] = RowTableModel(PROGRESS_COLUMNS, self)
        self.progress_table = list_table(self.progress_model, self)
        self.progress_table.setAccessibleName(self.tr("Planned, booked and completed by centre"))
        self.progress_table.setMinimumWidth(340)
        self.summary = QLabel(objectName="hint", wordWrap=True)
        bar = QHBoxLayout()
        for widget in (study_label, self.study, zone_label, self.zone):
            bar.addWidget(widget)
        bar.addStretch(1)
        tables = QHBoxLayout()
        tables.addWidget(self.sessions_table, 3)
        tables.addWidget(self.progress_table, 1)
        layout = metrics.flush(QVBoxLayout(self))
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addLayout(tables, 1)
        found = CoreCall(self, lambda: (study_titles(db), current_study(db))).run()
        if found is not FAILED:
            titles, running = found
            self.study.addItems(titles)
            if running:
                self.study.setCurrentIndex(max(self.study.findText(running), 0))
        self.study.currentIndexChanged.connect(lambda _i: self.reload())
        self.zone.currentIndexChanged.connect(lambda _i: self.reload())
        self.reload()

    def reload(self) -> None:
        title, zone = self.study.currentText(), str(self.zone.currentData() or FALLBACK_ZONE)
        if not title:
            self.summary.setText(self.tr("No study yet: add one in Setup."))
            self.sessions_model.set_rows([])
            self.progress_model.set_rows([])
            self.study_listed.emit(0)
            return
        CoreCall(self, lambda: study_overview(self._db, title, zone)) \
            .success(self.show_overview).run_in_background(self._runner, "schedule.study")

    def show_overview(self, overview: StudyOverview) -> None:
        first = self.overview is None or self.overview.title != overview.title
        self.overview = overview
        self.sessions_model.set_rows(overview.sessions)
        if first:
            # A study newly shown opens at today: its next sessions, the past above.
            now = utc_now()
            coming = next((row for row, s in enumerate(overview.sessions)
                           if s.viewer_start + timedelta(minutes=s.minutes) >= now), None)
            if coming is not None:
                table = self.sessions_table
                table.doItemsLayout()  # the new rows' geometry, or there is nothing to scroll
                table.scrollTo(self.sessions_model.index(coming, 0),
                               QAbstractItemView.ScrollHint.PositionAtTop)
        self.progress_model.set_rows(overview.progress)
        planned = sum(p.planned for p in overview.progress)
        booked = sum(p.booked for p in overview.progress)
        completed = sum(p.completed for p in overview.progress)
        self.summary.setText(self.tr(
            "{0}: {1} sessions in {2} centres; planned {3}, booked {4}, completed {5}. "
            "Your time is {6}.").format(overview.title, len(overview.sessions),
                                        len(overview.progress), planned, booked, completed,
                                        overview.viewer_zone))
        self.study_listed.emit(len(overview.sessions))
