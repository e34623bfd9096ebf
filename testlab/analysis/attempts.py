"""Attempts pooled by stage and task key, from one grouped query that also returns the times.

The query groups attempts by task and outcome (and the breakdown column) along the
covering index and returns the counts and sums of ratings, errors and assists, and the
group's times as one text of whole milliseconds (times are stored on the millisecond
grid). numpy reads every time in one call; from those exact values each pooled group
gets Σ ln t, Σ (ln t)², Σ t and Σ t² and its sorted times, for the medians, in a few
vectorised passes. One scan of the attempts serves every figure: on a million attempts
this costs less than the bare grouped aggregate that computes the logarithms in SQL.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Mapping
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
    case,
    cast,
    func,
    null,
    select,
    type_coerce,
)
from sqlalchemy.sql import Select

from testlab.analysis.queries import (
    BREAKDOWN_COLUMNS,
    FAILURE_OUTCOMES,
    Catalog,
    product_tasks,
    raw_group,
    raw_id,
)
from testlab.analysis.sums import AttemptSums
from testlab.model import Outcome, Session, TaskAttempt

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
    dialect: str, of_product: bool, by: str | None
) -> Select[*tuple[Any, ...]]:
    """The grouped query, built once per shape (``:product_id`` is bound at execution).

    Columns: raw task id, raw breakdown value, outcome, attempts, rated attempts, Σ r,
    Σ r², ratings ≥ 6, Σ errors, Σ assists, timed attempts, times in ms as one text.
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
    group_column = BREAKDOWN_COLUMNS[by] if by else None
    query = select(
        type_coerce(a.task_id, String),
        type_coerce(group_column, String) if group_column is not None else null(),
        type_coerce(a.outcome, String),
        func.count(),
        func.count(a.rating),
        func.sum(a.rating),
        func.sum(a.rating * a.rating),
        func.count(case((a.rating >= 6, 1))),
        func.sum(a.errors),
        func.sum(a.assists),
        func.count(a.seconds),
        type_coerce(joined, String),
    ).where(a.outcome != Outcome.SKIPPED)
    if of_product:
        query = query.where(a.task_id.in_(product_tasks(bindparam("product_id"))))
    if group_column is None:
        return query.group_by(a.task_id, a.outcome)
    query = query.join(Session, Session.id == a.session_id)
    return query.group_by(a.task_id, a.outcome, group_column)


def pooled_attempts(
    connection: Connection,
    catalog: Catalog,
    product_id: uuid.UUID | None,
    by: str | None = None,
    *,
    assisted_counts_as_success: bool = False,
) -> PooledAttempts:
    """Every attempt of the product (or of every product) pooled by stage and task key.

    Tasks of several studies of a stage that share a key are added up; tasks missing from
    ``catalog`` are left out.
    """
    dialect = connection.dialect.name
    # Each (stage, key) gets a number: the loop below then hashes ints, not UUID tuples.
    places: dict[tuple[uuid.UUID, str], int] = {}
    where = {
        raw_id(dialect, t.id): places.setdefault((t.stage_id, t.key), len(places))
        for t in catalog.tasks
    }
    query = attempts_query(dialect, product_id is not None, by)
    rows = connection.execute(query, {} if product_id is None else {"product_id": product_id})
    successes = success_outcomes(assisted_counts_as_success)
    # Per pooled group: attempts, successes, rating n, Σ r, Σ r², r ≥ 6, errors, assists.
    counts: dict[Any, list[int]] = {}
    slots: dict[tuple[Any, int], int] = {}  # (group, 0 success | 1 failure) → slot
    run_slots: list[int] = []
    run_sizes: list[int] = []
    texts: list[str] = []
    for task, group, outcome, n, rated, r_sum, r_sq, r_6, errors, assists, timed, text in (
        rows.all()
    ):
        place = where.get(task)
        if place is None:
            continue
        key = place if by is None else (place, group)
        acc = counts.get(key)
        if acc is None:
            acc = counts[key] = [0, 0, 0, 0, 0, 0, 0, 0]
        acc[0] += n
        acc[2] += rated
        acc[3] += r_sum or 0
        acc[4] += r_sq or 0
        acc[5] += r_6
        acc[6] += errors or 0
        acc[7] += assists or 0
        if outcome in successes:
            acc[1] += n
            kind = 0
        elif outcome in _FAILURE_VALUES:
            kind = 1
        else:
            continue
        if timed:
            slot = slots.setdefault((key, kind), len(slots))
            run_slots.append(slot)
            run_sizes.append(timed)
            texts.append(text)
    names = list(places)

    def task_group(key: Any) -> TaskGroup:
        if by is None:
            return (*names[key], None)
        return (*names[key[0]], raw_group(by, key[1]))

    return _pool(counts, slots, run_slots, run_sizes, texts, task_group)


