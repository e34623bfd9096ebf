"""Random malformed results files: never a crash, never a traceback, never a partial import.

Hypothesis builds files from near-valid and hostile pieces (headers, cells,
separators, quoting, encodings, stray bytes, truncation).  Whatever it builds,
the import either succeeds and adds exactly what it reports, or raises a
``TestLabError`` and leaves every table's row count unchanged.
"""

from __future__ import annotations

import csv
import io

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from testlab.db.database import Database
from testlab.errors import TestLabError
from testlab.io.results_csv import COLUMNS, REQUIRED_COLUMNS
from testlab.services.results_io import import_results_data
from tests.unit.io.refdata import build_reference, count_rows

HOSTILE = ["", " ", '"', '""', "'", ";", ",", "\n", "\r\n", "\x00", "\t", "é", "عربي", "😀",
           "\ufeff", "=1+1", "-1", "0", "9", "nan", "inf", "1e400", "9" * 400, "NULL", "None"]
NEAR_VALID = {
    "centre": ["DKR", "PAR", "LDZ", "dkr", "XYZ", "DK"],
    "product": ["Self-care app", "Box TV", "self-care app", "Nope"],
    "stage": ["Wireframes v2", "Beta 1", "Concept", "Gamma"],
    "study": ["Round 1", "Round 2"],
    "task_key": ["pay-bill", "top-up", "change-plan", "PAY-BILL", "x" * 80],
    "participant": ["P-DKR-0001", "P-NEW-0001", "P-NEW-0002", "", "P" * 40],
    "session_start": ["2026-03-02 09:30", "2026-03-29 02:30", "2026-10-25 02:30",
                      "2026-10-25 02:30+01:00", "2026-02-30 10:00", "02/03/2026", "2026-03-02",
                      "9999-12-31 23:59", "2026-03-02 09:30+14:00"],
    "outcome": ["success", "Gave up", "skipped", "SKIPPED", "won", ""],
    "seconds": ["75", "75,5", "75.5", "1:15", "-3", "0", "", "1:99", "00:00:01", "86401"],
    "simplicity": ["1", "7", "0", "8", "", "4.5", "7.0"],
    "errors": ["0", "2", "-1", "", "1.5", "99999999999999999999"],
    "assists": ["0", "1", "", "-2"],
    "notes": ["", "ok", "a,b;c", 'say "hi"', "line1\nline2"],
    "facilitator": ["", "a.diop@example.com", "nobody@example.com"],
    "room": ["", "Lab 1", "Salon", "Kitchen"],
    "device_kind": ["", "smartphone", "phone", "toaster"],
    "device_model": ["", "Pixel 8", "m" * 200],
    "device_os": ["", "Android 15", "o" * 100],
    "network": ["", "Wi-Fi", "4G", "5g", "dial-up"],
    "setting": ["", "lab", "home", "moon"],
}


@st.composite
def results_files(draw: st.DrawFn) -> bytes:
    """A results file, valid-looking or not, as bytes."""
    hostile = draw(st.booleans())  # else: near-valid cells only, so some files get in
    cell = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=12)) if hostile \
        else st.sampled_from(HOSTILE)
    columns = draw(st.one_of(
        st.just(list(COLUMNS)),
        st.permutations(list(REQUIRED_COLUMNS)),
        st.lists(st.sampled_from([*COLUMNS, "Centre", "TASK KEY", "junk", "", "seconds"]),
                 max_size=22),
    ) if hostile else st.one_of(st.just(list(COLUMNS)), st.permutations(list(REQUIRED_COLUMNS))))
    rows = []
    for _ in range(draw(st.integers(0, 6))):
        width = len(columns) + (draw(st.sampled_from([0, 0, 0, -1, 1])) if hostile else 0)
        # Near-valid files: every cell valid (the first of its list) but at most one.
        odd = draw(st.integers(0, 3 * len(columns))) if not hostile else None
        cells = []
        for i in range(max(width, 0)):
            pool = NEAR_VALID.get(columns[i], [""]) if i < len(columns) else [""]
            if hostile or i == odd:
                cells.append(draw(st.one_of(st.sampled_from(pool), cell)))
            else:
                cells.append(pool[0])
        rows.append(cells)
    separator = draw(st.sampled_from([",", ";", "\t", "|"] if hostile else [",", ";"]))
    if not hostile or draw(st.booleans()):
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer, delimiter=separator,
                            lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"])))
        writer.writerow(columns)
        writer.writerows(rows)
        text = buffer.getvalue()
    else:  # no quoting at all: separators and newlines inside cells break rows
        text = "\n".join(separator.join(r) for r in [columns, *rows])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "latin-1", "cp1252", "utf-16"]
                                    if hostile else ["utf-8", "utf-8-sig"]))
    data = text.encode(encoding, errors="replace")
    if hostile and draw(st.booleans()):
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=8)) + data[at:]
    if hostile and draw(st.booleans()):
        data = data[:draw(st.integers(0, len(data)))]
    return data


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=results_files(), dry_run=st.booleans())
def test_random_files_never_crash_nor_partially_import(db: Database, data: bytes,
                                                       dry_run: bool) -> None:
    if not count_rows(db)["centres"]:
        build_reference(db)
    before = count_rows(db)
    try:
        result = import_results_data(db, data, dry_run=dry_run)
    except TestLabError as exc:
        event(f"refused: {type(exc).__name__}")
        assert count_rows(db) == before
        return
    event("accepted, added some" if result.added else "accepted, added none")
    after = count_rows(db)
    if dry_run:
        assert after == before
        return
    assert after["task_attempts"] == before["task_attempts"] + result.added
    assert after["sessions"] == before["sessions"] + result.sessions_created
    assert after["participants"] == before["participants"] + result.participants_created
