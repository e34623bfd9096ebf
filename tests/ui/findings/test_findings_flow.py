"""Issue 14's Done-when for findings, through the real widgets on the demo database.

A finding is made from a session's observation (its recorded results: select, then
Ctrl+Shift+F), shows in the Findings log, is marked fixed at the next stage (Ctrl+T),
and, given more evidence from a session two stages on (Ctrl+Shift+A), is flagged
"came back" (a symbol and a word, in bold): at the latest stage and at that stage,
not at the stage where it was fixed.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from testlab import model as m
from testlab.db.database import Database
from testlab.services.findings import list_findings
from tests.ui.findings.modal import on_modal
from ui.findings.add_evidence_dialog import AddEvidenceDialog
from ui.findings.combo import choose
from ui.findings.finding_dialog import FindingDialog
from ui.findings.findings_model import STATUS_COLUMN
from ui.findings.findings_view import FindingsView
from ui.findings.status_dialog import StatusDialog
from ui.sessions.session_record_dialog import SessionRecordDialog

PRODUCT = "MyLine self-care app"
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
TITLE = "Menu label: customers read “Plan” as “billing”"


def session_with_observations(db: Database, product: str, position: int) -> uuid.UUID:
    """A session of ``product`` at the stage in ``position`` that has observations."""
    with db.session_factory() as s:
        return s.scalars(
            select(m.Session.id)
            .join(m.Observation, m.Observation.session_id == m.Session.id)
            .join(m.Study, m.Study.id == m.Session.study_id)
            .join(m.Stage, m.Stage.id == m.Study.stage_id)
            .join(m.Product, m.Product.id == m.Stage.product_id)
            .where(m.Product.name == product, m.Stage.position == position)
            .group_by(m.Session.id)
            .order_by(func.count(m.Observation.id).desc(), m.Session.id)
        ).first()


def open_record(qtbot, db: Database, session_id: uuid.UUID) -> SessionRecordDialog:
    dialog = SessionRecordDialog(db, session_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    qtbot.keyClick(dialog.table, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert dialog.tabs.currentWidget() is dialog.observations  # Alt+2: the Observations tab
    return dialog


def open_log(qtbot, make_window, db: Database, product: str) -> FindingsView:
    window = make_window(db)
    window.show_section("findings")
    view = window.section("findings")
    assert isinstance(view, FindingsView)
    qtbot.waitUntil(lambda: view.product.count() > 0 and view.choices is not None,
                    timeout=10_000)
    view.product.setCurrentIndex(view.product.findText(product))
    tasks = window.context.tasks
    # Its choices in, then its findings (a list of the product shown first is dropped).
    qtbot.waitUntil(lambda: view.choices.product_id == view.product_id()
                    and not tasks.is_busy("findings.choices")
                    and not tasks.is_busy("findings.list"), timeout=10_000)
    assert view.product.currentText() == product
    return view


def listed(qtbot, view: FindingsView, act) -> None:
    """Do ``act()`` and wait for the log it makes list again."""
    with qtbot.waitSignal(view.rows_listed, timeout=10_000):
        act()


def cell(view: FindingsView, finding_id: uuid.UUID, column: int, role=Qt.ItemDataRole.DisplayRole):
    line = view.model.find_row(lambda r: r.id == finding_id)
    assert line >= 0, "the finding is not listed"
    view.model.ensure_fetched(line)
    return view.model.data(view.model.index(line, column), role)


def row_of(view: FindingsView, finding_id: uuid.UUID):
    return view.model.row_at(view.model.find_row(lambda r: r.id == finding_id))


def test_a_finding_from_an_observation_is_followed_across_two_stages(qtbot, demo_db,
                                                                      make_window):
    # 1. Paper concept: a session's observation becomes a finding's evidence.
    record = open_record(qtbot, demo_db, session_with_observations(demo_db, PRODUCT, 0))
    pane, actions = record.observations, record.finding_actions
    pane.table.clearSelection()
    assert pane.model.total_rows > 0 and not actions.make_button.isEnabled()
    pane.select_line(0)
    assert actions.make_button.isEnabled()
    observation = next(o for o in actions.evidence.observations
                       if o.id == pane.model.row_at(0).id)

    def fill(dialog: FindingDialog) -> None:
        assert dialog.stage.currentText() == "Paper concept"  # the session's stage
        assert "1 chosen observation" in " ".join(
            label.text() for label in dialog.findChildren(type(dialog.message)))
        dialog.title.setText(TITLE)
        dialog.severity.setCurrentIndex(dialog.severity.findData(2))
        dialog.observed.setValue(12)
        dialog.affected.setValue(5)
        dialog.recommendation.setPlainText("Call it “Your plan”.")
        qtbot.keyClick(dialog.title, Qt.Key.Key_S, CTRL)

    made = on_modal(FindingDialog, fill)
    qtbot.keyClick(pane.table, Qt.Key.Key_F, CTRL | SHIFT)
    assert len(made) == 1 and made[0].saved_row is not None
    finding = made[0].saved_row
    assert "saved with 1 observation" in actions.message.text()
    assert [e.observation_id for e in finding.evidence] == [observation.id]
    assert finding.task_key == observation.task_key

    # 2. The log shows it: severity number and words, affected of observed, open.
    view = open_log(qtbot, make_window, demo_db, PRODUCT)
    assert cell(view, finding.id, 0) == "2 serious"
    assert cell(view, finding.id, 1) == TITLE
    assert cell(view, finding.id, 3) == "Paper concept"
    assert cell(view, finding.id, 4) == "5 of 12"
    assert cell(view, finding.id, STATUS_COLUMN) == "Open"
    assert cell(view, finding.id, 6) == "1"
    evidence = row_of(view, finding.id).evidence[0]
    assert evidence.participant.startswith("P-") and evidence.stage == "Paper concept"

    # 3. Clickable prototype v2: marked fixed (Ctrl+T on the log).
    assert view.select_finding(finding.id)
    assert view.details.finding.id == finding.id

    def fixed(dialog: StatusDialog) -> None:
        dialog.stage.setCurrentIndex(dialog.stage.findData("Clickable prototype v2"))
        dialog.status.setCurrentIndex(dialog.status.findData("fixed"))
        dialog.note.setText("New label shipped in v2.")
        qtbot.keyClick(dialog.status, Qt.Key.Key_S, CTRL)

    view.table.setFocus()
    statused = on_modal(StatusDialog, fixed)
    listed(qtbot, view, lambda: qtbot.keyClick(view.table, Qt.Key.Key_T, CTRL))
    assert len(statused) == 1
    assert cell(view, finding.id, STATUS_COLUMN) == "Fixed"
    assert not row_of(view, finding.id).came_back

    # 4. Alpha 0.9: seen again; the later session's observation is added as evidence.
    later = open_record(qtbot, demo_db, session_with_observations(demo_db, PRODUCT, 2))
    later.observations.select_line(0)

    def add(dialog: AddEvidenceDialog) -> None:
        assert choose(dialog.finding, finding.id)
        qtbot.keyClick(dialog.finding, Qt.Key.Key_S, CTRL)

    added = on_modal(AddEvidenceDialog, add)
    qtbot.keyClick(later.observations.table, Qt.Key.Key_A, CTRL | SHIFT)
    assert len(added) == 1 and added[0].saved_row.came_back
    assert "came back" in later.finding_actions.message.text()

    # 5. The log flags it "came back": a mark and a word, in bold, not colour alone.
    listed(qtbot, view, view.reload)
    assert cell(view, finding.id, STATUS_COLUMN) == "▲ Came back"
    assert cell(view, finding.id, STATUS_COLUMN, Qt.ItemDataRole.FontRole).bold()
    assert cell(view, finding.id, 6) == "2"
    assert "1 came back" in view.summary.text()
    # At the stage where it was fixed, the later evidence is still in the future.
    listed(qtbot, view, lambda: view.stage.setCurrentIndex(
        view.stage.findData("Clickable prototype v2")))
    assert cell(view, finding.id, STATUS_COLUMN) == "Fixed"
    assert "status at Clickable prototype v2" in view.summary.text()
    listed(qtbot, view, lambda: view.stage.setCurrentIndex(view.stage.findData("Alpha 0.9")))
    assert cell(view, finding.id, STATUS_COLUMN) == "▲ Came back"
    # The came-back filter finds it; the window shows what the service says.
    listed(qtbot, view, lambda: view.status.setCurrentIndex(view.status.findData("came_back")))
    expected = list_findings(demo_db, product=PRODUCT, stage="Alpha 0.9", status="came_back")
    assert [r.id for r in view.model.rows()] == [r.id for r in expected]
    assert finding.id in [r.id for r in expected]
