"""Booking checks: every refusal with its message, all at once; adjacent sessions do not clash."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import BookingRefused, Conflict
from testlab.services.schedule import booking as svc
from tests.unit.scheduling.world import booking, build_world

# Wednesday 9 June 2027, Paris on summer time (UTC+2), Lisbon UTC+1.


def _session_count(db: Database) -> int:
    with db.session_factory() as s:
        return s.query(m.Session).count()


def test_a_booking_is_stored_at_its_exact_instant(db: Database) -> None:
    build_world(db)
    booked = svc.book(db, booking("2027-06-09 10:00", participant_code="p-par-0001"))
    assert booked.starts_at == datetime(2027, 6, 9, 8, 0, tzinfo=UTC)
    assert (booked.local_start.hour, booked.local_start.utcoffset().total_seconds()) == (10, 7200)
    assert booked.status == m.SessionStatus.SCHEDULED and not booked.outside_hours
    with db.session_factory() as s:
        session = s.get(m.Session, booked.id)
        assert session.participant.code == "P-PAR-0001" and session.room.name == "Lab 1"


def test_adjacent_sessions_do_not_clash(db: Database) -> None:
    build_world(db)
    svc.book(db, booking("2027-06-09 10:00"))
    svc.book(db, booking("2027-06-09 11:00"))
    svc.book(db, booking("2027-06-09 09:00"))
    assert _session_count(db) == 3


def test_every_clash_is_reported_at_once_and_nothing_is_saved(db: Database) -> None:
    build_world(db)
    svc.book(db, booking("2027-06-09 10:00", participant_code="P-PAR-0001"))
    with pytest.raises(BookingRefused) as refused:
        svc.book(db, booking("2027-06-09 10:30", participant_code="P-PAR-0001",
                             study_title="Beta round"))
    problems = refused.value.problems
    assert problems[0] == ("room Lab 1 at PAR is already taken 2027-06-09 10:00-11:00 PAR time "
                           "(Alpha round, participant P-PAR-0001)")
    assert problems[1].startswith("facilitator Ana Silva is already booked 2027-06-09 10:00-11:00")
    assert problems[2].startswith("participant P-PAR-0001 is already booked 2027-06-09 10:00")
    assert "within the 90-day cool-down" in problems[3] and "Self-care app" in problems[3]
    assert len(problems) == 4
    assert _session_count(db) == 1


def test_a_facilitator_cannot_be_in_two_centres_at_once(db: Database) -> None:
    build_world(db)
    svc.book(db, booking("2027-06-09 10:00"))  # 08:00 UTC
    # 09:30 in Lisbon is 08:30 UTC: the same instant range, different wall clocks.
    with pytest.raises(BookingRefused, match="facilitator Ana Silva is already booked "
                       "2027-06-09 10:00-11:00 PAR time"):
        svc.book(db, booking("2027-06-09 09:30", centre_code="LIS"))
    # 10:00 in Lisbon is 09:00 UTC, after the Paris session: free.
    svc.book(db, booking("2027-06-09 10:00", centre_code="LIS"))


def test_unknown_names_are_all_reported(db: Database) -> None:
    build_world(db)
    with pytest.raises(BookingRefused) as refused:
        svc.book(db, booking("2027-06-09 10:00", centre_code="XYZ", study_title="Nope",
                             facilitator_email="who@example.net", participant_code="P-0",
                             minutes=0))
    assert refused.value.problems == (
        "there is no centre with the code XYZ",
        "there is no study titled Nope",
        "there is no member of staff with the e-mail who@example.net",
        "there is no participant with the code P-0",
        "a session lasts 1 to 480 minutes, not 0",
    )


def test_unknown_room_and_former_staff(db: Database) -> None:
    build_world(db)
    with pytest.raises(BookingRefused) as refused:
        svc.book(db, booking("2027-06-09 10:00", room_name="Attic",
                             facilitator_email="gone@example.net"))
    assert refused.value.problems == ("PAR has no room named Attic",
                                      "Gone Person (gone@example.net) no longer works here")


def test_outside_hours_and_closed_days_need_the_explicit_flag(db: Database) -> None:
    build_world(db)
    with pytest.raises(BookingRefused, match=r"2027-06-09 17:30-18:30 is outside the opening "
                       r"hours \(Wednesday 09:00-18:00\) \(book it anyway only by saying"):
        svc.book(db, booking("2027-06-09 17:30"))
    with pytest.raises(BookingRefused, match=r"the centre is closed on 2027-07-14 \(Bastille Day\)"):
        svc.book(db, booking("2027-07-14 10:00"))
    with pytest.raises(BookingRefused, match="the centre is closed on Saturdays"):
        svc.book(db, booking("2027-06-12 10:00"))
    evening = svc.book(db, booking("2027-06-09 19:00", outside_hours=True))
    assert evening.outside_hours
    with db.session_factory() as s:
        assert s.get(m.Session, evening.id).outside_hours


def test_cool_down_is_a_parameter_and_counts_the_same_product_only(db: Database) -> None:
    build_world(db)
    svc.book(db, booking("2027-06-09 10:00", participant_code="P-PAR-0001"))
    later = booking("2027-08-02 10:00", participant_code="P-PAR-0001", study_title="Beta round")
    with pytest.raises(BookingRefused, match="participant P-PAR-0001 took part in Alpha round "
                       r"\(Self-care app\) on 2027-06-09, within the 90-day cool-down"):
        svc.book(db, later)
    # Another product: no cool-down.
    svc.book(db, booking("2027-06-10 10:00", participant_code="P-PAR-0001",
                         study_title="TV concept"))
    # A 30-day cool-down lets the same booking through.
    svc.book(db, later, cooldown_days=30)


def test_spring_forward_time_does_not_exist_in_paris_and_lisbon(db: Database) -> None:
    build_world(db)
    outside = {"outside_hours": True}
    with pytest.raises(BookingRefused, match="2027-03-28 02:30 does not exist in Europe/Paris"):
        svc.book(db, booking("2027-03-28 02:30", **outside))
    with pytest.raises(BookingRefused, match="2027-03-28 01:30 does not exist in Europe/Lisbon"):
        svc.book(db, booking("2027-03-28 01:30", centre_code="LIS", **outside))
    # 02:30 exists in Lisbon (after its 01:00 -> 02:00 jump): 01:30 UTC.
    lisbon = svc.book(db, booking("2027-03-28 02:30", centre_code="LIS", **outside))
    assert lisbon.starts_at == datetime(2027, 3, 28, 1, 30, tzinfo=UTC)


def test_repeated_autumn_time_needs_its_fold_in_two_zones(db: Database) -> None:
    build_world(db)
    outside = {"outside_hours": True, "minutes": 20}
    with pytest.raises(BookingRefused, match="2027-10-31 02:30 occurs twice in Europe/Paris"):
        svc.book(db, booking("2027-10-31 02:30", **outside))
    first = svc.book(db, booking("2027-10-31 02:30", fold=0, **outside))
    second = svc.book(db, booking("2027-10-31 02:30", fold=1, **outside))
    assert first.starts_at == datetime(2027, 10, 31, 0, 30, tzinfo=UTC)
    assert second.starts_at == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    with pytest.raises(BookingRefused, match="2027-10-31 01:30 occurs twice in Europe/Lisbon"):
        svc.book(db, booking("2027-10-31 01:30", centre_code="LIS", room_name="Lab 2",
                             facilitator_email="bruno@example.net", **outside))
    lisbon = svc.book(db, booking("2027-10-31 01:30", centre_code="LIS", room_name="Lab 2",
                                  facilitator_email="bruno@example.net", fold=1, **outside))
    assert lisbon.starts_at == datetime(2027, 10, 31, 1, 30, tzinfo=UTC)
    # Cairo's autumn change (midnight Thursday 28 October 2027 -> 23:00): 23:30 occurs twice.
    with pytest.raises(BookingRefused, match="2027-10-28 23:30 occurs twice in Africa/Cairo"):
        svc.book(db, booking("2027-10-28 23:30", centre_code="CAI", room_name="Lab 2",
                             facilitator_email="bruno@example.net", **outside))


def test_reschedule_keeps_the_id_raises_the_revision_and_ignores_itself(db: Database) -> None:
    build_world(db)
    booked = svc.book(db, booking("2027-06-09 10:00"))
    moved = svc.reschedule(db, booked.id, booking("2027-06-09 10:30"))
    assert moved.id == booked.id and moved.revision > booked.revision
    assert moved.starts_at == datetime(2027, 6, 9, 8, 30, tzinfo=UTC)
    other = svc.book(db, booking("2027-06-09 12:00"))
    with pytest.raises(BookingRefused, match="room Lab 1 at PAR is already taken 2027-06-09 10:30"):
        svc.reschedule(db, other.id, booking("2027-06-09 11:00"))


def test_cancel_and_no_show(db: Database) -> None:
    build_world(db)
    booked = svc.book(db, booking("2027-06-09 10:00"))
    with pytest.raises(Conflict, match="has not started yet"):
        svc.mark_no_show(db, booked.id, now=datetime(2027, 6, 9, 7, 0, tzinfo=UTC))
    assert svc.mark_no_show(db, booked.id, now=datetime(2027, 6, 9, 8, 5, tzinfo=UTC)).status \
        == m.SessionStatus.NO_SHOW
    with pytest.raises(Conflict, match="already no show"):
        svc.mark_no_show(db, booked.id, now=datetime(2027, 6, 9, 9, tzinfo=UTC))
    with pytest.raises(Conflict, match="This session is no show; it cannot be marked cancelled"):
        svc.cancel(db, booked.id)
    again = svc.book(db, booking("2027-06-09 10:00"))  # the slot is free again
    assert svc.cancel(db, again.id).status == m.SessionStatus.CANCELLED
    with pytest.raises(Conflict, match="cannot be rescheduled"):
        svc.reschedule(db, again.id, booking("2027-06-09 11:00"))
