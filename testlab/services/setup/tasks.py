"""A study's tasks: add, edit (wording changes confirmed), reorder, delete, copy from a stage.

A task's key is stable within its product, so stages compare task by task: once
attempts are recorded for a task it can no longer be deleted or re-keyed, and a
change of its wording must be confirmed (the comparison then says it changed).
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import InvalidField, NeedsConfirmation, NotFound
from testlab.services.setup import fields as check
from testlab.services.setup.products import renumber

WORDING = ("title", "scenario", "success_criteria")


@dataclass(frozen=True)
class TaskFields:
    """A task; ``target_seconds`` None: no target time."""

    key: str
    title: str
    scenario: str = ""
    success_criteria: str = ""
    target_seconds: float | None = None


@dataclass(frozen=True)
class TaskRecord:
    """A task as saved, with its place in the study (0 first)."""

    id: uuid.UUID
    study_id: uuid.UUID
    position: int
    key: str
    title: str
    scenario: str
    success_criteria: str
    target_seconds: float | None


def _record(task: m.Task) -> TaskRecord:
    return TaskRecord(task.id, task.study_id, task.position, task.key, task.title,
                      task.scenario, task.success_criteria, task.target_seconds)


def attempts_of(s: OrmSession, task_id: uuid.UUID) -> int:
    """How many attempts are recorded for a task."""
    return s.scalar(select(func.count(m.TaskAttempt.id))
                    .where(m.TaskAttempt.task_id == task_id)) or 0


def save_task(s: OrmSession, study: m.Study, fields: TaskFields, task: m.Task | None = None,
              *, confirm_wording: bool = False) -> m.Task:
    """Add a task at the end of ``study`` or update ``task``; refusals name the field."""
    key = check.task_key(fields.key)
    title = check.text(fields.title, "title", 200)
    target = fields.target_seconds
    if target is not None and (isinstance(target, bool) or not math.isfinite(target)
                               or target <= 0):
        raise InvalidField("target_seconds", f"target_seconds {target} must be more than 0.")
    other = s.scalar(select(m.Task.id).where(m.Task.study_id == study.id, m.Task.key == key))
    if other is not None and (task is None or other != task.id):
        raise InvalidField("key", f"key '{key}' is already a task of study '{study.title}'.")
    values = {"title": title, "scenario": fields.scenario.strip(),
              "success_criteria": fields.success_criteria.strip()}
    if task is None:
        task = m.Task(key=key, position=len(study.tasks), target_seconds=target, **values)
        study.tasks.append(task)
    else:
        changed = [name for name in WORDING if getattr(task, name) != values[name]]
        recorded = attempts_of(s, task.id) if changed or key != task.key else 0
        if key != task.key and recorded:
            raise InvalidField("key", f"key: task '{task.key}' has {recorded} recorded "
                               "attempt(s); its key cannot change.")
        if changed and recorded and not confirm_wording:
            raise NeedsConfirmation(changed[0], f"{changed[0]}: task '{task.key}' has "
                                    f"{recorded} recorded attempt(s); confirm the wording "
                                    "change (results will say the wording changed).")
        task.key, task.target_seconds = key, target
        for name, value in values.items():
            setattr(task, name, value)
    s.flush()
    return task


def add_task(db: Database, *, study_id: uuid.UUID, fields: TaskFields) -> TaskRecord:
    """A new task after the study's last."""
    with db.session_factory.begin() as s:
        return _record(save_task(s, _study(s, study_id), fields))


def edit_task(db: Database, *, task_id: uuid.UUID, fields: TaskFields,
              confirm_wording: bool = False) -> TaskRecord:
    """Change a task; a wording change of a task with attempts needs ``confirm_wording``."""
    with db.session_factory.begin() as s:
        task = _task(s, task_id)
        return _record(save_task(s, task.study, fields, task, confirm_wording=confirm_wording))


def delete_task(db: Database, *, task_id: uuid.UUID) -> None:
    """Delete a task that has no recorded attempt; the others close up."""
    with db.session_factory.begin() as s:
        task = _task(s, task_id)
        recorded = attempts_of(s, task_id)
        if recorded:
            raise InvalidField("task", f"task '{task.key}' has {recorded} recorded attempt(s); "
                               "it cannot be deleted.")
        study = task.study
        study.tasks.remove(task)
        s.flush()
        renumber(s, list(study.tasks))


def place_tasks(s: OrmSession, study: m.Study, order: Sequence[uuid.UUID]) -> None:
    """Give ``study``'s tasks the positions of ``order`` (every task, once each)."""
    tasks = {task.id: task for task in study.tasks}
    if sorted(order) != sorted(tasks) or len(set(order)) != len(order):
        raise InvalidField("tasks", "tasks: the new order must list each of the study's "
                           "tasks exactly once.")
    renumber(s, [tasks[task_id] for task_id in order])


def reorder_tasks(db: Database, *, study_id: uuid.UUID,
                  order: Sequence[uuid.UUID]) -> tuple[TaskRecord, ...]:
    """Put a study's tasks in ``order``."""
    with db.session_factory.begin() as s:
        study = _study(s, study_id)
        place_tasks(s, study, order)
        s.refresh(study)
        return tuple(_record(task) for task in study.tasks)


def copy_tasks(db: Database, *, from_study_id: uuid.UUID,
               to_study_id: uuid.UUID) -> tuple[TaskRecord, ...]:
    """Append the tasks of a study of an earlier stage of the same product, keeping keys."""
    with db.session_factory.begin() as s:
        source, target = _study(s, from_study_id), _study(s, to_study_id)
        if source.stage.product_id != target.stage.product_id:
            raise InvalidField("from_study", "from_study: it belongs to another product; "
                               "task keys compare within one product only.")
        if source.stage.position >= target.stage.position:
            raise InvalidField("from_study", f"from_study: stage '{source.stage.name}' is not "
                               f"earlier than '{target.stage.name}'.")
        have = {task.key for task in target.tasks}
        clash = [task.key for task in source.tasks if task.key in have]
        if clash:
            raise InvalidField("key", f"key '{clash[0]}' is already a task of study "
                               f"'{target.title}'; nothing was copied.")
        for task in list(source.tasks):
            save_task(s, target, TaskFields(task.key, task.title, task.scenario,
                                            task.success_criteria, task.target_seconds))
        s.refresh(target)
        return tuple(_record(task) for task in target.tasks)


def _study(s: OrmSession, study_id: uuid.UUID) -> m.Study:
    study = s.get(m.Study, study_id)
    if study is None:
        raise NotFound(f"No study with id {study_id}.")
    return study


def _task(s: OrmSession, task_id: uuid.UUID) -> m.Task:
    task = s.get(m.Task, task_id)
    if task is None:
        raise NotFound(f"No task with id {task_id}.")
    return task
