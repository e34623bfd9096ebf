"""What a results file refers to, loaded in bulk: centres, products, ..., recorded attempts.

Validation resolves every row against these maps, so checking 100,000 rows
costs a handful of queries, not one per row.  Reference tables are small and
read whole; participants, sessions and attempts are read only for the codes
and studies the file names.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from testlab.model import (
    Centre,
    Participant,
    Product,
    Room,
    Session,
    Staff,
    Stage,
    Study,
    Task,
    TaskAttempt,
)

CHUNK = 500  # bound parameters per IN (...): well under every backend's limit

SessionKey = tuple[uuid.UUID, uuid.UUID, str | None, datetime]  # study, centre, participant, start
# The conditions of a session, in OPTIONAL_COLUMNS order (facilitator id, room id, device
# kind, device model, device OS, network, setting); None means "not stated".
Conditions = tuple[Any, ...]
# An attempt's values: outcome, seconds, rating, errors, assists, notes.
AttemptValues = tuple[Any, ...]


@dataclass(frozen=True)
class RecordedSession:
    """A session already in the database, with its conditions."""

    id: uuid.UUID
    conditions: Conditions


@dataclass
class References:
    """Lookup maps for one validation run (read inside the import's unit of work)."""

    centres: dict[str, tuple[uuid.UUID, str]] = field(default_factory=dict)  # code -> id, zone
    products: dict[str, uuid.UUID] = field(default_factory=dict)
    stages: dict[tuple[uuid.UUID, str], uuid.UUID] = field(default_factory=dict)
    studies: dict[tuple[uuid.UUID, str], list[uuid.UUID]] = field(default_factory=dict)
    tasks: dict[tuple[uuid.UUID, str], uuid.UUID] = field(default_factory=dict)
    staff: dict[str, uuid.UUID] = field(default_factory=dict)  # e-mail, case-folded
    rooms: dict[tuple[uuid.UUID, str], uuid.UUID] = field(default_factory=dict)
    participants: dict[str, uuid.UUID] = field(default_factory=dict)
    sessions: dict[SessionKey, list[RecordedSession]] = field(default_factory=dict)
    attempts: dict[tuple[uuid.UUID, uuid.UUID], AttemptValues] = field(default_factory=dict)


def load_references(connection: Connection) -> References:
    """The small reference tables, read whole (a few queries)."""
    refs = References()
    for cid, code, tz in connection.execute(select(Centre.id, Centre.code, Centre.time_zone)):
        refs.centres[code.upper()] = (cid, tz)
    for pid, name in connection.execute(select(Product.id, Product.name)):
        refs.products[name] = pid
    for sid, pid, name in connection.execute(select(Stage.id, Stage.product_id, Stage.name)):
        refs.stages[(pid, name)] = sid
    for sid, stage_id, title in connection.execute(select(Study.id, Study.stage_id, Study.title)):
        refs.studies.setdefault((stage_id, title), []).append(sid)
    for tid, study_id, key in connection.execute(select(Task.id, Task.study_id, Task.key)):
        refs.tasks[(study_id, key)] = tid
    for staff_id, email in connection.execute(select(Staff.id, Staff.email)):
        refs.staff[email.casefold()] = staff_id
    for rid, centre_id, name in connection.execute(select(Room.id, Room.centre_id, Room.name)):
        refs.rooms[(centre_id, name)] = rid
    return refs


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), CHUNK):
        yield values[start:start + CHUNK]


def load_participants(connection: Connection, refs: References, codes: Iterable[str]) -> None:
    """Add the known participants among ``codes`` to ``refs.participants``."""
    wanted = sorted(set(codes))
    for chunk in _chunks(wanted):
        query = select(Participant.code, Participant.id).where(Participant.code.in_(chunk))
        for code, pid in connection.execute(query):
            refs.participants[code] = pid


def load_recorded(connection: Connection, refs: References, study_ids: Iterable[uuid.UUID]) -> None:
    """Add the sessions and attempts already recorded for ``study_ids`` to ``refs``."""
    studies = sorted(set(study_ids))
    session_columns = (
        Session.id, Session.study_id, Session.centre_id, Participant.code, Session.starts_at,
        Session.facilitator_id, Session.room_id, Session.device_kind, Session.device_model,
        Session.device_os, Session.network, Session.setting,
    )
    sessions: dict[SessionKey, list[RecordedSession]] = defaultdict(list)
    for chunk in _chunks(studies):
        query = (
            select(*session_columns)
            .outerjoin(Participant, Participant.id == Session.participant_id)
            .where(Session.study_id.in_(chunk))
        )
        for sid, study, centre, code, start, *conditions in connection.execute(query):
            sessions[(study, centre, code, start)].append(RecordedSession(sid, tuple(conditions)))
        attempt_query = (
            select(TaskAttempt.session_id, TaskAttempt.task_id, TaskAttempt.outcome,
                   TaskAttempt.seconds, TaskAttempt.rating, TaskAttempt.errors,
                   TaskAttempt.assists, TaskAttempt.notes)
            .join(Session, Session.id == TaskAttempt.session_id)
            .where(Session.study_id.in_(chunk))
        )
        for session_id, task_id, *values in connection.execute(attempt_query):
            refs.attempts[(session_id, task_id)] = tuple(values)
    refs.sessions = dict(sessions)


def resolve_study(refs: References, centre: str, product: str, stage: str,
                  study: str) -> tuple[uuid.UUID, str, uuid.UUID] | str:
    """(centre id, its zone name, study id) a row names, or the reason it names nothing.

    Shared by the results and the questionnaires CSV: both name a session's study by
    centre code, product name, stage name and study title.
    """
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
    return centre_id, tz_name, studies[0]
