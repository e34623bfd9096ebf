"""Match checked rows to sessions and attempts: what is new, what is already recorded.

The second half of validation (``results_validate`` checks the cells first):
a session is (study, centre, participant, start); an attempt is (session, task).
Duplicates within the file and conflicts with recorded attempts become
problems; identical recorded attempts are skipped; the rest becomes the plan.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from testlab.clock import utc_now
from testlab.io import results_cells as cells
from testlab.io.results_csv import MAX_PROBLEMS_PER_FILE
from testlab.io.results_refs import AttemptValues, Conditions, RecordedSession, References
from testlab.model.enums import SessionStatus
from testlab.scheduling.zones import zone

CONDITION_NAMES = ("facilitator", "room", "device_kind", "device_model", "device_os",
                   "network", "setting")
ATTEMPT_FIELDS = ("outcome", "seconds", "simplicity", "errors", "assists", "notes")


class ImportCancelled(Exception):
    """The user cancelled; the caller rolls back and reports that nothing was written."""


class CheckedRow(NamedTuple):
    """A row whose cells all parsed and whose names all resolved."""

    line: int
    target: Target
    participant: str | None
    start: datetime
    conditions: Conditions
    values: AttemptValues  # outcome, seconds, rating, errors, assists, notes
    date_only: bool = False  # session_start gave the date alone: ``start`` is local midnight


class Target(NamedTuple):
    """What the five naming cells resolve to; ``number`` is a cheap hash key for it."""

    number: int
    centre_id: uuid.UUID
    zone: ZoneInfo
    study_id: uuid.UUID
    task_id: uuid.UUID
    session_group: int  # one number per (study, centre): session keys hash ints, not UUIDs
    task_no: int  # one number per task


@dataclass
class ImportPlan:
    """What an import would write: rows for Core inserts, and what it leaves alone."""

    rows: int = 0
    skipped: int = 0
    participants: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    attempts: list[dict[str, Any]] = field(default_factory=list)


class Problems:
    """Collects (line, reason) pairs, stopping at a cap so a garbage file stays quick."""

    def __init__(self) -> None:
        self.items: list[tuple[int, str]] = []

    def add(self, line: int, reason: str) -> None:
        self.items.append((line, reason))

    @property
    def full(self) -> bool:
        return len(self.items) >= MAX_PROBLEMS_PER_FILE


def _differences(names: tuple[str, ...], ours: tuple[Any, ...], theirs: tuple[Any, ...],
                 ignore_unstated: bool) -> list[str]:
    return [
        f"{name} {_show(a)} (recorded: {_show(b)})"
        for name, a, b in zip(names, ours, theirs, strict=True)
        if a != b and not (ignore_unstated and a is None)
    ]


def _show(value: Any) -> str:
    if value is None or value == "":
        return "empty"
    if isinstance(value, float):
        return cells.format_seconds(value)
    return str(value) if not isinstance(value, uuid.UUID) else "another"


_Key = tuple[int, str | None, datetime]  # (study, centre) group, participant, start


def match_rows(rows: list[CheckedRow], refs: References, groups: dict[tuple[uuid.UUID, uuid.UUID], int],
           problems: Problems) -> ImportPlan:
    """Sessions and attempts: find recorded ones, refuse duplicates and conflicts, plan the rest."""
    plan = ImportPlan()
    now = utc_now()
    recorded_sessions: dict[_Key, list[RecordedSession]] = {}
    for (study_id, centre_id, code, start), found in refs.sessions.items():
        group = groups.get((study_id, centre_id))
        if group is not None and (code is None or code in refs.participants):
            recorded_sessions[(group, code, start)] = found
    by_day = _sessions_by_day(refs, groups) if any(r.date_only for r in rows) else {}
    new_participants: dict[str, uuid.UUID] = {}
    new_sessions: dict[_Key, dict[str, Any]] = {}
    session_lines: dict[_Key, tuple[int, Conditions]] = {}
    attempt_lines: dict[tuple[_Key, int], int] = {}
    attempts = plan.attempts
    for row in rows:
        target = row.target
        start = row.start
        if row.date_only:
            day = (target.session_group, row.participant, start.astimezone(target.zone).date())
            same_day = by_day.get(day, [])
            if len(same_day) > 1:
                problems.add(row.line, f"session_start gives the date only, and {len(same_day)} "
                             "sessions of this participant are recorded that day in this study "
                             "and centre; give the time")
                continue
            if same_day:
                start = same_day[0]
        key: _Key = (target.session_group, row.participant, start)
        first = attempt_lines.setdefault((key, target.task_no), row.line)
        if first != row.line:
            problems.add(row.line, f"duplicate attempt: the same session and task as line {first}")
            continue
        seen = session_lines.get(key)
        if seen is None:
            session_lines[key] = (row.line, row.conditions)
        elif seen[1] != row.conditions:
            session_lines[key] = (seen[0], _merge(row, seen, problems))
        recorded = recorded_sessions.get(key)
        if recorded is not None:
            session_id = _recorded_session(row, recorded, refs, plan, problems)
            if session_id is None:
                continue
        else:
            session = new_sessions.get(key)
            if session is None:
                session = new_sessions[key] = {
                    "id": uuid.uuid4(), "study_id": target.study_id,
                    "centre_id": target.centre_id,
                    "participant_id": _participant_id(row, refs, new_participants, plan, now),
                    "starts_at": start, "status": SessionStatus.COMPLETED,
                    "start_date_only": row.date_only,
                }
                plan.sessions.append(session)
            session_id = session["id"]
        outcome, seconds, rating, errors, assists, notes = row.values
        attempts.append({
            "id": uuid.uuid4(), "session_id": session_id, "task_id": target.task_id,
            "outcome": outcome, "seconds": seconds, "rating": rating, "errors": errors,
            "assists": assists, "notes": notes, "recorded_at": now,
        })
    for key, session in new_sessions.items():
        facilitator, room, kind, model, os_, network, setting = session_lines[key][1]
        session.update(facilitator_id=facilitator, room_id=room, device_kind=kind,
                       device_model=model, device_os=os_, network=network, setting=setting)
    return plan


def _sessions_by_day(refs: References, groups: dict[tuple[uuid.UUID, uuid.UUID], int]
                     ) -> dict[tuple[int, str | None, date], list[datetime]]:
    """Recorded session starts by (study-centre group, participant, local date)."""
    zones = {centre_id: zone(tz) for centre_id, tz in refs.centres.values()}
    found: dict[tuple[int, str | None, date], list[datetime]] = {}
    for (study_id, centre_id, code, start) in refs.sessions:
        group = groups.get((study_id, centre_id))
        if group is not None:
            day = start.astimezone(zones[centre_id]).date()
            found.setdefault((group, code, day), []).append(start)
    return found


def _merge(row: CheckedRow, seen: tuple[int, Conditions], problems: Problems) -> Conditions:
    """Conditions stated on several rows of one session must agree; unstated ones fill in."""
    merged = []
    for name, ours, theirs in zip(CONDITION_NAMES, row.conditions, seen[1], strict=True):
        if ours is not None and theirs is not None and ours != theirs:
            problems.add(row.line, f"{name} differs from line {seen[0]}, same session")
        merged.append(theirs if theirs is not None else ours)
    return tuple(merged)


def _recorded_session(row: CheckedRow, recorded: list[RecordedSession], refs: References,
                      plan: ImportPlan, problems: Problems) -> uuid.UUID | None:
    """The recorded session to add the attempt to, or None (skipped as identical, or a problem)."""
    if len(recorded) > 1:
        problems.add(row.line, f"matches {len(recorded)} recorded sessions; fix them first")
        return None
    session = recorded[0]
    diffs = _differences(CONDITION_NAMES, row.conditions, session.conditions, True)
    if diffs:
        problems.add(row.line, "session conditions differ from the recorded session: "
                     + "; ".join(diffs))
        return None
    existing = refs.attempts.get((session.id, row.target.task_id))
    if existing is None:
        return session.id
    diffs = _differences(ATTEMPT_FIELDS, row.values, existing, False)
    if diffs:
        problems.add(row.line, "conflicts with the recorded attempt: " + "; ".join(diffs))
    else:
        plan.skipped += 1
    return None


def _participant_id(row: CheckedRow, refs: References, new: dict[str, uuid.UUID], plan: ImportPlan,
                    now: datetime) -> uuid.UUID | None:
    """The participant's id; an unknown code is created, in the centre of its first row."""
    code = row.participant
    if code is None:
        return None
    found = refs.participants.get(code) or new.get(code)
    if found is None:
        found = new[code] = uuid.uuid4()
        plan.participants.append({"id": found, "code": code, "centre_id": row.target.centre_id,
                                  "created_at": now})
    return found
