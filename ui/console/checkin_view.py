"""The check-in page: who the participant is, what they consented to, and a required
"Consent confirmed" box.  Nothing is recorded before this page is passed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from testlab.errors import InvalidInput, TestLabError
from testlab.services import sessions as svc
from testlab.services.recording.session import SessionInfo
from ui.common.error_dialog import show_error
from ui.console import shortcuts as keys
from ui.console import style
from ui.console.context import ConsoleContext


class CheckInView(QWidget):
    """Emits ``checked_in`` once the service accepted the confirmed consent."""

    checked_in = Signal()

    def __init__(self, context: ConsoleContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._title = QLabel(objectName="taskTitle")
        self._form = QFormLayout()
        self._form.setVerticalSpacing(style.SPACING)
        self.consent = QCheckBox()
        self.consent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.message = QLabel(objectName="inline")
        button = QPushButton(f"Check in and start  [{keys.label(keys.CHECK_IN)}]",
                             objectName="primary")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(style.TOUCH_HEIGHT)
        button.clicked.connect(self.check_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(style.MARGIN * 2, style.MARGIN, style.MARGIN * 2, style.MARGIN)
        layout.setSpacing(style.SPACING * 2)
        layout.addWidget(self._title)
        layout.addLayout(self._form)
        layout.addWidget(self.consent)
        layout.addWidget(QLabel(f"{keys.label(keys.CONFIRM_CONSENT)} ticks the box",
                                objectName="hint"))
        layout.addWidget(self.message)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        keys.bind(self, keys.CONFIRM_CONSENT, self.consent.toggle)
        keys.bind(self, keys.CHECK_IN, self.check_in)

    def show_session(self, info: SessionInfo) -> None:
        """Fill the page from the session's details."""
        self._title.setText(f"Check in {info.participant_code or 'the participant'}")
        while self._form.rowCount():
            self._form.removeRow(0)
        profile = ", ".join(v for v in (info.age_band, info.segment,
                                        f"digital skill {info.digital_skill}"
                                        if info.digital_skill else None,
                                        "existing customer" if info.existing_customer else None)
                            if v) or "not given"
        scope = ", ".join(info.consent_scope) or "notes only (no recording)"
        rows = (
            ("Study", f"{info.product_name} · {info.stage_name} · {info.study_title}"),
            ("Participant", info.participant_code or "–"),
            ("Profile", profile),
            ("Consent form", info.consent_version or "–"),
            ("May be recorded", scope),
            ("Conditions", ", ".join(info.conditions) or "–"),
            ("Room", info.room_name or "–"),
            ("Facilitator", info.facilitator_name or "–"),
        )
        for name, value in rows:
            field = QLabel(value, objectName="value", wordWrap=True)
            self._form.addRow(QLabel(name, objectName="hint"), field)
        form = f"consent form {info.consent_version}" if info.consent_version else "the consent form"
        self.consent.setText(f"Consent confirmed: the participant has signed {form}\n"
                             f"and agrees to: {scope}.")
        self.consent.setChecked(False)
        self.message.clear()
        self.setFocus()

    def check_in(self) -> None:
        """Enter: refuse without the ticked box, otherwise check in through the service."""
        try:
            svc.check_in(self._context.db, self._context.session_id,
                         consent_confirmed=self.consent.isChecked(), by=self._context.staff_id)
        except InvalidInput as error:
            self.message.setText(error.message)
            return
        except TestLabError as error:
            show_error(self, error)
            return
        self.checked_in.emit()
