"""Recording a session from a lab PC: open (and lock) it, keep it alive, complete it.

The console's door to the database.  Opening a session marks it "open on"
this PC with a heartbeat; a second PC is refused while the heartbeat is fresh,
and may take over once it is stale (the first PC died).  Attempts, notes and
answers are recorded by the sibling modules (attempts, notes, questionnaire), each
committed at once.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import CursorResult, Result, or_, select, update
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.analysis.stats.questionnaires import (
    NPS_DETRACTOR_MAX,
    NPS_PROMOTER_MIN,
    sus_score,
)
from testlab.clock import utc_instant
from testlab.db.database import Database
from testlab.errors import Conflict, SessionLocked
from testlab.scheduling.zones import zone
from testlab.services.recording.attempts import (
    AttemptInfo,
    attempts_of,
)
from testlab.services.recording.guard import get_session, session_raced
from testlab.services.recording.notes import (
    ObservationInfo,
    observations_of,
)
from testlab.services.recording.questionnaire import (
    QuestionnaireAnswers,
    answers_of,
)
from testlab.services.recording.timer import KeptTimer, kept_timer
from testlab.services.sessions import STALE_AFTER
from testlab.services.writes import write_unit


@dataclass(frozen=True)
class TaskInfo:
    """A study task as the console shows it, in the study's order."""

    id: uuid.UUID
    position: int
    key: str
    title: str
    scenario: str
    success_criteria: str
    target_seconds: float | None


@dataclass(frozen=True)
class SessionInfo:
    """Who, what and where of a session: the check-in page and the console's header."""

    id: uuid.UUID
    status: m.SessionStatus
    study_title: str
    product_name: str
    stage_name: str
    centre_code: str
    centre_time_zone: str
    room_name: str | None
    facilitator_name: str | None
    participant_code: str | None
    age_band: str | None
    segment: str | None
    digital_skill: str | None
    existing_customer: bool | None
    consent_version: str | None
    consent_scope: tuple[str, ...]
    conditions: tuple[str, ...]
    starts_at: datetime
    checked_in_at: datetime | None
    started_at: datetime | None


@dataclass(frozen=True)
class ConsoleState:
    """Everything the console needs to continue a session exactly where it stopped."""

    session: SessionInfo
    workstation: str
    tasks: tuple[TaskInfo, ...]
    attempts: tuple[AttemptInfo, ...]
    observations: tuple[ObservationInfo, ...]
    answers: QuestionnaireAnswers
    elapsed_seconds: float  # the session's time, less the time no console had it open
    timer: KeptTimer | None = None  # the task timer as it was kept (after a crash, going on)

    @property
    def next_task_index(self) -> int | None:
        """Index of the first task without an attempt; ``None`` once all are done."""
        done = {a.task_id for a in self.attempts}
        return next((i for i, t in enumerate(self.tasks) if t.id not in done), None)

    def attempt_for(self, task_id: uuid.UUID) -> AttemptInfo | None:
        """The attempt recorded for a task, if any."""
        return next((a for a in self.attempts if a.task_id == task_id), None)


@dataclass(frozen=True)
class TaskResult:
    """One line of the summary: a task and what happened (``outcome`` None = not done)."""

    title: str
    outcome: m.Outcome | None
    seconds: float | None
    rating: int | None
    errors: int
    assists: int
    notes: str = ""


@dataclass(frozen=True)
class SessionSummary:
    """What a session produced, shown before the console closes."""

    session_id: uuid.UUID
    participant_code: str | None
    status: m.SessionStatus
    started_at: datetime | None
    ended_at: datetime | None
    tasks: tuple[TaskResult, ...]
    tasks_done: int
    successes: int
    total_seconds: float
    observations: int
    questionnaire_answered: int  # of the twelve scale questions
    sus_score: float | None = None  # 0-100, once all ten SUS answers are given
    recommend: int | None = None
    satisfaction: int | None = None
    comments: str = ""
    observation_texts: tuple[str, ...] = ()  # oldest first
    questionnaire_items_answered: int = 0  # of ``questionnaire.ITEM_COUNT``, comments included

    @property
    def tasks_total(self) -> int:
        return len(self.tasks)

    @property
    def nps_category(self) -> NpsCategory | None:
        """Promoter (9-10), passive (7-8) or detractor (0-6) by the recommend answer."""
        if self.recommend is None:
            return None
        if self.recommend >= NPS_PROMOTER_MIN:
            return NpsCategory.PROMOTER
        return NpsCategory.DETRACTOR if self.recommend <= NPS_DETRACTOR_MAX else NpsCategory.PASSIVE


class NpsCategory(StrEnum):
    """Where one participant's recommend answer puts them in the Net Promoter Score."""

    PROMOTER = "promoter"
    PASSIVE = "passive"
    DETRACTOR = "detractor"


