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
from operator import itemgetter
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Connection

from testlab.errors import ImportRejected
from testlab.io import results_cells as cells
from testlab.io.results_cells import CellError
from testlab.io.results_csv import MAX_PROBLEMS_PER_FILE, CsvTable, RawRow
from testlab.io.results_refs import (
    AttemptValues,
    Conditions,
    RecordedSession,
    References,
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
NO_CONDITIONS: Conditions = (None,) * len(CONDITION_NAMES)


class ImportCancelled(Exception):
    """The user cancelled; the caller rolls back and reports that nothing was written."""


class _Row(NamedTuple):
    line: int
    target: _Target
    participant: str | None
    start: datetime
    conditions: Conditions
    values: AttemptValues  # outcome, seconds, rating, errors, assists, notes


class _Target(NamedTuple):
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


class _Problems:
    """Collects (line, reason) pairs, stopping at a cap so a garbage file stays quick."""

    def __init__(self) -> None:
        self.items: list[tuple[int, str]] = []

    def add(self, line: int, reason: str) -> None:
        self.items.append((line, reason))

    @property
    def full(self) -> bool:
        return len(self.items) >= MAX_PROBLEMS_PER_FILE


_MISSING = object()


class _Checker:
    """Turns raw rows into checked rows, caching everything that repeats across rows.

    Files repeat the same few centres, tasks, outcomes, ratings and start times
    thousands of times, so each distinct cell text is parsed once.
    """

    def __init__(self, refs: References, table: CsvTable, problems: _Problems) -> None:
        self.refs = refs
        self.problems = problems
        cols = table.columns
        self._names = itemgetter(*(cols[n] for n in
                                   ("centre", "product", "stage", "study", "task_key")))
        self._value_cells = itemgetter(*(cols[n] for n in
                                         ("outcome", "seconds", "simplicity", "errors", "assists")))
        self._participant, self._start_col, self._notes = (
            cols["participant"], cols["session_start"], cols["notes"])
        present = [cols.get(n) for n in CONDITION_NAMES]
        self._condition_cells: Callable[[list[str]], tuple[str, ...]] = (
            lambda cells_: tuple("" if i is None else cells_[i] for i in present)
        ) if any(i is not None for i in present) else (lambda _cells: ())
        self._targets: dict[tuple[str, ...], _Target | str] = {}
        self._groups: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
        self._task_nos: dict[uuid.UUID, int] = {}
        self._starts: dict[tuple[str, int], datetime | str] = {}
        self._conditions: dict[tuple[Any, ...], Conditions | str] = {}
        self._caches: tuple[dict[str, Any], ...] = ({}, {}, {}, {}, {})

    def check(self, raw: RawRow) -> _Row | None:
        """The checked row, or None after recording its problems."""
        row_cells, line = raw.cells, raw.line
        before = len(self.problems.items)
        names = self._names(row_cells)
        target = self._targets.get(names)
        if target is None:
            target = self._targets[names] = self._resolve(*(part.strip() for part in names))
        if isinstance(target, str):
            self.problems.add(line, target)
        values = self._values(row_cells, line)
        participant = row_cells[self._participant].strip() or None
        if participant is not None and len(participant) > PARTICIPANT_CODE_MAX:
            self.problems.add(line, f"participant code is longer than {PARTICIPANT_CODE_MAX}")
        if isinstance(target, str):
            return None
        start_cell = row_cells[self._start_col]
        start = self._starts.get((start_cell, target.session_group))
        if start is None:
            start = self._starts[(start_cell, target.session_group)] = self._start(
                start_cell, target.zone)
        if isinstance(start, str):
            self.problems.add(line, start)
        conditions = self._condition(row_cells, target.centre_id)
        if isinstance(conditions, str):
            self.problems.add(line, conditions)
        if len(self.problems.items) > before or values is None:
            return None
        assert not isinstance(start, str) and not isinstance(conditions, str)
        return _Row(line, target, participant, start, conditions, values)

    def _resolve(self, centre: str, product: str, stage: str, study: str,
                 task_key: str) -> _Target | str:
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
        try:
            tz = cells.zone(tz_name)
        except (ValueError, LookupError):
            return f"centre '{centre}' has an unknown time zone '{tz_name}'"
        group = self._groups.setdefault((studies[0], centre_id), len(self._groups))
        task_no = self._task_nos.setdefault(task_id, len(self._task_nos))
        return _Target(len(self._targets), centre_id, tz, studies[0], task_id, group, task_no)

    def groups(self) -> dict[tuple[uuid.UUID, uuid.UUID], int]:
        """The (study id, centre id) -> session group numbers handed out so far."""
        return self._groups

    def _values(self, row_cells: list[str], line: int) -> AttemptValues | None:
        """Outcome, seconds, rating, errors, assists, notes; None after recording problems.

        Fast path: every cell text was seen before and parsed fine (caches hold
        good values only); otherwise each cell is parsed and its problem recorded.
        """
        texts = self._value_cells(row_cells)
        parsed = tuple(cache.get(text, _MISSING) for cache, text in zip(self._caches, texts, strict=True))
        if _MISSING not in parsed and (parsed[1] is not None or parsed[0] is Outcome.SKIPPED):
            return (*parsed, row_cells[self._notes])
        ok = True
        values: list[Any] = []
        for cache, parse, text in zip(self._caches, _VALUE_PARSERS, texts, strict=True):
            try:
                value = parse(text)
            except CellError as exc:
                self.problems.add(line, str(exc))
                value, ok = _MISSING, False
            else:
                cache[text] = value
            values.append(value)
        if ok and values[1] is None and values[0] is not Outcome.SKIPPED:
            self.problems.add(line, "seconds is empty (only a skipped task may have no time)")
            ok = False
        return (*values, row_cells[self._notes]) if ok else None

    @staticmethod
    def _start(cell: str, tz: ZoneInfo) -> datetime | str:
        try:
            return cells.parse_start(cell, tz)
        except CellError as exc:
            return str(exc)

    def _condition(self, row_cells: list[str], centre_id: uuid.UUID) -> Conditions | str:
        raw = self._condition_cells(row_cells)
        if not raw:
            return NO_CONDITIONS
        key = (centre_id, *raw)
        found = self._conditions.get(key)
        if found is None:
            try:
                found = self._parse_conditions(centre_id, raw)
            except CellError as exc:
                found = str(exc)
            self._conditions[key] = found
        return found

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


def _parse_seconds(cell: str) -> float | None:
    # Emptiness is judged with the outcome by the caller: this parse is cached per text.
    return cells.parse_seconds(cell, Outcome.SKIPPED)


def _parse_errors(cell: str) -> int:
    return cells.parse_count(cell, "errors")


def _parse_assists(cell: str) -> int:
    return cells.parse_count(cell, "assists")


_VALUE_PARSERS: tuple[Callable[[str], Any], ...] = (
    cells.parse_outcome, _parse_seconds, cells.parse_rating, _parse_errors, _parse_assists)


def _tick(done: int, total: int, progress: Progress | None, cancelled: Cancelled | None) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled
    if progress is not None:
        progress(done, total)


def plan_import(connection: Connection, table: CsvTable, *, total: int,
                progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ImportPlan:
    """Check every row of ``table`` against the database; the plan, or ``ImportRejected``."""
    refs = load_references(connection)
    problems = _Problems()
    checker = _Checker(refs, table, problems)
    checked: list[_Row] = []
    plan = ImportPlan()
    for index, raw in enumerate(table.rows):
        if index % CHECK_EVERY == 0:
            _tick(index, total, progress, cancelled)
        row = checker.check(raw)
        if row is not None:
            checked.append(row)
        if problems.full:
            break
    if not problems.full:  # rows that passed: also find duplicates and conflicts among them
        load_participants(connection, refs, {r.participant for r in checked if r.participant})
        load_recorded(connection, refs, {r.target.study_id for r in checked})
        plan = _match(checked, refs, checker.groups(), problems)
    _tick(len(table.rows), total, progress, cancelled)
    if problems.items:
        raise _rejected(problems.items, len(table.rows))
    plan.rows = len(table.rows)
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


_Key = tuple[int, str | None, datetime]  # (study, centre) group, participant, start


def _match(rows: list[_Row], refs: References, groups: dict[tuple[uuid.UUID, uuid.UUID], int],
           problems: _Problems) -> ImportPlan:
    """Sessions and attempts: find recorded ones, refuse duplicates and conflicts, plan the rest."""
    plan = ImportPlan()
    now = datetime.now(UTC)
    recorded_sessions: dict[_Key, list[RecordedSession]] = {}
    for (study_id, centre_id, code, start), found in refs.sessions.items():
        group = groups.get((study_id, centre_id))
        if group is not None and (code is None or code in refs.participants):
            recorded_sessions[(group, code, start)] = found
    new_participants: dict[str, uuid.UUID] = {}
    new_sessions: dict[_Key, dict[str, Any]] = {}
    session_lines: dict[_Key, tuple[int, Conditions]] = {}
    attempt_lines: dict[tuple[_Key, int], int] = {}
    attempts = plan.attempts
    for row in rows:
        target = row.target
        key: _Key = (target.session_group, row.participant, row.start)
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
                    "starts_at": row.start, "status": SessionStatus.COMPLETED,
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


def _merge(row: _Row, seen: tuple[int, Conditions], problems: _Problems) -> Conditions:
    """Conditions stated on several rows of one session must agree; unstated ones fill in."""
    merged = []
    for name, ours, theirs in zip(CONDITION_NAMES, row.conditions, seen[1], strict=True):
        if ours is not None and theirs is not None and ours != theirs:
            problems.add(row.line, f"{name} differs from line {seen[0]}, same session")
        merged.append(theirs if theirs is not None else ours)
    return tuple(merged)


def _recorded_session(row: _Row, recorded: list[RecordedSession], refs: References,
                      plan: ImportPlan, problems: _Problems) -> uuid.UUID | None:
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


def _participant_id(row: _Row, refs: References, new: dict[str, uuid.UUID], plan: ImportPlan,
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
