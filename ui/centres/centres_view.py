"""The Centres section: the 23 test centres, searchable, with rooms, hours and local time."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from testlab.services import network
from ui.centres.centres_model import CentresModel
from ui.common.list_section_view import ListSectionView
from ui.context import AppContext


def _tr(text: str) -> str:
    return QCoreApplication.translate("CentresView", text)


KEY = "centres"
TITLE = "Centres"


def centres_view(context: AppContext, parent: QWidget | None = None) -> ListSectionView:
    """The Centres section, wired to ``testlab.services.network``."""
    db = context.db
    return ListSectionView(
        context,
        key=KEY,
        title=_tr("Test centres"),
        search_hint=_tr("Search by code, name, city or country…"),
        model=CentresModel(),
        list_rows=lambda search: network.list_centres(db, search),
        load_detail=lambda centre_id: network.centre_detail(db, centre_id),
        details=_details_view,
        nouns=(_tr("centre"), _tr("centres")),
        parent=parent,
    )


def _details_view() -> QWidget:
    # Imported when the first centre's details arrive, after the list is painted.
    from ui.centres.centre_details_view import CentreDetailsView

    return CentreDetailsView()
