"""Book a session, or open one to change, cancel, mark no-show or check in.

Every refusal of the booking service is listed at once, above the buttons, and the
dialog stays open with what was typed.  A start in the repeated autumn hour shows
the choice of which pass is meant; outside the opening hours needs the box ticked.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.errors import BookingRefused, TestLabError
from testlab.model.enums import SessionStatus
from testlab.services import sessions as sessions_svc
from testlab.services.schedule import booking as svc
from testlab.services.schedule.week import BookingChoices, WeekSession, repeated_hour
from ui.common import labels, metrics
from ui.common.operations import FAILED, CoreCall
from ui.schedule.week_canvas import MOVABLE, STATUS_WORDS

NO_PARTICIPANT = ""


class BookingDialog(QDialog):
    """A new booking (``session`` None) or an existing session to change."""

    changed = Signal()  # something was saved: the week is listed again

    def __init__(self, db: Database, centre_code: str, time_zone: str,
                 choices: BookingChoices, *, start: datetime, room: str,
                 session: WeekSession | None = None, staff_id: uuid.UUID | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._centre, self._zone = db, centre_code, time_zone
        self.session, self._staff_id = session, staff_id
        self.setWindowTitle(self.tr("Book a session at {0}").format(centre_code) if session is None
                            else self.tr("Session at {0}").format(centre_code))
        self.room = QComboBox()
        self.room.addItems(list(choices.rooms))
        self.room.setCurrentText(room)
        self.day = QDateEdit(QDate(start.year, start.month, start.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.start = QTimeEdit(QTime(start.hour, start.minute))
        self.start.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox(minimum=5, maximum=480, singleStep=15, value=60)
        self.minutes.setSuffix(self.tr(" min"))
        self.study = QComboBox()
        self.study.addItems(list(choices.studies))
        self.facilitator = QComboBox()
        for person in choices.facilitators:
            self.facilitator.addItem(f"{person.name} <{person.email}>", person.email)
        self.participant = QComboBox(editable=True)
        self.participant.addItem(self.tr("(none)"), NO_PARTICIPANT)
        for code in choices.participants:
            self.participant.addItem(code, code)
        self.outside_hours = QCheckBox(self.tr("Outside the opening hours, by arrangement"))
        self.fold = QComboBox()
        self.fold.addItem(self.tr("First pass (summer time)"), 0)
        self.fold.addItem(self.tr("Second pass (winter time)"), 1)
        self.fold_label = QLabel(self.tr("Repeated hour:"))
        self.fold_label.setBuddy(self.fold)
        self.problems = QLabel(objectName="fieldError", wordWrap=True)
        self.problems.setAccessibleName(self.tr("Why the booking was refused"))
        self.problems.hide()
        form = QFormLayout()
        for text, field, name in (
                (self.tr("Room:"), self.room, self.tr("Room")),
                (self.tr("Day:"), self.day, self.tr("Day (centre's local date)")),
                (self.tr("Start:"), self.start, self.tr("Start (centre's local time)")),
                (self.tr("Length:"), self.minutes, self.tr("Length in minutes")),
                (self.tr("Study:"), self.study, self.tr("Study")),
                (self.tr("Facilitator:"), self.facilitator, self.tr("Facilitator")),
                (self.tr("Participant:"), self.participant, self.tr("Participant code"))):
            field.setAccessibleName(name)
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, field)
        self.fold.setAccessibleName(self.tr("Which pass of the repeated hour"))
        self.outside_hours.setAccessibleName(self.tr("Outside the opening hours"))
        form.addRow(self.fold_label, self.fold)
        form.addRow("", self.outside_hours)
        zone_note = QLabel(self.tr("Times are {0} local time ({1}).").format(centre_code, time_zone),
                           objectName="hint")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.addButton(
            self.tr("Book") if session is None else self.tr("Save changes"),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        close = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(self.tr("Close"))
        close.setAutoDefault(False)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = metrics.pane(QVBoxLayout(self))
        layout.addWidget(zone_note)
        if session is not None:
            status = labels.word(STATUS_WORDS[session.status])
            if session.outside_hours:
                status += " · " + self.tr("booked outside the opening hours")
            self.status = QLabel(self.tr("Status: {0}").format(status), objectName="heading")
            layout.addWidget(self.status)
        layout.addLayout(form)
        self.actions_row = QHBoxLayout()
        self.cancel_session_button = QPushButton(self.tr("Cancel the session…"))
        self.no_show_button = QPushButton(self.tr("Mark no-show"))
        self.check_in_button = QPushButton(self.tr("Check in…"))
        if session is not None:
            self._fill(session)
            for button, slot in ((self.check_in_button, self._on_check_in_clicked),
                                 (self.no_show_button, self._on_no_show_clicked),
                                 (self.cancel_session_button, self._on_cancel_clicked)):
                button.clicked.connect(slot)
                button.setAutoDefault(False)
                self.actions_row.addWidget(button)
            self.actions_row.addStretch(1)
            layout.addLayout(self.actions_row)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        for field in (self.day, self.start):
            field.editingFinished.connect(self._show_fold)
        self.day.dateChanged.connect(self._show_fold)
        self.start.timeChanged.connect(self._show_fold)
        self._show_fold()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Return books (or saves) from any field: the button box hands "default" to its
        # first button when shown, so it is given back here.
        self.save_button.setDefault(True)
        self.room.setFocus()

    def _fill(self, session: WeekSession) -> None:
        local = session.local_start
        self.room.setCurrentText(session.room_name or "")
        self.day.setDate(QDate(local.year, local.month, local.day))
        self.start.setTime(QTime(local.hour, local.minute))
        self.minutes.setValue(session.minutes)
        self.study.setCurrentText(session.study_title)
        index = self.facilitator.findData(session.facilitator_email)
        if index >= 0:
            self.facilitator.setCurrentIndex(index)
        self.participant.setCurrentText(session.participant_code or self.tr("(none)"))
        self.outside_hours.setChecked(session.outside_hours)
        self.fold.setCurrentIndex(session.fold)
        editable = session.status in MOVABLE
        self.save_button.setEnabled(editable)
        self.cancel_session_button.setEnabled(editable)
        self.no_show_button.setEnabled(editable)
        self.check_in_button.setEnabled(session.status == SessionStatus.SCHEDULED
                                        and session.participant_code is not None)

    # -- what is asked ------------------------------------------------------------------
    def local_start(self) -> datetime:
        day, at = self.day.date(), self.start.time()
        return datetime(day.year(), day.month(), day.day(), at.hour(), at.minute())

    def _show_fold(self) -> None:
        shown = repeated_hour(self._zone, self.local_start())
        self.fold.setVisible(shown)
        self.fold_label.setVisible(shown)

    def booking(self) -> svc.Booking:
        participant = self.participant.currentText().strip()
        if participant in ("", self.tr("(none)")):
            participant = NO_PARTICIPANT
        return svc.Booking(
            centre_code=self._centre, room_name=self.room.currentText(),
            local_start=self.local_start(), minutes=self.minutes.value(),
            study_title=self.study.currentText(),
            facilitator_email=str(self.facilitator.currentData() or ""),
            participant_code=participant or None,
            fold=(self.fold.currentData() if repeated_hour(self._zone, self.local_start())
                  else None),
            outside_hours=self.outside_hours.isChecked(),
        )

    def show_problems(self, error: TestLabError) -> None:
        problems = error.problems if isinstance(error, BookingRefused) else (error.message,)
        self.problems.setText(self.tr("Not saved:") + "\n• " + "\n• ".join(problems))
        self.problems.show()

    # -- slots --------------------------------------------------------------------------
    def save(self) -> None:
        wanted = self.booking()
        session = self.session
        call = (lambda: svc.book(self._db, wanted)) if session is None else \
            (lambda: svc.reschedule(self._db, session.id, wanted))
        if CoreCall(self, call).failure(self.show_problems).run() is not FAILED:
            self.changed.emit()
            self.accept()

    def _status_change(self, call: object) -> None:
        assert callable(call)
        if CoreCall(self, call).failure(self.show_problems).run() is not FAILED:
            self.changed.emit()
            self.accept()

    def _on_cancel_clicked(self) -> None:
        assert self.session is not None
        session_id = self.session.id
        if QMessageBox.question(self, self.tr("Cancel the session"),
                                self.tr("Cancel this session? It stays in calendars as "
                                        "cancelled.")) != QMessageBox.StandardButton.Yes:
            return
        self._status_change(lambda: svc.cancel(self._db, session_id))

    def _on_no_show_clicked(self) -> None:
        assert self.session is not None
        session_id = self.session.id
        self._status_change(lambda: svc.mark_no_show(self._db, session_id))

    def _on_check_in_clicked(self) -> None:
        assert self.session is not None
        session_id, by = self.session.id, self._staff_id
        if QMessageBox.question(self, self.tr("Check in"),
                                self.tr("Has the participant given consent (what may be "
                                        "recorded included)?")) != QMessageBox.StandardButton.Yes:
            return
        self._status_change(lambda: sessions_svc.check_in(
            self._db, session_id, consent_confirmed=True, by=by))