def _pool(
    counts: Mapping[Any, list[int]],
    slots: Mapping[tuple[Any, int], int],
    run_slots: list[int],
    run_sizes: list[int],
    texts: list[str],
    task_group: Callable[[Any], TaskGroup],
) -> PooledAttempts:
    """Parse every time at once, then sums and sorted times per slot, vectorised."""
    millis = _parse_millis(texts, sum(run_sizes))
    slot_of = np.repeat(np.asarray(run_slots, dtype=np.int64), run_sizes)
    width = len(slots)
    seconds = millis / 1000.0  # the stored doubles: each is the nearest to its k / 1000
    logs = np.log(seconds)
    n = np.bincount(slot_of, minlength=width)
    sum_log = np.bincount(slot_of, weights=logs, minlength=width).tolist()
    sum_log_sq = np.bincount(slot_of, weights=logs * logs, minlength=width).tolist()
    sum_t = np.bincount(slot_of, weights=seconds, minlength=width).tolist()
    sum_t_sq = np.bincount(slot_of, weights=seconds * seconds, minlength=width).tolist()
    ordered = _sort_by_slot(slot_of, millis) / 1000.0
    ends = np.cumsum(n).tolist()
    sizes = n.tolist()
    sums: dict[TaskGroup, AttemptSums] = {}
    times: dict[TaskGroup, SortedTimes] = {}
    for key, (attempts, ok, rated, r_sum, r_sq, r_6, errors, assists) in counts.items():
        good = slots.get((key, 0))
        bad = slots.get((key, 1))
        fields: list[Any] = [attempts, ok]
        if good is None:
            fields += [0, 0.0, 0.0, 0.0, 0.0]
        else:
            fields += [sizes[good], sum_log[good], sum_log_sq[good], sum_t[good],
                       sum_t_sq[good]]  # fmt: skip
        if bad is None:
            fields += [0, 0.0, 0.0]
        else:
            fields += [sizes[bad], sum_log[bad], sum_log_sq[bad]]
        fields += [rated, float(r_sum), float(r_sq), r_6, errors, assists]
        ident = task_group(key)
        sums[ident] = AttemptSums(*fields)
        times[ident] = (
            _EMPTY if good is None else ordered[ends[good] - sizes[good] : ends[good]],
            _EMPTY if bad is None else ordered[ends[bad] - sizes[bad] : ends[bad]],
        )
    return PooledAttempts(sums, times)


def _parse_millis(texts: list[str], expected: int) -> npt.NDArray[np.int64]:
    """Every group's comma-separated milliseconds as one int64 array, in run order."""
    if not texts:
        return np.zeros(0, dtype=np.int64)
    millis = np.fromstring(",".join(texts), dtype=np.int64, sep=",")
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
        packed = np.sort((slot_of << 32) | millis)
        return (packed & (_PACK_LIMIT - 1)).astype(np.float64)
    return millis[np.lexsort((millis, slot_of))].astype(np.float64)
