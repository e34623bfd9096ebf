"""Attempts pooled by stage and task key, from one grouped query that also returns the times.

The query groups attempts by task and outcome (and the breakdown column) along the
covering index and returns the counts, the sums of errors and assists, the group's
times as one text of whole milliseconds (times are stored on the millisecond grid) and
its ratings as one text of digits. numpy reads every time and rating in one call each;
from those exact values each pooled group gets Σ ln t, Σ (ln t)², Σ t, Σ t², its rating
sums and its sorted times, for the medians, in a few vectorised passes. One scan of the
attempts serves every figure: on a million attempts it costs the database less than the
bare grouped aggregate that computes the logarithms in SQL.
"""

from __future__ import annotations

import functools
import uuid
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import (
    BigInteger,
    Connection,
    Integer,
    String,
    Text,
    bindparam,
    cast,
    func,
    null,
    select,
    true,
    type_coerce,
)
from sqlalchemy.sql import Select

from testlab.analysis.filters import NO_FILTERS, Filters, session_condition
from testlab.analysis.queries import (
    BREAKDOWN_COLUMNS,
    FAILURE_OUTCOMES,
    Catalog,
    id_text,
    product_tasks,
    raw_group,
    raw_id,
)
from testlab.analysis.sums import AttemptSums
from testlab.model import Outcome, Session, Task, TaskAttempt

#: (stage id, task key, breakdown value): the unit every task figure is computed for.
TaskGroup = tuple[uuid.UUID, str, Any]
#: A pooled group's times in seconds, each ascending: (successful, failed).
SortedTimes = tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]

_EMPTY = np.zeros(0, dtype=np.float64)
_FAILURE_VALUES = frozenset(o.value for o in FAILURE_OUTCOMES)
#: Times up to 2³² ms (49 days) sort on one packed 64-bit key; longer ones take lexsort.
_PACK_LIMIT = 1 << 32


@dataclass(frozen=True, slots=True)
class PooledAttempts:
    """Sums and sorted times per (stage, key, breakdown value)."""

    sums: dict[TaskGroup, AttemptSums]
    times: dict[TaskGroup, SortedTimes]


def success_outcomes(assisted_counts_as_success: bool) -> frozenset[str]:
    """The outcome values that count as success."""
    if assisted_counts_as_success:
        return frozenset({Outcome.SUCCESS.value, Outcome.SUCCESS_ASSISTED.value})
    return frozenset({Outcome.SUCCESS.value})


@functools.lru_cache(maxsize=32)
def attempts_query(
    dialect: str, of_product: bool, by: str | None, filters: Filters = NO_FILTERS
) -> Select[*tuple[Any, ...]]:
    """The grouped query, built once per shape (``:product_id`` is bound at execution).

    Columns: raw task id, raw breakdown value, outcome, attempts, Σ errors, Σ assists,
    timed attempts, the times in ms as one text, and the ratings (1–7, one digit each) as
    one text of digits: two concatenations cost the database less than five sums, and
    numpy reads them back in one pass each.
    Every attempt but a skipped one counts, whatever its session's status now: an
    interrupted session's finished tasks are real measurements.
    """
    a = TaskAttempt
    if dialect == "sqlite":
        # Stored times are on the millisecond grid: ×1000 is within 1e-9 of a whole
        # number, and + 0.5 then truncation gives it exactly.
        millis: Any = cast(a.seconds * 1000 + 0.5, Integer)
        joined: Any = func.group_concat(millis)
    else:
        millis = cast(func.round(a.seconds * 1000), BigInteger)
        joined = func.string_agg(cast(millis, Text), ",")
    digits: Any = (
        func.group_concat(a.rating, "")
        if dialect == "sqlite"
        else func.string_agg(cast(a.rating, Text), "")
    )
    group_column = BREAKDOWN_COLUMNS[by] if by else None
    sums = (
        type_coerce(group_column, String) if group_column is not None else null(),
        type_coerce(a.outcome, String),
        func.count(),
        func.sum(a.errors),
        func.sum(a.assists),
        func.count(a.seconds),
        type_coerce(joined, String),
        type_coerce(digits, String),
    )
    grouping = [a.outcome] if group_column is None else [a.outcome, group_column]
    kept = session_condition(a.session_id, filters)
    if of_product and dialect != "sqlite":
        return _per_task_query(dialect, sums, grouping, group_column is not None, kept)
    query = select(id_text(a.task_id, dialect), *sums).where(a.outcome != Outcome.SKIPPED)
    if kept is not None:
        query = query.where(kept)
    if of_product:
        query = query.where(a.task_id.in_(product_tasks(bindparam("product_id"))))
    if group_column is not None:
        query = query.join(Session, Session.id == a.session_id)
    return query.group_by(a.task_id, *grouping)


