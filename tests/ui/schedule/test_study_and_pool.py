"""The study page (a study across centres in the viewer's zone, planned / booked / completed),
the participant pool (search, history, add with consent, erase contacts), and the section
in the window (lazy, keys listed for F1, every control named)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import insert, select

from testlab import model as m
from testlab.db.database import Database
from testlab.services.participants import Contact, add_participant
from testlab.services.schedule import booking as svc
from testlab.services.setup.participants import ParticipantFields
from tests.ui.accessibility import nameless
from tests.ui.helpers import set_this_pc
from tests.unit.scheduling.world import booking
from ui.common import shortcuts
from ui.schedule.pool_view import PoolView
from ui.schedule.study_view import StudyView
from ui.settings.lab_settings import LabSettings, LabSettingsStore


def _plan(db: Database, study: str, planned: dict[str, int]) -> None:
    with db.session_factory.begin() as s:
        study_id = s.scalar(select(m.Study.id).where(m.Study.title == study))
        for code, sample in planned.items():
            centre_id = s.scalar(select(m.Centre.id).where(m.Centre.code == code))
            s.execute(insert(m.StudyCentre).values(study_id=study_id, centre_id=centre_id,
                                                   planned_sample=sample))


def test_study_view_in_the_viewers_zone_with_each_centres_time(qtbot, world, runner):
    _plan(world, "Alpha round", {"PAR": 8, "LIS": 6, "CAI": 4})
    svc.book(world, booking("2027-06-09 10:00"))  # Paris 10:00 = 08:00 UTC
    svc.book(world, booking("2027-06-09 10:00", centre_code="LIS",
                            facilitator_email="bruno@example.net"))  # Lisbon 10:00 = 09:00 UTC
    cancelled = svc.book(world, booking("2027-06-10 10:00", centre_code="LIS",
                                        facilitator_email="bruno@example.net"))
    svc.cancel(world, cancelled.id)
    view = StudyView(world, runner, zones=["America/New_York"])
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10_000)
    assert view.study.currentText() == "Alpha round"
    with qtbot.waitSignal(view.study_listed, timeout=10_000) as listed:
        view.zone.setCurrentIndex(view.zone.findData("America/New_York"))
    assert listed.args == [3]
    rows = [(r.centre_code, r.viewer_start.strftime("%H:%M"), r.local_start.strftime("%H:%M"))
            for r in view.overview.sessions]
    assert rows == [("PAR", "04:00", "10:00"), ("LIS", "05:00", "10:00"),
                    ("LIS", "05:00", "10:00")]
    model = view.sessions_model
    assert model.data(model.index(0, 0)) == "2027-06-09 04:00"
    assert model.data(model.index(0, 2)).startswith("2027-06-09 10:00")
    progress = {(p.centre_code, p.planned, p.booked, p.completed) for p in view.overview.progress}
    assert progress == {("PAR", 8, 1, 0), ("LIS", 6, 1, 0), ("CAI", 4, 0, 0)}
    assert "planned 18, booked 2, completed 0" in view.summary.text()


def test_study_view_opens_on_the_study_being_run(qtbot, world, runner):
    svc.book(world, booking("2027-06-09 10:00"))  # Alpha round: first by title
    svc.book(world, booking("2027-06-08 10:00", study_title="Beta round"))  # but sooner
    view = StudyView(world, runner)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.overview is not None, timeout=10_000)
    assert view.study.currentText() == view.overview.title == "Beta round"
    assert [view.study.itemText(i) for i in range(view.study.count())] == [
        "Alpha round", "Beta round", "TV concept"]


def test_study_view_with_no_study(qtbot, sqlite_db, runner):
    view = StudyView(sqlite_db, runner)
    qtbot.addWidget(view)
    assert "No study yet" in view.summary.text()
    assert view.sessions_model.rowCount() == 0


def _add(db: Database, code: str, name: str | None = None, **profile: object) -> None:
    add_participant(db, ParticipantFields(code=code, centre_code="PAR",
                                          consent_date=date(2027, 1, 5), consent_version="2.1",
                                          **profile),  # type: ignore[arg-type]
                    Contact(name) if name else None)


@pytest.fixture
def yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)


def test_pool_searches_shows_history_adds_and_erases(qtbot, world, runner, yes):
    _add(world, "P-PAR-0100", "Zoé Łukasiewicz", age_band="65+", segment="senior")
    svc.book(world, booking("2027-06-09 10:00", participant_code="P-PAR-0100"))
    view = PoolView(world, runner, centre_code="PAR")
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.pool_model.total_rows == 3, timeout=10_000)
    with qtbot.waitSignal(view.pool_listed, timeout=10_000) as listed:
        view.search.setText("0100")
    assert listed.args == [1]
    entry = view.pool_model.row_at(0)
    assert entry.full_name == "Zoé Łukasiewicz"
    assert "Zoé Łukasiewicz" in view.pool_model.data(view.pool_model.index(0, 6))
    with qtbot.waitSignal(view.pool_listed, timeout=10_000) as listed:
        view.segment.setCurrentIndex(view.segment.findData("youth"))
    assert listed.args == [0]
    with qtbot.waitSignal(view.pool_listed, timeout=10_000):
        view.segment.setCurrentIndex(view.segment.findData("senior"))
    with qtbot.waitSignal(view.history_listed, timeout=10_000) as history:
        view.pool_table.selectRow(0)
    assert history.args == [1]
    assert view.history_model.row_at(0).study_title == "Alpha round"
    # Erase on request: the code and the history stay; the contact is gone.
    with qtbot.waitSignal(view.pool_listed, timeout=10_000):
        view.erase_button.click()
    assert view.pool_model.row_at(0).full_name is None
    assert "erased" in view.pool_model.data(view.pool_model.index(0, 6))
    with world.session_factory() as s:
        assert s.scalar(select(m.ContactErasure.participant_id)) is not None
        assert s.scalar(select(m.Session.id)) is not None
    # Add a participant with consent: the code is suggested, nothing without a version.
    view.search.clear()
    view.add_participant()
    dialog = view.dialog
    assert dialog is not None and dialog.code.text() == "P-PAR-0101"
    dialog.full_name.setText("مريم")
    dialog.save()
    assert dialog.problem.isVisible() and "consent" in dialog.problem.text()
    dialog.consent_version.setText("2.1")
    dialog.video.setChecked(True)
    with qtbot.waitSignal(view.pool_listed, timeout=10_000) as listed:
        dialog.save()
    assert listed.args == [1]
    added = view.pool_model.row_at(0)
    assert (added.code, added.full_name, added.consent_version) == ("P-PAR-0101", "مريم", "2.1")


def test_the_section_in_the_window(qtbot, make_window, world, settings_path):
    set_this_pc(settings_path, "LIS", None, "PC-1")
    window = make_window(world)
    assert not window.is_section_built("schedule")
    window.show_section("schedule")
    section = window.section("schedule")
    qtbot.waitUntil(lambda: section.week.week is not None, timeout=10_000)
    assert section.week.centre_code == "LIS"
    assert section.pool.centre_code == "LIS"
    assert section.shortcut_scopes() == ("schedule",)
    listed = {key for key, _words in shortcuts.HELP["schedule"]}
    assert shortcuts.MOVE_BLOCK in listed and shortcuts.SLOT_OPEN in listed
    problems = {}
    for index in range(section.tabs.count()):
        section.tabs.setCurrentIndex(index)
        problems[section.tabs.tabText(index)] = nameless(window)
    assert problems == {"Week": [], "Study": [], "Participants": []}
    section.week.grid.select(section.week.grid.cursor)
    section.tabs.setCurrentIndex(0)
    section.week.grid.activate()
    dialog = section.week.dialog
    assert dialog is not None and nameless(dialog) == []
    dialog.reject()
    section.pool.add_participant()
    assert nameless(section.pool.dialog) == []
    section.pool.dialog.reject()


def test_the_pages_follow_this_pcs_centre_and_list_new_centres(qtbot, make_window, world,
                                                              settings_path):
    set_this_pc(settings_path, "LIS", None, "PC-1")
    window = make_window(world)
    window.show_section("schedule")
    section = window.section("schedule")
    qtbot.waitUntil(lambda: section.week.week is not None, timeout=10_000)
    lab = window.findChild(LabSettingsStore)
    with world.session_factory() as s:
        ana = s.scalar(select(m.Staff.id).where(m.Staff.email == "ana@example.net"))

    # The lab settings name another centre: the week and the pool move there at once.
    lab.save(LabSettings(centre_code="CAI", staff_id=ana, workstation="PC-1"))
    qtbot.waitUntil(lambda: section.week.week.centre_code == "CAI", timeout=10_000)
    assert (section.week.centre_code, section.pool.centre_code) == ("CAI", "CAI")
    assert section.week._staff_id == ana

    # Browsing another centre's week is kept when the settings change something else.
    section.week.centre.setCurrentIndex(section.week.centre.findData("PAR"))
    qtbot.waitUntil(lambda: section.week.week.centre_code == "PAR", timeout=10_000)
    lab.save(LabSettings(centre_code="CAI", staff_id=None, workstation="PC-2"))
    assert section.week.centre_code == "PAR" and section.week._staff_id is None

    # A centre added elsewhere (Setup, another PC) is in the switch when the section is
    # shown again, and the choice made is kept.
    with world.session_factory.begin() as s:
        s.add(m.Centre(code="DKR", name="Dakar centre", city="Dakar", country="SN",
                       time_zone="Africa/Dakar"))
    window.show_section("centres")
    window.show_section("schedule")
    for switch in (section.week.centre, section.pool.centre):
        assert [switch.itemData(i) for i in range(switch.count())] == [
            "CAI", "DKR", "LIS", "PAR"]
    assert section.week.centre_code == "PAR"
