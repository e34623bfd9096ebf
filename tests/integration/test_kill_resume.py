"""Nothing lost: a process recording a session is SIGKILLed (no clean exit), and the
database still holds every committed attempt, note and answer; the session is offered
for resuming on that PC and the console reopens on the right task."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select, text

from testlab import model as m
from testlab.db.database import open_database
from testlab.errors import SessionLocked
from testlab.services import sessions as svc
from testlab.services.recording.session import open_for_recording
from tests.unit.test_recording_world import Lab, build_lab

pytestmark = [pytest.mark.slow, pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")]

PC = "LAB-PC-KILL"
REPO = Path(__file__).resolve().parents[2]

# The child records through the same services as the console, saying READY after
# each commit.  In "wait" mode it then blocks until told to go on, so the parent
# kills it at a known point; in "stream" mode it never stops writing.
CHILD = r"""
import sys, uuid
from testlab.db.database import open_database
from testlab.services import sessions as svc
from testlab.services.recording.attempts import record_attempt
from testlab.services.recording.notes import add_observation
from testlab.services.recording.questionnaire import answer_questionnaire
from testlab.services.recording.session import open_for_recording
path, sid, staff, pc, mode, tasks = sys.argv[1:7]
sid, staff = uuid.UUID(sid), uuid.UUID(staff)
tasks = [uuid.UUID(t) for t in tasks.split(",")]
db = open_database(path)
def ready(step):
    print("READY", step, flush=True)
    if mode == "wait":
        sys.stdin.readline()
svc.check_in(db, sid, consent_confirmed=True, by=staff); ready("checked-in")
open_for_recording(db, sid, pc); ready("opened")
record_attempt(db, sid, tasks[0], outcome="success", seconds=42.5, rating=6, errors=1,
               assists=0, notes="first", by=staff, workstation=pc)
ready("attempt-1")
add_observation(db, sid, elapsed_seconds=50.0, text="Taps the logo #nav", tags=["nav"],
                task_id=tasks[0], by=staff, workstation=pc)
ready("observation-1")
record_attempt(db, sid, tasks[1], outcome="gave_up", seconds=120.0, rating=2, errors=3,
               assists=1, notes="second", by=staff, workstation=pc)
ready("attempt-2")
n = 0
while True:
    n += 1
    add_observation(db, sid, elapsed_seconds=200.0 + n, text=f"note {n}", tags=[],
                    task_id=tasks[2], by=staff, workstation=pc)
    answer_questionnaire(db, sid, f"sus_{(n - 1) % 10 + 1}", (n - 1) % 5 + 1, workstation=pc)
    ready(f"note-{n}")
