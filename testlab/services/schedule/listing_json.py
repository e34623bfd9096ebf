"""``schedule list --json``: the schedule as a JSON array, written fast enough for a year
of the whole network (100,000 sessions) in a fraction of a second.

It says exactly what ``listing.list_sessions`` says (a test holds them together), but
never builds a datetime, a UUID or a dict per session:

- one query of the sessions alone, in order (the ``(starts_at, id)`` index), through
  the driver's own cursor on SQLite; names come from small dictionaries, each one
  JSON-quoted once, not from seven joins;
- a centre's local time is the UTC text shifted by the offset of the span it falls in
  (``zones.offset_span``: one conversion per centre and daylight-saving period);
- the text is ASCII (``\\u`` escapes), so it prints on any console code page and
  Python joins it at memory speed; chunks are handed out as they are ready.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import String, cast, column, func, select, table

from testlab.db.database import Database
from testlab.errors import NotFound
from testlab.scheduling.zones import offset_span, zone

# Sessions written per chunk of text handed to the caller.
CHUNK = 5_000

# SQLite keeps UTC instants as this text; PostgreSQL rows are turned into it.
_STORED = "%Y-%m-%d %H:%M:%S.%f"
_MINUTE_OF = {f"{h:02d}:{m:02d}": h * 60 + m for h in range(24) for m in range(60)}
_CLOCK = list(_MINUTE_OF)


def _light(name: str, *columns: str) -> Any:
    return table(name, *(column(c) for c in columns))


_SESSIONS = _light("sessions", "id", "starts_at", "planned_minutes", "status", "outside_hours",
                   "centre_id", "room_id", "study_id", "facilitator_id", "participant_id")


def list_sessions_json(
    db: Database, *, centre_code: str | None = None, study_title: str | None = None,
    facilitator_email: str | None = None, first_day: date | None = None,
    last_day: date | None = None,
) -> str:
    """The whole JSON array as one text (see ``iter_sessions_json``)."""
    return "".join(iter_sessions_json(
        db, centre_code=centre_code, study_title=study_title,
        facilitator_email=facilitator_email, first_day=first_day, last_day=last_day))


def iter_sessions_json(
    db: Database, *, centre_code: str | None = None, study_title: str | None = None,
    facilitator_email: str | None = None, first_day: date | None = None,
    last_day: date | None = None,
) -> Iterator[str]:
    """The sessions ``list_sessions`` gives for the same filters, as consecutive pieces of
    one JSON array (objects with the keys ``id``, ``starts_at``, ``local_start``,
    ``minutes``, ``status``, ``outside_hours``, ``centre``, ``time_zone``, ``room``,
    ``study``, ``product``, ``facilitator``, ``participant``).

    Unknown names raise ``NotFound`` before the first piece; the rows are read whole
    before it too, so a caller never prints half an answer.
    """
    names = _Names(db)
    c = _SESSIONS.c

    def text(value: Any) -> Any:
        return cast(value, String)

    query = select(
        c.id, c.starts_at,
        # Where and what: the room (or, without one, the centre: a foreign key keeps a
        # room in its session's centre) and the study.  How: minutes, status, the
        # outside-hours flag and the facilitator.  Each takes far fewer values than
        # there are sessions, so each combination is written once, and the driver hands
        # over two texts instead of seven.
        text(func.coalesce(c.room_id, c.centre_id)).concat(" ").concat(text(c.study_id)),
        text(c.planned_minutes).concat(" ").concat(c.status).concat(" ")
        .concat(text(c.outside_hours)).concat(" ").concat(
            func.coalesce(text(c.facilitator_id), "")),
        c.participant_id,
    ).order_by(c.starts_at, c.id)
    if centre_code is not None:
        query = query.where(c.centre_id == names.centre_key(centre_code))
    if study_title is not None:
        query = query.where(c.study_id.in_(names.study_keys(study_title)))
    if facilitator_email is not None:
        query = query.where(c.facilitator_id == names.staff_key(facilitator_email))
    sqlite = db.is_sqlite

    def bound(instant: datetime) -> object:
        # SQLite compares the stored text; PostgreSQL takes the instant.
        return instant.strftime(_STORED) if sqlite else instant

    # Wide UTC bounds (UTC-12..+14) in the query, each centre's own local day below.
    if first_day is not None:
        query = query.where(c.starts_at >= bound(
            datetime.combine(first_day, time(0), UTC) - timedelta(hours=14)))
    if last_day is not None:
        query = query.where(c.starts_at < bound(
            datetime.combine(last_day + timedelta(days=1), time(0), UTC) + timedelta(hours=12)))
    rows = _fetch(db, query, sqlite=sqlite)
    return _pieces(rows, names, first_day=first_day, last_day=last_day)


def _fetch(db: Database, query: Any, *, sqlite: bool) -> list[Any]:
    """The rows as (id hex, UTC text, place and study, how and who, participant)."""
    with db.engine.connect() as connection:
        if sqlite:
            # The driver's own cursor: SQLAlchemy's row objects cost more than the query.
            compiled = query.compile(dialect=connection.dialect,
                                     compile_kwargs={"render_postcompile": True})
            driver = connection.connection.driver_connection
            assert driver is not None
            return list(driver.execute(
                str(compiled), [compiled.params[name] for name in compiled.positiontup or ()]
            ).fetchall())
        return [(r[0].hex, r[1].astimezone(UTC).strftime(_STORED), *r[2:])
                for r in connection.execute(query)]


class _Names:
    """What a session's ids stand for, each already written as JSON members.

    Keys are the ids as the database writes them as text (hex on SQLite, the UUID's
    usual form on PostgreSQL), since the query hands them over inside combined texts.
    """

    def __init__(self, db: Database) -> None:
        quote = json.dumps
        centres_t = _light("centres", "id", "code", "time_zone")
        rooms_t = _light("rooms", "id", "centre_id", "name")
        st, sg, pr = (_light("studies", "id", "title", "stage_id"),
                      _light("stages", "id", "product_id"), _light("products", "id", "name"))
        with db.engine.connect() as c:
            centres = {r[0]: (r[1], r[2]) for r in c.execute(select(*centres_t.c))}
            rooms = list(c.execute(select(*rooms_t.c)))
            studies = list(c.execute(select(st.c.id, st.c.title, pr.c.name)
                                     .join(sg, sg.c.id == st.c.stage_id)
                                     .join(pr, pr.c.id == sg.c.product_id)))
            staff = {r[0]: r[1] for r in c.execute(select(*_light("staff", "id", "email").c))}
            people: dict[Any, str] = {r[0]: quote(r[1]) for r in c.execute(
                select(*_light("participants", "id", "code").c))}
        self.centres, self.staff, self.studies = centres, staff, studies
        where = {k: f'"centre": {quote(code)}, "time_zone": {quote(tz)}, "room": '
                 for k, (code, tz) in centres.items()}
        # A place: a room (or, for a session without one, its centre), with its centre's
        # members, the room's name and the centre's time zone.
        self.places: dict[str, tuple[str, str]] = {
            str(k): (where[k] + "null", tz) for k, (_, tz) in centres.items()}
        self.places.update({str(k): (where[centre] + quote(name), centres[centre][1])
                            for k, centre, name in rooms})
        self.quoted_studies = {str(k): f'"study": {quote(t)}, "product": {quote(p)}'
                               for k, t, p in studies}
        self.quoted_staff = {str(k): quote(v) for k, v in staff.items()}
        self.quoted_staff[""] = "null"
        self.people = people
        self.people[None] = "null"

    def centre_key(self, code: str) -> Any:
        wanted = code.strip().upper()
        for key, (each, _) in self.centres.items():
            if each == wanted:
                return key
        raise NotFound(f"There is no centre with the code {wanted}.")

    def study_keys(self, title: str) -> list[Any]:
        keys = [k for k, t, _ in self.studies if t == title.strip()]
        if not keys:
            raise NotFound(f"There is no study titled {title.strip()}.")
        return keys

    def staff_key(self, email: str) -> Any:
        wanted = email.strip().lower()
        for key, each in self.staff.items():
            if each == wanted:
                return key
        raise NotFound(f"There is no member of staff with the e-mail {wanted}.")

    def place_and_study(self, key: str) -> tuple[str, str]:
        """``"<room or centre> <study>"`` -> (their JSON members, the centre's zone)."""
        place, study = key.split(" ")
        where, tz = self.places[place]
        return f"{where}, {self.quoted_studies[study]}", tz

    def how_and_who(self, key: str) -> str:
        """``"<minutes> <status> <outside hours> <facilitator or nothing>"`` -> members."""
        minutes, status, outside, facilitator = key.split(" ")
        flag = "true" if outside.lower() in ("1", "true") else "false"
        return (f'"minutes": {int(minutes)}, "status": {json.dumps(status)}, '
                f'"outside_hours": {flag}, "facilitator": {self.quoted_staff[facilitator]}')


def _pieces(rows: list[Any], names: _Names, *, first_day: date | None,
            last_day: date | None) -> Iterator[str]:
    """The JSON text of ``rows`` (already in order), ``CHUNK`` sessions a piece."""
    people = names.people
    what: dict[str, tuple[str, str]] = {}
    how: dict[str, str] = {}
    spans: dict[str, tuple[str, str, int, str]] = {}  # zone -> begin, end, minutes, "+hh:mm"
    seconds: dict[str, str] = {}  # ":ss.ffffff" -> as isoformat writes it
    days: dict[tuple[str, int], str] = {}
    lowest = first_day.isoformat() if first_day else ""
    highest = last_day.isoformat() if last_day else "9999-99-99"
    parts: list[str] = []
    opening = "["
    for sid, starts, place_study, how_who, person_id in rows:
        said = what.get(place_study)
        if said is None:
            said = what[place_study] = names.place_and_study(place_study)
        where, tz = said
        span = spans.get(tz)
        if span is None or not span[0] <= starts < span[1]:
            span = spans[tz] = _span(tz, starts)
        day = starts[:10]
        second = seconds.get(starts[16:])
        if second is None:
            tail = starts[16:]
            second = seconds[tail] = tail[:3] if tail[3:].strip(".0") == "" else tail
        if span[3]:
            minute = _MINUTE_OF[starts[11:16]] + span[2]
            if 0 <= minute < 1440:
                local_day = day
            else:
                shift, minute = divmod(minute, 1440)
                local_day = days.get((day, shift)) or days.setdefault(
                    (day, shift), (date.fromisoformat(day) + timedelta(days=shift)).isoformat())
            local = f"{local_day}T{_CLOCK[minute]}{second}{span[3]}"
        else:
            exact = datetime.fromisoformat(starts).replace(tzinfo=UTC).astimezone(zone(tz))
            local_day, local = exact.date().isoformat(), exact.isoformat()
        if not lowest <= local_day <= highest:
            continue
        manner = how.get(how_who)
        if manner is None:
            manner = how[how_who] = names.how_and_who(how_who)
        parts.append(
            f'{{"id": "{sid[:8]}-{sid[8:12]}-{sid[12:16]}-{sid[16:20]}-{sid[20:]}", '
            f'"starts_at": "{day}T{starts[11:16]}{second}+00:00", "local_start": "{local}", '
            f'{where}, {manner}, "participant": {people[person_id]}}}')
        if len(parts) == CHUNK:
            yield opening + ", ".join(parts)
            opening = ", "
            parts.clear()
    if parts or opening == "[":
        yield opening + ", ".join(parts)
    yield "]"


def _span(tz: str, starts: str) -> tuple[str, str, int, str]:
    """The offset span around the stored UTC text ``starts``, as texts comparable with it."""
    begin, end, offset = offset_span(tz, datetime.fromisoformat(starts).replace(tzinfo=UTC))
    minutes, rest = divmod(int(offset.total_seconds()), 60)
    if rest:  # an offset in seconds (local mean time, before ~1970): each row on its own
        return starts, starts, minutes, ""
    sign, whole = ("-", -minutes) if minutes < 0 else ("+", minutes)
    return (begin.strftime(_STORED), end.strftime(_STORED), minutes,
            f"{sign}{whole // 60:02d}:{whole % 60:02d}")
