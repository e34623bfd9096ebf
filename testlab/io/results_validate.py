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
from datetime import datetime
from operator import itemgetter
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Connection

from testlab.errors import ImportRejected
from testlab.io import results_cells as cells
from testlab.io.results_cells import CellError
from testlab.io.results_csv import MAX_PROBLEMS_PER_FILE, CsvTable, RawRow
from testlab.io.results_match import (
    CONDITION_NAMES,
    CheckedRow,
    ImportCancelled,
    ImportPlan,
    Problems,
    Target,
    match_rows,
)
from testlab.io.results_refs import (
    AttemptValues,
    Conditions,
    References,
    load_participants,
    load_recorded,
    load_references,
    resolve_study,
)
from testlab.model.enums import DeviceKind, Network, Outcome, Setting
from testlab.progress import CancelCheck, Progress, report
from testlab.scheduling.zones import zone

PARTICIPANT_CODE_MAX = 32
CHECK_EVERY = 2000  # rows between progress reports and cancel checks
NO_CONDITIONS: Conditions = (None,) * len(CONDITION_NAMES)


_MISSING = object()


class _Checker:
    """Turns raw rows into checked rows, caching everything that repeats across rows.

    Files repeat the same few centres, tasks, outcomes, ratings and start times
    thousands of times, so each distinct cell text is parsed once.
    """

    def __init__(self, refs: References, table: CsvTable, problems: Problems) -> None:
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
        self._targets: dict[tuple[str, ...], Target | str] = {}
        self._groups: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
        self._task_nos: dict[uuid.UUID, int] = {}
        self._starts: dict[tuple[str, int], tuple[datetime, bool] | str] = {}
        self._conditions: dict[tuple[Any, ...], Conditions | str] = {}
        self._caches: tuple[dict[str, Any], ...] = ({}, {}, {}, {}, {})

    def check(self, raw: RawRow) -> CheckedRow | None:
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
        return CheckedRow(line, target, participant, start[0], conditions, values, start[1])

    def _resolve(self, centre: str, product: str, stage: str, study: str,
                 task_key: str) -> Target | str:
        refs = self.refs
        found = resolve_study(refs, centre, product, stage, study)
        if isinstance(found, str):
            return found
        centre_id, tz_name, study_id = found
        task_id = refs.tasks.get((study_id, task_key))
        if task_id is None:
            return f"unknown task key '{task_key}' in study '{study}'"
        try:
            tz = zone(tz_name)
        except (ValueError, LookupError):
            return f"centre '{centre}' has an unknown time zone '{tz_name}'"
        group = self._groups.setdefault((study_id, centre_id), len(self._groups))
        task_no = self._task_nos.setdefault(task_id, len(self._task_nos))
        return Target(len(self._targets), centre_id, tz, study_id, task_id, group, task_no)

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
    def _start(cell: str, tz: ZoneInfo) -> tuple[datetime, bool] | str:
        try:
            return cells.parse_start_or_date(cell, tz)
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


def plan_import(connection: Connection, table: CsvTable, *, total: int,
                progress: Progress | None = None,
                cancelled: CancelCheck | None = None) -> ImportPlan:
    """Check every row of ``table`` against the database; the plan, or ``ImportRejected``."""
    refs = load_references(connection)
    problems = Problems()
    checker = _Checker(refs, table, problems)
    checked: list[CheckedRow] = []
    plan = ImportPlan()
    for index, raw in enumerate(table.rows):
        if index % CHECK_EVERY == 0:
            report(index, total, progress, cancelled, ImportCancelled)
        row = checker.check(raw)
        if row is not None:
            checked.append(row)
        if problems.full:
            break
    if not problems.full:  # rows that passed: also find duplicates and conflicts among them
        load_participants(connection, refs, {r.participant for r in checked if r.participant})
        load_recorded(connection, refs, {r.target.study_id for r in checked})
        plan = match_rows(checked, refs, checker.groups(), problems)
    report(len(table.rows), total, progress, cancelled, ImportCancelled)
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


