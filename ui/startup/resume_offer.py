"""After a crash: at the next start, offer to resume the sessions this PC still holds.

Scheduled by ``ui.app.main`` with ``QTimer.singleShot`` once the window shows,
never on the start-up path; the services and the console are imported only
then.  Nothing is lost either way: every entry is already in the database, and
a declined session stays listed under Today's sessions with a Resume banner.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ui.common.i18n import translate
from ui.common.operations import FAILED, CoreCall
from ui.context import AppContext
from ui.main_window import MainWindow

SESSIONS_SECTION = "sessions"


def describe(rows: Sequence[Any]) -> str:
    """One line per held session: participant, study, local start time and progress."""
    return "\n".join(
        translate("ResumeOffer", "• {0} · {1} · {2} ({3}) · {4} of {5} tasks recorded").format(
            row.participant_code or translate("ResumeOffer", "No participant"), row.study_title,
            f"{row.local_start:%Y-%m-%d %H:%M}", row.centre_code, row.tasks_done,
            row.tasks_total)
        for row in rows)


def ask_resume(parent: QWidget | None, rows: Sequence[Any]) -> bool:
    """Ask whether to reopen the held sessions in the console (tests replace this)."""
    one = len(rows) == 1
    answer = QMessageBox.question(
        parent,
        translate("ResumeOffer", "Resume a session?"),
        (translate("ResumeOffer", "A session was still open on this PC when TestLab stopped:") if one else
         translate("ResumeOffer", "{0} sessions were still open on this PC when TestLab stopped:").format(len(rows)))
        + f"\n\n{describe(rows)}\n\n"
        + (translate("ResumeOffer", "Everything entered is kept. Resume it where it stopped?") if one
           else translate("ResumeOffer", "Everything entered is kept. Resume them where they stopped?")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


class ResumeOffer(QObject):
    """Looks for sessions held by this PC's workstation name and reopens them on Yes."""

    consoles_opened = Signal(list)  # the ConsoleWindows opened
    declined = Signal()

    def __init__(self, window: MainWindow, context: AppContext) -> None:
        super().__init__(window)
        self._window = window
        self._context = context
        self.consoles: list[Any] = []  # ConsoleWindow; kept here while they are open

    def offer_if_held(self) -> bool:
        """Ask, if this PC holds running sessions; True when their consoles were opened."""
        from testlab.services.sessions import holds_sessions, resumable_sessions
        from ui.settings.lab_settings import read_lab_settings

        lab = read_lab_settings(self._context.settings)
        db = self._context.db
        # The usual answer is "none": found with one cheap query, not a listing.
        rows = CoreCall(self._window, lambda: resumable_sessions(db, lab.workstation)
                        if holds_sessions(db, lab.workstation) else []).run()
        if rows is FAILED or not rows:
            return False
        if not ask_resume(self._window, rows):
            self.declined.emit()
            return False
        from ui.console import open_console

        opened = []
        for row in rows:
            console = open_console(self._context.db, row.id, lab.workstation, lab.staff_id)
            if console is None:  # refused (e.g. taken over meanwhile): already said why
                continue
            self.consoles.append(console)
            console.closed.connect(lambda c=console: self._on_console_closed(c))
            console.showMaximized()
            opened.append(console)
        if opened:
            self.consoles_opened.emit(opened)
        return bool(opened)

    def _on_console_closed(self, console: Any) -> None:
        if console in self.consoles:
            self.consoles.remove(console)
        if SESSIONS_SECTION in self._window.section_keys() \
                and self._window.is_section_built(SESSIONS_SECTION):
            reload = getattr(self._window.section(SESSIONS_SECTION), "reload", None)
            if callable(reload):
                reload()
