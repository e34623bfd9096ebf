"""Set up your network: from an empty database to a study a walk-in session can be recorded in."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from testlab.model.enums import Outcome, Role
from testlab.services import sessions
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.session import open_for_recording
from testlab.services.setup.lists import setup_lists
from ui.settings.lab_settings import read_lab_settings
from ui.startup import demo_offer
from ui.startup.demo_offer import DemoOffer

PC = "LAB-PC-01"


def open_wizard(qtbot, monkeypatch, make_window, db):
    monkeypatch.setattr(demo_offer, "ask_first_start", lambda _parent: demo_offer.FirstStart.SET_UP)
    window = make_window(db)
    offer = DemoOffer(window, window.context)
    with qtbot.waitSignal(offer.set_up_opened) as opened:
        assert offer.offer_if_empty() is False
    wizard = opened.args[0]
    qtbot.addWidget(wizard)
    return window, wizard


def fill_centre(wizard, zone: str) -> None:
    wizard.code.setText("tun")
    wizard.centre_name.setText("Tunis Lab")
    wizard.city.setText("Tunis")
    wizard.country.setText("TN")
    wizard.zone.setEditText(zone)


def next_page(wizard, page) -> None:
    wizard.next()
    assert wizard.currentPage() is page, page.errors.shown()


def test_the_guided_first_start_ends_with_a_study_the_console_can_run(qtbot, monkeypatch,
                                                                       make_window, db,
                                                                       settings):
    window, wizard = open_wizard(qtbot, monkeypatch, make_window, db)
    fill_centre(wizard, "Africa/Tunis")
    next_page(wizard, wizard.pc_page)
    wizard.workstation.setText(PC)
    next_page(wizard, wizard.you_page)
    wizard.you_name.setText("Amira Ben Salah")
    wizard.you_email.setText("amira@example.org")
    next_page(wizard, wizard.product_page)
    wizard.product_name.setText("Home Fibre")
    next_page(wizard, wizard.study_page)
    wizard.study_title.setText("Fibre app prototype")
    with qtbot.waitSignal(wizard.network_set_up) as done:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    study_id = done.args[0]
    lists = setup_lists(db)
    assert [(c.code, c.time_zone) for c in lists.centres] == [("TUN", "Africa/Tunis")]
    assert [r.name for r in lists.rooms] == ["Lab 1"]
    me = lists.staff[0]
    assert set(me.roles) == set(Role) and me.home_centre_id == lists.centres[0].id
    assert lists.products[0].owner_id == me.id
    assert [t.key for t in lists.studies[0].tasks] == ["pay-bill", "top-up"]
    lab = read_lab_settings(settings)
    assert (lab.centre_code, lab.staff_id, lab.workstation) == ("TUN", me.id, PC)
    # The console can run it: a walk-in session is created, checked in and recorded.
    choices = sessions.studies_for_centre(db, "TUN")
    assert [c.id for c in choices] == [study_id]
    row = sessions.create_adhoc_session(db, study_id, centre_code="TUN",
                                        participant=sessions.NewParticipant(),
                                        facilitator_id=me.id, conditions=sessions.Conditions())
    sessions.check_in(db, row.id, consent_confirmed=True, by=me.id)
    state = open_for_recording(db, row.id, PC)
    first = lists.studies[0].tasks[0]
    record_attempt(db, row.id, first.id, outcome=Outcome.SUCCESS, seconds=75.0, rating=6,
                   errors=0, assists=0, notes="", by=me.id, workstation=PC)
    assert len(state.tasks) == 2
    assert open_for_recording(db, row.id, PC).attempts  # the attempt is there
    assert "set up" in window.statusBar().currentMessage()


def test_a_refusal_keeps_the_wizard_on_its_page_under_the_field(qtbot, monkeypatch, make_window,
                                                                db):
    _window, wizard = open_wizard(qtbot, monkeypatch, make_window, db)
    fill_centre(wizard, "Africa/Atlantis")
    wizard.next()
    assert wizard.currentPage() is wizard.centre_page
    assert list(wizard.centre_page.errors.shown()) == ["time_zone"]
    assert setup_lists(db).centres == ()
    wizard.zone.setEditText("Africa/Tunis")
    next_page(wizard, wizard.pc_page)
    wizard.back()
    wizard.city.setText("La Marsa")  # back and on again: the same centre, edited
    next_page(wizard, wizard.pc_page)
    assert [c.city for c in setup_lists(db).centres] == ["La Marsa"]
    wizard.workstation.clear()
    wizard.next()
    assert list(wizard.pc_page.errors.shown()) == ["workstation"]
    wizard.workstation.setText(PC)
    next_page(wizard, wizard.you_page)
    wizard.you_name.setText("Amira")
    wizard.you_email.setText("amira")
    wizard.next()
    assert list(wizard.you_page.errors.shown()) == ["email"]
    wizard.you_email.setText("amira@example.org")
    next_page(wizard, wizard.product_page)
    wizard.product_name.setText("Home Fibre")
    next_page(wizard, wizard.study_page)
    wizard.study_title.setText("Round 1")
    wizard.task_lines.setPlainText("pay-bill | Pay | -5")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible()
    assert list(wizard.study_page.errors.shown()) == ["target_seconds"]
    wizard.task_lines.setPlainText("just a title")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert list(wizard.study_page.errors.shown()) == ["tasks"]
    assert setup_lists(db).studies[0].tasks == ()
