"""Degenerate data for every section, Orange3 style: a section's test class inherits the tests.

``DegenerateData`` holds four tests: an empty database, one row, names in Arabic,
Polish and Romanian, and 10,000 rows.  A section's test class (named ``Test…``) says
only how to fill its database (``fill``: fast Core inserts), how to open it and how to
read what it shows; a new section gets the four tests by subclassing.  The list
sections share ``ListSectionData`` (search box, details pane, rows fetched in pages).

The small cases run on SQLite and PostgreSQL (the ``db`` fixture); the 10,000-row
case runs on a SQLite file, built with one executemany per table.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import insert

from testlab import model as m
from testlab.db.database import Database
from ui.common.table_model import PAGE_SIZE
from ui.main_window import MainWindow

NAMES = ("مركز الدار البيضاء", "Łódź Śródmieście", "Timișoara Cetate")
MANY = 10_000


def many_names(count: int = MANY) -> list[str]:
    return [f"Row {number:05d} Łódź" for number in range(count)]


def three_letters(number: int) -> str:
    """AAA, AAB, … (unique codes for up to 17,576 rows)."""
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(letters[(number // 26 ** k) % 26] for k in (2, 1, 0))


def add_product_line(db: Database, name: str = "Self-care app") -> uuid.UUID:
    """A product with one stage; the stage's id, for studies to hang on."""
    product_id, stage_id = uuid.uuid4(), uuid.uuid4()
    with db.engine.begin() as connection:
        connection.execute(insert(m.Product), [{"id": product_id, "name": name}])
        connection.execute(insert(m.Stage), [{"id": stage_id, "product_id": product_id,
                                              "position": 0, "kind": m.StageKind.BETA,
                                              "name": "Beta 2"}])
    return stage_id


def add_studies(db: Database, stage_id: uuid.UUID, titles: Sequence[str],
                today: date) -> list[uuid.UUID]:
    """One running study per title on ``stage_id``; their ids, in order."""
    ids = [uuid.uuid4() for _ in titles]
    rows = [{"id": study_id, "stage_id": stage_id, "title": title,
             "method": m.StudyMethod.MODERATED_LAB, "starts_on": today, "ends_on": today,
             "status": m.StudyStatus.RUNNING} for study_id, title in zip(ids, titles, strict=True)]
    if rows:
        with db.engine.begin() as connection:
            connection.execute(insert(m.Study), rows)
    return ids


class DegenerateData:
    """The four degenerate-data tests; subclasses fill their database and read their widget."""

    #: a part of what the widget says on an empty database
    empty_words = ""

    # -- what a section says about itself -------------------------------------------------
    def fill(self, db: Database, names: Sequence[str]) -> None:
        """Put one row per name (nothing for no names) into the empty ``db``."""
        raise NotImplementedError

    def open(self, qtbot: Any, make_window: Any, db: Database, settings_path: Any) -> Any:
        """Open the section on ``db``; return the widget once its rows are listed."""
        raise NotImplementedError

    def shown(self, widget: Any) -> list[str]:
        """The names the widget holds, every row (fetched by the view yet or not)."""
        raise NotImplementedError

    def message(self, widget: Any) -> str:
        """What the widget says beside (or instead of) its rows."""
        raise NotImplementedError

    def check_row(self, qtbot: Any, widget: Any, row: int, name: str) -> None:
        """Select line ``row`` and check its name reaches the details (if the section has any)."""

    def check_paged(self, qtbot: Any, widget: Any) -> None:
        """With 10,000 rows: the view is handed them in pages (if the section pages)."""

    # -- the tests --------------------------------------------------------------------------
    def test_empty_database(self, qtbot, make_window, db, settings_path):
        self.fill(db, [])
        widget = self.open(qtbot, make_window, db, settings_path)
        assert self.shown(widget) == []
        assert self.empty_words and self.empty_words in self.message(widget)

    def test_one_row(self, qtbot, make_window, db, settings_path):
        self.fill(db, ["Only one"])
        widget = self.open(qtbot, make_window, db, settings_path)
        assert self.shown(widget) == ["Only one"]
        self.check_row(qtbot, widget, 0, "Only one")

    def test_arabic_polish_romanian_names(self, qtbot, make_window, db, settings_path):
        self.fill(db, NAMES)
        widget = self.open(qtbot, make_window, db, settings_path)
        shown = self.shown(widget)
        assert sorted(shown) == sorted(NAMES)
        for row, name in enumerate(shown):
            self.check_row(qtbot, widget, row, name)

    def test_ten_thousand_rows(self, qtbot, make_window, sqlite_db, settings_path):
        names = many_names()
        self.fill(sqlite_db, names)
        widget = self.open(qtbot, make_window, sqlite_db, settings_path)
        shown = self.shown(widget)
        assert len(shown) == MANY and sorted(shown) == names
        self.check_paged(qtbot, widget)
        self.check_row(qtbot, widget, MANY - 1, shown[-1])


