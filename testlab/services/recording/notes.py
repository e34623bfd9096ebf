"""Observations: notes stamped with the time since the session started, tagged, kept at once.

They later become the evidence of usability findings, so each is committed the
moment the facilitator presses Enter.
"""

from __future__ import annotations

import math
import re
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import select
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.clock import utc_instant
from testlab.db.database import Database
from testlab.errors import InvalidInput, NotFound
from testlab.services.recording.guard import (
    check_staff,
    mark_running,
    recordable_session,
    session_raced,
)
from testlab.services.writes import write_unit

MAX_TAGS: Final = 20
MAX_TAG_LENGTH: Final = 40
_HASHTAG = re.compile(r"(?<![\w#])#([\w-]{1,40})", re.UNICODE)


@dataclass(frozen=True)
class ObservationInfo:
    """One observation as listed in the console."""

    id: uuid.UUID
    session_id: uuid.UUID
    task_id: uuid.UUID | None
    elapsed_seconds: float
    text: str
    tags: tuple[str, ...]
    noted_at: datetime
    version: int = 1  # give it back to a correction: a change made meanwhile is refused


def observation_info(row: m.Observation) -> ObservationInfo:
    """The frozen view of an observation row."""
    return ObservationInfo(row.id, row.session_id, row.task_id, row.elapsed_seconds, row.text,
                           tuple(row.tags or ()), row.noted_at, row.version)


def split_hashtags(text: str) -> tuple[str, list[str]]:
    """The note's text (hashtags kept in place) and its #tags, lower-case, in order, once each."""
    tags: list[str] = []
    for tag in _HASHTAG.findall(text or ""):
        tag = tag.lower()
        if tag not in tags:
            tags.append(tag)
    return (text or "").strip(), tags


def normalise_tags(tags: list[str] | tuple[str, ...]) -> list[str]:
    """Tags without "#", trimmed, lower-case, unique, in order; refuses odd ones."""
    result: list[str] = []
    for raw in tags:
        tag = str(raw).strip().lstrip("#").strip().lower()
        if not tag:
            continue
        if len(tag) > MAX_TAG_LENGTH or any(c.isspace() for c in tag):
            raise InvalidInput(f"“{tag}” is not a tag: one word of at most {MAX_TAG_LENGTH} letters.")
        if tag not in result:
            result.append(tag)
    if len(result) > MAX_TAGS:
        raise InvalidInput(f"At most {MAX_TAGS} tags per note.")
    return result


def add_observation(
    db: Database,
    session_id: uuid.UUID,
    *,
    elapsed_seconds: float,
    text: str,
    tags: list[str] | tuple[str, ...],
    task_id: uuid.UUID | None,
    by: uuid.UUID | None,
    workstation: str | None = None,
    now: datetime | None = None,
) -> ObservationInfo:
    """Keep one note stamped ``elapsed_seconds`` after the session started."""
    body = (text or "").strip()
    if not body:
        raise InvalidInput("An observation needs some text.")
    if isinstance(elapsed_seconds, bool) or not math.isfinite(elapsed_seconds) or elapsed_seconds < 0:
        raise InvalidInput("The time of an observation cannot be negative.")
    clean_tags = normalise_tags(tags)
    instant = utc_instant(now)
    with write_unit(db, lambda: session_raced(db, session_id)) as s:
        session = recordable_session(s, session_id, workstation)
        if task_id is not None:
            task = s.get(m.Task, task_id)
            if task is None or task.study_id != session.study_id:
                raise NotFound("That task is not part of this session's study.")
        check_staff(s, by)
        mark_running(session, instant)
        row = m.Observation(session_id=session_id, task_id=task_id,
                            elapsed_seconds=float(elapsed_seconds), noted_at=instant, text=body,
                            tags=clean_tags, recorded_by_id=by)
        s.add(row)
        s.flush()
        return observation_info(row)


def observations_of(s: OrmSession, session_id: uuid.UUID) -> list[ObservationInfo]:
    """A session's observations by time (inside a caller's unit of work)."""
    rows = s.scalars(select(m.Observation).where(m.Observation.session_id == session_id)
                     .order_by(m.Observation.elapsed_seconds, m.Observation.noted_at))
    return [observation_info(r) for r in rows]
