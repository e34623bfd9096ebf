"""The recording tests' lab world, scheduled at midday in its centre's time zone.

``SessionsView`` lists the centre's sessions for today by the real clock (the
view takes no wall-clock "now").  Sessions put half an hour either side of the
real instant fall on the next local day late in the evening, so the window
tests schedule them around 12:00 Madrid time on Madrid's current date: listed
as today's at any hour CI runs.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from zoneinfo import ZoneInfo

from testlab.db.database import Database
from tests.unit import test_recording_world as world
from tests.unit.test_recording_world import Lab

CENTRE_ZONE = ZoneInfo("Europe/Madrid")  # the world's only centre, MAD


def centre_midday() -> datetime:
    """12:00 today at the centre (its local calendar day), as aware UTC."""
    today = datetime.now(CENTRE_ZONE).date()
    return datetime.combine(today, time(12), CENTRE_ZONE).astimezone(UTC)


def build_lab(db: Database) -> Lab:
    """The lab world with its two sessions at 11:30 and 12:30 today at the centre."""
    return world.build_lab(db, centre_midday())