"""


def _start_child(path: str, lab: Lab, mode: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("TESTLAB_DATABASE_URL", None)
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(lab.session_id), str(lab.staff_id), PC,
         mode, ",".join(map(str, lab.task_ids))],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        cwd=REPO, env=env)


def _read_until(child: subprocess.Popen[str], step: str, *, answer: bool) -> list[str]:
    assert child.stdout is not None and child.stdin is not None
    seen = []
    while True:
        line = child.stdout.readline()
        if not line:
            raise AssertionError(f"child ended early: {child.stderr.read() if child.stderr else ''}")
        seen.append(line.split()[1])
        if seen[-1] == step:
            return seen
        if answer:
            child.stdin.write("go\n")
            child.stdin.flush()


def _kill(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=10) == -signal.SIGKILL
    for stream in (child.stdin, child.stdout, child.stderr):
        if stream is not None:
            stream.close()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def lab_path(request: pytest.FixtureRequest) -> tuple[str, Lab]:
    """A database target (file path or URL) with the lab world, on each backend."""
    name = "sqlite_path" if request.param == "sqlite" else "postgres_schema_url"
    target = str(request.getfixturevalue(name))
    db = open_database(target)
    try:
        return target, build_lab(db)
    finally:
        db.close()


def _integrity_ok(s) -> bool:  # type: ignore[no-untyped-def]
    if s.get_bind().dialect.name != "sqlite":
        return True  # PostgreSQL's own crash recovery; nothing to ask
    return s.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_killed_mid_session_everything_committed_is_there_and_resumes(
    lab_path: tuple[str, Lab], qtbot
) -> None:
    path, lab = lab_path
    child = _start_child(path, lab, "wait")
    try:
        steps = _read_until(child, "attempt-2", answer=True)
    finally:
        _kill(child)
    assert steps == ["checked-in", "opened", "attempt-1", "observation-1", "attempt-2"]

    db = open_database(str(path))
    try:
        with db.session_factory() as s:
            assert _integrity_ok(s)
            session = s.get(m.Session, lab.session_id)
            assert session.status == m.SessionStatus.RUNNING
            assert session.consent_confirmed_at is not None and session.open_on == PC
            attempts = {a.task_id: a for a in s.scalars(select(m.TaskAttempt))}
            first, second = attempts[lab.task_ids[0]], attempts[lab.task_ids[1]]
            assert (first.outcome, first.seconds, first.rating, first.errors, first.assists,
                    first.notes, first.recorded_by_id) == (
                m.Outcome.SUCCESS, 42.5, 6, 1, 0, "first", lab.staff_id)
            assert (second.outcome, second.seconds, second.rating, second.errors,
                    second.assists, second.notes) == (m.Outcome.GAVE_UP, 120.0, 2, 3, 1, "second")
            assert lab.task_ids[2] not in attempts
            [note] = session.observations
            assert (note.elapsed_seconds, note.text, note.tags, note.task_id) == (
                50.0, "Taps the logo #nav", ["nav"], lab.task_ids[0])

        # The next start on that PC offers the session; another PC is still refused.
        assert [r.id for r in svc.resumable_sessions(db, PC)] == [lab.session_id]
        with pytest.raises(SessionLocked, match=PC):
            open_for_recording(db, lab.session_id, "LAB-PC-OTHER")
        state = open_for_recording(db, lab.session_id, PC)
        assert state.next_task_index == 2
        assert {a.task_id for a in state.attempts} == set(lab.task_ids[:2])
        assert [o.text for o in state.observations] == ["Taps the logo #nav"]

        # The console opened on it shows the third task, with the note listed.
        from tests.ui.console.test_console import FakeClock
        from ui.console import ConsoleWindow

        window = ConsoleWindow(db, state, lab.staff_id, FakeClock())
        qtbot.addWidget(window)
        assert window.current_page() == "task"
        assert window.task_page.task.id == lab.task_ids[2]
        assert window.observations.list.count() == 1
        window.close()
    finally:
        db.close()


def test_killed_while_writing_nothing_reported_is_lost(lab_path: tuple[str, Lab]) -> None:
    path, lab = lab_path
    child = _start_child(path, lab, "stream")
    try:
        steps = _read_until(child, "note-25", answer=False)
    finally:
        _kill(child)  # killed while it keeps writing: maybe in the middle of a commit
    assert steps[-1] == "note-25"

    db = open_database(str(path))
    try:
        with db.session_factory() as s:
            assert _integrity_ok(s)
            notes = s.scalars(select(m.Observation.text).where(
                m.Observation.session_id == lab.session_id)).all()
            numbered = sorted(int(t.split()[1]) for t in notes if t.startswith("note "))
            # Every note reported committed is there, in an unbroken run from the first.
            assert numbered[:25] == list(range(1, 26))
            assert numbered == list(range(1, len(numbered) + 1))
            answers = s.get(m.Questionnaire, lab.session_id)
            assert answers.sus_answers() == [(i % 5) + 1 for i in range(10)]
        state = open_for_recording(db, lab.session_id, PC)
        assert state.next_task_index == 2 and len(state.observations) >= 26
    finally:
        db.close()
