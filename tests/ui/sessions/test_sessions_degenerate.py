"""Today's sessions against degenerate data (the shared tests of tests/ui/degenerate.py).

The rows are today's sessions at this PC's centre, one study per name; the study
title is what the row names.  An empty database has not even the centre: the
section says so and lists nothing.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import insert

from testlab import model as m
from tests.ui.degenerate import (
    DegenerateData,
    add_lab_centre,
    add_product_line,
    add_studies,
)
from tests.ui.helpers import sessions_view, set_this_pc
from tests.ui.lab_world import CENTRE_ZONE, centre_midday
from ui.common.table_model import PAGE_SIZE

PC = "LAB-PC-03"


class TestSessionsDegenerate(DegenerateData):
    """Empty, one session, Arabic/Polish/Romanian study titles, 10,000 sessions today."""

    empty_words = "There is no centre with the code MAD."

    def fill(self, db, names):
        if not names:
            return
        centre_id = add_lab_centre(db)
        midday = centre_midday()
        studies = add_studies(db, add_product_line(db), names,
                              midday.astimezone(CENTRE_ZONE).date())
        # A second apart from midday on: all on the centre's today, in the names' order.
        rows = [{"id": uuid.uuid4(), "study_id": study_id, "centre_id": centre_id,
                 "starts_at": midday + timedelta(seconds=number),
                 "status": m.SessionStatus.SCHEDULED}
                for number, study_id in enumerate(studies)]
        with db.engine.begin() as connection:
            connection.execute(insert(m.Session), rows)

    def open(self, qtbot, make_window, db, settings_path):
        set_this_pc(settings_path, "MAD", None, PC)
        window = make_window(db)
        return sessions_view(qtbot, window)  # lists today's sessions off the GUI thread

    def shown(self, widget):
        return [widget.model.row_at(row).study_title for row in range(widget.model.total_rows)]

    def message(self, widget):
        return widget.message.text()

    def check_row(self, qtbot, widget, row, name):
        widget.model.ensure_fetched(row)
        widget.table.selectRow(row)
        assert widget.selected_row().study_title == name
        assert widget.start_button.isEnabled() and not widget.results_button.isEnabled()

    def check_paged(self, qtbot, widget):
        assert widget.model.rowCount() == PAGE_SIZE

    def test_a_centre_with_no_sessions_today(self, qtbot, make_window, db, settings_path):
        add_lab_centre(db)
        view = self.open(qtbot, make_window, db, settings_path)
        assert self.shown(view) == [] and view.title.text() == "Today at MAD"
        assert "No sessions today" in self.message(view)
        assert not view.start_button.isEnabled() and view.adhoc_button.isEnabled()
