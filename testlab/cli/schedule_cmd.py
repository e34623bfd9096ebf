"""``testlab schedule list|add|cancel|no-show|import|export|stats``: sessions across the centres.

Starts are given and shown in each centre's local time; ``--fold 1`` names the second
pass of a repeated autumn hour.  A refused booking prints one line per problem.
"""

from __future__ import annotations

import argparse
import json
import sys
import uuid
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from testlab.errors import BookingRefused, ImportRejected, InvalidInput

if TYPE_CHECKING:
    from testlab.db.database import Database
    from testlab.services.schedule.booking import BookedSession

EXIT_REFUSED = 2

DESCRIPTION = """\
Book and follow usability-test sessions across the centres.

  testlab schedule list [--centre CODE] [--study TITLE] [--facilitator EMAIL]
                        [--from DATE] [--to DATE] [--json]
  testlab schedule add --centre PAR --room "Lab 1" --start "2027-06-09 10:00" --minutes 60
                       --study "Alpha round" --facilitator ana@example.net
                       [--participant P-PAR-0001] [--fold 0|1] [--outside-hours]
  testlab schedule cancel SESSION      testlab schedule no-show SESSION
  testlab schedule import FILE.csv [--dry-run]
  testlab schedule export (--centre CODE | --facilitator EMAIL | --study TITLE) --out FILE.ics
  testlab schedule stats [--from DATE --to DATE] [--json]

Every booking is checked at once: room, facilitator (anywhere in the network) and
participant free, the centre open (or --outside-hours), the participant not in a study
of the same product within the 90-day cool-down, and the local time existing once.
"""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _start(text: str) -> datetime:
    try:
        return datetime.strptime(text.strip().replace("T", " "), "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a local start (YYYY-MM-DD HH:MM)") \
            from None


def _session_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a session id (as testlab schedule list shows it)") from None