class ListSectionData(DegenerateData):
    """A ``ListSectionView`` section of the main window (search box, table, details)."""

    key = ""
    nouns = ""  # as the section says them: "centres"

    @property
    def empty_words(self) -> str:  # type: ignore[override]
        return f"There are no {self.nouns} in this database yet."

    def open(self, qtbot, make_window, db, settings_path):
        window: MainWindow = make_window(db)
        window.show_section(self.key)
        section = window.section(self.key)
        # Listing was asked for when the section showed: wait until its answer is in.
        qtbot.waitUntil(lambda: not window.context.tasks.is_busy(f"{self.key}.list"),
                        timeout=30_000)
        return section

    def shown(self, widget):
        return [widget.model.row_at(row).name for row in range(widget.model.total_rows)]

    def message(self, widget):
        return widget.hint.text()

    def check_row(self, qtbot, widget, row, name):
        expected = widget.model.row_at(row).id
        widget.select_row(row)
        qtbot.waitUntil(lambda: getattr(widget.details.detail, "id", None) == expected,
                        timeout=5000)
        assert widget.details.detail.name == name
        assert widget.details.title.text() == name

    def check_paged(self, qtbot, widget):
        assert widget.model.rowCount() == PAGE_SIZE  # the rest as the view scrolls
        widget.table.scrollToBottom()
        qtbot.waitUntil(lambda: widget.model.rowCount() > PAGE_SIZE, timeout=3000)

    def search(self, qtbot, widget, text: str) -> int:
        with qtbot.waitSignal(widget.rows_listed, timeout=10_000) as blocker:
            widget.search_box.setText(text)  # QTest cannot type non-Latin-1 keys
        return int(blocker.args[0])

    def test_search_in_arabic_polish_romanian(self, qtbot, make_window, db, settings_path):
        self.fill(db, NAMES)
        widget = self.open(qtbot, make_window, db, settings_path)
        assert self.search(qtbot, widget, "الدار") == 1
        assert self.shown(widget) == [NAMES[0]]
        assert self.search(qtbot, widget, "ŁÓDŹ") == 1  # folded in SQL, any case
        assert self.shown(widget) == [NAMES[1]]
        assert self.search(qtbot, widget, "timișoara") == 1
        assert self.search(qtbot, widget, "Kraków") == 0
        assert "match “Kraków”" in self.message(widget)


def add_lab_centre(db: Database, code: str = "MAD") -> uuid.UUID:
    """The lab PC's centre (Madrid time, like tests/ui/lab_world.py); its id."""
    centre_id = uuid.uuid4()
    with db.engine.begin() as connection:
        connection.execute(insert(m.Centre), [{"id": centre_id, "code": code,
                                               "name": "Centro Madrid", "city": "Madrid",
                                               "country": "ES",
                                               "time_zone": "Europe/Madrid"}])
    return centre_id
