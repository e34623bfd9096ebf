"""After a crash: the next start offers the sessions this PC still holds and reopens them."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from testlab import model as m
from testlab.services import sessions as svc
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.session import open_for_recording
from tests.ui.lab_world import build_lab
from ui.console import ConsoleWindow
from ui.settings.lab_settings import STAFF_KEY, WORKSTATION_KEY
from ui.startup import resume_offer
from ui.startup.resume_offer import ResumeOffer

PC = "LAB-PC-03"


def _this_pc(settings_path, staff_id=None) -> None:
    settings = QSettings(str(settings_path), QSettings.Format.IniFormat)
    settings.setValue(WORKSTATION_KEY, PC)
    settings.setValue(STAFF_KEY, str(staff_id) if staff_id else "")
    settings.sync()


def _held_session(db):
    """A session checked in and being recorded on PC when TestLab died (lock kept)."""
    lab = build_lab(db)
    svc.check_in(db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    open_for_recording(db, lab.session_id, PC)
    record_attempt(db, lab.session_id, lab.task_ids[0], outcome="success", seconds=61.0, rating=6,
                   errors=0, assists=0, notes="", by=lab.staff_id, workstation=PC)
    return lab


def test_a_held_session_is_offered_and_opens_in_the_console(
    qtbot, monkeypatch, make_window, sqlite_db, settings_path
):
    lab = _held_session(sqlite_db)
    _this_pc(settings_path, lab.staff_id)
    asked: list = []
    monkeypatch.setattr(resume_offer, "ask_resume",
                        lambda parent, rows: asked.append(rows) or True)
    window = make_window(sqlite_db)
    offer = ResumeOffer(window, window.context)
    with qtbot.waitSignal(offer.consoles_opened) as blocker:
        assert offer.offer_if_held() is True
    [rows] = asked
    assert [r.id for r in rows] == [lab.session_id]
    assert "P-MAD-0007 · Beta round" in resume_offer.describe(rows)
    assert "1 of 3 tasks recorded" in resume_offer.describe(rows)
    [console] = blocker.args[0]
    assert isinstance(console, ConsoleWindow) and console.isVisible()
    assert console.state.session.id == lab.session_id
    assert console.context.workstation == PC and console.context.staff_id == lab.staff_id
    assert console.current_page() == "task"
    assert console.task_page.task.id == lab.task_ids[1]  # resumes at the next task
    console.close()
    assert offer.consoles == []
    with sqlite_db.session_factory() as s:
        assert s.get(m.Session, lab.session_id).open_on is None


def test_declining_opens_nothing_and_keeps_the_lock(
    qtbot, monkeypatch, make_window, sqlite_db, settings_path
):
    lab = _held_session(sqlite_db)
    _this_pc(settings_path)
    monkeypatch.setattr(resume_offer, "ask_resume", lambda parent, rows: False)
    window = make_window(sqlite_db)
    offer = ResumeOffer(window, window.context)
    with qtbot.waitSignal(offer.declined, timeout=1000):
        assert offer.offer_if_held() is False
    assert offer.consoles == []
    with sqlite_db.session_factory() as s:
        assert s.get(m.Session, lab.session_id).open_on == PC


def test_nothing_held_by_this_pc_asks_nothing(monkeypatch, make_window, sqlite_db,
                                              settings_path):
    lab = build_lab(sqlite_db)
    svc.check_in(sqlite_db, lab.session_id, consent_confirmed=True, by=lab.staff_id)
    open_for_recording(sqlite_db, lab.session_id, "ANOTHER-PC")  # held, but elsewhere
    _this_pc(settings_path)

    def never(parent, rows):
        raise AssertionError("asked with nothing held by this PC")

    monkeypatch.setattr(resume_offer, "ask_resume", never)
    window = make_window(sqlite_db)
    assert ResumeOffer(window, window.context).offer_if_held() is False


def test_empty_database_asks_nothing(monkeypatch, make_window, sqlite_db):
    monkeypatch.setattr(resume_offer, "ask_resume", lambda parent, rows: 1 / 0)
    window = make_window(sqlite_db)
    assert ResumeOffer(window, window.context).offer_if_held() is False


def test_main_schedules_the_offer_after_the_window_shows(monkeypatch, tmp_path, qapp):
    """main() hooks the offer with a zero-delay timer: it runs once the event loop does."""
    from ui import app

    scheduled: list = []
    monkeypatch.setenv(app.SETTINGS_FILE_ENV, str(tmp_path / "s.ini"))
    monkeypatch.setattr(app.QTimer, "singleShot",
                        lambda ms, slot: scheduled.append((ms, slot)))
    monkeypatch.setattr(app.QApplication, "exec", lambda self: 0)
    assert app.main(["--db", str(tmp_path / "t.sqlite3"), "--no-demo-offer"]) == 0
    offers = [slot for ms, slot in scheduled if getattr(slot, "__name__", "") == "offer_if_held"]
    assert len(offers) == 1 and isinstance(offers[0].__self__, ResumeOffer)
