"""Comparison, breakdown, charts, copying and saving in the Results section."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from testlab.reports.stats_json import document
from testlab.services.analysis import product_statistics
from tests.ui.accessibility import nameless
from tests.ui.results.conftest import choose, wait_idle
from tests.ui.results.test_results_table import PRODUCT, STAGE, cell_values
from ui.results.cell_model import VALUE_ROLE
from ui.results.results_section import CONFIDENCE_KEY, ResultsSection
from ui.results.table_export import save_table_to

LATER = "6 months after launch"


def show_comparison(qtbot, section: ResultsSection, a: str, b: str) -> None:
    section.tabs.setCurrentWidget(section.comparison)
    wait_idle(qtbot, section)
    section.comparison.stage_a.setCurrentText(a)
    wait_idle(qtbot, section)
    section.comparison.stage_b.setCurrentText(b)
    wait_idle(qtbot, section)


def test_comparison_of_two_demo_stages_shows_the_significant_change(qtbot, results, demo_db):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=LATER)
    show_comparison(qtbot, section, STAGE, LATER)
    doc = document(product_statistics(demo_db, PRODUCT, compare=(STAGE, LATER)))
    comparison = doc["comparison"]
    assert section.shown is not None and section.shown["comparison"] == comparison
    rows = section.comparison.model.rows
    shown = {(row[0].value, row[1].value): row for row in rows}
    # The demo's beta-to-launch step: first-boot completion significantly better.
    first_boot = shown[("first-boot", "completion")]
    assert comparison["tasks"][1]["key"] == "first-boot"
    expected = comparison["tasks"][1]["completion"]
    assert expected["verdict"] == "significant_improvement"
    assert first_boot[5].value == "significant_improvement"
    assert first_boot[5].text == "▲ significantly better"
    assert first_boot[2].value == expected["difference"]
    assert first_boot[3].value == expected["p_value"]
    assert first_boot[4].text == expected["test"]
    # Every compared figure's verdict, as in the document, stage-level ones too.
    for task in comparison["tasks"]:
        for measure in ("completion", "time", "simplicity"):
            assert shown[(task["key"], measure)][5].value == task[measure]["verdict"]
    for measure in ("sus", "nps", "nps_weighted", "satisfaction_top2", "satisfaction"):
        assert shown[("stage", measure)][5].value == comparison[measure]["verdict"]
    assert "against" in section.comparison.notes.text()


def test_confidence_is_remembered_and_used(qtbot, results, demo_db, make_window):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=LATER)
    section.confidence.setCurrentIndex(section.confidence.findData(0.90))
    wait_idle(qtbot, section)
    assert section.shown is not None and section.shown["confidence"] == 0.90
    assert float(section._context.settings.value(CONFIDENCE_KEY)) == 0.90
    section.window().close()
    again = results(demo_db)
    assert again.confidence.currentData() == 0.90


def test_tasks_in_one_stage_only_are_listed(qtbot, results, demo_db):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT)
    show_comparison(qtbot, section, "Setup storyboard", LATER)
    doc = document(product_statistics(demo_db, PRODUCT, compare=("Setup storyboard", LATER)))
    only = doc["comparison"]["only_in_a"] + doc["comparison"]["only_in_b"]
    assert only, "the demo's storyboard and launch stages differ in tasks"
    listed = [row[0].value for row in section.comparison.model.rows
              if row[5].text == "not compared"]
    assert listed == only


def test_breakdown_by_centre_marks_and_counts(qtbot, results, demo_db):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    section.tabs.setCurrentWidget(section.breakdown)
    wait_idle(qtbot, section)
    doc = document(product_statistics(demo_db, PRODUCT, by="centre"))
    breakdown = doc["breakdown"]
    assert section.shown is not None and section.shown["breakdown"] == breakdown
    rows = section.breakdown.model.rows
    expected = [(g["label"], t["key"]) for g in breakdown["groups"]
                for s in g["stages"] if s["name"] == STAGE for t in s["tasks"]]
    assert [(row[0].value, row[1].value) for row in rows] == expected
    differs = {(d_group["label"], d["key"]) for d_group in breakdown["groups"]
               for d in d_group["differences"] if d["stage"] == STAGE and d["differs"]}
    assert differs, "some demo centre differs"
    assert {(row[0].value, row[1].value) for row in rows if row[2].value} == differs
    assert all(row[2].text.startswith("✱ ") for row in rows if row[2].value)
    assert str(breakdown["groups_tested"]) in section.breakdown.note.text()
    section.breakdown.dimension.setCurrentIndex(section.breakdown.dimension.findData("device"))
    wait_idle(qtbot, section)
    assert section.shown["breakdown"]["dimension"] == "device"


def test_saved_chart_is_a_valid_png_and_svg(qtbot, results, demo_db, tmp_path):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    section.tabs.setCurrentWidget(section.charts)
    wait_idle(qtbot, section)
    for index in range(section.charts.kind.count()):
        section.charts.kind.setCurrentIndex(index)
        wait_idle(qtbot, section)
        assert section.charts.message.text() == "", section.charts.kind.currentText()
        assert section.charts.figure.axes, section.charts.kind.currentText()
    png, svg = tmp_path / "chart.png", tmp_path / "chart.svg"
    with qtbot.waitSignal(section.charts.saved):
        section.charts.save_to(str(png))
    section.charts.save_to(str(svg))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png))
    assert not image.isNull() and image.width() >= 2000  # 8 inches at 300 dpi
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg")


def test_a_chart_to_a_missing_folder_is_one_message(qtbot, results, demo_db, tmp_path,
                                                    monkeypatch):
    from ui.common import error_dialog

    shown: list[str] = []
    monkeypatch.setattr(error_dialog, "show_error",
                        lambda parent, error, title="TestLab": shown.append(str(error)))
    section = results(demo_db)
    section.tabs.setCurrentWidget(section.charts)
    wait_idle(qtbot, section)
    out = tmp_path / "out"
    out.mkdir()
    section.charts.save_to(str(out / "nowhere" / "chart.png"))
    section.charts.save_to(str(out / "chart.gif"))
    assert len(shown) == 2 and "does not exist" in shown[0] and ".png or .svg" in shown[1]
    assert list(out.iterdir()) == []


def test_copied_table_is_tab_separated_text(qtbot, results, demo_db):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    section.tasks.copy_current()
    text = QApplication.clipboard().text()
    lines = text.splitlines()
    model = section.tasks.tasks_model
    assert lines[0].split("\t") == model.titles()
    assert [line.split("\t") for line in lines[1:]] == [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())]


def test_saved_table_is_csv_with_formulas_neutralised(qtbot, results, demo_db, tmp_path):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    path = tmp_path / "tasks.csv"
    save_table_to(section, section.tasks.tasks_model, str(path))
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Task,Attempts,Completion")
    assert len(lines) == 1 + section.tasks.tasks_model.rowCount()
    # NPS "-10 […]" would run as a formula in a spreadsheet: written with a quote.
    save_table_to(section, section.tasks.stage_model, str(path))
    cells = path.read_bytes().decode("utf-8-sig")
    assert "'-" in cells or "'+" in cells


def test_every_control_is_named_on_every_page(qtbot, results, demo_db):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    problems = {}
    for page in (section.tasks, section.charts, section.comparison, section.breakdown):
        section.tabs.setCurrentWidget(page)
        wait_idle(qtbot, section)
        problems[section.tabs.tabText(section.tabs.currentIndex())] = nameless(section)
    assert all(p == [] for p in problems.values()), problems


def test_values_role_of_the_weighted_nps_strata(qtbot, results, demo_db):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    model = section.tasks.strata_model
    assert model.rowCount() >= 2
    assert model.index(0, 1).data(VALUE_ROLE) > 0
    assert cell_values(model)[-1][0] == "Total"


def test_changed_wording_is_said(qtbot, results, demo_db):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT)
    show_comparison(qtbot, section, "Setup app prototype", STAGE)
    rows = [row for row in section.comparison.model.rows if row[0].value == "change-wifi-password"]
    assert len(rows) == 3 and all("(wording changed)" in row[0].text for row in rows)
    assert "title and scenario changed" in rows[0][0].tooltip
    assert "⚠ Task 'change-wifi-password'" in section.comparison.notes.text()


def test_new_finding_for_the_selected_task_gets_its_ids(qtbot, results, demo_db, monkeypatch):
    import sys
    import types

    from testlab.services.products import list_products, product_detail

    calls: list[dict] = []
    fake = types.ModuleType("ui.findings.finding_dialog")
    fake.new_finding = lambda parent, context, **kwargs: calls.append(kwargs) or True
    monkeypatch.setitem(sys.modules, "ui.findings.finding_dialog", fake)
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    assert not section.tasks.finding_button.isEnabled()
    section.tasks.tasks_table.selectRow(2)
    assert section.tasks.finding_button.isEnabled()
    section.tasks.finding_button.click()
    product = next(p for p in list_products(demo_db) if p.name == PRODUCT)
    stage = next(s for s in product_detail(demo_db, product.id).stages if s.name == STAGE)
    key = section.tasks.tasks_model.rows[2][0].value
    assert calls == [{"product_id": product.id, "stage_id": stage.id, "task_key": key}]


def test_every_control_shows_whole_in_the_default_window(qtbot, results, demo_db):
    from ui.main_window import DEFAULT_SIZE

    section = results(demo_db)
    window = section.window()
    window.resize(DEFAULT_SIZE)
    qtbot.waitUntil(lambda: window.size() == DEFAULT_SIZE, timeout=3000)
    choose(qtbot, section, product=PRODUCT, stage=STAGE)
    bar = section.filters
    controls = [section.product, section.stage, section.confidence, section.report_button,
                bar.centres, bar.age_band, bar.segment, bar.digital_skill, bar.customer,
                bar.date_from, bar.date_to, bar.clear]
    for page in (section.tasks, section.charts):
        section.tabs.setCurrentWidget(page)
        wait_idle(qtbot, section)
        buttons = [page.save_button] + ([page.copy_button, page.finding_button]
                                        if page is section.tasks else [page.kind])
        for control in controls + buttons:
            assert control.width() >= control.sizeHint().width() - 1, control.accessibleName()
            corner = control.mapTo(window, control.rect().bottomRight())
            assert window.rect().contains(corner), control.accessibleName()


def test_f1_lists_the_results_keys(qtbot, results, demo_db):
    from ui.common import shortcuts
    from ui.common.shortcuts_help import help_lines, key_text
    from ui.main_menu import MainMenu

    section = results(demo_db)
    scopes = section.window().findChild(MainMenu).shortcut_scopes()
    assert "results" in scopes
    listed = {keys for _screen, keys, _what in help_lines(scopes)}
    for key in (shortcuts.RESULTS_COPY_TABLE, shortcuts.RESULTS_SAVE_TABLE,
                shortcuts.RESULTS_SAVE_CHART, shortcuts.RESULTS_NEW_FINDING,
                shortcuts.EXPORT_REPORT):  # the window's key, shown on the Report button too
        assert key_text(key) in listed
        # and the key is written on its button
        assert any(shortcuts.label(key) in b.text() for b in section.findChildren(
            type(section.report_button)))


def test_another_product_on_the_comparison_page_compares_its_own_stages(qtbot, results,
                                                                        demo_db):
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT, stage=LATER)
    show_comparison(qtbot, section, STAGE, LATER)
    other = "Wallet Money"
    section.product.setCurrentText(other)
    qtbot.waitUntil(lambda: section.shown is not None and section.shown["product"] == other
                    and section.shown["comparison"] is not None, timeout=15_000)
    wait_idle(qtbot, section)
    assert section.message.text() == ""
    stages = [s["name"] for s in section.shown["stages"]]
    comparison = section.shown["comparison"]
    assert (comparison["stage_a"], comparison["stage_b"]) == (stages[-2], stages[-1])
    assert section.comparison.model.rowCount() > 0


def test_the_report_key_from_results_presets_the_product_shown(qtbot, results, demo_db,
                                                                monkeypatch):
    from ui.report import report_dialog

    asked: list[object] = []
    monkeypatch.setattr(report_dialog, "export_report",
                        lambda parent, context, **kw: asked.append(kw.get("product_id")))
    section = results(demo_db)
    choose(qtbot, section, product=PRODUCT)
    section.stage.setFocus()
    qtbot.keyClick(section.stage, Qt.Key.Key_P,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert asked == [section.current_product_id()] and asked[0] is not None
    section.report_button.click()
    assert asked[1] == asked[0]
