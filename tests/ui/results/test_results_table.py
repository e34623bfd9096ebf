"""The Results section renders exactly the statistics document of ``testlab stats --json``.

Every cell of the task table, the stage figures and the weighted NPS strata is compared
with the document the same service computes for the same choices (and, once, with the
JSON the command line prints as a subprocess).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date

from sqlalchemy import delete

from testlab import model as m
from testlab.analysis.filters import Filters
from testlab.reports.stats_json import document
from testlab.services.analysis import product_statistics
from tests.ui.results.conftest import choose, wait_idle
from ui.results import rows as r
from ui.results.cell_model import TONE_ROLE, VALUE_ROLE, CellTableModel

PRODUCT = "HomeHub 6 router setup"
STAGE = "Beta firmware 6.0"


def cell_values(model: CellTableModel) -> list[list[object]]:
    return [[model.index(row, col).data(VALUE_ROLE) for col in range(model.columnCount())]
            for row in range(model.rowCount())]


def cell_texts(model: CellTableModel) -> list[list[str]]:
    return [[model.index(row, col).data() for col in range(model.columnCount())]
            for row in range(model.rowCount())]


def expected_tasks(stage: dict) -> tuple[list[list[object]], list[list[str]]]:
    values = [[r.cell_value(t, c) for c in r.TASK_COLUMNS] for t in stage["tasks"]]
    texts = [[c.cell(t).text for c in r.TASK_COLUMNS] for t in stage["tasks"]]
    return values, texts


def stage_of(doc: dict, name: str) -> dict:
    return next(s for s in doc["stages"] if s["name"] == name)


def test_picking_product_and_stage_shows_the_json_document(qtbot, results, demo_db):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    doc = document(product_statistics(demo_db, PRODUCT))
    stage = stage_of(doc, STAGE)
    model = section.tasks.tasks_model
    values, texts = expected_tasks(stage)
    assert len(values) == 8
    assert cell_values(model) == values
    assert cell_texts(model) == texts
    # The words themselves, against the document's numbers: share, interval, n, flag word.
    for row, task in enumerate(stage["tasks"]):
        completion = model.index(row, 2).data()
        c = task["completion"]
        assert completion.startswith(f"{100 * c['observed']:.0f}% [{100 * c['low']:.0f}%")
        assert f"n={c['n']}" in completion
        flag = task["flags"]["completion"]
        assert {"above": "▲ above", "below": "▼ below", "near": "● near"}[flag] in completion
        tone = model.index(row, 2).data(TONE_ROLE)
        assert tone == {"above": "good", "below": "bad", "near": None}[flag]
        assert model.index(row, 1).data() == str(task["attempts"])
    assert section.shown == doc


def test_the_command_lines_json_is_what_the_window_shows(qtbot, results, demo_db, demo_path):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    env = {k: v for k, v in os.environ.items() if k != "TESTLAB_DATABASE_URL"}
    done = subprocess.run(
        [sys.executable, "-m", "testlab", "--db", str(demo_path), "stats", "--product",
         PRODUCT, "--json"], capture_output=True, text=True, env=env, timeout=120, check=True)
    printed = json.loads(done.stdout)
    assert section.shown == printed
    assert cell_values(section.tasks.tasks_model) == expected_tasks(
        stage_of(printed, STAGE))[0]


def test_stage_figures_and_weighted_nps_equal_the_json(qtbot, results, demo_db):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    stage = stage_of(document(product_statistics(demo_db, PRODUCT)), STAGE)
    figures = {row[0]: row[1] for row in cell_values(section.tasks.stage_model)}
    assert figures["SUS"] == stage["sus"]["mean"]
    assert figures["NPS"] == stage["nps"]["score"]
    weighted = stage["nps_weighted"]
    assert weighted["score"] is not None and figures["Weighted NPS"] == weighted["score"]
    text = {row[0]: row[1] for row in cell_texts(section.tasks.stage_model)}
    assert text["Weighted NPS"].startswith(
        f"{weighted['score']:+.0f} [{weighted['low']:+.0f}, {weighted['high']:+.0f}]")
    assert f"n={weighted['n']}" in text["Weighted NPS"]
    # The strata table: each stratum as in the document, then a total that adds up.
    strata = cell_values(section.tasks.strata_model)
    assert strata[:-1] == [[s["label"], s["weight"], s["n"], s["score"]]
                           for s in weighted["strata"]]
    total = strata[-1]
    assert total[0] == "Total" and abs(total[1] - 1) < 1e-9
    assert total[2] == weighted["n"] and total[3] == weighted["score"]
    if weighted["missing"]:
        assert "no answer from:" in section.tasks.weighted_note.text()


def test_without_customer_numbers_the_window_says_so(qtbot, results, demo_db):
    with demo_db.engine.begin() as connection:
        connection.execute(delete(m.CustomerCount))
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    stage = stage_of(document(product_statistics(demo_db, PRODUCT)), STAGE)
    assert stage["nps_weighted"]["score"] is None
    rows = {row[0].text: row for row in section.tasks.stage_model.rows}
    assert rows["Weighted NPS"][1].value is None
    assert "no customer numbers entered" in rows["Weighted NPS"][2].text
    assert section.tasks.strata_model.rowCount() == 0
    assert "no customer numbers entered" in section.tasks.weighted_note.text()


def test_a_filter_changes_window_and_json_the_same_way(qtbot, results, demo_db):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    before = cell_values(section.tasks.tasks_model)
    section.filters.choose_centres(["DLA"])
    wait_idle(qtbot, section)
    section.filters.segment.setCurrentIndex(section.filters.segment.findData("consumer"))
    wait_idle(qtbot, section)
    wanted = Filters(centres=("DLA",), segment="consumer")
    assert section.filters.filters() == wanted
    doc = document(product_statistics(demo_db, PRODUCT, filters=wanted))
    assert doc["filters"]["centres"] == ["DLA"] and doc["filters"]["segment"] == "consumer"
    assert section.shown == doc
    after = cell_values(section.tasks.tasks_model)
    assert after == expected_tasks(stage_of(doc, STAGE))[0]
    assert after != before
    section.filters.reset()
    wait_idle(qtbot, section)
    assert cell_values(section.tasks.tasks_model) == before


def test_dates_the_wrong_way_round_say_one_thing_and_keep_the_figures(qtbot, results,
                                                                       demo_db):
    from PySide6.QtCore import QDate

    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    before = section.shown
    section.filters.date_from.setDate(QDate(2026, 6, 1))
    wait_idle(qtbot, section)
    section.filters.date_to.setDate(QDate(2026, 1, 1))
    wait_idle(qtbot, section)
    assert section.filters.filters().date_to == date(2026, 1, 1)
    assert "wrong way round" in section.message.text()
    assert section.message.isVisible()
    assert section.shown is not None and section.shown["filters"]["to"] is None
    assert before is not None


def test_stage_switch_repaints_from_the_same_analysis(qtbot, results, demo_db):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    doc = document(product_statistics(demo_db, PRODUCT))
    for name in ("Setup storyboard", "6 months after launch"):
        section.stage.setCurrentText(name)  # no new analysis: painted at once
        assert cell_values(section.tasks.tasks_model) == expected_tasks(stage_of(doc, name))[0]
