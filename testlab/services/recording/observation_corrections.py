"""Correcting observations later: edit a note's text and tags, or delete it, with history.

Observations become the evidence of findings, so a slip in one is worth
correcting, and the correction worth keeping: like ``correct_attempt``, a reason
is required, the observation as it was, who changed it and when go into an
``ObservationRevision`` (which outlives a deleted observation), and a
correction made against a note someone changed meanwhile is refused
(``Conflict``) with what they did.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.clock import utc_instant
from testlab.db.database import Database
from testlab.errors import Conflict, InvalidInput, NotFound
from testlab.services.recording.attempts import UNCHANGED
from testlab.services.recording.guard import get_session
from testlab.services.recording.notes import ObservationInfo, normalise_tags, observation_info
from testlab.services.writes import NOT_SAVED, write_unit

EDITED: Final = "edited"
DELETED: Final = "deleted"


@dataclass(frozen=True)
class ObservationRow:
    """An observation as the recorded results list it: its task and who noted it."""

    observation: ObservationInfo
    task_title: str | None
    noted_by_name: str | None
    corrections: int

    @property
    def id(self) -> uuid.UUID:
        return self.observation.id


@dataclass(frozen=True)
class ObservationHistoryEntry:
    """One edit or deletion of an observation: what it was, who changed it, when and why."""

    observation_id: uuid.UUID
    action: str  # EDITED or DELETED
    changed_at: datetime  # aware, UTC
    changed_by_name: str | None
    reason: str
    text: str  # as it was before
    tags: tuple[str, ...]
    elapsed_seconds: float | None


def _names(s: OrmSession, ids: set[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    return {who: name for who, name in s.execute(
        select(m.Staff.id, m.Staff.name).where(m.Staff.id.in_(ids)))}


def session_observations(db: Database, session_id: uuid.UUID) -> list[ObservationRow]:
    """A session's observations by time, with their task's title and who noted them."""
    with db.session_factory.begin() as s:
        session = get_session(s, session_id)
        rows = s.scalars(select(m.Observation).where(m.Observation.session_id == session_id)
                         .order_by(m.Observation.elapsed_seconds, m.Observation.noted_at)).all()
        titles = {task: title for task, title in s.execute(
            select(m.Task.id, m.Task.title).where(m.Task.study_id == session.study_id))}
        counts = {seen: count for seen, count in s.execute(
            select(m.ObservationRevision.observation_id, func.count())
            .where(m.ObservationRevision.session_id == session_id)
            .group_by(m.ObservationRevision.observation_id))}
        names = _names(s, {r.recorded_by_id for r in rows if r.recorded_by_id})
        return [ObservationRow(observation_info(r), titles.get(r.task_id) if r.task_id else None,
                               names.get(r.recorded_by_id) if r.recorded_by_id else None,
                               counts.get(r.id, 0)) for r in rows]


def _previous(row: m.Observation) -> dict[str, Any]:
    return {"text": row.text, "tags": list(row.tags or ()),
            "elapsed_seconds": row.elapsed_seconds,
            "task_id": str(row.task_id) if row.task_id else None,
            "recorded_by_id": str(row.recorded_by_id) if row.recorded_by_id else None,
            "noted_at": row.noted_at.isoformat()}


def _quoted(text: str) -> str:
    return f"“{text[:40]}{'…' if len(text) > 40 else ''}”"


def _change_told(s: OrmSession, observation_id: uuid.UUID) -> str:
    """What the latest change of the observation was, by whom: for the correction refused."""
    latest = s.scalars(select(m.ObservationRevision).where(
        m.ObservationRevision.observation_id == observation_id).order_by(
        m.ObservationRevision.changed_at.desc(), m.ObservationRevision.id)).first()
    if latest is None:
        return (f"This observation was changed meanwhile; your correction was not saved "
                f"({NOT_SAVED}).")
    who = s.get(m.Staff, latest.changed_by_id) if latest.changed_by_id else None
    name = who.name if who else "Someone"
    if latest.action == DELETED:
        return (f"{name} deleted this observation meanwhile (reason: {latest.reason}); "
                f"your correction was not saved ({NOT_SAVED}).")
    row = s.get(m.Observation, observation_id)
    before = latest.previous
    changes = []
    if row is not None and before.get("text") != row.text:
        changes.append(f"text: {_quoted(str(before.get('text') or ''))} → {_quoted(row.text)}")
    if row is not None and list(before.get("tags") or ()) != list(row.tags or ()):
        changes.append(f"tags: {' '.join(before.get('tags') or ()) or '–'} → "
                       f"{' '.join(row.tags or ()) or '–'}")
    return (f"{name} corrected this observation meanwhile ({'; '.join(changes) or 'same values'}"
            f"; reason: {latest.reason}). Your correction was not saved; check the "
            "observation now shown and correct again if needed.")


def observation_changed_meanwhile(db: Database, observation_id: uuid.UUID) -> str:
    """The message for a correction of an observation that lost a race."""
    with db.session_factory() as s:
        return _change_told(s, observation_id)


def _checked(s: OrmSession, observation_id: uuid.UUID, by: uuid.UUID,
             version: int | None) -> m.Observation:
    row = s.get(m.Observation, observation_id)
    if row is None:
        gone = s.scalar(select(func.count()).select_from(m.ObservationRevision).where(
            m.ObservationRevision.observation_id == observation_id,
            m.ObservationRevision.action == DELETED))
        if gone:
            raise Conflict(_change_told(s, observation_id))
        raise NotFound("That observation no longer exists.")
    if version is not None and row.version != version:
        raise Conflict(_change_told(s, observation_id))
    if s.get(m.Staff, by) is None:
        raise NotFound("A correction needs the member of staff who makes it.")
    return row


def edit_observation(
    db: Database,
    observation_id: uuid.UUID,
    *,
    by: uuid.UUID,
    reason: str,
    text: str = UNCHANGED,
    tags: list[str] | tuple[str, ...] = UNCHANGED,
    version: int | None = None,
    now: datetime | None = None,
) -> ObservationInfo:
    """Correct an observation's text and/or tags (even after the session), keeping the old ones.

    ``version`` is the ``ObservationInfo.version`` the user was shown: a change
    made since refuses the correction (``Conflict``) with what changed.
    """
    if not (reason or "").strip():
        raise InvalidInput("Say why the observation is corrected.")
    new_text = None if text is UNCHANGED else (text or "").strip()
    if new_text == "":
        raise InvalidInput("An observation needs some text; delete it instead.")
    new_tags = None if tags is UNCHANGED else normalise_tags(tags)
    instant = utc_instant(now)
    with write_unit(db, lambda: observation_changed_meanwhile(db, observation_id)) as s:
        row = _checked(s, observation_id, by, version)
        text_after = row.text if new_text is None else new_text
        tags_after = list(row.tags or ()) if new_tags is None else new_tags
        if text_after == row.text and tags_after == list(row.tags or ()):
            raise InvalidInput("The correction changes nothing.")
        s.add(m.ObservationRevision(
            session_id=row.session_id, observation_id=row.id, action=EDITED, changed_by_id=by,
            changed_at=instant, reason=reason.strip(), previous=_previous(row)))
        row.text, row.tags = text_after, tags_after
        s.flush()
        return observation_info(row)


def delete_observation(
    db: Database,
    observation_id: uuid.UUID,
    *,
    by: uuid.UUID,
    reason: str,
    version: int | None = None,
    now: datetime | None = None,
) -> None:
    """Delete an observation, keeping what it said, who deleted it, when and why.

    An observation that is the evidence of a finding is refused: take it off the
    finding first (or correct its text instead), so no finding loses evidence unseen.
    """
    if not (reason or "").strip():
        raise InvalidInput("Say why the observation is deleted.")
    instant = utc_instant(now)
    with write_unit(db, lambda: observation_changed_meanwhile(db, observation_id)) as s:
        row = _checked(s, observation_id, by, version)
        finding = s.scalar(select(m.Finding.title).join(
            m.FindingEvidence, m.FindingEvidence.finding_id == m.Finding.id).where(
            m.FindingEvidence.observation_id == observation_id).limit(1))
        if finding is not None:
            raise Conflict(f"This observation is evidence of the finding “{finding}”: take it "
                           "off the finding first, or correct its text instead. Nothing was "
                           "deleted.")
        s.add(m.ObservationRevision(
            session_id=row.session_id, observation_id=row.id, action=DELETED, changed_by_id=by,
            changed_at=instant, reason=reason.strip(), previous=_previous(row)))
        s.delete(row)
        s.flush()


def observation_history(db: Database, session_id: uuid.UUID) -> list[ObservationHistoryEntry]:
    """Every edit and deletion of a session's observations, newest first."""
    with db.session_factory.begin() as s:
        get_session(s, session_id)
        revisions = s.scalars(select(m.ObservationRevision).where(
            m.ObservationRevision.session_id == session_id).order_by(
            m.ObservationRevision.changed_at.desc(), m.ObservationRevision.id)).all()
        names = _names(s, {r.changed_by_id for r in revisions if r.changed_by_id})
        return [ObservationHistoryEntry(
            r.observation_id, r.action, r.changed_at,
            names.get(r.changed_by_id) if r.changed_by_id else None, r.reason,
            str(r.previous.get("text") or ""), tuple(r.previous.get("tags") or ()),
            r.previous.get("elapsed_seconds")) for r in revisions]
