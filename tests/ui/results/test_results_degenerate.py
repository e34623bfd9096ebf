"""The Results section against degenerate data (the shared tests of tests/ui/degenerate.py).

The rows are a stage's tasks, one per name, each with one attempt in one session. An
empty database has no product: the section says so and shows nothing. Also: a product
without stages, a stage without results, and a stale answer that never paints.
"""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime

from sqlalchemy import insert

from testlab import model as m
from testlab.reports.stats_json import document
from testlab.services.analysis import product_statistics
from tests.ui.degenerate import DegenerateData, add_lab_centre, add_product_line, add_studies
from tests.ui.results.conftest import open_results, wait_idle
from ui.results import results_section

PRODUCT = "Łódź مركز self-care"


def add_results(db, names) -> None:
    """A centre, a product with one stage and study, one task per name, one session in
    which every task was tried once (success, 60 s, SEQ 6)."""
    centre_id = add_lab_centre(db)
    stage_id = add_product_line(db, PRODUCT)
    study_id = add_studies(db, stage_id, ["Runda Timișoara"], datetime.now(UTC).date())[0]
    session_id = uuid.uuid4()
    tasks = [{"id": uuid.uuid4(), "study_id": study_id, "position": i, "key": name,
              "title": name, "scenario": "", "success_criteria": ""}
             for i, name in enumerate(names)]
    with db.engine.begin() as connection:
        connection.execute(insert(m.Task), tasks)
        connection.execute(insert(m.Session), [{
            "id": session_id, "study_id": study_id, "centre_id": centre_id,
            "starts_at": datetime(2026, 11, 30, 10, tzinfo=UTC),
            "status": m.SessionStatus.COMPLETED}])
        connection.execute(insert(m.TaskAttempt), [
            {"id": uuid.uuid4(), "session_id": session_id, "task_id": t["id"],
             "outcome": m.Outcome.SUCCESS, "seconds": 60.0, "rating": 6, "errors": 0,
             "assists": 0, "notes": ""} for t in tasks])


class TestResultsDegenerate(DegenerateData):
    """Empty, one task, Arabic/Polish/Romanian task keys, 10,000 tasks in one stage."""

    empty_words = "No products yet"

    def fill(self, db, names):
        if names:
            add_results(db, names)

    def open(self, qtbot, make_window, db, settings_path):
        return open_results(qtbot, make_window(db))

    def shown(self, widget):
        return [row[0].value for row in widget.tasks.tasks_model.rows]

    def message(self, widget):
        return widget.message.text()

    def check_paged(self, qtbot, widget):
        widget.tabs.setCurrentWidget(widget.charts)
        wait_idle(qtbot, widget)
        assert "10000 tasks are too many to chart" in widget.charts.message.text()

    def check_row(self, qtbot, widget, row, name):
        texts = [c.text for c in widget.tasks.tasks_model.rows[row]]
        assert texts[0] == name and texts[1] == "1"
        assert texts[2].startswith("100%") and "few data" in texts[2]  # n=1
        assert texts[3].startswith("1:00") and "n=1" in texts[3]
        if widget.tasks.tasks_model.rowCount() <= 3:  # the chart holds the names too
            widget.tabs.setCurrentWidget(widget.charts)
            wait_idle(qtbot, widget)
            labels = [t.get_text() for t in widget.charts.figure.axes[0].get_yticklabels()]
            assert name in labels and widget.charts.message.text() == ""
            widget.tabs.setCurrentWidget(widget.tasks)


def test_a_product_without_stages_says_so(qtbot, make_window, db):
    with db.engine.begin() as connection:
        connection.execute(insert(m.Product), [{"id": uuid.uuid4(), "name": PRODUCT}])
    section = open_results(qtbot, make_window(db))
    assert section.product.currentText() == PRODUCT
    assert "has no stages yet" in section.message.text()
    assert section.tasks.tasks_model.rowCount() == 0 and section.stage.count() == 0
    section.tabs.setCurrentWidget(section.charts)
    wait_idle(qtbot, section)
    assert "Choose a product and a stage" in section.charts.message.text()


def test_a_stage_without_results_shows_empty_tables_and_says_why(qtbot, make_window, db):
    add_product_line(db, PRODUCT)
    section = open_results(qtbot, make_window(db))
    assert section.stage.currentText() == "Beta 2"
    assert section.tasks.tasks_model.rowCount() == 0
    figures = {row[0].value: row[1].text for row in section.tasks.stage_model.rows}
    assert figures["NPS"] == "—" and figures["SUS"] == "—"
    for page in (section.charts, section.comparison, section.breakdown):
        section.tabs.setCurrentWidget(page)
        wait_idle(qtbot, section)
    section.tabs.setCurrentWidget(section.charts)
    wait_idle(qtbot, section)
    assert "no task results" in section.charts.message.text()
    assert "Choose two different stages" in section.comparison.notes.text()


def test_a_stale_answer_never_paints_over_a_newer_one(qtbot, make_window, demo_db,
                                                      monkeypatch):
    section = open_results(qtbot, make_window(demo_db))
    first, second = section.product.itemText(1), section.product.itemText(2)
    release = threading.Event()
    real = results_section.product_statistics

    def slow_for_first(db, product, **kwargs):
        if product == first:
            release.wait(10)  # answers only after the newer choice was shown
        return real(db, product, **kwargs)

    monkeypatch.setattr(results_section, "product_statistics", slow_for_first)
    painted: list[str] = []
    section.analysis_shown.connect(lambda doc: painted.append(doc and doc["product"]))
    section.product.setCurrentText(first)
    section.product.setCurrentText(second)
    qtbot.waitUntil(lambda: painted == [second], timeout=15_000)
    release.set()
    wait_idle(qtbot, section)
    qtbot.wait(50)
    assert painted == [second]
    assert section.shown == document(real(demo_db, second))
    assert not section.busy.isVisible()


def test_a_slow_analysis_shows_a_busy_word_only_after_a_while(qtbot, make_window, demo_db,
                                                              monkeypatch):
    section = open_results(qtbot, make_window(demo_db))
    release = threading.Event()
    real = results_section.product_statistics

    def slow(db, product, **kwargs):
        release.wait(10)
        return real(db, product, **kwargs)

    monkeypatch.setattr(results_section, "product_statistics", slow)
    section.product.setCurrentIndex(3)
    assert not section.busy.isVisible()  # not at once: a quick answer never flickers
    qtbot.waitUntil(section.busy.isVisible, timeout=5000)
    release.set()
    qtbot.waitUntil(lambda: not section.busy.isVisible(), timeout=10_000)
    assert section.shown is not None
    assert section.shown["product"] == section.product.currentText()


def test_every_cell_is_the_documents_on_each_backend(qtbot, make_window, db):
    from tests.ui.results.test_results_table import cell_values, expected_tasks

    add_results(db, ["find-plan", "pay-bill", "Łódź-مركز"])
    section = open_results(qtbot, make_window(db))
    doc = document(product_statistics(db, PRODUCT))
    assert section.shown == doc
    assert cell_values(section.tasks.tasks_model) == expected_tasks(doc["stages"][0])[0]
