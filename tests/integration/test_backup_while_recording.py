"""``testlab backup`` while another process records: a sound copy with everything saved before.

A recording process adds an observation after another, as the console does
(each committed at once), and publishes how many are committed.  Meanwhile
``testlab backup`` runs three times; each copy must pass
``PRAGMA integrity_check`` and hold every observation committed before it began.
The recorder keeps committing throughout (hundreds of entries per backup).
"""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
import time
import uuid
from pathlib import Path
from typing import Any

import pytest

from testlab.cli.main import main
from testlab.db.database import open_database
from testlab.services import sessions as svc
from tests.unit.test_recording_world import build_lab

BACKUPS = 3


def _record(path: str, session_id: uuid.UUID, committed: Any, stop: Any) -> None:
    from testlab.services.recording.notes import add_observation

    db = open_database(path)
    try:
        i = 0
        while not stop.is_set():
            add_observation(db, session_id, float(i + 1), f"obs {i}", [], None, None)
            i += 1
            committed.value = i
    finally:
        db.close()


@pytest.mark.slow
def test_backup_during_recording_is_sound_and_complete(
        sqlite_path: Path, tmp_path: Path) -> None:
    db = open_database(str(sqlite_path))
    lab = build_lab(db)
    svc.check_in(db, lab.session_id, True, lab.staff_id)
    db.close()
    context = mp.get_context("spawn")
    committed = context.Value("i", 0)
    stop = context.Event()
    writer = context.Process(target=_record, args=(str(sqlite_path), lab.session_id,
                                                   committed, stop))
    writer.start()
    try:
        for n in range(BACKUPS):
            deadline = time.monotonic() + 60
            while committed.value < 20 * (n + 1) and time.monotonic() < deadline:
                time.sleep(0.05)
            before = committed.value
            out = tmp_path / f"backup-{n}.sqlite3"
            # The command's own code, in-process: a `testlab` process spends seconds
            # importing before it starts, which only makes the test slower.
            assert main(["--db", str(sqlite_path), "backup", "--out", str(out)]) == 0
            copy = sqlite3.connect(out)
            try:
                assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
                texts = {row[0] for row in copy.execute("SELECT text FROM observations")}
            finally:
                copy.close()
            assert before >= 20
            assert {f"obs {i}" for i in range(before)} <= texts
        assert committed.value > before  # the recorder was still writing
    finally:
        stop.set()
        writer.join(30)
    assert writer.exitcode == 0
