"""The check-in page: who the participant is, what they consented to, and a required
"Consent confirmed" box.  Nothing is recorded before this page is passed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from testlab.errors import InvalidInput
from testlab.services import sessions as svc
from testlab.services.recording.session import SessionInfo
from ui.common import shortcuts as keys
from ui.common.operations import FAILED, CoreCall
from ui.console import style
from ui.console.context import ConsoleContext
from ui.console.inline_label import InlineLabel
from ui.console.wording import study_label


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
        self.consent = QCheckBox(self.tr("Consent confirmed"))
        # What is confirmed, wrapped under the box (a check box's own text cannot wrap, and
        # at 200% it would make the page wider than the screen).
        self.consent_terms = QLabel(objectName="value", wordWrap=True)
        self.consent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.consent.setAccessibleName(self.tr("Consent confirmed"))
        # Ticking the box takes away the refusal it answers: no error stays once fixed.
        self.consent.toggled.connect(self._on_consent_toggled)
        self.message = InlineLabel()
        button = QPushButton(self.tr("Check in and start  [%1]").replace(
            "%1", keys.label(keys.CHECK_IN)), objectName="primary")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.setMinimumHeight(style.TOUCH_HEIGHT)
        button.clicked.connect(self.check_in)
        # In a scroll area: at 200% the details would make the window taller than the screen.
        body = QWidget(objectName="scrollBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(style.MARGIN * 2, style.MARGIN, style.MARGIN * 2, style.MARGIN)
        layout.setSpacing(style.SPACING * 2)
        layout.addWidget(self._title)
        layout.addLayout(self._form)
        layout.addWidget(self.consent)
        layout.addWidget(self.consent_terms)
        layout.addWidget(QLabel(self.tr("%1 ticks the box").replace(
            "%1", keys.label(keys.CONFIRM_CONSENT)), objectName="hint"))
        layout.addWidget(self.message)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroller.setWidget(body)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroller)
        keys.bind(self, keys.CONFIRM_CONSENT, self.consent.toggle)
        keys.bind(self, keys.CHECK_IN, self.check_in)

    def show_session(self, info: SessionInfo) -> None:
        """Fill the page from the session's details."""
        self._title.setText(self.tr("Check in %1").replace(
            "%1", info.participant_code or self.tr("the participant")))
        while self._form.rowCount():
            self._form.removeRow(0)
        profile = ", ".join(v for v in (info.age_band, info.segment,
                                        f"digital skill {info.digital_skill}"
                                        if info.digital_skill else None,
                                        "existing customer" if info.existing_customer else None)
                            if v) or self.tr("not given")
        scope = ", ".join(info.consent_scope) or self.tr("notes only (no recording)")
        rows = (
            (self.tr("Study"), study_label(info.product_name, info.stage_name,
                                           info.study_title)),
            (self.tr("Participant"), info.participant_code or "–"),
            (self.tr("Profile"), profile),
            (self.tr("Consent form"), info.consent_version or "–"),
            (self.tr("May be recorded"), scope),
            (self.tr("Conditions"), ", ".join(info.conditions) or "–"),
            (self.tr("Room"), info.room_name or "–"),
            (self.tr("Facilitator"), info.facilitator_name or "–"),
        )
        for name, value in rows:
            field = QLabel(value, objectName="value", wordWrap=True)
            self._form.addRow(QLabel(name, objectName="hint"), field)
        form = (self.tr("consent form %1").replace("%1", info.consent_version)
                if info.consent_version else self.tr("the consent form"))
        self.consent_terms.setText(self.tr("The participant has signed %1 and agrees to: %2.")
                                   .replace("%1", form).replace("%2", scope))
        self.consent.setAccessibleDescription(self.consent_terms.text())
        self.consent.setChecked(False)
        self.message.clear()
        self.setFocus()

    def _on_consent_toggled(self, checked: bool) -> None:
        if checked:
            self.message.clear()

    def check_in(self) -> None:
        """Enter: refuse without the ticked box, otherwise check in through the service."""
        context, confirmed = self._context, self.consent.isChecked()
        done = CoreCall(self, lambda: svc.check_in(
            context.db, context.session_id, consent_confirmed=confirmed, by=context.staff_id)) \
            .inline(self.message, InvalidInput).run_and_wait(context.writer)
        if done is FAILED:
            return
        self.checked_in.emit()
