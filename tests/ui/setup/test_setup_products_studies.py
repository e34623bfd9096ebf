"""Setup → Products and Studies through real widgets, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from sqlalchemy import func, select

from testlab import model as m
from testlab.model.enums import RoomKind, StageKind, StudyStatus
from testlab.services.setup import centres, products
from testlab.services.setup.centres import CentreFields
from testlab.services.setup.lists import setup_lists
from testlab.services.setup.products import ProductFields
from tests.ui.setup.conftest import saved
from ui.setup import studies_page
from ui.setup.setup_page import find_data


def count(db, entity) -> int:
    with db.session_factory.begin() as s:
        return s.scalar(select(func.count()).select_from(entity)) or 0


def a_centre(db, code="DKR", room=True):
    centre = centres.create_centre(db, fields=CentreFields(code, f"{code} lab", "Dakar", "SN",
                                                           "Africa/Dakar"))
    if room:
        centres.add_room(db, centre_id=centre.id, name="Lab A", kind=RoomKind.USABILITY_LAB)
    return centre


def test_a_product_is_created_and_its_stages_added_renamed_and_reordered(qtbot, open_setup, db):
    section = open_setup(db)
    page = section.products
    page.new()
    page.name.setText("")
    page.save_button.click()
    assert list(page.errors.shown()) == ["name"]
    assert count(db, m.Product) == 0
    page.name.setText("Wallet Money")
    saved(qtbot, section, page.save_button.click)
    for name, kind in (("Wireframes", StageKind.CONCEPT), ("Beta 1", StageKind.BETA)):
        page.stage_name.setText(name)
        page.stage_kind.setCurrentIndex(find_data(page.stage_kind, kind))
        saved(qtbot, section, page.add_stage_button.click)
    page.stage_name.setText("Wireframes")
    page.add_stage_button.click()  # a second stage of that name: refused under the stage
    assert list(page.errors.shown()) == ["stage_name"]
    page.stages.setCurrentRow(1)
    page.stage_name.setText("Beta one")
    saved(qtbot, section, page.save_stage_button.click)
    page.stages.setCurrentRow(1)
    saved(qtbot, section, page.up_button.click)
    product = setup_lists(db).products[0]
    assert [(s.name, s.kind) for s in product.stages] == [("Beta one", StageKind.BETA),
                                                           ("Wireframes", StageKind.CONCEPT)]
    assert page.stages.currentItem().text().startswith("1. Beta one")


def designed(db):
    """A centre with a room, a product with two stages: what a study needs."""
    centre = a_centre(db)
    product = products.create_product(db, fields=ProductFields("Wallet Money"))
    first = products.add_stage(db, product_id=product.id, name="Concept", kind="concept")
    second = products.add_stage(db, product_id=product.id, name="Beta", kind="beta")
    return centre, first, second


def fill_study(page, title, stage_id, sample=8):
    page.new()
    page.stage.setCurrentIndex(find_data(page.stage, stage_id))
    page.title.setText(title)
    page.starts.setDate(QDate(2027, 3, 1))
    page.ends.setDate(QDate(2027, 3, 12))
    page.centres.item(0, 0).setCheckState(Qt.CheckState.Checked)
    page._sample(0).setValue(sample)


def add_task(qtbot, section, key, title, target=0):
    page = section.studies
    page.task_key.setText(key)
    page.task_title.setText(title)
    page.scenario.setPlainText(f"Please {title.lower()}.")
    page.criteria.setPlainText("Confirmation shown")
    page.target.setValue(target)
    saved(qtbot, section, page.add_task_button.click)


def test_a_study_is_designed_with_centres_tasks_order_and_copied_tasks(qtbot, open_setup, db):
    centre, first, second = designed(db)
    section = open_setup(db)
    page = section.studies
    fill_study(page, "Concept test", first.id)
    saved(qtbot, section, page.save_button.click)
    study = setup_lists(db).studies[0].study
    assert (study.title, study.starts_on, study.ends_on, study.status) == (
        "Concept test", date(2027, 3, 1), date(2027, 3, 12), StudyStatus.DRAFT)
    assert study.centres == ((centre.id, 8),)
    add_task(qtbot, section, "pay-bill", "Pay a bill", 90)
    add_task(qtbot, section, "top-up", "Top up")
    page.tasks.setCurrentRow(1)
    saved(qtbot, section, page.up_button.click)
    tasks = setup_lists(db).studies[0].tasks
    assert [(t.key, t.target_seconds) for t in tasks] == [("top-up", None), ("pay-bill", 90.0)]
    assert tasks[1].scenario == "Please pay a bill." and tasks[1].success_criteria
    # Edited: the status moves on, the title changes.
    page.status.setCurrentIndex(find_data(page.status, StudyStatus.PLANNED))
    page.title.setText("Concept round 1")
    saved(qtbot, section, page.save_button.click)
    assert setup_lists(db).studies[0].study.status is StudyStatus.PLANNED
    # A study of the later stage copies the earlier one's tasks, keys kept.
    fill_study(page, "Beta test", second.id)
    saved(qtbot, section, page.save_button.click)
    assert page.current.study.title == "Beta test"
    assert page.copy_from.count() == 1
    saved(qtbot, section, page.copy_button.click)
    beta = next(e for e in setup_lists(db).studies if e.study.title == "Beta test")
    assert [t.key for t in beta.tasks] == ["top-up", "pay-bill"]


def test_a_refused_study_or_task_names_its_field_and_saves_nothing(qtbot, open_setup, db):
    _centre, first, _second = designed(db)
    a_centre(db, "ACC", room=False)
    section = open_setup(db)
    page = section.studies
    fill_study(page, "Concept test", first.id)
    page.ends.setDate(QDate(2027, 2, 1))
    page.save_button.click()
    assert list(page.errors.shown()) == ["ends_on"]
    fill_study(page, "Concept test", first.id, sample=0)
    page.save_button.click()
    # The planned samples sit in the centres' table: one line under it for both.
    assert list(page.errors.shown()) == ["planned_sample"]
    assert "planned_sample for ACC is 0" in page.errors.shown()["planned_sample"]
    fill_study(page, "Concept test", first.id)
    page.centres.item(0, 0).setCheckState(Qt.CheckState.Checked)  # ACC: no room
    page._sample(0).setValue(5)
    assert page.centres.item(0, 0).text().startswith("ACC")
    page.save_button.click()
    assert "no room" in page.errors.shown()["centres"]
    assert count(db, m.Study) == 0
    page.centres.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    saved(qtbot, section, page.save_button.click)
    add_task(qtbot, section, "pay-bill", "Pay a bill")
    page.task_key.setText("pay-bill")
    page.task_title.setText("Again")
    page.add_task_button.click()
    assert list(page.errors.shown()) == ["key"]
    page.task_key.setText("pay bill")
    page.add_task_button.click()
    assert list(page.errors.shown()) == ["key"]
    page.task_key.setText("other")
    page.task_title.setText("")
    page.add_task_button.click()
    assert list(page.errors.shown()) == ["task_title"]
    assert count(db, m.Task) == 1


def test_a_wording_change_of_a_task_with_attempts_asks_first(qtbot, open_setup, demo_db,
                                                            monkeypatch):
    section = open_setup(demo_db)
    page = section.studies
    with demo_db.session_factory.begin() as s:
        task_id = s.scalar(select(m.TaskAttempt.task_id).limit(1))
        study_id = s.get(m.Task, task_id).study_id
    assert page.select_id(study_id)
    line = next(i for i in range(page.tasks.count())
                if page.tasks.item(i).data(Qt.ItemDataRole.UserRole).id == task_id)
    page.tasks.setCurrentRow(line)
    page.task_title.setText("A reworded task")
    asked: list[str] = []
    monkeypatch.setattr(studies_page, "ask_wording_change",
                        lambda _parent, message: asked.append(message) or False)
    page.save_task_button.click()
    assert len(asked) == 1 and "recorded attempt" in asked[0]
    with demo_db.session_factory.begin() as s:
        assert s.get(m.Task, task_id).title != "A reworded task"
    monkeypatch.setattr(studies_page, "ask_wording_change", lambda _parent, _message: True)
    saved(qtbot, section, page.save_task_button.click)
    with demo_db.session_factory.begin() as s:
        assert s.get(m.Task, task_id).title == "A reworded task"
