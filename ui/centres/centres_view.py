"""The Centres section: the 23 test centres, searchable, with rooms, hours and local time."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from testlab.services import network
from ui.centres.centres_model import CentresModel
from ui.common.i18n import translate
from ui.common.list_section_view import ListSectionView
from ui.context import AppContext

KEY = "centres"
TITLE = "Centres"


def centres_view(context: AppContext, parent: QWidget | None = None) -> ListSectionView:
    """The Centres section, wired to ``testlab.services.network``."""
    db = context.db
    return ListSectionView(
        context,
        key=KEY,
        title=translate("CentresView", "Test centres"),
        search_hint=translate("CentresView", "Search by code, name, city or country…"),
        model=CentresModel(),
        list_rows=lambda search: network.list_centres(db, search),
        load_detail=lambda centre_id: network.centre_detail(db, centre_id),
        details=_details_view,
        nouns=(translate("CentresView", "centre"), translate("CentresView", "centres")),
        parent=parent,
    )


def _details_view() -> QWidget:
    # Imported when the first centre's details arrive, after the list is painted.
    from ui.centres.centre_details_view import CentreDetailsView

    return CentreDetailsView()
