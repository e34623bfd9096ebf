"""The findings log on the demo database: sorting, filtering, the forms, export, keys,
names for screen readers, and bad input (one message, nothing changed)."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QPoint, Qt

from testlab.db.database import Database
from testlab.services.findings import list_findings
from testlab.services.findings_choices import finding_products
from tests.ui.accessibility import nameless
from tests.ui.common.test_shortcuts import clashes, page_keys, window_keys
from tests.ui.findings.modal import on_modal
from tests.ui.findings.test_findings_flow import (
    CTRL,
    PRODUCT,
    SHIFT,
    cell,
    listed,
    open_log,
    open_record,
    session_with_observations,
)
from ui.common.shortcuts_help import help_lines
from ui.findings.combo import choose
from ui.findings.finding_dialog import FindingDialog, new_finding
from ui.findings.findings_model import COLUMNS, STATUS_COLUMN
from ui.findings.status_dialog import StatusDialog

K = Qt.Key


def titles(view) -> list[str]:
    return [row.title for row in view.model.rows()]


def click_header(qtbot, view, column: int) -> None:
    header = view.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))


@pytest.fixture
def view(qtbot, demo_db, make_window):  # the window (and its tasks) go before the db
    return open_log(qtbot, make_window, demo_db, PRODUCT)


def test_the_log_shows_what_the_service_lists(view, demo_db: Database):
    expected = list_findings(demo_db, product=PRODUCT)
    assert [r.id for r in view.model.rows()] == [r.id for r in expected]
    assert [h for h in (view.model.headerData(n, Qt.Orientation.Horizontal)
                        for n in range(len(COLUMNS)))] == [
        "Severity", "Title", "Task", "First seen", "Affected", "Status", "Evidence", "Owner"]
    first = expected[0]
    assert cell(view, first.id, 0) == f"{first.severity} critical"
    assert view.model.data(view.model.index(0, 0), Qt.ItemDataRole.ToolTipRole) \
        == "1 critical: stops the task"
    assert cell(view, first.id, 4) == f"{first.affected} of {first.observed}"
    assert cell(view, first.id, 6) == str(len(first.evidence))
    assert view.details.finding.id == first.id  # the first row is selected, its details shown
    assert "Recommendation" in view.details.body.text()


def test_sorting_by_header_clicks(qtbot, view):
    click_header(qtbot, view, 1)  # title: A→Z
    assert titles(view) == sorted(titles(view), key=str.casefold)
    click_header(qtbot, view, 1)  # Z→A
    assert titles(view) == sorted(titles(view), key=str.casefold, reverse=True)
    click_header(qtbot, view, 4)  # affected, as a share of those observed
    shares = [r.affected / r.observed for r in view.model.rows()]
    assert shares == sorted(shares)
    click_header(qtbot, view, 0)
    assert [r.severity for r in view.model.rows()] == sorted(r.severity for r in view.model.rows())
    # A new listing keeps the order last asked for.
    click_header(qtbot, view, 1)
    click_header(qtbot, view, 1)
    listed(qtbot, view, view.reload)
    assert titles(view) == sorted(titles(view), key=str.casefold, reverse=True)


@pytest.mark.parametrize(("box", "value", "service"), [
    ("severity", 4, {"severity": 4}),
    ("status", "wont_fix", {"status": "wont_fix"}),
    ("task", "pay-bill", {"task_key": "pay-bill"}),
    ("stage", "Paper concept", {"stage": "Paper concept"}),
])
def test_each_filter_lists_what_the_service_does(qtbot, view, demo_db, box, value, service):
    everything = len(view.model.rows())
    listed(qtbot, view, lambda: choose(getattr(view, box), value))
    expected = list_findings(demo_db, product=PRODUCT, **service)
    assert [r.id for r in view.model.rows()] == [r.id for r in expected]
    assert len(expected) < everything
    if box == "stage":  # the status column is the status there
        assert "status at Paper concept" in view.summary.text()
        assert all(cell(view, r.id, STATUS_COLUMN) == "Open" for r in expected)


def test_filters_combine_and_can_match_nothing(qtbot, view):
    listed(qtbot, view, lambda: choose(view.severity, 1))
    listed(qtbot, view, lambda: choose(view.status, "wont_fix"))
    assert view.model.total_rows == 0
    assert view.summary.text() == "No findings match these filters."
    assert not view.edit_button.isEnabled() and not view.status_button.isEnabled()


def test_another_product_and_its_choices(qtbot, view, demo_db):
    other = next(p for p in finding_products(demo_db) if p.name == "Online shop")
    listed(qtbot, view, lambda: choose(view.product, other.id))
    qtbot.waitUntil(lambda: view.choices.product_id == other.id, timeout=5000)
    assert [r.id for r in view.model.rows()] == \
        [r.id for r in list_findings(demo_db, product="Online shop")]
    assert view.stage.count() == len(view.choices.stages) + 1


def test_edit_by_return_changes_fields_and_a_later_status(qtbot, view, demo_db):
    row = view.model.rows()[-1]
    assert view.select_finding(row.id)

    def edit(dialog: FindingDialog) -> None:
        assert not dialog.stage.isEnabled()  # a finding keeps its first stage
        assert dialog.evidence_model.total_rows == len(row.evidence)
        for line in range(dialog.evidence_model.total_rows):
            code = dialog.evidence_model.data(dialog.evidence_model.index(line, 0))
            assert code.startswith("P-")
        choose(dialog.severity, 2)
        later = list(dialog.status_boxes)[-1]
        choose(dialog.status_boxes[later], "verified_fixed")
        dialog.title.setText("Edited: " + row.title)
        qtbot.keyClick(dialog.title, K.Key_S, CTRL)

    view.table.setFocus()
    met = on_modal(FindingDialog, edit)
    listed(qtbot, view, lambda: qtbot.keyClick(view.table, K.Key_Return))
    assert len(met) == 1 and met[0].saved_row is not None
    (saved,) = [r for r in list_findings(demo_db, product=PRODUCT) if r.id == row.id]
    assert saved.severity == 2 and saved.title == "Edited: " + row.title
    assert saved.statuses[-1].status == "verified_fixed"
    assert view.details.finding.id == row.id  # still selected after the new listing


def test_bad_input_shows_one_message_and_changes_nothing(qtbot, view, demo_db):
    before = list_findings(demo_db, product=PRODUCT)
    messages: list[str] = []

    def bad(dialog: FindingDialog) -> None:
        qtbot.keyClick(dialog.title, K.Key_S, CTRL)  # no title
        messages.append(dialog.message.text())
        dialog.title.setText("Too many affected")
        dialog.observed.setValue(3)
        dialog.affected.setValue(5)
        qtbot.keyClick(dialog.title, K.Key_S, CTRL)
        messages.append(dialog.message.text())
        assert dialog.isVisible()

    view.table.setFocus()
    on_modal(FindingDialog, bad)
    qtbot.keyClick(view.table, K.Key_N, CTRL)
    assert messages == ["A finding needs a title.",
                        "Affected participants (5) must be from 0 to the number observed (3)."]
    assert list_findings(demo_db, product=PRODUCT) == before


def test_new_finding_with_a_task_preset_is_the_door_for_other_sections(qtbot, view, demo_db):
    product_id = view.product_id()
    stage = view.choices.stages[2]

    def fill(dialog: FindingDialog) -> None:
        assert dialog.task.currentData() == "pay-bill"
        assert dialog.stage.currentText() == stage.name
        dialog.title.setText("Paying: the amount is shown after the button")
        dialog.observed.setValue(10)
        dialog.affected.setValue(2)
        dialog.save_button.click()

    on_modal(FindingDialog, fill)
    assert new_finding(view, view._context, product_id=product_id, stage_id=stage.id,
                       task_key="pay-bill") is True
    (made,) = [r for r in list_findings(demo_db, product=PRODUCT, task_key="pay-bill")
               if r.title.startswith("Paying")]
    assert (made.first_stage, made.affected, made.observed) == (stage.name, 2, 10)
    on_modal(FindingDialog, lambda dialog: dialog.reject())
    assert new_finding(view, view._context, product_id=product_id) is False


def test_status_at_the_first_stage_is_refused_in_the_form(qtbot, view):
    row = next(r for r in view.model.rows() if r.first_stage == "Paper concept")
    view.select_finding(row.id)
    stages: list[list[str]] = []

    def look(dialog: StatusDialog) -> None:
        stages.append([dialog.stage.itemText(n) for n in range(dialog.stage.count())])

    view.table.setFocus()
    on_modal(StatusDialog, look)
    qtbot.keyClick(view.table, K.Key_T, CTRL)
    assert stages and "Paper concept" not in stages[0] and len(stages[0]) == 5


def test_export_writes_the_whole_log_as_csv(qtbot, view, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "findings.csv"
    view.ask_path = lambda _parent, suggested: str(target)
    listed(qtbot, view, lambda: choose(view.severity, 4))  # filters do not apply to the file
    view.table.setFocus()
    qtbot.keyClick(view.table, K.Key_E, CTRL | SHIFT)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4 and rows[0]["severity"] == "1"
    assert view.message.text() == "Wrote 4 finding(s) to findings.csv."
    view.ask_path = lambda _parent, _suggested: str(folder)  # a folder: refused
    assert view.export() is False
    assert "is a folder" in view.message.text()
    assert sorted(p.name for p in folder.iterdir()) == ["findings.csv"]


def test_keys_names_and_help(qtbot, view, demo_db):
    window = view.window()
    keys = window_keys(window) + page_keys(view)
    assert {"Ctrl+N", "Ctrl+E", "Ctrl+T", "Ctrl+Shift+E"} <= set(page_keys(view))
    assert clashes(keys) == []
    for button in (view.new_button, view.edit_button, view.status_button, view.export_button):
        assert "[Ctrl+" in button.text()  # the key is shown where the action is
    assert nameless(window) == []
    helped = {what for _screen, _keys, what in help_lines(view.shortcut_scopes())}
    assert "Set the selected finding's status at a stage" in helped
    record = open_record(qtbot, demo_db, session_with_observations(demo_db, PRODUCT, 0))
    record_keys = window_keys(record) + page_keys(record)
    assert {"Ctrl+Shift+F", "Ctrl+Shift+A", "Ctrl+E"} <= set(record_keys)
    assert clashes(record_keys) == []
    assert nameless(record) == []
    forms: list[list] = []
    on_modal(FindingDialog, lambda dialog: forms.append(nameless(dialog)))
    view.select_finding(view.model.rows()[0].id)
    view.edit_selected()
    on_modal(StatusDialog, lambda dialog: forms.append(nameless(dialog)))
    view.set_status()
    assert forms == [[], []]


def test_observations_pane_needs_a_selection(qtbot, demo_db):
    record = open_record(qtbot, demo_db, session_with_observations(demo_db, PRODUCT, 0))
    pane, actions = record.observations, record.finding_actions
    pane.table.clearSelection()
    qtbot.keyClick(pane.table, K.Key_F, CTRL | SHIFT)
    assert actions.message.text() == "Select one or more observations first."
    assert not actions.make_button.isEnabled() and not actions.add_button.isEnabled()


def test_the_forms_fit_a_1366_by_768_screen_with_a_taskbar(qtbot, view, demo_db):
    room = 768 - 40 - 30 - 8  # taskbar, title bar, borders
    row = next(r for r in view.model.rows() if r.first_stage == "Paper concept")
    assert view.select_finding(row.id)
    sizes: list = []
    on_modal(FindingDialog, lambda dialog: sizes.append(
        (len(dialog.status_boxes), dialog.minimumSizeHint(), dialog.size())))
    view.edit_selected()
    on_modal(StatusDialog, lambda dialog: sizes.append((0, dialog.minimumSizeHint(),
                                                        dialog.size())))
    view.set_status()
    (stages, form_min, form), (_, status_min, status) = sizes
    assert stages == 5  # every later stage of the demo product has its status box
    assert form_min.height() <= form.height() <= room and form.width() <= 1366
    assert status_min.height() <= status.height() <= room


def test_an_owner_can_be_given_and_taken_off_again(qtbot, view, demo_db):
    row = view.model.rows()[0]
    assert view.select_finding(row.id)

    def choose_owner(index: int):
        def edit(dialog: FindingDialog) -> None:
            dialog.owner.setCurrentIndex(index)
            chosen.append(dialog.owner.currentText())
            qtbot.keyClick(dialog.title, K.Key_S, CTRL)
        return edit

    for index, expected in ((1, "someone"), (0, None)):
        chosen: list[str] = []
        view.table.setFocus()
        met = on_modal(FindingDialog, choose_owner(index))
        listed(qtbot, view, lambda: qtbot.keyClick(view.table, K.Key_Return))
        assert len(met) == 1 and met[0].saved_row is not None
        (saved,) = [r for r in list_findings(demo_db, product=PRODUCT) if r.id == row.id]
        assert saved.owner == (chosen[0] if expected else None)
        assert view.select_finding(row.id)
