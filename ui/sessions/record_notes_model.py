"""A session's observations and questionnaire answers, and their corrections, as tables.

The companions of ``session_record_model`` for the recorded results' Observations and
Questionnaire tabs: columns described once, rows the services' frozen dataclasses.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from testlab.services.recording.answer_corrections import AnswersHistoryEntry, item_label
from testlab.services.recording.attempts import format_duration
from testlab.services.recording.observation_corrections import (
    DELETED,
    ObservationHistoryEntry,
    ObservationRow,
)
from testlab.services.recording.questionnaire import (
    COMMENTS_QUESTION,
    ITEMS,
    RECOMMEND_QUESTION,
    SATISFACTION_QUESTION,
    SUS_STATEMENTS,
)
from ui.common import labels
from ui.common.i18n import translate
from ui.common.table_model import Column, RowTableModel


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _tags(tags: tuple[str, ...]) -> str:
    return " ".join(f"#{tag}" for tag in tags)


def question_of(item: str) -> str:
    """The wording of a questionnaire item, as the participant read it."""
    if item.startswith("sus_"):
        return SUS_STATEMENTS[int(item[4:]) - 1]
    return {"recommend": RECOMMEND_QUESTION, "satisfaction": SATISFACTION_QUESTION,
            "comments": COMMENTS_QUESTION}[item]


def answer_text(value: int | str | None) -> str:
    """An answer as shown: "–" for none, comments on one line."""
    if value is None or value == "":
        return "–"
    return _one_line(value) if isinstance(value, str) else str(value)


@dataclass(frozen=True)
class AnswerLine:
    """One item of the closing questionnaire and its answer as it stands."""

    item: str
    value: int | str | None


def answer_lines(values: dict[str, int | str | None]) -> list[AnswerLine]:
    """The form's items in order, each with its answer."""
    return [AnswerLine(item, values.get(item)) for item in ITEMS]


def observation_columns(zone: str) -> tuple[Column[ObservationRow], ...]:
    """When in the session, the task, the note, its tags, who noted it, corrections."""
    return (
        Column(QT_TRANSLATE_NOOP("Columns", "At"), lambda r: format_duration(r.observation.elapsed_seconds), numeric=True,
               width=7),
        Column(QT_TRANSLATE_NOOP("Columns", "Task"), lambda r: r.task_title or "–", width=18,
               tooltip=lambda r: r.task_title or ""),
        Column(QT_TRANSLATE_NOOP("Columns", "Observation"), lambda r: _one_line(r.observation.text), stretch=True,
               tooltip=lambda r: r.observation.text),
        Column(QT_TRANSLATE_NOOP("Columns", "Tags"), lambda r: _tags(r.observation.tags), width=16,
               tooltip=lambda r: _tags(r.observation.tags), optional=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Noted by"), lambda r: r.noted_by_name or "unknown", width=16, optional=True),
        Column(QT_TRANSLATE_NOOP("Columns", "Corrected"), lambda r: str(r.corrections) if r.corrections else "–",
               numeric=True, width=8, optional=True),
    )


def observation_history_columns(zone: str) -> tuple[Column[ObservationHistoryEntry], ...]:
    """An edit or deletion per line: when, who, what, why, then the note as it was."""
    return (
        Column(QT_TRANSLATE_NOOP("Columns", "Changed"), lambda r: labels.moment(r.changed_at, zone), width=19),
        Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.changed_by_name or "unknown", width=16),
        Column(QT_TRANSLATE_NOOP("Columns", "What"), lambda r: translate("RecordedResults", "deleted") if r.action == DELETED else translate("RecordedResults", "edited"),
               width=8),
        Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: _one_line(r.reason), width=22, tooltip=lambda r: r.reason),
        Column(QT_TRANSLATE_NOOP("Columns", "Observation before"), lambda r: _one_line(r.text), stretch=True,
               tooltip=lambda r: r.text),
        Column(QT_TRANSLATE_NOOP("Columns", "Tags before"), lambda r: _tags(r.tags), width=16, optional=True),
    )


def answer_columns() -> tuple[Column[AnswerLine], ...]:
    """Item, question, answer."""
    return (
        Column(QT_TRANSLATE_NOOP("Columns", "Item"), lambda r: item_label(r.item), width=18),
        Column(QT_TRANSLATE_NOOP("Columns", "Question"), lambda r: question_of(r.item), stretch=True,
               tooltip=lambda r: question_of(r.item)),
        Column(QT_TRANSLATE_NOOP("Columns", "Answer"), lambda r: answer_text(r.value), width=20,
               tooltip=lambda r: "" if r.value is None else str(r.value)),
    )


def answers_history_columns(zone: str) -> tuple[Column[AnswersHistoryEntry], ...]:
    """A correction per line: when, who, why, and each answer it changed, before → after."""

    def changes(entry: AnswersHistoryEntry) -> str:
        return "; ".join(f"{item_label(c.item)}: {answer_text(c.before)} → {answer_text(c.after)}"
                         for c in entry.changes)

    return (
        Column(QT_TRANSLATE_NOOP("Columns", "Changed"), lambda r: labels.moment(r.changed_at, zone), width=19),
        Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.changed_by_name or "unknown", width=16),
        Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: _one_line(r.reason), width=24, tooltip=lambda r: r.reason),
        Column(QT_TRANSLATE_NOOP("Columns", "Answers changed (before → after)"), changes, stretch=True, tooltip=changes),
    )


class ObservationsModel(RowTableModel[ObservationRow]):
    """Rows from ``observation_corrections.session_observations``."""

    def __init__(self, zone: str, parent: Any = None) -> None:
        super().__init__(observation_columns(zone), parent)


class ObservationHistoryModel(RowTableModel[ObservationHistoryEntry]):
    """Rows from ``observation_corrections.observation_history``, newest first."""

    def __init__(self, zone: str, parent: Any = None) -> None:
        super().__init__(observation_history_columns(zone), parent)


class AnswersModel(RowTableModel[AnswerLine]):
    """The questionnaire's items with their answers."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(answer_columns(), parent)


class AnswersHistoryModel(RowTableModel[AnswersHistoryEntry]):
    """Rows from ``answer_corrections.answers_history``, newest first."""

    def __init__(self, zone: str, parent: Any = None) -> None:
        super().__init__(answers_history_columns(zone), parent)