def _per_task_query(
    dialect: str, sums: tuple[Any, ...], grouping: list[Any], joins_sessions: bool, kept: Any
) -> Select[*tuple[Any, ...]]:
    """One product's groups on PostgreSQL: each task's attempts grouped on their own.

    A LATERAL subquery per task reads the task's slice of the covering index in outcome
    order and aggregates it as it comes. Grouping the product's attempts all at once
    makes the planner sort them first (it will not hash string_agg states in the default
    work_mem): 2.7 ms against 1.7 ms for a typical product.
    """
    a, t = TaskAttempt, Task
    per_task = select(*sums).where(a.task_id == t.id, a.outcome != Outcome.SKIPPED)
    if kept is not None:
        per_task = per_task.where(kept)
    if joins_sessions:
        per_task = per_task.join(Session, Session.id == a.session_id)
    groups = per_task.group_by(*grouping).lateral("per_task")
    return (
        select(id_text(t.id, dialect), *groups.c)
        .select_from(t)
        .join(groups, true())
        .where(t.id.in_(product_tasks(bindparam("product_id"))))
    )


def pooled_attempts(
    connection: Connection,
    catalog: Catalog,
    product_id: uuid.UUID | None,
    by: str | None = None,
    *,
    assisted_counts_as_success: bool = False,
    filters: Filters = NO_FILTERS,
) -> PooledAttempts:
    """Every attempt of the product (or of every product) pooled by stage and task key.

    Tasks of several studies of a stage that share a key are added up; tasks missing from
    ``catalog`` are left out.
    """
    dialect = connection.dialect.name
    # Each (stage, key) gets a number, and each pooled group (with its breakdown value)
    # one too: the rows are then added up by numpy, column by column.
    places: dict[tuple[uuid.UUID, str], int] = {}
    where = {
        raw_id(dialect, t.id): places.setdefault((t.stage_id, t.key), len(places))
        for t in catalog.tasks
    }
    query = attempts_query(dialect, product_id is not None, by, filters)
    params = {} if product_id is None else {"product_id": product_id}
    rows = [row for row in connection.execute(query, params).all() if row[0] in where]
    if not rows:
        return PooledAttempts({}, {})
    task, group, outcome, n, errors, assists, timed, texts, ratings = zip(*rows, strict=True)
    codes: dict[Any, int]
    if by is None:  # the (stage, key) numbers serve as they are
        codes = {place: place for place in range(len(places))}
        code = [where[t] for t in task]
    else:
        codes = {}
        code = [codes.setdefault((where[t], g), len(codes)) for t, g in zip(task, group, strict=True)]
    successes = success_outcomes(assisted_counts_as_success)
    kinds = [0 if o in successes else 1 if o in _FAILURE_VALUES else 2 for o in outcome]
    groups = _Groups(np.asarray(code, dtype=np.int64), len(codes))
    kind = np.asarray(kinds, dtype=np.int64)
    attempts = np.asarray(n, dtype=np.float64)
    fields: list[list[Any]] = [groups.add(attempts), groups.add(np.where(kind == 0, attempts, 0))]
    times = _TimesBySlot(groups.code * 2 + kind, kind < 2, timed, texts, 2 * groups.size)
    fields += times.success_fields() + times.failure_fields()
    fields += _ratings(groups, ratings)
    fields += [groups.add(_nulls_as_0(errors)), groups.add(_nulls_as_0(assists))]
    names = list(places)
    sums: dict[TaskGroup, AttemptSums] = {}
    sorted_times: dict[TaskGroup, SortedTimes] = {}
    for index, (key, values) in enumerate(zip(codes, zip(*fields, strict=True), strict=True)):
        if not values[0]:
            continue  # a (stage, key) without attempts
        ident: TaskGroup = (
            (*names[key], None) if by is None else (*names[key[0]], raw_group(by, key[1]))
        )
        sums[ident] = AttemptSums(*values)
        sorted_times[ident] = (times.of(2 * index), times.of(2 * index + 1))
    return PooledAttempts(sums, sorted_times)


def _ratings(groups: _Groups, texts: tuple[str | None, ...]) -> list[list[Any]]:
    """rating n, Σ r, Σ r², ratings ≥ 6 per group, from each row's text of digits."""
    rows = [t or "" for t in texts]
    lengths = np.fromiter(map(len, rows), dtype=np.int64, count=len(rows))
    digits = np.frombuffer("".join(rows).encode("ascii"), dtype=np.uint8).astype(np.float64) - 48
    if digits.size and (digits.min() < 1 or digits.max() > 7):
        raise ValueError("A rating read back is not a whole number from 1 to 7.")
    rated = _Groups(np.repeat(groups.code, lengths), groups.size)
    return [groups.add(lengths), rated.add(digits, float), rated.add(digits * digits, float),
            rated.add(digits >= 6)]  # fmt: skip


