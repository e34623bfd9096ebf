"""Correcting a recorded attempt later: by keyboard, values checked where typed, the previous
values and who changed them kept and shown in the history."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database
from testlab.services import sessions as svc
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.review import session_record
from testlab.services.recording.session import complete_session, open_for_recording
from tests.ui.helpers import sessions_view, set_this_pc
from tests.ui.lab_world import Lab, build_lab
from ui.sessions.attempt_correction_dialog import AttemptCorrectionDialog
from ui.sessions.session_record_dialog import NO_STAFF, SessionRecordDialog

PC = "LAB-PC-03"


@pytest.fixture
def lab(sqlite_db: Database) -> Lab:
    """A completed session: task 1 success in 95.4 s (ease 6), task 2 gave up, task 3 skipped."""
    world = build_lab(sqlite_db)
    svc.check_in(sqlite_db, world.session_id, consent_confirmed=True, by=world.staff_id)
    open_for_recording(sqlite_db, world.session_id, PC)
    for task, values in zip(world.task_ids, (("success", 95.4, 6, 0, 0, "found it"),
                                             ("gave_up", 200.0, 2, 3, 1, ""),
                                             ("skipped", None, None, 0, 0, "")), strict=True):
        outcome, seconds, rating, errors, assists, notes = values
        record_attempt(sqlite_db, world.session_id, task, outcome=outcome, seconds=seconds,
                       rating=rating, errors=errors, assists=assists, notes=notes,
                       by=world.staff_id, workstation=PC)
    complete_session(sqlite_db, world.session_id, workstation=PC)
    return world


def _attempts(db: Database) -> dict:
    with db.session_factory() as s:
        return {a.task_id: (a.outcome, a.seconds, a.rating, a.errors, a.assists, a.notes,
                            len(a.revisions))
                for a in s.scalars(select(m.TaskAttempt))}


def _revisions(db: Database) -> list[m.AttemptRevision]:
    with db.session_factory() as s:
        return list(s.scalars(select(m.AttemptRevision)))


def _record_dialog(qtbot, db, lab, staff_id, **kwargs) -> SessionRecordDialog:
    dialog = SessionRecordDialog(db, lab.session_id, staff_id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_record_dialog_lists_the_attempts_in_task_order(qtbot, sqlite_db, lab):
    dialog = _record_dialog(qtbot, sqlite_db, lab, lab.staff_id)
    model = dialog.model
    assert model.rowCount() == 3
    cells = [[model.index(r, c).data() for c in range(6)] for r in range(3)]
    assert cells[0] == ["1. Find a mobile plan", "Success", "1:35", "6", "0", "0"]
    assert cells[1][1:6] == ["Gave up", "3:20", "2", "3", "1"]
    assert cells[2][1:4] == ["Skipped", "–", "–"]
    assert model.index(0, 7).data().startswith("Lucía Pérez · ")
    assert "never corrected" in dialog.history_title.text()
    assert "P-MAD-0007" in dialog.heading.text() and "3 of 3" in dialog.subtitle.text()


def test_correct_an_attempt_by_keyboard(qtbot, sqlite_db, lab):
    before = _attempts(sqlite_db)
    dialog = _record_dialog(qtbot, sqlite_db, lab, lab.other_staff_id)
    typed: list[AttemptCorrectionDialog] = []

    def type_correction() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, AttemptCorrectionDialog)
        typed.append(editor)
        try:
            # The time has the cursor, selected: typing replaces it.
            qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.time, timeout=3000)
            qtbot.keyClicks(editor.time, "2:05")
            qtbot.keyClick(editor.time, Qt.Key.Key_Tab)
            qtbot.keyClicks(QApplication.focusWidget(), "7")  # ease: 6 → 7
            for _ in range(4):  # errors, assists, notes, reason
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is editor.reason
            qtbot.keyClicks(editor.reason, "Checked against the screen recording")
            qtbot.keyClick(editor.reason, Qt.Key.Key_Return)
        finally:
            if editor.isVisible():  # never leave a modal dialog open behind a failure
                editor.reject()

    QTimer.singleShot(0, type_correction)
    with qtbot.waitSignal(dialog.attempt_corrected):
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter on the first attempt
    assert typed and typed[0].result() == AttemptCorrectionDialog.DialogCode.Accepted

    after = _attempts(sqlite_db)
    first = lab.task_ids[0]
    assert after[first] == (m.Outcome.SUCCESS, 125.0, 7, 0, 0, "found it", 1)
    assert {k: v for k, v in after.items() if k != first} \
        == {k: v for k, v in before.items() if k != first}
    [revision] = _revisions(sqlite_db)
    assert revision.changed_by_id == lab.other_staff_id
    assert revision.reason == "Checked against the screen recording"
    assert revision.previous["seconds"] == 95.4 and revision.previous["rating"] == 6
    assert revision.previous["outcome"] == "success"
    assert revision.previous["recorded_by_id"] == str(lab.staff_id)
    # The table and the history show the change at once.
    assert dialog.model.index(0, 2).data() == "2:05"
    assert dialog.model.index(0, 7).data().startswith("Omar Haddad · ")
    assert "(corrected)" in dialog.model.index(0, 7).data()
    assert dialog.history_model.rowCount() == 1
    row = [dialog.history_model.index(0, c).data() for c in range(8)]
    assert row[1:8] == ["Omar Haddad", "Checked against the screen recording", "Success",
                        "1:35", "6", "0", "0"]


@pytest.mark.parametrize("field, text, words", [
    ("time", "0:00", "more than 0:00"),
    ("time", "1:75", "not a time"),
    ("time", "", "only a skipped task"),
    ("ease", "9", "from 1 to 7"),
    ("ease", "0", "from 1 to 7"),
    ("errors", "-1", "whole number from 0"),
    ("assists", "2.5", "whole number from 0"),
    ("errors", "10001", "whole number from 0"),
])
def test_out_of_range_values_are_refused_where_typed(qtbot, sqlite_db, lab, field, text,
                                                     words):
    row = session_record(sqlite_db, lab.session_id).attempts[0]
    dialog = AttemptCorrectionDialog(sqlite_db, row, lab.staff_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = _attempts(sqlite_db)
    editor = getattr(dialog, field)
    editor.setFocus()
    editor.selectAll()
    if text:
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    message = dialog._fields[field].error
    assert message.isVisible() and words in message.text()  # as it is typed
    dialog.reason.setText("a reason")
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.corrected is None
    assert dialog.focusWidget() is editor  # the cursor goes back to the wrong value
    assert _attempts(sqlite_db) == before and _revisions(sqlite_db) == []


def test_a_reason_is_required_and_a_skipped_task_needs_no_time(qtbot, sqlite_db, lab):
    row = session_record(sqlite_db, lab.session_id).attempts[2]  # skipped, no time
    dialog = AttemptCorrectionDialog(sqlite_db, row, lab.staff_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ease.setText("4")
    dialog.accept()
    assert "Say why" in dialog._fields["reason"].error.text() and dialog.corrected is None
    assert _revisions(sqlite_db) == []
    dialog.reason.setText("The participant rated it after all")
    dialog.accept()
    assert dialog.corrected is not None and dialog.corrected.rating == 4
    assert dialog.corrected.seconds is None


def test_an_unchanged_time_keeps_its_tenths_and_nothing_changed_is_said(qtbot, sqlite_db, lab):
    row = session_record(sqlite_db, lab.session_id).attempts[0]  # 95.4 s shown as 1:35
    dialog = AttemptCorrectionDialog(sqlite_db, row, lab.staff_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setText("looked again")
    dialog.accept()
    assert "changes nothing" in dialog.message.text() and dialog.isVisible()
    dialog.errors.setText("1")
    dialog.accept()
    assert dialog.corrected is not None
    assert (dialog.corrected.seconds, dialog.corrected.errors) == (95.4, 1)


def test_without_a_staff_member_it_asks_to_set_one_first(qtbot, sqlite_db, lab):
    dialog = _record_dialog(qtbot, sqlite_db, lab, None)
    assert dialog.correct_selected() is False
    assert dialog.message.text() == NO_STAFF and _revisions(sqlite_db) == []
    asked: list = []
    chooser = _record_dialog(qtbot, sqlite_db, lab, None,
                             choose_staff=lambda parent: asked.append(parent))
    assert chooser.correct_selected() is False and asked == [chooser]


def test_sessions_section_opens_the_recorded_results(qtbot, make_window, sqlite_db, lab,
                                                     settings_path):
    set_this_pc(settings_path, "MAD", lab.staff_id, PC)
    window = make_window(sqlite_db)
    view = sessions_view(qtbot, window)
    row = next(i for i in range(view.model.rowCount()) if view.model.index(i, 1).data()
               == lab.participant_code)
    view.table.selectRow(row)
    assert view.results_button.isEnabled() and not view.start_button.isEnabled()
    qtbot.mouseClick(view.results_button, Qt.MouseButton.LeftButton)
    dialog = window.section("sessions").record_dialog
    assert isinstance(dialog, SessionRecordDialog) and dialog.isVisible()
    assert dialog.staff_id == lab.staff_id and dialog.model.rowCount() == 3
    dialog.close()
    qtbot.waitUntil(lambda: window.section("sessions").record_dialog is None)


def test_a_correction_made_meanwhile_elsewhere_is_shown_and_nothing_is_lost(
        qtbot, sqlite_db, lab):
    from testlab.services.recording.attempts import correct_attempt

    row = session_record(sqlite_db, lab.session_id).attempts[0]
    editor = AttemptCorrectionDialog(sqlite_db, row, lab.staff_id)
    qtbot.addWidget(editor)
    editor.show()
    # While this dialog is open, a colleague on another PC corrects the same attempt.
    correct_attempt(sqlite_db, row.id, by=lab.other_staff_id, reason="video", rating=3)
    editor.ease.setText("7")
    editor.reason.setText("typo")
    editor.accept()
    assert editor.message.isVisibleTo(editor)
    text = editor.message.text()
    assert "Omar Haddad corrected this attempt meanwhile" in text and "rating: 6 → 3" in text
    assert editor.result() != editor.DialogCode.Accepted
    assert _attempts(sqlite_db)[row.attempt.task_id][2] == 3  # the colleague's value stays
    assert len(_revisions(sqlite_db)) == 1


@pytest.mark.parametrize("letter, field", [
    (Qt.Key.Key_O, "outcome"), (Qt.Key.Key_T, "time"), (Qt.Key.Key_E, "ease"),
    (Qt.Key.Key_R, "errors"), (Qt.Key.Key_A, "assists"), (Qt.Key.Key_N, "notes"),
    (Qt.Key.Key_S, "reason")])
def test_alt_mnemonics_reach_their_fields(qtbot, sqlite_db, lab, letter, field):
    from testlab.services.recording.review import session_record as record

    row = record(sqlite_db, lab.session_id).attempts[0]
    dialog = AttemptCorrectionDialog(sqlite_db, row, lab.other_staff_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.time.hasFocus(), timeout=3000)
    editor = getattr(dialog, field)
    assert dialog.field_labels[field].buddy() is editor
    qtbot.keyClick(dialog.time, letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.hasFocus(), timeout=3000)
    if field == "reason":  # the reason typed lands in Reason, not in Ease
        qtbot.keyClicks(editor, "typo")
        assert dialog.reason.text() == "typo" and dialog.ease.text() == "6"
