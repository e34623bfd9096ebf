"""Correcting a session's closing-questionnaire answers later, keeping what they replaced.

The console answers the questionnaire while the session runs; afterwards (or when
no console has it open) staff correct the answers here.  Like ``correct_attempt``:
a reason is required, the replaced values, who replaced them and when go into a
``QuestionnaireRevision``, and a correction made against answers someone changed
meanwhile is refused (``Conflict``) with what they changed.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.clock import utc_instant
from testlab.db.database import Database
from testlab.errors import Conflict, InvalidInput, NotFound
from testlab.services.recording.guard import get_session
from testlab.services.recording.questionnaire import (
    ITEMS,
    QuestionnaireAnswers,
    answers_of,
    questionnaire_row,
    validate_answer,
)
from testlab.services.writes import NOT_SAVED, write_unit

CORRECTABLE = (m.SessionStatus.RUNNING, m.SessionStatus.COMPLETED)


@dataclass(frozen=True)
class AnswersRecord:
    """A session's answers as they stand, with what a correction must give back."""

    session_id: uuid.UUID
    answers: QuestionnaireAnswers
    version: int  # of the questionnaire row; 0 while the session has none
    corrections: int

    def value(self, item: str) -> int | str | None:
        """The answer to ``item`` (see ``QuestionnaireAnswers.value``)."""
        return self.answers.value(item)


@dataclass(frozen=True)
class AnswerChange:
    """One answer a correction changed: ``before`` → ``after`` (``None`` = no answer)."""

    item: str
    before: int | str | None
    after: int | str | None


@dataclass(frozen=True)
class AnswersHistoryEntry:
    """One correction of the answers: when, by whom, why, and each answer it changed."""

    changed_at: datetime  # aware, UTC
    changed_by_name: str | None
    reason: str
    changes: tuple[AnswerChange, ...]


def item_label(item: str) -> str:
    """An item as people call it: "SUS 3", "Recommend (0–10)", "Satisfaction (1–5)", "Comments"."""
    if item.startswith("sus_"):
        return f"SUS {item[4:]}"
    return {"recommend": "Recommend (0–10)", "satisfaction": "Satisfaction (1–5)",
            "comments": "Comments"}.get(item, item)


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "–"
    text = str(value)
    return f"“{text[:40]}{'…' if len(text) > 40 else ''}”" if isinstance(value, str) else text


def _record(s: OrmSession, session_id: uuid.UUID) -> AnswersRecord:
    row = s.get(m.Questionnaire, session_id)
    count = s.scalar(select(func.count()).select_from(m.QuestionnaireRevision).where(
        m.QuestionnaireRevision.session_id == session_id)) or 0
    return AnswersRecord(session_id, answers_of(row), row.version if row else 0, count)


def answers_record(db: Database, session_id: uuid.UUID) -> AnswersRecord:
    """The session's answers as they stand (all empty when none was given)."""
    with db.session_factory.begin() as s:
        get_session(s, session_id)
        return _record(s, session_id)


def _latest(s: OrmSession, session_id: uuid.UUID) -> m.QuestionnaireRevision | None:
    return s.scalars(select(m.QuestionnaireRevision).where(
        m.QuestionnaireRevision.session_id == session_id).order_by(
        m.QuestionnaireRevision.changed_at.desc(), m.QuestionnaireRevision.id)).first()


def _change_told(s: OrmSession, session_id: uuid.UUID) -> str:
    """What the latest correction changed, by whom: for the correction refused."""
    latest = _latest(s, session_id)
    if latest is None:
        return ("The answers were changed meanwhile (in the console?); your correction was "
                f"not saved ({NOT_SAVED}). Check the answers now shown and correct again.")
    row = s.get(m.Questionnaire, session_id)
    current = answers_of(row)
    who = s.get(m.Staff, latest.changed_by_id) if latest.changed_by_id else None
    changes = "; ".join(f"{item_label(item)}: {_shown(before)} → {_shown(current.value(item))}"
                        for item, before in latest.previous.items())
    return (f"{who.name if who else 'Someone'} corrected these answers meanwhile "
            f"({changes or 'same values'}; reason: {latest.reason}). Your correction was not "
            "saved; check the answers now shown and correct again if needed.")


