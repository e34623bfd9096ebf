"""The Products section: the catalogue, searchable, with each product's stages and studies."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from testlab.services import products
from ui.common.i18n import translate
from ui.common.list_section_view import ListSectionView
from ui.context import AppContext
from ui.products.product_details_view import ProductDetailsView
from ui.products.products_model import ProductsModel

KEY = "products"
TITLE = "Products"


def products_view(context: AppContext, parent: QWidget | None = None) -> ListSectionView:
    """The Products section, wired to ``testlab.services.products``."""
    db = context.db
    return ListSectionView(
        context,
        key=KEY,
        title=translate("ProductsView", "Products"),
        search_hint=translate("ProductsView", "Search by product or owner…"),
        model=ProductsModel(),
        list_rows=lambda search: products.list_products(db, search),
        load_detail=lambda product_id: products.product_detail(db, product_id),
        details=ProductDetailsView,
        nouns=(translate("ProductsView", "product"), translate("ProductsView", "products")),
        # A short catalogue with wide details: the stages table gets the full width.
        orientation=Qt.Orientation.Vertical,
        stretch=(1, 2),
        parent=parent,
    )
