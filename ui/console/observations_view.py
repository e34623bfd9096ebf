"""The observation field, always at hand: Enter keeps a note stamped with the session time.

Tags are typed as #hashtags in the note.  The list shows the session's notes,
newest first, with the time since the session started.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from testlab.errors import InvalidInput, TestLabError
from testlab.services.recording.attempts import format_duration
from testlab.services.recording.notes import ObservationInfo, add_observation, split_hashtags
from ui.common.error_dialog import show_error
from ui.console import shortcuts as keys
from ui.console.context import ConsoleContext


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
        self.field = QLineEdit(
            placeholderText=f"Observation… #tag  [{keys.label(keys.OBSERVE)}, Enter keeps it]")
        self.field.installEventFilter(keys.FieldKeys(on_escape, self))
        self.field.returnPressed.connect(self._on_field_return_pressed)
        self.message = QLabel(objectName="inline", wordWrap=True)
        self.list = QListWidget()
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Observations  [{keys.label(keys.OBSERVE)}]",
                                objectName="sectionTitle"))
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addWidget(QLabel(f"{keys.label(keys.BACK_TO_PAGE)} returns to the task",
                                objectName="hint"))

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
        try:
            info = add_observation(
                self._context.db, self._context.session_id,
                elapsed_seconds=self._elapsed_seconds(), text=text, tags=tags,
                task_id=self._current_task(), by=self._context.staff_id,
                workstation=self._context.workstation)
        except InvalidInput as error:
            self.message.setText(error.message)
            return
        except TestLabError as error:
            show_error(self, error)
            return
        self.message.clear()
        self.field.clear()
        self._prepend(info)
        self.observation_added.emit(info)
