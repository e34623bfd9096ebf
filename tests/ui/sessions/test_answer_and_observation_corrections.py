"""Correcting a completed session's questionnaire answers and observations from its recorded
results, by keyboard: values checked where typed, refusals shown, history kept and shown."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from testlab import model as m
from testlab.db.database import Database
from testlab.services import sessions as svc
from testlab.services.recording.answer_corrections import answers_record, correct_answers
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.notes import add_observation
from testlab.services.recording.observation_corrections import edit_observation
from testlab.services.recording.questionnaire import answer_questionnaire
from testlab.services.recording.session import complete_session, open_for_recording
from tests.ui.lab_world import Lab, build_lab
from ui.sessions.answers_correction_dialog import AnswersCorrectionDialog
from ui.sessions.observation_edit_dialog import ObservationEditDialog
from ui.sessions.session_record_dialog import SessionRecordDialog

PC = "LAB-PC-03"


@pytest.fixture
def lab(sqlite_db: Database) -> Lab:
    """A completed session: one attempt, SUS 1–3 answered, recommend 9, two observations."""
    world = build_lab(sqlite_db)
    svc.check_in(sqlite_db, world.session_id, consent_confirmed=True, by=world.staff_id)
    open_for_recording(sqlite_db, world.session_id, PC)
    record_attempt(sqlite_db, world.session_id, world.task_ids[0], outcome="success",
                   seconds=95.4, rating=6, errors=0, assists=0, notes="", by=world.staff_id,
                   workstation=PC)
    for item, value in (("sus_1", 4), ("sus_2", 2), ("sus_3", 5), ("recommend", 9)):
        answer_questionnaire(sqlite_db, world.session_id, item, value, workstation=PC)
    add_observation(sqlite_db, world.session_id, elapsed_seconds=30.0,
                    text="Looks for the plans under Help", tags=["navigation"],
                    task_id=world.task_ids[0], by=world.staff_id, workstation=PC)
    add_observation(sqlite_db, world.session_id, elapsed_seconds=80.0, text="Noted by mistake",
                    tags=[], task_id=None, by=world.staff_id, workstation=PC)
    complete_session(sqlite_db, world.session_id, workstation=PC)
    return world


def _dialog(qtbot: QtBot, db: Database, lab: Lab) -> SessionRecordDialog:
    dialog = SessionRecordDialog(db, lab.session_id, lab.other_staff_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _in_modal(qtbot: QtBot, kind: type[QDialog], steps: Callable[[QDialog], None],
              seen: list[QDialog]) -> None:
    """Run ``steps`` on the modal dialog of ``kind`` once it shows; never leave it open."""

    def act() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, kind)
        seen.append(editor)
        try:
            steps(editor)
        finally:
            if editor.isVisible():
                editor.reject()

    QTimer.singleShot(0, act)


def _observations(db: Database) -> list[tuple[str, list[str]]]:
    with db.session_factory() as s:
        return [(o.text, list(o.tags)) for o in s.scalars(
            select(m.Observation).order_by(m.Observation.elapsed_seconds))]


def _focus(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=3000)


def test_the_tabs_show_observations_and_answers_with_their_keys(qtbot, sqlite_db, lab):
    dialog = _dialog(qtbot, sqlite_db, lab)
    assert [dialog.tabs.tabText(i) for i in range(3)] == [
        "Tasks  [Alt+1]", "Observations  [Alt+2]", "Questionnaire  [Alt+3]"]
    assert dialog.correct_button.isVisible() and not dialog.correct_answers_button.isVisible()
    qtbot.keyClick(dialog.table, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 1
    _focus(qtbot, dialog.observations.table)
    assert dialog.edit_observation_button.isVisible()
    assert dialog.edit_observation_button.text() == "Edit observation…  [Ctrl+E]"
    model = dialog.observations.model
    assert [model.index(r, 2).data() for r in range(model.rowCount())] == [
        "Looks for the plans under Help", "Noted by mistake"]
    assert model.index(0, 3).data() == "#navigation" and model.index(0, 0).data() == "0:30"
    qtbot.keyClick(dialog.observations.table, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentIndex() == 2
    assert dialog.correct_answers_button.isVisible()
    assert dialog.correct_answers_button.text() == "Correct answers…  [Ctrl+E]"
    answers = dialog.answers.model
    assert answers.rowCount() == 13
    assert [answers.index(r, 2).data() for r in (0, 1, 2, 3, 10)] == ["4", "2", "5", "–", "9"]
    assert "never corrected" in dialog.answers.history_title.text()


def test_correct_the_answers_by_keyboard(qtbot, sqlite_db, lab):
    dialog = _dialog(qtbot, sqlite_db, lab)
    qtbot.keyClick(dialog.table, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    seen: list[QDialog] = []

    def type_correction(editor: QDialog) -> None:
        assert isinstance(editor, AnswersCorrectionDialog)
        _focus(qtbot, editor.inputs["sus_1"])
        qtbot.keyClick(editor.inputs["sus_1"], Qt.Key.Key_Tab)  # SUS 1 stays 4
        _focus(qtbot, editor.inputs["sus_2"])
        qtbot.keyClick(editor.inputs["sus_2"], Qt.Key.Key_End)
        qtbot.keyClicks(editor.inputs["sus_2"], "9")  # "29"
        assert editor.errors["sus_2"].isVisibleTo(editor)  # "29": out of range, said
        assert "SUS 2 is a whole number from 1 to 5" in editor.errors["sus_2"].text()
        editor.inputs["sus_2"].selectAll()
        qtbot.keyClicks(editor.inputs["sus_2"], "1")
        assert not editor.errors["sus_2"].isVisibleTo(editor)
        editor.inputs["recommend"].setFocus()
        editor.inputs["recommend"].selectAll()
        qtbot.keyClicks(editor.inputs["recommend"], "6")
        qtbot.keyClick(editor.inputs["recommend"], Qt.Key.Key_Return)  # no reason yet
        assert "Say why" in editor.reason_field.error.text()
        _focus(qtbot, editor.reason)
        qtbot.keyClicks(editor.reason, "Read again from the paper form")
        qtbot.keyClick(editor.reason, Qt.Key.Key_Return)

    _in_modal(qtbot, AnswersCorrectionDialog, type_correction, seen)
    with qtbot.waitSignal(dialog.answers_corrected):
        qtbot.keyClick(dialog.answers.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    stored = answers_record(sqlite_db, lab.session_id)
    assert (stored.answers.sus[:3], stored.answers.recommend) == ((4, 1, 5), 6)
    assert dialog.answers.model.index(1, 2).data() == "1"
    history = dialog.answers.history_model
    assert history.rowCount() == 1
    assert history.index(0, 1).data() == "Omar Haddad"
    assert history.index(0, 2).data() == "Read again from the paper form"
    assert history.index(0, 3).data() in ("SUS 2: 2 → 1; Recommend (0–10): 9 → 6",
                                          "Recommend (0–10): 9 → 6; SUS 2: 2 → 1")


def test_answers_corrected_meanwhile_are_refused_in_the_dialog(qtbot, sqlite_db, lab):
    record = answers_record(sqlite_db, lab.session_id)
    editor = AnswersCorrectionDialog(sqlite_db, lab.session_id, record, lab.staff_id)
    qtbot.addWidget(editor)
    editor.show()
    correct_answers(sqlite_db, lab.session_id, by=lab.other_staff_id, reason="paper form",
                    answers={"recommend": 10})
    editor.inputs["recommend"].setText("7")
    editor.reason.setText("mine")
    editor.accept()
    assert editor.message.isVisibleTo(editor)
    assert "Omar Haddad corrected these answers meanwhile" in editor.message.text()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert answers_record(sqlite_db, lab.session_id).answers.recommend == 10


def test_edit_then_delete_an_observation_by_keyboard(qtbot, sqlite_db, lab):
    dialog = _dialog(qtbot, sqlite_db, lab)
    qtbot.keyClick(dialog.table, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    _focus(qtbot, dialog.observations.table)
    seen: list[QDialog] = []

    def edit(editor: QDialog) -> None:
        assert isinstance(editor, ObservationEditDialog)
        _focus(qtbot, editor.text)
        editor.text.selectAll()
        qtbot.keyClicks(editor.text, "Looks for the plans under Help, then Shop")
        qtbot.keyClick(editor.text, Qt.Key.Key_Tab)
        _focus(qtbot, editor.tags)
        editor.tags.selectAll()
        qtbot.keyClicks(editor.tags, "navigation, #Menu")
        qtbot.keyClick(editor.tags, Qt.Key.Key_Tab)
        _focus(qtbot, editor.reason)
        qtbot.keyClicks(editor.reason, "completed from the video")
        qtbot.keyClick(editor.reason, Qt.Key.Key_Return)

    _in_modal(qtbot, ObservationEditDialog, edit, seen)
    with qtbot.waitSignal(dialog.observation_corrected):
        qtbot.keyClick(dialog.observations.table, Qt.Key.Key_Return)  # Enter: the default
    assert seen[-1].result() == QDialog.DialogCode.Accepted
    assert _observations(sqlite_db) == [
        ("Looks for the plans under Help, then Shop", ["navigation", "menu"]),
        ("Noted by mistake", [])]

    # The second one: delete it (Alt+D), a reason asked first.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    _focus(qtbot, dialog.observations.table)
    qtbot.keyClick(dialog.observations.table, Qt.Key.Key_Down)

    def delete(editor: QDialog) -> None:
        assert isinstance(editor, ObservationEditDialog)
        _focus(qtbot, editor.text)
        assert editor.text.toPlainText() == "Noted by mistake"
        qtbot.keyClick(editor.text, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        # A button's Alt key clicks it after its brief pressed look.
        qtbot.waitUntil(lambda: "Say why the observation is deleted"
                        in editor._fields["reason"].error.text(), timeout=3000)
        _focus(qtbot, editor.reason)
        qtbot.keyClicks(editor.reason, "wrong session")
        qtbot.keyClick(editor.reason, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: not editor.isVisible(), timeout=3000)

    _in_modal(qtbot, ObservationEditDialog, delete, seen)
    with qtbot.waitSignal(dialog.observation_corrected):
        qtbot.keyClick(dialog.observations.table, Qt.Key.Key_E,
                       Qt.KeyboardModifier.ControlModifier)
    assert seen[-1].result() == QDialog.DialogCode.Accepted
    assert [text for text, _ in _observations(sqlite_db)] == [
        "Looks for the plans under Help, then Shop"]
    history = dialog.observations.history_model
    assert history.rowCount() == 2
    assert [history.index(r, 2).data() for r in range(2)] == ["deleted", "edited"]
    assert [history.index(r, 4).data() for r in range(2)] == [
        "Noted by mistake", "Looks for the plans under Help"]
    assert dialog.observations.model.rowCount() == 1


def test_an_observation_edited_meanwhile_is_refused_in_the_dialog(qtbot, sqlite_db, lab):
    dialog = _dialog(qtbot, sqlite_db, lab)
    row = dialog.observations.model.row_at(0)
    editor = ObservationEditDialog(sqlite_db, row, lab.staff_id)
    qtbot.addWidget(editor)
    editor.show()
    edit_observation(sqlite_db, row.id, by=lab.other_staff_id, reason="typo",
                     text="Theirs")
    editor.text.setPlainText("Mine")
    editor.reason.setText("mine")
    editor.accept()
    assert "Omar Haddad corrected this observation meanwhile" in editor.message.text()
    assert editor.result() != QDialog.DialogCode.Accepted
    assert _observations(sqlite_db)[0][0] == "Theirs"


def test_a_session_without_observations_or_answers(qtbot, sqlite_db):
    world = build_lab(sqlite_db)
    dialog = SessionRecordDialog(sqlite_db, world.session_id, world.staff_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_tab(1)
    assert dialog.observations.model.rowCount() == 0
    assert not dialog.edit_observation_button.isEnabled()
    assert dialog.edit_observation() is False
    dialog.show_tab(2)
    assert not dialog.correct_answers_button.isEnabled()  # scheduled: nothing to correct
    assert dialog.correct_current() is False


def test_every_control_has_a_name_on_every_tab_and_dialog(qtbot, sqlite_db, lab):
    from tests.ui.accessibility import nameless

    dialog = _dialog(qtbot, sqlite_db, lab)
    problems = {}
    for number in range(3):
        dialog.show_tab(number)
        problems[number] = nameless(dialog)
    record = answers_record(sqlite_db, lab.session_id)
    answers = AnswersCorrectionDialog(sqlite_db, lab.session_id, record, lab.staff_id)
    observation = ObservationEditDialog(sqlite_db, dialog.observations.model.row_at(0),
                                        lab.staff_id)
    for editor in (answers, observation):
        qtbot.addWidget(editor)
        editor.show()
    assert (problems, nameless(answers), nameless(observation)) == (
        {0: [], 1: [], 2: []}, [], [])


@pytest.mark.parametrize("count", [1, 3, 10_000])
def test_observations_tab_with_one_unicode_or_ten_thousand_notes(qtbot, sqlite_db, count):
    """Degenerate data: one note, Arabic/Polish/Romanian notes, 10,000 notes (paged)."""
    import uuid as _uuid

    from sqlalchemy import insert

    from tests.ui.degenerate import NAMES, many_names
    from ui.common.table_model import PAGE_SIZE

    world = build_lab(sqlite_db)
    svc.check_in(sqlite_db, world.session_id, consent_confirmed=True, by=world.staff_id)
    texts = {1: ["Only one"], 3: list(NAMES), 10_000: many_names()}[count]
    with sqlite_db.engine.begin() as connection:
        connection.execute(insert(m.Observation), [
            {"id": _uuid.uuid4(), "session_id": world.session_id, "elapsed_seconds": float(i),
             "text": text, "tags": ["łódź"] if i % 2 else []} for i, text in enumerate(texts)])
    dialog = SessionRecordDialog(sqlite_db, world.session_id, world.other_staff_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_tab(1)
    model = dialog.observations.model
    assert model.total_rows == count
    assert model.rowCount() == min(count, PAGE_SIZE)
    assert model.index(0, 2).data() == texts[0]
    if count == 3:
        assert [model.index(r, 2).data() for r in range(3)] == list(NAMES)
        assert model.index(1, 3).data() == "#łódź"
    # The last note can be corrected like any other.
    last = model.total_rows - 1
    dialog.observations.select_line(last)
    row = dialog.observations.current_row()
    assert row is not None and row.observation.text == texts[-1]
    edited = edit_observation(sqlite_db, row.id, by=world.staff_id, reason="ok",
                              text=texts[-1] + " ✓", version=row.observation.version)
    dialog.observations.reload(select=edited.id)
    assert dialog.observations.current_row().observation.text == texts[-1] + " ✓"
