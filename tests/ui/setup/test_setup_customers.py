"""Setup → Customer numbers through real widgets: typed, checked, saved all at once, read back
through the service; bad input refused with a message and nothing changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from testlab.db.database import Database
from testlab.model.enums import Segment
from testlab.services.customers import list_customers, set_customers
from testlab.services.setup.lists import setup_lists
from tests.ui.accessibility import nameless
from tests.ui.setup.conftest import saved
from tests.ui.setup.test_setup_centres_staff import fill_centre
from ui.setup.customers_page import CustomersPage, parse_customers

SEGMENTS = list(Segment)


def _numbers(db: Database) -> dict[tuple[str, Segment], int]:
    return {(n.country, n.segment): n.customers for n in list_customers(db)}


def _page(qtbot, open_setup, db: Database) -> CustomersPage:
    section = open_setup(db)
    section.tabs.setCurrentWidget(section.customers)
    page = section.customers
    qtbot.waitUntil(lambda: page.table.isVisible())
    return page


def _type(qtbot, page: CustomersPage, country: str, segment: Segment, text: str) -> None:
    """Go to the cell, then type as a user does: F2, the new text, Return."""
    page.table.setCurrentCell(page.countries.index(country), SEGMENTS.index(segment))
    page.table.setFocus()
    qtbot.waitUntil(lambda: page.table.hasFocus() or page.table.isAncestorOf(
        QApplication.focusWidget()))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)  # edit the cell, its text selected
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The view takes the typed text once the event loop runs again.
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(1)


def _ctrl_s(qtbot, page: CustomersPage) -> None:
    qtbot.keyClick(page.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_rows_are_the_centres_countries_and_numbers_are_saved(qtbot, open_setup, demo_db):
    set_customers(demo_db, country="BE", segment="senior", customers=5)
    page = _page(qtbot, open_setup, demo_db)
    centres = {c.country for c in setup_lists(demo_db).centres}
    assert set(page.countries) == centres | {c for c, _ in _numbers(demo_db)}
    assert page.table.columnCount() == len(Segment)
    assert page.table.horizontalHeaderItem(4).text() == "Small business"
    assert page.save_button.text() == "Save (Ctrl+S)"
    before = _numbers(demo_db)
    country = sorted(centres)[0]
    _type(qtbot, page, country, Segment.YOUTH, "125 000")
    _type(qtbot, page, country, Segment.ENTERPRISE, "0")
    _type(qtbot, page, "BE", Segment.SENIOR, "")  # cleared: no number entered any more
    assert page.problems == {}
    _ctrl_s(qtbot, page)
    after = _numbers(demo_db)
    expected = {**before, (country, Segment.YOUTH): 125_000, (country, Segment.ENTERPRISE): 0}
    del expected[("BE", Segment.SENIOR)]
    assert after == expected
    assert page.status.text() == "Saved: 3 numbers changed."
    row = page.countries.index(country)
    assert page.table.item(row, SEGMENTS.index(Segment.YOUTH)).text() == "125\u202f000"
    _ctrl_s(qtbot, page)
    assert page.status.text() == "Nothing to save: no number was changed."


def test_negative_or_text_is_refused_with_a_message_and_nothing_changes(
        qtbot, open_setup, demo_db):
    page = _page(qtbot, open_setup, demo_db)
    before = _numbers(demo_db)
    first, second = page.countries[:2]
    _type(qtbot, page, first, Segment.CONSUMER, "4000")  # a good one, held back with the bad
    _type(qtbot, page, first, Segment.FAMILY, "-3")
    _type(qtbot, page, second, Segment.SENIOR, "lots")
    assert set(page.problems) == {(first, Segment.FAMILY), (second, Segment.SENIOR)}
    text = page.message.text()
    assert page.message.isVisible()
    assert "⚠" in text and "cannot be negative" in text and "“lots” is not a whole number" in text
    bad = page.table.item(page.countries.index(first), SEGMENTS.index(Segment.FAMILY))
    assert not bad.icon().isNull() and "negative" in bad.toolTip()  # a sign, not colour alone
    _ctrl_s(qtbot, page)
    assert page.message.text().startswith("Nothing was saved")
    assert _numbers(demo_db) == before
    # Corrected, the marks go and Save writes both numbers.
    _type(qtbot, page, first, Segment.FAMILY, "3")
    _type(qtbot, page, second, Segment.SENIOR, str(before.get((second, Segment.SENIOR), "")))
    assert page.problems == {} and not page.message.isVisible() and bad.icon().isNull()
    _ctrl_s(qtbot, page)
    assert _numbers(demo_db) == {**before, (first, Segment.CONSUMER): 4000,
                                 (first, Segment.FAMILY): 3}


def test_typed_numbers() -> None:
    assert [parse_customers(t) for t in ("", "  ", "0", "125 000", "125'000", "1\u202f000")] \
        == [None, None, 0, 125_000, 125_000, 1000]


def test_an_empty_network_and_a_new_centres_country(qtbot, open_setup, db):
    section = open_setup(db)
    page = section.customers
    section.tabs.setCurrentWidget(page)
    assert page.countries == [] and page.table.rowCount() == 0
    assert page.empty_note.isVisible() and not page.save_button.isEnabled()
    assert nameless(section) == []
    fill_centre(section.centres, code="ABJ", name="Abidjan Lab", city="Abidjan",
                country="CI", zone="Africa/Abidjan")
    saved(qtbot, section, section.centres.save_button.click)
    assert page.countries == ["CI"]
    # Ctrl+S while still typing in a cell saves what is typed.
    page.table.setCurrentCell(0, SEGMENTS.index(Segment.FAMILY))
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "42 000")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert _numbers(db) == {("CI", Segment.FAMILY): 42_000}
    assert page.table.verticalHeaderItem(0).text() == "Côte d’Ivoire (CI)" or \
        page.table.verticalHeaderItem(0).text().endswith("(CI)")
    assert page.save_button.isEnabled() and not page.empty_note.isVisible()