def _session_info(session: m.Session) -> SessionInfo:
    person = session.participant
    scope = tuple(name for name, given in (
        ("audio", person and person.consent_audio), ("video", person and person.consent_video),
        ("screen", person and person.consent_screen)) if given)
    conditions = tuple(str(v.value if hasattr(v, "value") else v) for v in (
        session.device_kind, session.device_model, session.device_os, session.network,
        session.setting) if v)
    stage = session.study.stage
    return SessionInfo(
        id=session.id, status=session.status, study_title=session.study.title,
        product_name=stage.product.name, stage_name=stage.name, centre_code=session.centre.code,
        centre_time_zone=session.centre.time_zone,
        room_name=session.room.name if session.room else None,
        facilitator_name=session.facilitator.name if session.facilitator else None,
        participant_code=person.code if person else None,
        age_band=person.age_band.value if person and person.age_band else None,
        segment=person.segment.value if person and person.segment else None,
        digital_skill=person.digital_skill.value if person and person.digital_skill else None,
        existing_customer=person.existing_customer if person else None,
        consent_version=person.consent_version if person else None,
        consent_scope=scope, conditions=conditions, starts_at=session.starts_at,
        checked_in_at=session.checked_in_at, started_at=session.started_at,
    )


def _tasks(s: OrmSession, study_id: uuid.UUID) -> tuple[TaskInfo, ...]:
    rows = s.scalars(select(m.Task).where(m.Task.study_id == study_id).order_by(m.Task.position))
    return tuple(TaskInfo(t.id, t.position, t.key, t.title, t.scenario or "",
                          t.success_criteria or "", t.target_seconds) for t in rows)


def _holder_message(s: OrmSession, session_id: uuid.UUID) -> str:
    session = get_session(s, session_id)
    seen = session.open_heartbeat_at
    local = seen.astimezone(zone(session.centre.time_zone)) if seen else None
    when = f" (active at {local:%H:%M}, centre time)" if local else ""
    who = session.participant.code if session.participant else "This session"
    return (f"{who}'s session is open on {session.open_on}{when}. "
            f"Close it there first, or wait {int(STALE_AFTER.total_seconds() // 60)} minutes "
            "after that PC stopped.")


def _rows_matched(result: Result[*tuple[Any, ...]]) -> int:
    """How many rows an UPDATE matched.

    ``OrmSession.execute`` is typed to return a plain ``Result``; for an UPDATE it is a
    ``CursorResult``, which is what has ``rowcount``.
    """
    return cast("CursorResult[*tuple[Any, ...]]", result).rowcount


def open_for_recording(
    db: Database, session_id: uuid.UUID, workstation: str, *, now: datetime | None = None
) -> ConsoleState:
    """Lock the session to this PC and return everything recorded so far.

    The lock is one conditional UPDATE (free, already ours, or stale), so two PCs
    racing for it cannot both win on SQLite or PostgreSQL.  A checked-in session
    starts running here; a scheduled one is opened for its check-in page.
    """
    if not workstation:
        raise Conflict("This PC has no workstation name.")
    instant = utc_instant(now)
    with write_unit(db, lambda: session_raced(db, session_id)) as s:
        before = s.execute(select(m.Session.open_on, m.Session.open_heartbeat_at,
                                  m.Session.console_closed_at)
                           .where(m.Session.id == session_id)).one_or_none()
        taken = _rows_matched(s.execute(
            update(m.Session)
            .where(m.Session.id == session_id)
            .where(or_(m.Session.open_on.is_(None), m.Session.open_on == workstation,
                       m.Session.open_heartbeat_at.is_(None),
                       m.Session.open_heartbeat_at < instant - STALE_AFTER))
            .values(open_on=workstation, open_heartbeat_at=instant)
            .execution_options(synchronize_session=False)
        ))
        if taken != 1:
            raise SessionLocked(_holder_message(s, session_id))
        session = get_session(s, session_id)
        if session.status in (m.SessionStatus.COMPLETED, m.SessionStatus.CANCELLED,
                              m.SessionStatus.NO_SHOW):
            raise Conflict(f"This session is {session.status.words}; "
                           "it cannot be recorded again.")
        if session.status == m.SessionStatus.CHECKED_IN:
            session.status = m.SessionStatus.RUNNING
            session.started_at = instant
        elif session.status == m.SessionStatus.RUNNING and before is not None:
            # Closed cleanly: away since then; crashed (still marked open): since its
            # last heartbeat.  Either way not the session's time.
            left = before.console_closed_at or (before.open_heartbeat_at if before.open_on
                                                else None)
            if left is not None:
                session.away_seconds = (session.away_seconds or 0.0) + max(
                    0.0, (instant - left).total_seconds())
        session.console_closed_at = None
        s.flush()
        elapsed = ((instant - session.started_at).total_seconds() - (session.away_seconds or 0.0)
                   if session.started_at else 0.0)
        return ConsoleState(
            session=_session_info(session), workstation=workstation,
            tasks=_tasks(s, session.study_id),
            attempts=tuple(attempts_of(s, session_id)),
            observations=tuple(observations_of(s, session_id)),
            answers=answers_of(s.get(m.Questionnaire, session_id)),
            elapsed_seconds=max(0.0, elapsed),
            timer=kept_timer(session, instant),
        )


