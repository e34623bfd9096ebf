"""The observation field, always at hand: Enter keeps a note stamped with the session time.

Tags are typed as #hashtags in the note.  The list shows the session's notes,
newest first, with the time since the session started.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from testlab.errors import InvalidInput
from testlab.services.recording.attempts import format_duration
from testlab.services.recording.notes import ObservationInfo, add_observation, split_hashtags
from ui.common import shortcuts as keys
from ui.common.operations import FAILED, CoreCall
from ui.console.context import ConsoleContext
from ui.console.field_keys import FieldKeys
from ui.console.inline_label import InlineLabel


class ObservationsView(QFrame):
    """Note field and list; ``observation_added`` after a note is in the database."""

    observation_added = Signal(object)  # ObservationInfo

    def __init__(
        self,
        context: ConsoleContext,
        elapsed_seconds: Callable[[], float],
        current_task: Callable[[], uuid.UUID | None],
        on_escape: Callable[[], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, objectName="sidePanel")
        self._context = context
        self._elapsed_seconds = elapsed_seconds
        self._current_task = current_task
        self.field = QLineEdit(placeholderText=self.tr("Observation… #tag  [%1, Enter keeps it]")
                               .replace("%1", keys.label(keys.OBSERVE)))
        self.field.setAccessibleName(self.tr("New observation (#tags allowed)"))
        self.field.installEventFilter(FieldKeys(on_escape, self))
        self.field.returnPressed.connect(self._on_field_return_pressed)
        self.message = InlineLabel()
        self.field.textEdited.connect(self.message.clear)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Observations of this session, newest first"))
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("&Observations  [%1]").replace("%1", keys.label(keys.OBSERVE)),
                       objectName="sectionTitle", wordWrap=True)  # its key is never cut
        title.setBuddy(self.field)
        layout.addWidget(title)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(self.tr("%1 returns to the page").replace(
            "%1", keys.label(keys.BACK_TO_PAGE)), objectName="hint", wordWrap=True))

    def show_observations(self, observations: Iterable[ObservationInfo]) -> None:
        """Fill the list (oldest given first; shown newest first)."""
        self.list.clear()
        for observation in observations:
            self._prepend(observation)

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _prepend(self, observation: ObservationInfo) -> None:
        stamp = format_duration(observation.elapsed_seconds)
        self.list.insertItem(0, f"{stamp}  {observation.text}")

    def _on_field_return_pressed(self) -> None:
        text, tags = split_hashtags(self.field.text())
        if not text:
            return
        context = self._context
        elapsed, task_id = self._elapsed_seconds(), self._current_task()
        info = CoreCall(self, lambda: add_observation(
            context.db, context.session_id, elapsed_seconds=elapsed, text=text, tags=tags,
            task_id=task_id, by=context.staff_id, workstation=context.workstation)) \
            .inline(self.message, InvalidInput).run_and_wait(context.writer)
        if info is FAILED:
            return
        self.message.clear()
        self.field.clear()
        self._prepend(info)
        self.observation_added.emit(info)
