"""The closing questionnaire: SUS, likelihood to recommend, satisfaction, comments.

Each answer is committed the moment it is given, so a crash loses none; the
wording lives here so the console, exports and reports quote the same text.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.clock import utc_instant
from testlab.db.database import Database
from testlab.errors import InvalidInput
from testlab.services.recording.guard import mark_running, recordable_session
from testlab.services.writes import NOT_SAVED, insert_or_ignore, write_unit

# Brooke's System Usability Scale, standard alternating positive/negative wording.
SUS_STATEMENTS: Final[tuple[str, ...]] = (
    "I think that I would like to use this system frequently.",
    "I found the system unnecessarily complex.",
    "I thought the system was easy to use.",
    "I think that I would need the support of a technical person to be able to use this system.",
    "I found the various functions in this system were well integrated.",
    "I thought there was too much inconsistency in this system.",
    "I would imagine that most people would learn to use this system very quickly.",
    "I found the system very cumbersome to use.",
    "I felt very confident using the system.",
    "I needed to learn a lot of things before I could get going with this system.",
)
SUS_ANCHORS: Final = ("Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree")
RECOMMEND_QUESTION: Final = ("How likely is it that you would recommend this product "
                             "to a friend or colleague?")
RECOMMEND_ANCHORS: Final = ("Not at all likely", "Extremely likely")
SATISFACTION_QUESTION: Final = "Overall, how satisfied are you with this product?"
SATISFACTION_ANCHORS: Final = ("Very dissatisfied", "Dissatisfied", "Neither",
                               "Satisfied", "Very satisfied")
COMMENTS_QUESTION: Final = "Anything else you would like to tell us?"

ITEM_RANGES: Final[dict[str, tuple[int, int]]] = {
    **{f"sus_{i}": (1, 5) for i in range(1, 11)},
    "recommend": (0, 10),
    "satisfaction": (1, 5),
}
ITEMS: Final = (*ITEM_RANGES, "comments")
ITEM_COUNT: Final = len(ITEMS)  # 13: what "12 of 13 answered" counts against
MAX_COMMENTS: Final = 10_000


@dataclass(frozen=True)
class QuestionnaireAnswers:
    """The answers given so far (``None`` = not yet answered)."""

    sus: tuple[int | None, ...]
    recommend: int | None
    satisfaction: int | None
    comments: str
    completed_at: datetime | None

    def value(self, item: str) -> int | str | None:
        """The answer to ``item`` ("sus_1".."sus_10", "recommend", "satisfaction", "comments")."""
        if item.startswith("sus_"):
            return self.sus[int(item[4:]) - 1]
        return getattr(self, item)  # type: ignore[no-any-return]

    @property
    def answered(self) -> int:
        """How many of the twelve scale questions have an answer."""
        return sum(v is not None for v in (*self.sus, self.recommend, self.satisfaction))

    @property
    def answered_items(self) -> int:
        """How many of the form's ``ITEM_COUNT`` items have an answer (comments included)."""
        return self.answered + bool(self.comments.strip())


EMPTY_ANSWERS: Final = QuestionnaireAnswers((None,) * 10, None, None, "", None)


def answers_of(row: m.Questionnaire | None) -> QuestionnaireAnswers:
    """The frozen view of a questionnaire row (empty when there is none yet)."""
    if row is None:
        return EMPTY_ANSWERS
    return QuestionnaireAnswers(tuple(row.sus_answers()), row.recommend, row.satisfaction,
                                row.comments or "", row.completed_at)


def validate_answer(item: str, value: int | str | None) -> int | str | None:
    """The value to store for ``item``, or ``InvalidInput`` if it is out of range."""
    if item == "comments":
        text = "" if value is None else str(value)
        if len(text) > MAX_COMMENTS:
            raise InvalidInput(f"Comments are limited to {MAX_COMMENTS} characters.")
        return text
    if item not in ITEM_RANGES:
        raise InvalidInput(f"“{item}” is not a question of the closing questionnaire.")
    if value is None:
        return None
    low, high = ITEM_RANGES[item]
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(f"The answer to {item.replace('_', ' ').upper()} "
                           f"must be a whole number from {low} to {high}.")
    return value


def answer_questionnaire(
    db: Database,
    session_id: uuid.UUID,
    item: str,
    value: int | str | None,
    *,
    workstation: str | None = None,
    now: datetime | None = None,
) -> QuestionnaireAnswers:
    """Store one answer at once (``None`` clears it) and return all answers so far."""
    clean = validate_answer(item, value)
    instant = utc_instant(now)
    raced = (f"The questionnaire of this session was changed at the same moment on another "
             f"PC or window; your answer to {item.replace('_', ' ').upper()} was not saved "
             f"({NOT_SAVED}). Give it again.")
    with write_unit(db, lambda: raced) as s:
        session = recordable_session(s, session_id, workstation)
        mark_running(session, instant)
        row = questionnaire_row(s, session)
        setattr(row, item, clean)
        s.flush()
        return answers_of(row)


def questionnaire_row(s: OrmSession, session: m.Session) -> m.Questionnaire:
    """The session's questionnaire, started (with the session's study) if it has none yet.

    Insert-or-fetch: two first answers given at once both find the one row.
    """
    row = s.get(m.Questionnaire, session.id)
    if row is None:
        insert_or_ignore(s, m.Questionnaire.__table__,  # type: ignore[arg-type]
                         {"session_id": session.id, "study_id": session.study_id,
                          "comments": ""})
        row = s.get_one(m.Questionnaire, session.id)
    return row
