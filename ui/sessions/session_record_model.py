"""A session's recorded attempts and an attempt's corrections as tables: columns described once."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from testlab.services.recording.attempts import format_duration
from testlab.services.recording.review import AttemptRow, HistoryEntry
from ui.common import labels
from ui.common.table_model import Column, RowTableModel


def _ease(rating: int | None) -> str:
    return "–" if rating is None else str(rating)


def _count(value: int | None) -> str:
    return "–" if value is None else str(value)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def attempt_columns(zone: str) -> tuple[Column[AttemptRow], ...]:
    """The attempts' columns; times of change in the centre's zone ``zone``."""

    def changed(row: AttemptRow) -> str:
        who = row.changed_by_name or "unknown"
        mark = " (corrected)" if row.corrected else ""
        return f"{who} · {labels.moment(row.changed_at, zone)}{mark}"

    return (
        Column(QT_TRANSLATE_NOOP("Columns", "Task"), lambda r: f"{r.task_position + 1}. {r.task_title}", stretch=True,
               tooltip=lambda r: r.task_title),
        Column(QT_TRANSLATE_NOOP("Columns", "Outcome"), lambda r: labels.OUTCOMES[r.attempt.outcome], width=15,
               sample=max(labels.OUTCOMES.values(), key=len)),
        Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda r: format_duration(r.attempt.seconds), numeric=True, width=6),
        Column(QT_TRANSLATE_NOOP("Columns", "Ease"), lambda r: _ease(r.attempt.rating), numeric=True, width=4),
        Column(QT_TRANSLATE_NOOP("Columns", "Errors"), lambda r: str(r.attempt.errors), numeric=True, width=5),
        Column(QT_TRANSLATE_NOOP("Columns", "Assists"), lambda r: str(r.attempt.assists), numeric=True, width=5),
        # Notes are always shown (the whole text in the tooltip); who changed it last gives
        # way first when the dialog is narrow.
        Column(QT_TRANSLATE_NOOP("Columns", "Notes"), lambda r: _one_line(r.attempt.notes), width=30,
               tooltip=lambda r: r.attempt.notes),
        Column(QT_TRANSLATE_NOOP("Columns", "Last changed"), changed, width=34, tooltip=changed, optional=True),
    )


def history_columns(zone: str) -> tuple[Column[HistoryEntry], ...]:
    """A correction per line: when, who, why, then the values it replaced."""
    return (
        Column(QT_TRANSLATE_NOOP("Columns", "Changed"), lambda r: labels.moment(r.changed_at, zone), width=19),
        Column(QT_TRANSLATE_NOOP("Columns", "By"), lambda r: r.changed_by_name or "unknown", width=16),
        Column(QT_TRANSLATE_NOOP("Columns", "Reason"), lambda r: _one_line(r.reason), stretch=True, tooltip=lambda r: r.reason),
        Column(QT_TRANSLATE_NOOP("Columns", "Outcome before"), lambda r: labels.OUTCOMES[r.outcome] if r.outcome else "–",
               width=17, sample=max(labels.OUTCOMES.values(), key=len)),
        Column(QT_TRANSLATE_NOOP("Columns", "Time"), lambda r: format_duration(r.seconds), numeric=True, width=6),
        Column(QT_TRANSLATE_NOOP("Columns", "Ease"), lambda r: _ease(r.rating), numeric=True, width=4),
        Column(QT_TRANSLATE_NOOP("Columns", "Errors"), lambda r: _count(r.errors), numeric=True, width=5),
        Column(QT_TRANSLATE_NOOP("Columns", "Assists"), lambda r: _count(r.assists), numeric=True, width=5),
        Column(QT_TRANSLATE_NOOP("Columns", "Notes"), lambda r: _one_line(r.notes), width=16, optional=True,
               tooltip=lambda r: r.notes),
        Column(QT_TRANSLATE_NOOP("Columns", "Entered by"), lambda r: r.set_by_name or "unknown", width=16, optional=True),
    )


class AttemptsModel(RowTableModel[AttemptRow]):
    """Rows from ``testlab.services.recording.review.session_record``."""

    def __init__(self, zone: str, parent: Any = None) -> None:
        super().__init__(attempt_columns(zone), parent)


class HistoryModel(RowTableModel[HistoryEntry]):
    """Rows from ``testlab.services.recording.review.attempt_history``, newest first."""

    def __init__(self, zone: str, parent: Any = None) -> None:
        super().__init__(history_columns(zone), parent)