def answers_changed_meanwhile(db: Database, session_id: uuid.UUID) -> str:
    """The message for a correction of the answers that lost a race."""
    with db.session_factory() as s:
        if s.get(m.Session, session_id) is None:
            return f"The session was deleted meanwhile; {NOT_SAVED}."
        return _change_told(s, session_id)


def _clean(answers: Mapping[str, int | str | None]) -> dict[str, int | str | None]:
    clean: dict[str, int | str | None] = {}
    for item, value in answers.items():
        if item not in ITEMS:
            raise InvalidInput(f"“{item}” is not a question of the closing questionnaire.")
        stored = validate_answer(item, value)
        clean[item] = stored.strip() if isinstance(stored, str) else stored
    return clean


def correct_answers(
    db: Database,
    session_id: uuid.UUID,
    *,
    by: uuid.UUID,
    reason: str,
    answers: Mapping[str, int | str | None],
    version: int | None = None,
    now: datetime | None = None,
) -> AnswersRecord:
    """Correct some answers of a session's questionnaire (``None`` clears one).

    ``answers`` maps items ("sus_1".."sus_10", "recommend", "satisfaction",
    "comments") to their new values; items left out keep theirs.  The values they
    replace, who corrected them (``by``), when and why are kept.  ``version`` is
    the ``AnswersRecord.version`` the user was shown: a change made since refuses
    the correction (``Conflict``) with what changed.  The session must have run
    and must not be open in a console (which answers it itself).
    """
    if not (reason or "").strip():
        raise InvalidInput("Say why the answers are corrected.")
    clean = _clean(answers)
    instant = utc_instant(now)
    with write_unit(db, lambda: answers_changed_meanwhile(db, session_id)) as s:
        session = get_session(s, session_id)
        if session.status not in CORRECTABLE:
            raise Conflict(f"This session is {session.status.words}: it has no answers to "
                           "correct.")
        if session.open_on is not None:
            raise Conflict(f"This session is open in the console on {session.open_on}: "
                           f"answer there, or correct here once it is closed ({NOT_SAVED}).")
        if s.get(m.Staff, by) is None:
            raise NotFound("A correction needs the member of staff who makes it.")
        existing = s.get(m.Questionnaire, session_id)
        if version is not None and (existing.version if existing else 0) != version:
            raise Conflict(_change_told(s, session_id))
        row = existing or questionnaire_row(s, session)
        before = answers_of(row)
        changed = {item: value for item, value in clean.items() if before.value(item) != value}
        if not changed:
            raise InvalidInput("The correction changes nothing.")
        s.add(m.QuestionnaireRevision(
            session_id=session_id, changed_by_id=by, changed_at=instant, reason=reason.strip(),
            previous={item: before.value(item) for item in changed}))
        for item, value in changed.items():
            setattr(row, item, value)
        s.flush()
        return _record(s, session_id)


def answers_history(db: Database, session_id: uuid.UUID) -> list[AnswersHistoryEntry]:
    """The corrections of a session's answers, newest first, each with before and after."""
    with db.session_factory.begin() as s:
        get_session(s, session_id)
        current = answers_of(s.get(m.Questionnaire, session_id))
        revisions = s.scalars(select(m.QuestionnaireRevision).where(
            m.QuestionnaireRevision.session_id == session_id).order_by(
            m.QuestionnaireRevision.changed_at.desc(), m.QuestionnaireRevision.id)).all()
        ids = {r.changed_by_id for r in revisions if r.changed_by_id}
        names = {who: name for who, name in s.execute(
            select(m.Staff.id, m.Staff.name).where(m.Staff.id.in_(ids)))} if ids else {}
        # Walking back from the answers as they stand: each correction's "after" is the
        # state just after it, its "before" what it kept.
        state = {item: current.value(item) for item in ITEMS}
        entries = []
        for r in revisions:
            changes = tuple(AnswerChange(item, before, state.get(item))
                            for item, before in r.previous.items())
            state.update(r.previous)
            entries.append(AnswersHistoryEntry(
                r.changed_at, names.get(r.changed_by_id) if r.changed_by_id else None,
                r.reason, changes))
        return entries
