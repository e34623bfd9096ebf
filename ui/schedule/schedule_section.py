"""The Schedule section: three pages in tabs (Ctrl+PgDown / Ctrl+PgUp move between them).

The week opens on this PC's centre (the lab settings), the study page on the first
study, the pool on the same centre as the week; both follow when the lab settings name
another centre.  Each time the section is shown its pages list again: other PCs book too.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.common import metrics
from ui.context import AppContext
from ui.schedule.centre_switch import listed_centres, refill
from ui.schedule.pool_view import PoolView
from ui.schedule.study_view import StudyView
from ui.schedule.week_view import WeekView
from ui.settings.lab_settings import LabSettings, LabSettingsStore

KEY = "schedule"


class ScheduleSection(QWidget):
    """Week, Study and Participants pages of the schedule."""

    def __init__(self, context: AppContext, lab: LabSettingsStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scheduleSection")
        here = lab.current()
        db, tasks = context.db, context.tasks
        self._db = db
        self.week = WeekView(db, tasks, centre_code=here.centre_code, staff_id=here.staff_id)
        zones = []
        if self.week.week is not None:
            zones.append(self.week.week.time_zone)
        self.study = StudyView(db, tasks, zones=zones)
        self.pool = PoolView(db, tasks, centre_code=self.week.centre_code)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Schedule pages"))
        self.tabs.addTab(self.week, self.tr("Week"))
        self.tabs.addTab(self.study, self.tr("Study"))
        self.tabs.addTab(self.pool, self.tr("Participants"))
        metrics.page(QVBoxLayout(self)).addWidget(self.tabs)
        self._here = here.centre_code
        self._shown_once = False
        lab.changed.connect(self._on_lab_changed)

    def reload(self) -> None:
        """List every page again (after an import or a change elsewhere, or shown again),
        the centre switches too: one small query here, none per week or keystroke."""
        centres = listed_centres(self, self._db)
        refill(self.week.centre, centres)
        refill(self.pool.centre, centres)
        self.week.reload()
        self.study.reload()
        self.pool.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Shown again (not the first time: the pages listed when built): list afresh."""
        super().showEvent(event)
        if self._shown_once and not event.spontaneous():
            self.reload()
        self._shown_once = True

    def focus_search(self) -> None:
        """Ctrl+F: the pool's search box (on its page)."""
        self.tabs.setCurrentWidget(self.pool)
        self.pool.search.setFocus()

    def shortcut_scopes(self) -> tuple[str, ...]:
        """Which groups of ``shortcuts.HELP`` act on this section (for F1)."""
        return ("schedule",)

    def _on_lab_changed(self, lab: LabSettings) -> None:
        # Only a change of this PC's centre moves the pages: a user browsing another
        # centre's week keeps it when only the workstation name or facilitator changes.
        if lab.centre_code != self._here:
            self._here = lab.centre_code
            self.week.show_centre(lab.centre_code, lab.staff_id)
            self.pool.show_centre(self.week.centre_code)
        else:
            self.week.show_centre(None, lab.staff_id)