def heartbeat(db: Database, session_id: uuid.UUID, workstation: str, *,
              now: datetime | None = None) -> None:
    """Say this PC still has the session open; ``SessionLocked`` if another PC took it over."""
    instant = utc_instant(now)
    # write_unit: a database that is briefly unreachable is DatabaseUnreachable, which
    # the console's timer expects (it tries again at the next beat), never a raw error.
    with write_unit(db, lambda: session_raced(db, session_id)) as s:
        kept = _rows_matched(s.execute(
            update(m.Session)
            .where(m.Session.id == session_id, m.Session.open_on == workstation)
            .values(open_heartbeat_at=instant)
            .execution_options(synchronize_session=False)
        ))
        if kept != 1:
            session = get_session(s, session_id)
            if session.open_on is None:
                # Released meanwhile (e.g. completed): nothing to keep alive.
                return
            raise SessionLocked(_holder_message(s, session_id))


def release(db: Database, session_id: uuid.UUID, workstation: str,
            now: datetime | None = None) -> None:
    """Let go of the session (the console closed); a no-op if this PC does not hold it.
    When it closed is kept: the session clock does not count the time until it reopens."""
    instant = utc_instant(now)
    with write_unit(db, lambda: session_raced(db, session_id)) as s:
        s.execute(
            update(m.Session)
            .where(m.Session.id == session_id, m.Session.open_on == workstation)
            .values(open_on=None, open_heartbeat_at=None, console_closed_at=instant)
            .execution_options(synchronize_session=False)
        )


def _summary(s: OrmSession, session: m.Session) -> SessionSummary:
    attempts = {a.task_id: a for a in attempts_of(s, session.id)}
    results = []
    for task in _tasks(s, session.study_id):
        a = attempts.get(task.id)
        results.append(TaskResult(task.title, a.outcome if a else None, a.seconds if a else None,
                                  a.rating if a else None, a.errors if a else 0,
                                  a.assists if a else 0, a.notes if a else ""))
    answers = answers_of(s.get(m.Questionnaire, session.id))
    observations = observations_of(s, session.id)
    sus = [v for v in answers.sus if v is not None]
    return SessionSummary(
        session_id=session.id,
        participant_code=session.participant.code if session.participant else None,
        status=session.status, started_at=session.started_at, ended_at=session.ended_at,
        tasks=tuple(results), tasks_done=len(attempts),
        successes=sum(a.outcome in (m.Outcome.SUCCESS, m.Outcome.SUCCESS_ASSISTED)
                      for a in attempts.values()),
        total_seconds=sum(a.seconds or 0.0 for a in attempts.values()),
        observations=len(observations),
        questionnaire_answered=answers.answered,
        sus_score=sus_score(sus) if len(sus) == len(answers.sus) else None,
        recommend=answers.recommend, satisfaction=answers.satisfaction,
        comments=answers.comments, observation_texts=tuple(o.text for o in observations),
        questionnaire_items_answered=answers.answered_items,
    )


def session_summary(db: Database, session_id: uuid.UUID) -> SessionSummary:
    """Tasks done, outcomes and times of a session, in any state."""
    with db.session_factory.begin() as s:
        return _summary(s, get_session(s, session_id))


def complete_session(
    db: Database, session_id: uuid.UUID, *, workstation: str | None = None,
    now: datetime | None = None,
) -> SessionSummary:
    """End the session as completed (ended_at now), release its lock, return its summary."""
    instant = utc_instant(now)
    with write_unit(db, lambda: session_raced(db, session_id)) as s:
        session = get_session(s, session_id)
        if session.status == m.SessionStatus.COMPLETED:
            return _summary(s, session)
        if session.status != m.SessionStatus.RUNNING:
            raise Conflict("Only a running session can be completed; check the participant in "
                           "and record at least one task first.")
        if workstation is not None and session.open_on not in (None, workstation):
            raise SessionLocked(_holder_message(s, session_id))
        session.status = m.SessionStatus.COMPLETED
        session.ended_at = max(instant, session.started_at or instant)
        session.open_on = None
        session.open_heartbeat_at = None
        questionnaire = s.get(m.Questionnaire, session_id)
        if questionnaire is not None and questionnaire.completed_at is None:
            questionnaire.completed_at = instant
        s.flush()
        return _summary(s, session)

