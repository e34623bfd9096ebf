"""The Schedule's week page: a centre, a week, a room switch, and the painted grid.

The week is read off the GUI thread (a newer request drops an older answer); a
booking, a change or a drop calls the booking service and, when refused, shows
every reason at once.  The grid keeps the selection across a reload.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import BookingRefused, TestLabError
from testlab.services.schedule import booking as svc
from testlab.services.schedule.week import (
    BookingChoices,
    CentreWeek,
    WeekSession,
    booking_choices,
    busiest_centre,
    centre_week,
)
from ui.common import labels, metrics, shortcuts
from ui.common.background import TaskRunner
from ui.common.operations import FAILED, CoreCall
from ui.schedule.booking_dialog import BookingDialog
from ui.schedule.centre_switch import listed_centres, refill
from ui.schedule.week_canvas import STATUS_MARKS, STATUS_WORDS
from ui.schedule.week_grid import WeekGrid

ALL_ROOMS = ""


class WeekView(QWidget):
    """One centre's week, by day and room."""

    week_listed = Signal(int)  # sessions shown
    booking_refused = Signal(str)

    def __init__(self, db: Database, runner: TaskRunner, *, centre_code: str | None,
                 staff_id: uuid.UUID | None = None, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._runner, self._staff_id = db, runner, staff_id
        self.week: CentreWeek | None = None
        self.dialog: BookingDialog | None = None
        self._day = today
        self.centre = QComboBox()
        self.centre.setAccessibleName(self.tr("Centre"))
        self.room = QComboBox()
        self.room.setAccessibleName(self.tr("Rooms shown"))
        self.previous_button = QPushButton(self.tr("◀ Previous ({0})").format(
            shortcuts.label(shortcuts.PREVIOUS_WEEK)))
        self.today_button = QPushButton(self.tr("This week ({0})").format(
            shortcuts.label(shortcuts.THIS_WEEK)))
        self.next_button = QPushButton(self.tr("Next ▶ ({0})").format(
            shortcuts.label(shortcuts.NEXT_WEEK)))
        for button, name in ((self.previous_button, self.tr("Previous week")),
                             (self.today_button, self.tr("This week")),
                             (self.next_button, self.tr("Next week"))):
            button.setAccessibleName(name)
        self.title = QLabel(objectName="sectionTitle", wordWrap=True)
        self.message = QLabel(objectName="fieldError", wordWrap=True)
        self.message.hide()
        self.hint = QLabel(self.tr(
            "Arrow keys choose a slot; {0} books it or opens its session; {1} moves a "
            "session (arrows, then {0}); {2} cancels one. Shaded: closed.").format(
                shortcuts.label(shortcuts.SLOT_OPEN), shortcuts.label(shortcuts.MOVE_BLOCK),
                shortcuts.label(shortcuts.CANCEL_BOOKING)) + "  " + " · ".join(
                f"{mark}\u00a0{labels.word(STATUS_WORDS[status])}"
                for status, mark in STATUS_MARKS.items()), objectName="hint", wordWrap=True)
        self.grid = WeekGrid()
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.grid)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.verticalScrollBar().valueChanged.connect(lambda _v: self.grid.update())
        self.room.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        centre_label = QLabel(self.tr("Centre ({0}):").format(
            shortcuts.label(shortcuts.CHOOSE_CENTRE)))
        centre_label.setBuddy(self.centre)
        room_label = QLabel(self.tr("Rooms ({0}):").format(shortcuts.label(shortcuts.CHOOSE_ROOM)))
        room_label.setBuddy(self.room)
        # Where on the first line, which week on the second, its title beside the arrows:
        # one line of all seven was wider than a 1366 px window in French.
        bar = QHBoxLayout()
        for widget in (centre_label, self.centre, room_label, self.room):
            bar.addWidget(widget)
        bar.addStretch(1)
        week_bar = QHBoxLayout()
        week_bar.addWidget(self.title, 1)
        for widget in (self.previous_button, self.today_button, self.next_button):
            week_bar.addWidget(widget)
        layout = metrics.flush(QVBoxLayout(self))
        layout.addLayout(bar)
        layout.addLayout(week_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.hint)

        shortcuts.bind(self, shortcuts.PREVIOUS_WEEK, lambda: self.move_week(-7))
        shortcuts.bind(self, shortcuts.NEXT_WEEK, lambda: self.move_week(7))
        shortcuts.bind(self, shortcuts.THIS_WEEK, self.this_week)
        shortcuts.bind(self, shortcuts.CHOOSE_CENTRE, self.centre.setFocus)
        shortcuts.bind(self, shortcuts.CHOOSE_ROOM, self.room.setFocus)
        self.previous_button.clicked.connect(lambda: self.move_week(-7))
        self.next_button.clicked.connect(lambda: self.move_week(7))
        self.today_button.clicked.connect(self.this_week)
        self.grid.slot_activated.connect(self._on_grid_slot_activated)
        self.grid.session_activated.connect(self._on_grid_session_activated)
        self.grid.session_dropped.connect(self._on_grid_session_dropped)
        self.grid.cancel_requested.connect(self._on_grid_cancel_requested)
        self.grid.selection_moved.connect(self._on_grid_selection_moved)

        refill(self.centre, listed_centres(self, db), centre_code)
        if not centre_code and self.centre.count():
            # A PC without a centre of its own: open where the coming days are booked.
            busiest = CoreCall(self, lambda: busiest_centre(db)).run()
            if busiest is not FAILED and busiest:
                refill(self.centre, None, busiest)
        self.centre.currentIndexChanged.connect(self._on_centre_current_index_changed)
        self.room.currentIndexChanged.connect(self._on_room_current_index_changed)
        self.reload()

    # -- listing ------------------------------------------------------------------------
    @property
    def centre_code(self) -> str | None:
        data = self.centre.currentData()
        return str(data) if data else None

    def show_centre(self, centre_code: str | None, staff_id: uuid.UUID | None) -> None:
        """This PC's centre and facilitator changed (lab settings): show that centre's
        week, and book with that facilitator by default."""
        self._staff_id = staff_id
        if refill(self.centre, None, centre_code):
            self._day = None
            self.reload()

    def reload(self) -> None:
        """List the shown week again (off the GUI thread)."""
        code = self.centre_code
        if code is None:
            self.title.setText(self.tr("No centre yet: add one in Setup."))
            self.grid.hide()
            self.week_listed.emit(0)
            return
        wanted = self._day
        CoreCall(self, lambda: centre_week(self._db, code, wanted)) \
            .success(self.show_week).run_in_background(self._runner, "schedule.week")

    def show_week(self, week: CentreWeek) -> None:
        first = self.week is None or self.week.centre_code != week.centre_code
        if self._day is None:
            self._day = week.today
        self.week = week
        if first or tuple(self.room.itemData(i) for i in range(1, self.room.count())) \
                != week.rooms:
            self.room.blockSignals(True)
            self.room.clear()
            self.room.addItem(self.tr("All rooms"), ALL_ROOMS)
            for room in week.rooms:
                self.room.addItem(room, room)
            self.room.blockSignals(False)
        chosen = self.room.currentData()
        self.grid.show()
        self.grid.set_week(week, (chosen,) if chosen else week.rooms)
        end = week.monday + timedelta(days=6)
        self.title.setText(self.tr("{0} · week of {1} · {2} sessions · times in {3}").format(
            week.centre_name, labels.date_range(week.monday, end),
            len(week.sessions), week.time_zone))
        self.week_listed.emit(len(week.sessions))

    def move_week(self, days: int) -> None:
        base = self._day or (self.week.today if self.week else date.today())
        self._day = base + timedelta(days=days)
        self.reload()

    def this_week(self) -> None:
        self._day = None  # the centre's own today
        self.reload()

    # -- booking and changing -----------------------------------------------------------
    def _choices(self) -> BookingChoices | None:
        code = self.centre_code
        if code is None:
            return None
        found = CoreCall(self, lambda: booking_choices(self._db, code)).run()
        return None if found is FAILED else found

    def _open_dialog(self, start: datetime, room: str, session: WeekSession | None) -> None:
        if self.dialog is not None:  # one at a time
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        choices = self._choices()
        if choices is None or self.week is None:
            return
        dialog = BookingDialog(self._db, self.week.centre_code, self.week.time_zone, choices,
                               start=start, room=room or (choices.rooms[0] if choices.rooms
                                                          else ""),
                               session=session, staff_id=self._staff_id, parent=self)
        dialog.changed.connect(self.reload)
        dialog.finished.connect(self._on_dialog_finished)
        self.dialog = dialog
        dialog.open()
        dialog.activateWindow()

    def _on_dialog_finished(self, _result: int) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        self.grid.setFocus()

    def _on_grid_slot_activated(self, _day: date, room: str, start: datetime) -> None:
        self._open_dialog(start, room, None)

    def _on_grid_session_activated(self, session: WeekSession) -> None:
        self._open_dialog(session.local_start.replace(tzinfo=None), session.room_name or "",
                          session)

    def _show_refusal(self, error: TestLabError) -> None:
        problems = error.problems if isinstance(error, BookingRefused) else (error.message,)
        text = self.tr("Not moved:") + " " + "; ".join(problems)
        self.message.setText(text)
        self.message.show()
        self.booking_refused.emit(text)

    def _on_grid_session_dropped(self, session: WeekSession, room: str, start: datetime) -> None:
        assert self.week is not None
        wanted = svc.Booking(
            centre_code=self.week.centre_code, room_name=room, local_start=start,
            minutes=session.minutes, study_title=session.study_title,
            facilitator_email=session.facilitator_email or "",
            participant_code=session.participant_code, fold=None,
            outside_hours=session.outside_hours)
        self.message.hide()
        CoreCall(self, lambda: svc.reschedule(self._db, session.id, wanted)) \
            .failure(self._show_refusal).success(lambda _done: self.reload()).run()

    def _on_grid_cancel_requested(self, session: WeekSession) -> None:
        who = session.participant_code or self.tr("no participant")
        answer = QMessageBox.question(
            self, self.tr("Cancel the session"),
            self.tr("Cancel the session of {0} ({1}) at {2}?").format(
                who, session.study_title, session.local_start.strftime("%Y-%m-%d %H:%M")))
        if answer != QMessageBox.StandardButton.Yes:
            return
        CoreCall(self, lambda: svc.cancel(self._db, session.id)) \
            .failure(self._show_refusal).success(lambda _done: self.reload()).run()

    # -- slots --------------------------------------------------------------------------
    def _on_centre_current_index_changed(self, _index: int) -> None:
        self.message.hide()
        self.reload()

    def _on_grid_selection_moved(self, rect: QRectF) -> None:
        centre = rect.center()
        self.scroll.ensureVisible(int(centre.x()), int(centre.y()),
                                  int(rect.width()), int(rect.height() * 2))

    def _on_room_current_index_changed(self, _index: int) -> None:
        if self.week is not None:
            self.show_week(self.week)
