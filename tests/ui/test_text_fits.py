"""Text that used to be cut off or said twice: long city names, outcomes and notes in
Recorded results, a study title that already names its product, "Walk-in" for one thing."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from testlab import model as m
from testlab.services import sessions as svc
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.session import open_for_recording
from tests.ui.helpers import wait_listed
from tests.ui.lab_world import build_lab
from ui.sessions.session_record_dialog import SessionRecordDialog

PC = "LAB-PC-03"


def _fits(table: QTableView, row: int, column: int) -> bool:
    text = table.model().index(row, column).data()
    return table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(text) + 8


def test_long_city_names_are_not_cut(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    window.resize(1240, 660)
    section = window.section("centres")
    wait_listed(qtbot, window, "centres", 23)
    model, table = section.model, section.table
    city = [model.columns.index(c) for c in model.columns if c.title == "City"][0]
    model.ensure_fetched(22)
    long_ones = [r for r in range(23) if model.index(r, city).data().split(",")[0]
                 in ("Antananarivo", "Ouagadougou")]
    assert long_ones  # the demo network has them
    for row in long_ones:
        assert _fits(table, row, city), model.index(row, city).data()


def test_recorded_results_show_whole_outcomes_and_notes(qtbot, sqlite_db):
    lab = build_lab(sqlite_db)
    with sqlite_db.session_factory.begin() as s:  # a title naming its product, as in the demo
        s.get(m.Study, lab.study_id).title = "Self-care app — Beta round"
    svc.check_in(sqlite_db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    open_for_recording(sqlite_db, lab.session_id, PC)
    record_attempt(sqlite_db, lab.session_id, lab.task_ids[0], outcome="false_completion", seconds=95.4, rating=6,
                   errors=0, assists=0, notes="Thought the plan was changed", by=lab.staff_id, workstation=PC)
    record_attempt(sqlite_db, lab.session_id, lab.task_ids[1], outcome="success_assisted", seconds=50.0, rating=5,
                   errors=0, assists=1, notes="", by=lab.staff_id, workstation=PC)
    dialog = SessionRecordDialog(sqlite_db, lab.session_id, lab.staff_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    titles = [c.title for c in dialog.model.columns]
    outcome, notes = titles.index("Outcome"), titles.index("Notes")
    assert not table.isColumnHidden(notes)
    for row in range(2):
        assert _fits(table, row, outcome), dialog.model.index(row, outcome).data()
    assert _fits(table, 0, notes)
    # The product is named once: the study's title already says it.
    assert dialog.heading.text() == "P-MAD-0007 · Self-care app — Beta round"


def test_walk_in_is_the_one_word(qtbot, make_window, sqlite_db, settings_path):
    from tests.ui.helpers import sessions_view, set_this_pc

    lab = build_lab(sqlite_db)
    set_this_pc(settings_path, "MAD", lab.staff_id, PC)
    view = sessions_view(qtbot, make_window(sqlite_db))
    texts = [view.adhoc_button.text(), view.adhoc_action.text()]
    assert all("Walk-in" in text for text in texts)
    assert not any("Ad-hoc" in text for text in texts)