def _nulls_as_0(column: tuple[Any, ...]) -> list[Any]:
    """A column of SQL sums with NULL (no rows to add) as 0."""
    return [0 if v is None else v for v in column]


class _Groups:
    """Column sums by pooled group, at numpy speed."""

    def __init__(self, code: npt.NDArray[np.int64], size: int) -> None:
        self.code, self.size = code, size

    def add(self, column: Any, kind: type = int) -> list[Any]:
        """Σ of the column per group, as ints (counts) or floats."""
        totals = np.bincount(self.code, weights=column, minlength=self.size)
        if kind is int:
            return totals.astype(np.int64).tolist()  # type: ignore[no-any-return]
        return totals.tolist()  # type: ignore[no-any-return]


class _TimesBySlot:
    """The times of each (pooled group, success | failure) slot: sums and sorted values.

    Slot 2·g holds group g's successful times, 2·g + 1 its failures' (times of other
    outcomes are not read). Every time is parsed in one call, and sorted in one more.
    """

    def __init__(
        self,
        slot: npt.NDArray[np.int64],
        wanted: npt.NDArray[np.bool_],
        timed: tuple[int, ...],
        texts: tuple[str | None, ...],
        size: int,
    ) -> None:
        sizes = np.asarray(timed, dtype=np.int64)
        keep = wanted & (sizes > 0)
        picked = [text for text, ok in zip(texts, keep.tolist(), strict=True) if ok]
        millis = _parse_millis(picked, int(sizes[keep].sum()))
        slot_of = np.repeat(slot[keep], sizes[keep])
        seconds = millis / 1000.0  # the stored doubles: each is the nearest to its k / 1000
        logs = np.log(seconds)
        self.n = np.bincount(slot_of, minlength=size).tolist()
        self.sum_log = np.bincount(slot_of, weights=logs, minlength=size).tolist()
        self.sum_log_sq = np.bincount(slot_of, weights=logs * logs, minlength=size).tolist()
        self.sum_t = np.bincount(slot_of, weights=seconds, minlength=size).tolist()
        self.sum_t_sq = np.bincount(slot_of, weights=seconds * seconds, minlength=size).tolist()
        self.ends = np.cumsum(self.n).tolist()
        self.ordered = _sort_by_slot(slot_of, millis) / 1000.0

    def success_fields(self) -> list[list[Any]]:
        """time_n, Σ ln t, Σ (ln t)², Σ t, Σ t² per group (from the even slots)."""
        return [c[0::2] for c in (self.n, self.sum_log, self.sum_log_sq, self.sum_t,
                                  self.sum_t_sq)]  # fmt: skip

    def failure_fields(self) -> list[list[Any]]:
        """fail_n, Σ ln t, Σ (ln t)² per group (from the odd slots)."""
        return [c[1::2] for c in (self.n, self.sum_log, self.sum_log_sq)]

    def of(self, slot: int) -> npt.NDArray[np.float64]:
        """The slot's times, ascending (a view)."""
        size = self.n[slot]
        if not size:
            return _EMPTY
        end = self.ends[slot]
        return self.ordered[end - size : end]


def _parse_millis(texts: list[str | None], expected: int) -> npt.NDArray[np.int64]:
    """Every group's comma-separated milliseconds as one int64 array, in run order."""
    if not texts:
        return np.zeros(0, dtype=np.int64)
    millis = np.fromstring(",".join(t or "" for t in texts), dtype=np.int64, sep=",")
    if millis.size != expected or (millis <= 0).any():
        raise ValueError(
            f"The times read ({millis.size}) do not match the timed attempts counted ({expected})."
        )
    return millis


def _sort_by_slot(
    slot_of: npt.NDArray[np.int64], millis: npt.NDArray[np.int64]
) -> npt.NDArray[np.float64]:
    """The times ordered by slot, then ascending within each slot."""
    if not millis.size:
        return millis.astype(np.float64)
    if int(millis.max()) < _PACK_LIMIT:
        # Each group's times come ascending along the index: a merge of sorted runs,
        # which the stable sort (timsort) does ten times faster than a quicksort.
        packed = np.sort((slot_of << 32) | millis, kind="stable")
        return (packed & (_PACK_LIMIT - 1)).astype(np.float64)
    return millis[np.lexsort((millis, slot_of))].astype(np.float64)
