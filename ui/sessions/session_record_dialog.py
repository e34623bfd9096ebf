"""A session's recorded results: attempts, observations and answers as they stand, with
their corrections, and Correct… for each.

Opened from Today's sessions (and the console's summary).  Staff correct an
attempt, an observation or the questionnaire's answers later without losing
anything: every correction keeps the previous values, who changed them, when and
why, shown in each tab's history.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from testlab.db.database import Database
from testlab.services.recording.answer_corrections import CORRECTABLE
from testlab.services.recording.review import (
    AttemptRow,
    SessionRecord,
    attempt_history,
    session_record,
)
from ui.common import labels, metrics, shortcuts
from ui.common.operations import FAILED, CoreCall
from ui.common.table_setup import list_table
from ui.findings.observations_pane import FindingActions
from ui.sessions.answers_correction_dialog import AnswersCorrectionDialog
from ui.sessions.attempt_correction_dialog import AttemptCorrectionDialog
from ui.sessions.observation_edit_dialog import ObservationEditDialog
from ui.sessions.record_panes import AnswersPane, ObservationsPane
from ui.sessions.session_record_model import AttemptsModel, HistoryModel

# In English; shown translated (self.tr): a module constant is made before the translators.
NO_STAFF = QT_TRANSLATE_NOOP(
    "SessionRecordDialog", "Corrections are signed by the member of staff at this PC, and none "
    "is set: choose who you are under Settings → This lab PC….")
ChooseStaff = Callable[[QWidget], uuid.UUID | None]


class SessionRecordDialog(QDialog):
    """Tabs of attempts, observations and answers, each with its history and Correct…
    (Enter, Ctrl+E: the current tab's); Alt+1, Alt+2, Alt+3 show the tabs.

    ``staff_id`` signs corrections; without one, ``choose_staff(parent)`` is asked
    (e.g. the lab settings dialog) and, failing that, the dialog says how to set it.
    """

    attempt_corrected = Signal(object)  # AttemptInfo after the correction
    observation_corrected = Signal(object)  # ObservationInfo after an edit, None if deleted
    answers_corrected = Signal(object)  # AnswersRecord after the correction

    def __init__(self, db: Database, session_id: uuid.UUID, staff_id: uuid.UUID | None,
                 parent: QWidget | None = None, *,
                 choose_staff: ChooseStaff | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recorded results"))
        metrics.fit_size(self, 1100, 640)
        self._db, self._session_id = db, session_id
        self.staff_id = staff_id
        self._choose_staff = choose_staff
        self.record: SessionRecord = session_record(db, session_id)
        zone = self.record.time_zone

        self.heading = QLabel(objectName="detailsTitle", wordWrap=True)
        self.subtitle = QLabel(objectName="detailsSubtitle", wordWrap=True)
        self.model = AttemptsModel(zone, self)
        self.table = list_table(self.model)
        self.table.setObjectName("attemptsTable")
        self.table.setAccessibleName(self.tr("Recorded attempts"))
        self.table.doubleClicked.connect(self.correct_selected)
        self.table.selectionModel().selectionChanged.connect(self._on_table_selection_changed)
        self.history_title = QLabel(objectName="heading", wordWrap=True)
        self.history_model = HistoryModel(zone, self)
        self.history = list_table(self.history_model)
        self.history.setObjectName("historyTable")
        self.history.setAccessibleName(self.tr("Corrections of the selected attempt"))
        history_pane = QWidget()
        history_layout = metrics.flush(QVBoxLayout(history_pane))
        history_layout.setSpacing(metrics.TIGHT_SPACING)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(history_pane)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.observations = ObservationsPane(db, session_id, zone)
        self.observations.table.doubleClicked.connect(self.edit_observation)
        # The selected observations can also become a finding's evidence (Ctrl+Shift+F).
        self.finding_actions = FindingActions(
            db, session_id, lambda: [row.id for row in self.observations.selected_rows()])
        self.observations.table.selectionModel().selectionChanged.connect(
            lambda *_: self.finding_actions.selection_changed())
        self.observations.layout().addWidget(self.finding_actions)
        self.answers = AnswersPane(db, session_id, zone)
        self.answers.table.doubleClicked.connect(self.correct_answers)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("What the session recorded"))
        for pane, title, tab_key in (
                (splitter, self.tr("Tasks"), shortcuts.RECORD_TASKS_TAB),
                (self.observations, self.tr("Observations"), shortcuts.RECORD_OBSERVATIONS_TAB),
                (self.answers, self.tr("Questionnaire"), shortcuts.RECORD_ANSWERS_TAB)):
            number = self.tabs.addTab(pane, f"{title}  [{shortcuts.label(tab_key)}]")
            shortcuts.bind(self, tab_key, lambda n=number: self.show_tab(n), window_wide=True)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        self.message = QLabel(objectName="hint", wordWrap=True)
        key = shortcuts.label(shortcuts.CORRECT_ATTEMPT)
        self.correct_button = QPushButton(self.tr("Correct…  [{0}]").format(key))
        self.correct_button.clicked.connect(self.correct_selected)
        self.edit_observation_button = QPushButton(
            self.tr("Edit observation…  [{0}]").format(key))
        self.edit_observation_button.clicked.connect(self.edit_observation)
        self.correct_answers_button = QPushButton(self.tr("Correct answers…  [{0}]").format(key))
        self.correct_answers_button.clicked.connect(self.correct_answers)
        self._tab_buttons = (self.correct_button, self.edit_observation_button,
                             self.correct_answers_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        for button in self._tab_buttons:
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = metrics.page(QVBoxLayout(self))
        layout.addWidget(self.heading)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        shortcuts.bind(self, shortcuts.CORRECT_ATTEMPT, self.correct_current, window_wide=True)
        shortcuts.bind(self, shortcuts.SHORTCUTS_HELP, self.show_shortcuts, window_wide=True)
        self.help_dialog: QDialog | None = None

        self._show_record(self.record)
        self.observations.reload()
        self.answers.reload()
        self._on_tabs_current_changed(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- data -----------------------------------------------------------------------------
    def _show_record(self, record: SessionRecord, select: uuid.UUID | None = None) -> None:
        self.record = record
        zone = record.time_zone
        who = record.participant_code or self.tr("No participant")
        self.setWindowTitle(self.tr("Recorded results · {0}").format(who))
        # A study's title often names its product already ("Online shop — Launch
        # candidate"): say the product only when the title does not.
        about = (record.study_title if record.product_name.casefold()
                 in record.study_title.casefold()
                 else f"{record.product_name} · {record.study_title}")
        self.heading.setText(f"{who} · {about}")
        status = labels.value(record.status)
        self.subtitle.setText(self.tr(
            "{0}, {1} (centre time) · {2} · {3} of {4} tasks recorded").format(
            record.centre_code, labels.moment(record.starts_at, zone), status,
            len(record.attempts), record.tasks_total))
        self.model.set_rows(record.attempts)
        if not record.attempts:
            self.message.setText(self.tr("Nothing has been recorded in this session yet."))
        row = self.model.find_row(lambda r: r.id == select) if select else 0
        if record.attempts:
            self.table.selectRow(max(row, 0))
        else:
            self._show_history(None)
        self.correct_button.setEnabled(bool(record.attempts))

    def selected_row(self) -> AttemptRow | None:
        """The attempt selected in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_history(self, row: AttemptRow | None) -> None:
        if row is None:
            self.history_title.setText(self.tr("History"))
            self.history_model.set_rows([])
            return
        found = CoreCall(self, lambda: attempt_history(self._db, row.id)).run()
        entries = [] if found is FAILED else found
        if entries:
            corrections = (self.tr("1 correction") if len(entries) == 1
                           else self.tr("{0} corrections").format(len(entries)))
            self.history_title.setText(self.tr(
                "History of “{0}”: {1}, newest first, with the values each one replaced")
                .format(row.task_title, corrections))
        else:
            who = row.changed_by_name or self.tr("unknown")
            self.history_title.setText(self.tr(
                "History of “{0}”: never corrected (recorded by {1}, {2})").format(
                row.task_title, who, labels.moment(row.changed_at, self.record.time_zone)))
        self.history_model.set_rows(entries)

    # -- actions --------------------------------------------------------------------------
    def show_tab(self, number: int) -> None:
        """Alt+1, Alt+2, Alt+3: show a tab and put the cursor in its table."""
        self.tabs.setCurrentIndex(number)
        table = (self.table, self.observations.table, self.answers.table)[number]
        table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def correct_current(self) -> bool:
        """Ctrl+E: the current tab's Correct….  True if something was corrected."""
        return bool(self._tab_buttons[self.tabs.currentIndex()].isEnabled() and (
            self.correct_selected, self.edit_observation,
            self.correct_answers)[self.tabs.currentIndex()]())

    def _signer(self) -> uuid.UUID | None:
        """The member of staff who signs corrections (asked for once if none is set)."""
        by = self.staff_id
        if by is None and self._choose_staff is not None:
            self.message.setText(self.tr(NO_STAFF))
            by = self.staff_id = self._choose_staff(self)
        self.message.setText("" if by else self.tr(NO_STAFF))
        return by

    def edit_observation(self) -> bool:
        """Edit observation…: correct or delete the observation at the cursor.  True if done."""
        row = self.observations.current_row()
        by = self._signer() if row is not None else None
        if row is None or by is None:
            return False
        dialog = ObservationEditDialog(self._db, row, by, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.observations.reload(select=None if dialog.deleted else row.id)
        self._on_tabs_current_changed(self.tabs.currentIndex())
        self.observation_corrected.emit(dialog.edited)
        return True

    def correct_answers(self) -> bool:
        """Correct answers…: the questionnaire's answers, all at once.  True if corrected."""
        record = self.answers.record
        by = self._signer() if record is not None else None
        if record is None or by is None:
            return False
        dialog = AnswersCorrectionDialog(self._db, self._session_id, record, by, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.corrected is None:
            return False
        self.answers.reload()
        self.answers_corrected.emit(dialog.corrected)
        return True

    def correct_selected(self) -> bool:
        """Enter / Ctrl+E / double-click: correct the selected attempt.  True if corrected."""
        row = self.selected_row()
        by = self._signer() if row is not None else None
        if row is None or by is None:
            return False
        dialog = AttemptCorrectionDialog(self._db, row, by, self)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.corrected is None:
            return False
        self.reload(select=row.id)
        self.attempt_corrected.emit(dialog.corrected)
        return True

    def show_shortcuts(self) -> QDialog:
        """F1: the keys of this dialog (generated from the shortcuts module)."""
        from ui.common.shortcuts_help import ShortcutsHelpDialog

        dialog = ShortcutsHelpDialog(("recorded_results",), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.help_dialog = dialog
        dialog.open()
        return dialog

    def reload(self, select: uuid.UUID | None = None) -> None:
        """Read the session's attempts again, keeping ``select`` (an attempt) selected."""
        CoreCall(self, lambda: session_record(self._db, self._session_id)) \
            .success(lambda record: self._show_record(record, select)).run()

    # -- slots ----------------------------------------------------------------------------
    def _on_tabs_current_changed(self, number: int) -> None:
        # Only the current tab's Correct… is shown, and it is what Enter presses.
        for index, button in enumerate(self._tab_buttons):
            button.setVisible(index == number)
            button.setDefault(index == number)
        self.edit_observation_button.setEnabled(self.observations.model.total_rows > 0)
        self.correct_answers_button.setEnabled(self.answers.record is not None and
                                               self.record.status in CORRECTABLE)

    def _on_table_selection_changed(self, _selected: QItemSelection,
                                    _deselected: QItemSelection) -> None:
        self._show_history(self.selected_row())
