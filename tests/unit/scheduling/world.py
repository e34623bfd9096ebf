"""A small network for scheduling tests: Paris, Lisbon and Cairo (three DST rules), one product."""

from __future__ import annotations

from datetime import date, datetime, time

from testlab import model as m
from testlab.db.database import Database
from testlab.services.schedule.booking import Booking

WEEKDAYS_9_TO_18 = {day: (time(9), time(18)) for day in range(5)}


def build_world(db: Database) -> None:
    """Centres PAR, LIS, CAI (rooms Lab 1, Lab 2), staff, two studies of one product, one of another."""
    with db.session_factory.begin() as s:
        for code, tz, country in (("PAR", "Europe/Paris", "FR"), ("LIS", "Europe/Lisbon", "PT"),
                                  ("CAI", "Africa/Cairo", "EG")):
            centre = m.Centre(code=code, name=f"{code} centre", city=code, country=country,
                              time_zone=tz)
            centre.rooms = [m.Room(name="Lab 1", kind=m.RoomKind.USABILITY_LAB),
                            m.Room(name="Lab 2", kind=m.RoomKind.LIVING_ROOM_LAB)]
            centre.hours = [m.OpeningHours(weekday=d, opens=o, closes=c)
                            for d, (o, c) in WEEKDAYS_9_TO_18.items()]
            if code == "PAR":
                centre.closed_days = [m.ClosedDay(day=date(2027, 7, 14), reason="Bastille Day")]
            s.add(centre)
            s.add(m.Participant(code=f"P-{code}-0001", centre=centre))
            s.add(m.Participant(code=f"P-{code}-0002", centre=centre))
        s.add(m.Staff(name="Ana Silva", email="ana@example.net"))
        s.add(m.Staff(name="Bruno Petit", email="bruno@example.net"))
        s.add(m.Staff(name="Gone Person", email="gone@example.net", active=False))
        for product_name, studies in (("Self-care app", ("Alpha round", "Beta round")),
                                      ("TV box", ("TV concept",))):
            product = m.Product(name=product_name)
            for position, title in enumerate(studies):
                stage = m.Stage(position=position, kind=m.StageKind.ALPHA, name=title)
                stage.studies = [m.Study(title=title, method=m.StudyMethod.MODERATED_LAB,
                                         starts_on=date(2026, 1, 1), ends_on=date(2028, 12, 31),
                                         status=m.StudyStatus.RUNNING)]
                product.stages.append(stage)
            s.add(product)


def booking(start: str, **changes: object) -> Booking:
    """A booking at PAR Lab 1 for 60 minutes of Alpha round with Ana, changed by ``changes``."""
    values: dict[str, object] = dict(
        centre_code="PAR", room_name="Lab 1", local_start=datetime.fromisoformat(start),
        minutes=60, study_title="Alpha round", facilitator_email="ana@example.net",
    )
    values.update(changes)
    return Booking(**values)  # type: ignore[arg-type]


def plain_listing(db: Database, **filters: object) -> list[dict[str, object]]:
    """``list_sessions`` (datetimes, zoneinfo) as the JSON listing's objects: what
    ``schedule list --json`` must say."""
    from testlab.services.schedule.listing import list_sessions

    return [{"id": str(r.id), "starts_at": r.starts_at.isoformat(),
             "local_start": r.local_start.isoformat(), "minutes": r.minutes,
             "status": r.status.value, "centre": r.centre_code, "time_zone": r.time_zone,
             "room": r.room_name, "study": r.study_title, "product": r.product_name,
             "facilitator": r.facilitator_email, "participant": r.participant_code,
             "outside_hours": r.outside_hours}
            for r in list_sessions(db, **filters)]  # type: ignore[arg-type]
