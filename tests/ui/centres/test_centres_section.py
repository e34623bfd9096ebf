"""The Centres section on real services and real SQLite files (PostgreSQL where said)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import insert

from testlab import model as m
from tests.ui.degenerate import ListSectionData, three_letters
from tests.ui.helpers import (
    add_centre,
    add_many_centres,
    search,
    select_and_wait,
    wait_listed,
)
from ui.common.table_model import PAGE_SIZE

DEMO_CENTRES = 23


class TestCentresDegenerate(ListSectionData):
    """Empty, one centre, Arabic/Polish/Romanian names, 10,000 centres (tests/ui/degenerate.py)."""

    key = "centres"
    nouns = "centres"

    def fill(self, db, names):
        rows = [{"code": three_letters(n), "name": name, "city": "Casablanca",
                 "country": "MA", "time_zone": "Africa/Casablanca"}
                for n, name in enumerate(names)]
        if rows:
            with db.engine.begin() as connection:
                connection.execute(insert(m.Centre), rows)


def test_centres_section_lists_the_demo_network(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    wait_listed(qtbot, window, "centres", DEMO_CENTRES)
    model = window.section("centres").model
    codes = {model.row_at(row).code for row in range(model.rowCount())}
    assert {"PAR", "LCJ", "BUH", "CAI", "MLW"} <= codes
    assert [c.title for c in model.columns][:2] == ["Code", "Name"]


def test_centre_search_filters_in_sql_with_unicode(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    wait_listed(qtbot, window, "centres", DEMO_CENTRES)
    section = window.section("centres")
    assert search(qtbot, window, "centres", "łódź") == 1
    assert section.model.row_at(0).code == "LCJ"
    assert search(qtbot, window, "centres", "BUCUREȘTI") == 1
    assert section.model.row_at(0).code == "BUH"
    assert search(qtbot, window, "centres", "no such place") == 0
    assert "No centres match" in section.hint.text()
    assert search(qtbot, window, "centres", "") == DEMO_CENTRES


def test_search_is_debounced(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    wait_listed(qtbot, window, "centres", DEMO_CENTRES)
    section = window.section("centres")
    seen: list[int] = []
    section.rows_listed.connect(seen.append)
    qtbot.keyClicks(section.search_box, "Paris")
    qtbot.waitUntil(lambda: section.model.total_rows == 1, timeout=3000)
    qtbot.wait(400)  # a burst of five keys ends in one search, not five
    assert seen == [1]


def test_selecting_a_centre_fills_its_details(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    wait_listed(qtbot, window, "centres", DEMO_CENTRES)
    section = window.section("centres")
    row = section.model.find_row(lambda r: r.code == "MAD")
    detail = select_and_wait(qtbot, window, "centres", row)
    view = section.details
    assert detail.code == "MAD" and view.title.text() == "Madrid Gran Vía"
    assert "Europe/Madrid" in view.subtitle.text()
    assert "(UTC+0" in view.local_time.text()
    assert view.open_state.text() in {"Open now", "Closed now"}
    assert view.rooms_grid.count() == 2 * len(detail.rooms) == 6
    hours = [view.hours_grid.itemAtPosition(day, 1).widget().text() for day in range(7)]
    assert hours[0] == "10:00 – 19:00" and hours[6] == "Closed"


def test_first_row_is_selected_so_details_are_never_blank(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    wait_listed(qtbot, window, "centres", DEMO_CENTRES)
    section = window.section("centres")
    qtbot.waitUntil(lambda: section.details.detail is not None, timeout=3000)
    assert section.details.detail.id == section.model.row_at(0).id


def test_one_row_with_unicode_names(qtbot, make_window, sqlite_db):
    add_centre(sqlite_db, "ŁDZ", "Centrum Łódź — Śródmieście", "Łódź")
    window = make_window(sqlite_db)
    wait_listed(qtbot, window, "centres", 1)
    section = window.section("centres")
    index = section.model.index(0, 1)
    assert section.model.data(index) == "Centrum Łódź — Śródmieście"
    detail = select_and_wait(qtbot, window, "centres", 0)
    assert detail.city == "Łódź"
    assert search(qtbot, window, "centres", "śródmieście") == 1
    assert search(qtbot, window, "centres", "ŚRÓDMIEŚCIE") == 1


def test_ten_thousand_centres_page_into_the_view(qtbot, make_window, sqlite_db):
    add_many_centres(sqlite_db, 10_000)
    window = make_window(sqlite_db)
    wait_listed(qtbot, window, "centres", 10_000, timeout=20_000)
    section = window.section("centres")
    assert section.model.rowCount() == PAGE_SIZE  # the rest is fetched as the view scrolls
    section.table.scrollToBottom()
    qtbot.waitUntil(lambda: section.model.rowCount() > PAGE_SIZE, timeout=3000)
    detail = select_and_wait(qtbot, window, "centres", 9_999, timeout=5000)
    assert detail.name == "Centre 09999 Żółć"
    assert section.model.rowCount() == 10_000
    assert search(qtbot, window, "centres", "ŻÓŁĆ") == 10_000  # non-ASCII fold, every row
    assert search(qtbot, window, "centres", "09998") == 1


def test_empty_database_shows_a_hint(qtbot, make_window, sqlite_db):
    window = make_window(sqlite_db)
    section = window.section("centres")
    with qtbot.waitSignal(section.rows_listed, timeout=3000) as blocker:
        section.reload()
    assert blocker.args == [0]
    assert "no centres in this database" in section.hint.text()


def test_model_alignment_and_header(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    wait_listed(qtbot, window, "centres", DEMO_CENTRES)
    model = window.section("centres").model
    rooms = [c.title for c in model.columns].index("Rooms")
    align = model.data(model.index(0, rooms), Qt.ItemDataRole.TextAlignmentRole)
    assert align & Qt.AlignmentFlag.AlignRight
    assert model.headerData(rooms, Qt.Orientation.Horizontal) == "Rooms"
    assert model.headerData(0, Qt.Orientation.Vertical) is None
