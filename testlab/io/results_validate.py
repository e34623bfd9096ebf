"""Check every row of a results file against the database and plan what to insert.

Nothing is written here.  ``plan_import`` either returns an ``ImportPlan`` (rows
ready for Core ``executemany``) or raises ``ImportRejected`` listing every
problem with its line.  Rules (see docs/results-csv.md):

- centre by code, product by name, stage by name in the product, study by title
  in the stage, task by key in the study: unknown or ambiguous names refuse the file;
- an unknown participant code is created, belonging to the centre of its first row;
- a session is (study, centre, participant, start): found, or created as completed;
- the same attempt twice in the file is refused; an attempt already recorded with
  identical values is skipped (re-import adds nothing); with other values it is refused.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy.engine import Connection

from testlab.errors import ImportRejected
from testlab.io import results_cells as cells
from testlab.io.results_cells import CellError
from testlab.io.results_csv import MAX_PROBLEMS_PER_FILE, RawRow
from testlab.io.results_refs import (
    AttemptValues,
    Conditions,
    References,
    SessionKey,
    load_participants,
    load_recorded,
    load_references,
)
from testlab.model.enums import DeviceKind, Network, Outcome, SessionStatus, Setting

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
CONDITION_NAMES = ("facilitator", "room", "device_kind", "device_model", "device_os",
                   "network", "setting")
PARTICIPANT_CODE_MAX = 32
CHECK_EVERY = 2000  # rows between progress reports and cancel checks


class ImportCancelled(Exception):
    """The user cancelled; the caller rolls back and reports that nothing was written."""


class _Row(NamedTuple):
    line: int
    centre_id: uuid.UUID
    study_id: uuid.UUID
    task_id: uuid.UUID
    participant: str | None
    start: datetime
    conditions: Conditions
    values: AttemptValues  # outcome, seconds, rating, errors, assists, notes


@dataclass
class ImportPlan:
    """What an import would write: rows for Core inserts, and what it leaves alone."""

    rows: int = 0
    skipped: int = 0
    participants: list[dict[str, Any]] = field(default_factory=list)
    sessions: list[dict[str, Any]] = field(default_factory=list)
    attempts: list[dict[str, Any]] = field(default_factory=list)


class _Problems:
    """Collects (line, reason) pairs, stopping at a cap so a garbage file stays quick."""

    def __init__(self) -> None:
        self.items: list[tuple[int, str]] = []

    def add(self, line: int, reason: str) -> None:
        self.items.append((line, reason))

    @property
    def full(self) -> bool:
        return len(self.items) >= MAX_PROBLEMS_PER_FILE


class _Checker:
    """Turns raw rows into checked rows, caching everything that repeats across rows."""

    def __init__(self, refs: References, problems: _Problems) -> None:
        self.refs = refs
        self.problems = problems
        self._targets: dict[tuple[str, ...], tuple[uuid.UUID, Any, uuid.UUID, uuid.UUID] | str] = {}
        self._starts: dict[tuple[str, str], datetime | str] = {}
        self._conditions: dict[tuple[Any, ...], Conditions | str] = {}

    def check(self, raw: RawRow) -> _Row | None:
        """The checked row, or None after recording its problems."""
        c = raw.cells
        line = raw.line
        before = len(self.problems.items)
        target = self._target(c)
        if isinstance(target, str):
            self.problems.add(line, target)
        values = self._values(c, line)
        participant = c["participant"].strip() or None
        if participant is not None and len(participant) > PARTICIPANT_CODE_MAX:
            self.problems.add(line, f"participant code is longer than {PARTICIPANT_CODE_MAX}")
        if isinstance(target, str):
            return None
        centre_id, tz_name, study_id, task_id = target
        start = self._start(c["session_start"], tz_name)
        if isinstance(start, str):
            self.problems.add(line, start)
        conditions = self._condition(c, centre_id)
        if isinstance(conditions, str):
            self.problems.add(line, conditions)
        if len(self.problems.items) > before or values is None:
            return None
        assert not isinstance(start, str) and not isinstance(conditions, str)
        return _Row(line, centre_id, study_id, task_id, participant, start, conditions, values)

    def _target(self, c: dict[str, str]) -> tuple[uuid.UUID, Any, uuid.UUID, uuid.UUID] | str:
        key = (c["centre"], c["product"], c["stage"], c["study"], c["task_key"])
        if key not in self._targets:
            self._targets[key] = self._resolve(*(part.strip() for part in key))
        return self._targets[key]

    def _resolve(self, centre: str, product: str, stage: str, study: str,
                 task_key: str) -> tuple[uuid.UUID, Any, uuid.UUID, uuid.UUID] | str:
        refs = self.refs
        if centre.upper() not in refs.centres:
            return f"unknown centre '{centre}'" if centre else "centre is empty"
        centre_id, tz_name = refs.centres[centre.upper()]
        product_id = refs.products.get(product)
        if product_id is None:
            return f"unknown product '{product}'" if product else "product is empty"
        stage_id = refs.stages.get((product_id, stage))
        if stage_id is None:
            return f"product '{product}' has no stage '{stage}'"
        studies = refs.studies.get((stage_id, study), [])
        if not studies:
            return f"stage '{stage}' of '{product}' has no study '{study}'"
        if len(studies) > 1:
            return f"{len(studies)} studies of stage '{stage}' are titled '{study}'"
        task_id = refs.tasks.get((studies[0], task_key))
        if task_id is None:
            return f"unknown task key '{task_key}' in study '{study}'"
        return centre_id, tz_name, studies[0], task_id

    def _values(self, c: dict[str, str], line: int) -> AttemptValues | None:
        try:
            outcome = cells.parse_outcome(c["outcome"])
        except CellError as exc:
            self.problems.add(line, str(exc))
            outcome = None
        result: list[Any] = [outcome]
        parsers: tuple[tuple[str, Callable[[str], Any]], ...] = (
            ("seconds", lambda v: cells.parse_seconds(v, outcome or Outcome.SUCCESS)),
            ("simplicity", cells.parse_rating),
            ("errors", lambda v: cells.parse_count(v, "errors")),
            ("assists", lambda v: cells.parse_count(v, "assists")),
        )
        ok = outcome is not None
        for name, parse in parsers:
            try:
                result.append(parse(c[name]))
            except CellError as exc:
                self.problems.add(line, str(exc))
                ok = False
        result.append(c["notes"])
        return tuple(result) if ok else None

    def _start(self, cell: str, tz_name: str) -> datetime | str:
        key = (cell, tz_name)
        if key not in self._starts:
            try:
                self._starts[key] = cells.parse_start(cell, cells.zone(tz_name))
            except CellError as exc:
                self._starts[key] = str(exc)
        return self._starts[key]

    def _condition(self, c: dict[str, str], centre_id: uuid.UUID) -> Conditions | str:
        key = (centre_id, *(c.get(name, "") for name in CONDITION_NAMES))
        if key not in self._conditions:
            try:
                self._conditions[key] = self._parse_conditions(centre_id, key[1:])
            except CellError as exc:
                self._conditions[key] = str(exc)
        return self._conditions[key]

    def _parse_conditions(self, centre_id: uuid.UUID, raw: tuple[str, ...]) -> Conditions:
        facilitator, room, kind, model, os_, network, setting = (v.strip() for v in raw)
        facilitator_id = None
        if facilitator:
            facilitator_id = self.refs.staff.get(facilitator.casefold())
            if facilitator_id is None:
                raise CellError(f"unknown facilitator '{facilitator}'")
        room_id = None
        if room:
            room_id = self.refs.rooms.get((centre_id, room))
            if room_id is None:
                raise CellError(f"the centre has no room '{room}'")
        return (
            facilitator_id, room_id,
            cells.parse_condition(kind, DeviceKind, "device_kind"),
            cells.parse_text(model, "device_model", 120),
            cells.parse_text(os_, "device_os", 60),
            cells.parse_condition(network, Network, "network"),
            cells.parse_condition(setting, Setting, "setting"),
        )


def _tick(done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled
    if progress is not None:
        progress(done, total)


def plan_import(connection: Connection, raw_rows: list[RawRow], *, total: int,
                progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ImportPlan:
    """Check ``raw_rows`` against the database; the plan, or ``ImportRejected``."""
    refs = load_references(connection)
    problems = _Problems()
    checker = _Checker(refs, problems)
    checked: list[_Row] = []
    plan = ImportPlan()
    for index, raw in enumerate(raw_rows):
        if index % CHECK_EVERY == 0:
            _tick(index, total, progress, cancelled)
        row = checker.check(raw)
        if row is not None:
            checked.append(row)
        if problems.full:
            break
    if not problems.items:
        load_participants(connection, refs, (r.participant for r in checked if r.participant))
        load_recorded(connection, refs, (r.study_id for r in checked))
        plan = _match(checked, refs, problems)
    _tick(len(raw_rows), total, progress, cancelled)
    if problems.items:
        raise _rejected(problems.items, len(raw_rows))
    plan.rows = len(raw_rows)
    return plan


def _rejected(items: list[tuple[int, str]], rows: int) -> ImportRejected:
    items = sorted(items, key=lambda item: item[0])
    more = " (stopped counting)" if len(items) >= MAX_PROBLEMS_PER_FILE else ""
    return ImportRejected(
        f"The file was refused: {len(items)} problem(s){more} in {rows} row(s); "
        "nothing was imported.",
        items,
    )


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


ATTEMPT_FIELDS = ("outcome", "seconds", "simplicity", "errors", "assists", "notes")


def _match(rows: list[_Row], refs: References, problems: _Problems) -> ImportPlan:
    """Sessions and attempts: find recorded ones, refuse duplicates and conflicts, plan the rest."""
    plan = ImportPlan()
    now = datetime.now(UTC)
    new_participants: dict[str, uuid.UUID] = {}
    new_sessions: dict[SessionKey, dict[str, Any]] = {}
    session_lines: dict[SessionKey, tuple[int, Conditions]] = {}
    attempt_lines: dict[tuple[SessionKey, uuid.UUID], int] = {}
    for row in rows:
        key: SessionKey = (row.study_id, row.centre_id, row.participant, row.start)
        first = attempt_lines.setdefault((key, row.task_id), row.line)
        if first != row.line:
            problems.add(row.line, f"duplicate attempt: the same session and task as line {first}")
            continue
        seen = session_lines.get(key)
        if seen is None:
            session_lines[key] = (row.line, row.conditions)
        else:
            merged = []
            for name, a, b in zip(CONDITION_NAMES, row.conditions, seen[1], strict=True):
                if a is not None and b is not None and a != b:
                    problems.add(row.line, f"{name} differs from line {seen[0]}, same session")
                merged.append(b if b is not None else a)
            session_lines[key] = (seen[0], tuple(merged))
        recorded = refs.sessions.get(key, []) if row.participant is None or \
            row.participant in refs.participants else []
        if len(recorded) > 1:
            problems.add(row.line, f"matches {len(recorded)} recorded sessions; fix them first")
            continue
        if recorded:
            session = recorded[0]
            diffs = _differences(CONDITION_NAMES, row.conditions, session.conditions, True)
            if diffs:
                problems.add(row.line, "session conditions differ from the recorded session: "
                             + "; ".join(diffs))
                continue
            existing = refs.attempts.get((session.id, row.task_id))
            if existing is not None:
                diffs = _differences(ATTEMPT_FIELDS, row.values, existing, False)
                if diffs:
                    problems.add(row.line, "conflicts with the recorded attempt: "
                                 + "; ".join(diffs))
                else:
                    plan.skipped += 1
                continue
            session_id = session.id
        else:
            participant_id = None
            if row.participant is not None:
                participant_id = refs.participants.get(row.participant) or \
                    new_participants.get(row.participant)
                if participant_id is None:
                    participant_id = new_participants[row.participant] = uuid.uuid4()
                    plan.participants.append({"id": participant_id, "code": row.participant,
                                              "centre_id": row.centre_id, "created_at": now})
            if key not in new_sessions:
                new_sessions[key] = {
                    "id": uuid.uuid4(), "study_id": row.study_id, "centre_id": row.centre_id,
                    "participant_id": participant_id, "starts_at": row.start,
                    "status": SessionStatus.COMPLETED,
                }
                plan.sessions.append(new_sessions[key])
            session_id = new_sessions[key]["id"]
        outcome, seconds, rating, errors, assists, notes = row.values
        plan.attempts.append({
            "id": uuid.uuid4(), "session_id": session_id, "task_id": row.task_id,
            "outcome": outcome, "seconds": seconds, "rating": rating, "errors": errors,
            "assists": assists, "notes": notes, "recorded_at": now,
        })
    for key, session in new_sessions.items():
        facilitator, room, kind, model, os_, network, setting = session_lines[key][1]
        session.update(facilitator_id=facilitator, room_id=room, device_kind=kind,
                       device_model=model, device_os=os_, network=network, setting=setting)
    return plan