def register(subparsers: Any) -> None:
    """Add the ``schedule`` command and its actions."""
    parser = subparsers.add_parser(
        "schedule", help="book, list, export and count sessions across the centres",
        description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = parser.add_subparsers(dest="action", metavar="ACTION", parser_class=type(parser))
    actions.required = True

    listing = actions.add_parser("list", help="sessions by centre, study, facilitator, period",
                                 description="List sessions, local start in each centre's time.")
    listing.add_argument("--centre", metavar="CODE")
    listing.add_argument("--study", metavar="TITLE")
    listing.add_argument("--facilitator", metavar="EMAIL")
    listing.add_argument("--from", dest="first", type=_day, metavar="DATE",
                         help="first local day (YYYY-MM-DD)")
    listing.add_argument("--to", dest="last", type=_day, metavar="DATE",
                         help="last local day, included")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(handler=handle_list)

    add = actions.add_parser("add", help="book a session",
                             description="Book a session; the start is in the centre's local "
                             "time. Every problem is listed, one per line; nothing is booked.")
    add.add_argument("--centre", required=True, metavar="CODE")
    add.add_argument("--room", required=True, metavar="NAME")
    add.add_argument("--start", required=True, type=_start, metavar='"YYYY-MM-DD HH:MM"')
    add.add_argument("--minutes", required=True, type=int, metavar="N")
    add.add_argument("--study", required=True, metavar="TITLE")
    add.add_argument("--facilitator", required=True, metavar="EMAIL")
    add.add_argument("--participant", metavar="CODE")
    add.add_argument("--fold", type=int, choices=(0, 1),
                     help="for a local time that occurs twice (autumn): 0 the first, 1 the second")
    add.add_argument("--outside-hours", action="store_true",
                     help="book outside the opening hours or on a closed day (recorded)")
    add.add_argument("--cooldown-days", type=int, default=None, metavar="N",
                     help="days between two studies of the same product (default 90)")
    add.set_defaults(handler=handle_add)

    for name, words in (("cancel", "cancel a session"),
                        ("no-show", "mark that the participant did not come")):
        action = actions.add_parser(name, help=words, description=words.capitalize() + ".")
        action.add_argument("session", type=_session_id, metavar="SESSION",
                            help="the session id, as testlab schedule list shows it")
        action.set_defaults(handler=handle_status, status_action=name)

    bulk = actions.add_parser(
        "import", help="book every slot of a CSV, or none",
        description="Book the slots of a CSV (centre, room, start, minutes, study, facilitator, "
        "participant, fold, outside_hours): every row is checked; any problem refuses the "
        "whole file and nothing is booked.")
    bulk.add_argument("file", metavar="FILE.csv")
    bulk.add_argument("--dry-run", action="store_true", help="check only; book nothing")
    bulk.set_defaults(handler=handle_import)

    export = actions.add_parser("export", help="an iCalendar file of sessions",
                                description="Write the sessions of one centre, facilitator or "
                                "study as an iCalendar (.ics) file.")
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument("--centre", metavar="CODE")
    which.add_argument("--facilitator", metavar="EMAIL")
    which.add_argument("--study", metavar="TITLE")
    export.add_argument("--out", required=True, metavar="FILE.ics")
    export.set_defaults(handler=handle_export)

    stats = actions.add_parser("stats", help="operations figures for a period",
                               description="Planned, held, no-show rate, share started on "
                               "time and room use, per centre and for the network (default: "
                               "the last 28 days).")
    stats.add_argument("--from", dest="first", type=_day, metavar="DATE")
    stats.add_argument("--to", dest="last", type=_day, metavar="DATE")
    stats.add_argument("--json", action="store_true")
    stats.set_defaults(handler=handle_stats)


def handle_list(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Print the matching sessions as a table or JSON."""
    filters = dict(centre_code=args.centre, study_title=args.study,
                   facilitator_email=args.facilitator, first_day=args.first,
                   last_day=args.last)
    if args.json:
        # Core only, no ORM model: the import alone would cost a tenth of a second.
        from testlab.services.schedule.listing_json import iter_sessions_json

        for piece in iter_sessions_json(open_db(), **filters):
            sys.stdout.write(piece)
        sys.stdout.write("\n")
        return 0
    from testlab.services.schedule.listing import list_sessions

    rows = list_sessions(open_db(), **filters)
    for r in rows:
        print(f"{r.id}  {r.local_start:%Y-%m-%d %H:%M} {r.centre_code} ({r.minutes} min)  "
              f"{r.room_name or '-'}  {r.status.value}  {r.study_title}  "
              f"{r.participant_code or '-'}  {r.facilitator_email or '-'}")
    print(f"{len(rows)} session(s)")
    return 0


def _said(session: BookedSession) -> str:
    local = session.local_start
    return (f"{session.id}: {session.centre_code} {session.room_name}, "
            f"{local:%Y-%m-%d %H:%M} {local.tzname()} (UTC {session.starts_at:%H:%M}), "
            f"{session.minutes} min, {session.status.words}"
            + (", outside opening hours" if session.outside_hours else ""))


def handle_add(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Book one session; each problem on its own line."""
    from testlab.services.schedule.booking import COOLDOWN_DAYS, Booking, book

    wanted = Booking(
        centre_code=args.centre, room_name=args.room, local_start=args.start,
        minutes=args.minutes, study_title=args.study, facilitator_email=args.facilitator,
        participant_code=args.participant, fold=args.fold, outside_hours=args.outside_hours)
    cooldown = COOLDOWN_DAYS if args.cooldown_days is None else args.cooldown_days
    try:
        booked = book(open_db(), wanted, cooldown_days=cooldown)
    except BookingRefused as exc:
        for problem in exc.problems:
            print(f"testlab: {problem}", file=sys.stderr)
        return EXIT_REFUSED
    print(f"Booked {_said(booked)}")
    return 0


def handle_status(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Cancel a session or mark it no-show."""
    from testlab.services.schedule.booking import cancel, mark_no_show

    change = cancel if args.status_action == "cancel" else mark_no_show
    print(_said(change(open_db(), args.session)))
    return 0


def handle_import(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Book a CSV of slots, all or nothing."""
    from testlab.cli.import_cmd import print_refusal
    from testlab.services.schedule.bulk import import_slots

    try:
        data = Path(args.file).read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"{args.file} does not exist.") from None
    except OSError as exc:
        raise InvalidInput(f"{args.file} cannot be read: {exc.strerror or exc}.") from None
    try:
        result = import_slots(open_db(), data, dry_run=args.dry_run)
    except ImportRejected as exc:
        print_refusal(args.file, exc)
        return EXIT_REFUSED
    if result.dry_run:
        print(f"Dry run: {result.booked} slot(s) checked, no problem. Nothing was booked.")
    else:
        print(f"Booked {result.booked} session(s) from {args.file}.")
    return 0


def handle_export(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Write the .ics file."""
    from testlab.services.schedule.listing import export_calendar

    data = export_calendar(open_db(), centre_code=args.centre,
                           facilitator_email=args.facilitator, study_title=args.study)
    try:
        Path(args.out).write_bytes(data)
    except OSError as exc:
        raise InvalidInput(f"{args.out} cannot be written: {exc.strerror or exc}.") from None
    print(f"Wrote {data.count(b'BEGIN:VEVENT')} session(s) to {args.out}")
    return 0


def _share(value: float | None) -> str:
    return "-" if value is None else f"{value:.0%}"


def handle_stats(args: argparse.Namespace, open_db: Callable[[], Database]) -> int:
    """Print the operations figures per centre and for the network."""
    from datetime import timedelta

    from testlab.clock import utc_now
    from testlab.services.schedule.figures import operations_figures

    last = args.last or utc_now().date()
    first = args.first or last - timedelta(days=27)
    centres, network = operations_figures(open_db(), first, last)
    if args.json:
        def one(f: Any) -> dict[str, Any]:
            return {"centre": f.centre_code, "planned": f.planned, "held": f.held,
                    "no_shows": f.no_shows, "no_show_rate": f.no_show_rate,
                    "on_time_share": f.on_time_share, "booked_hours": f.booked_hours,
                    "open_hours": f.open_hours, "room_use": f.room_use}
        print(json.dumps({"from": first.isoformat(), "to": last.isoformat(),
                          "centres": [one(f) for f in centres], "network": one(network)},
                         indent=2))
        return 0
    print(f"Sessions from {first} to {last} (each centre's local days)")
    print(f"  {'centre':<7}{'planned':>8}{'held':>6}{'no-show':>9}{'on time':>9}{'room use':>10}")
    for f in [*centres, network]:
        print(f"  {f.centre_code:<7}{f.planned:>8}{f.held:>6}{_share(f.no_show_rate):>9}"
              f"{_share(f.on_time_share):>9}{_share(f.room_use):>10}")
    return 0
