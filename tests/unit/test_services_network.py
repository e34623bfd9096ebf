"""testlab.services.network: the centre list, search (incl. non-ASCII) and centre details."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest

from testlab.errors import NotFound
from testlab.scheduling.zones import local_time
from testlab.services.network import centre_detail, list_centres


def _codes(db, search=""):
    return [row.code for row in list_centres(db, search)]


def test_lists_the_demo_network(demo_db):
    rows = list_centres(demo_db)
    assert len(rows) == 23
    by_code = {row.code: row for row in rows}
    assert by_code["MAD"].rooms == 3 and by_code["MAD"].time_zone == "Europe/Madrid"
    assert [r.name for r in rows] == sorted(r.name for r in rows)


@pytest.mark.parametrize("search, expected", [
    ("łódź", ["LCJ"]), ("ŁÓDŹ", ["LCJ"]), ("București", ["BUH"]), ("bucurești", ["BUH"]),
    ("lcj", ["LCJ"]), ("sn", ["DKR"]), ("  paris  ", ["PAR"]), ("القاهرة", ["CAI"]),
    ("%", []), ("_", []), ("nowhere", []),
])
def test_search_matches_code_name_city_country_in_any_case(demo_db, search, expected):
    assert _codes(demo_db, search) == expected


def test_search_by_country_lists_every_centre_there(demo_db):
    found = _codes(demo_db, "fr")  # also "Freetown": the search is a substring match
    assert {"LYS", "PAR", "FNA"} == set(found)


def test_empty_database(sqlite_db):
    assert list_centres(sqlite_db) == [] and list_centres(sqlite_db, "x") == []


def test_detail_open_and_closed_in_local_time(demo_db):
    madrid = next(r for r in list_centres(demo_db) if r.code == "MAD")
    # Monday 2026-11-30 10:30 UTC = 11:30 in Madrid (open 10:00–19:00).
    open_now = centre_detail(demo_db, madrid.id, datetime(2026, 11, 30, 10, 30, tzinfo=UTC))
    assert open_now.is_open_now and open_now.local_now.hour == 11
    assert [room.name for room in open_now.rooms] == ["Lab 1", "Lab 2", "Living room"]
    assert open_now.week[0].opens.hour == 10 and not open_now.week[6].is_open_day
    sunday = centre_detail(demo_db, madrid.id, datetime(2026, 11, 29, 12, 0, tzinfo=UTC))
    assert not sunday.is_open_now


def test_detail_across_midnight_uses_the_centres_weekday(demo_db):
    amman = next(r for r in list_centres(demo_db) if r.code == "AMM")
    # Saturday 22:30 UTC is already Sunday 01:30 in Amman.
    detail = centre_detail(demo_db, amman.id, datetime(2026, 11, 28, 22, 30, tzinfo=UTC))
    assert detail.local_now.weekday() == 6 and not detail.is_open_now


def test_unknown_centre(demo_db):
    with pytest.raises(NotFound):
        centre_detail(demo_db, uuid.uuid4())


def test_local_time_refuses_naive_and_survives_unknown_zone():
    with pytest.raises(ValueError):
        local_time("Europe/Paris", datetime(2026, 1, 1))
    assert local_time("Mars/Olympus", datetime(2026, 1, 1, tzinfo=UTC)).utcoffset().seconds == 0


def test_light_tables_of_the_centre_list_match_the_model() -> None:
    from testlab import model as m
    from testlab.services.network import CENTRES, OPENING_HOURS, ROOMS

    for light, mapped in ((CENTRES, m.Centre.__table__), (ROOMS, m.Room.__table__),
                          (OPENING_HOURS, m.OpeningHours.__table__)):
        assert light.name == mapped.name
        for light_column in light.c:
            column = mapped.c[light_column.name]  # KeyError: a column the model lacks
            if light_column.name.endswith("id") or light_column.name in ("opens", "closes"):
                # ids must convert to uuid.UUID, hours to datetime.time, alike
                assert type(light_column.type) is type(column.type)


def test_window_start_path_does_not_import_the_orm() -> None:
    import subprocess
    import sys

    code = ("import sys, ui, ui.app, ui.centres.centres_view; "
            "print('sqlalchemy.orm' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert done.stdout.strip() == "False"


def test_first_screen_queries_do_not_import_the_orm(demo_path) -> None:
    """The centre list and the first centre's details run before the ORM loads: importing it
    in a worker while the first rows paint would slow the paint (the start-up benchmark)."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from testlab.db.database import open_database\n"
            "from testlab.services.network import centre_detail, list_centres\n"
            f"db = open_database({str(demo_path)!r})\n"
            "rows = list_centres(db)\n"
            "detail = centre_detail(db, rows[0].id)\n"
            "print(len(rows), len(detail.rooms) > 0, len(detail.week), "
            "'sqlalchemy.orm' in sys.modules)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env={"PATH": ""})
    assert done.stdout.split() == ["23", "True", "7", "False"]
