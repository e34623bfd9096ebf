"""The Products section on real services and real SQLite files (PostgreSQL where said)."""

from __future__ import annotations

from PySide6.QtWidgets import QTreeWidget
from sqlalchemy import insert

from testlab import model as m
from tests.ui.degenerate import ListSectionData
from tests.ui.helpers import search, select_and_wait, wait_listed

DEMO_PRODUCTS = 6


class TestProductsDegenerate(ListSectionData):
    """Empty, one product, Arabic/Polish/Romanian names, 10,000 products (tests/ui/degenerate.py)."""

    key = "products"
    nouns = "products"

    def fill(self, db, names):
        if names:
            with db.engine.begin() as connection:
                connection.execute(insert(m.Product), [{"name": name} for name in names])


def test_products_section_lists_the_demo_products(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    window.show_section("products")
    wait_listed(qtbot, window, "products", DEMO_PRODUCTS)
    model = window.section("products").model
    names = [model.row_at(row).name for row in range(model.rowCount())]
    assert "Wallet Money" in names
    assert all(model.row_at(row).stages > 0 for row in range(model.rowCount()))


def test_product_search(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    window.show_section("products")
    wait_listed(qtbot, window, "products", DEMO_PRODUCTS)
    assert search(qtbot, window, "products", "WALLET") == 1
    assert window.section("products").model.row_at(0).name == "Wallet Money"


def test_selecting_a_product_fills_its_stages_and_studies(qtbot, make_window, demo_db):
    window = make_window(demo_db)
    window.show_section("products")
    wait_listed(qtbot, window, "products", DEMO_PRODUCTS)
    section = window.section("products")
    row = section.model.find_row(lambda r: r.name == "Wallet Money")
    detail = select_and_wait(qtbot, window, "products", row)
    tree = section.details.findChild(QTreeWidget, "stagesTree")
    assert tree.topLevelItemCount() == len(detail.stages) == 6
    first = tree.topLevelItem(0)
    assert first.text(0).startswith("1. Concept")
    assert first.childCount() >= 1 and first.child(0).text(4)  # centres of the study


def test_empty_database_shows_a_hint(qtbot, make_window, sqlite_db):
    window = make_window(sqlite_db)
    window.show_section("products")
    qtbot.waitUntil(lambda: "no products" in window.section("products").hint.text(),
                    timeout=3000)
