"""Studies of a stage: title, objectives, method, dates, status, centres with planned samples."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from testlab import model as m
from testlab.db.database import Database
from testlab.errors import InvalidField, NotFound
from testlab.model.enums import StudyMethod, StudyStatus
from testlab.services.setup import fields as check

# The way a study goes; cancelled can be reached from any status but closed.
STATUS_ORDER = (StudyStatus.DRAFT, StudyStatus.PLANNED, StudyStatus.RUNNING, StudyStatus.CLOSED)


@dataclass(frozen=True)
class StudyFields:
    """A study's design; a new study starts as a draft unless told otherwise."""

    title: str
    method: StudyMethod | str
    starts_on: date
    ends_on: date
    objectives: str = ""
    status: StudyStatus | str = StudyStatus.DRAFT


@dataclass(frozen=True)
class StudyRecord:
    """A study as saved; ``centres`` maps centre id to planned sample."""

    id: uuid.UUID
    stage_id: uuid.UUID
    title: str
    objectives: str
    method: StudyMethod
    starts_on: date
    ends_on: date
    status: StudyStatus
    centres: tuple[tuple[uuid.UUID, int], ...]


def _record(study: m.Study) -> StudyRecord:
    return StudyRecord(
        study.id, study.stage_id, study.title, study.objectives, study.method, study.starts_on,
        study.ends_on, study.status,
        tuple(sorted((c.centre_id, c.planned_sample) for c in study.centres)),
    )


def check_transition(old: StudyStatus, new: StudyStatus) -> None:
    """Refuse a status change that goes backwards (closed and cancelled are final)."""
    if old == new:
        return
    if old in (StudyStatus.CLOSED, StudyStatus.CANCELLED):
        raise InvalidField("status", f"status: the study is {old.value}; it cannot become "
                           f"{new.value}.")
    if new is StudyStatus.CANCELLED:
        return
    if STATUS_ORDER.index(new) < STATUS_ORDER.index(old):
        raise InvalidField("status", f"status: a {old.value} study cannot go back to "
                           f"{new.value} (draft → planned → running → closed).")


def save_study(s: OrmSession, stage: m.Stage, fields: StudyFields,
               study: m.Study | None = None) -> m.Study:
    """Create a study of ``stage`` or update ``study``; the title is unique in the stage."""
    title = check.text(fields.title, "title", 200)
    method = check.choice(fields.method, StudyMethod, "method")
    status = check.choice(fields.status, StudyStatus, "status")
    if fields.ends_on < fields.starts_on:
        raise InvalidField("ends_on", f"ends_on {fields.ends_on} is before starts_on "
                           f"{fields.starts_on}: the dates are reversed.")
    other = s.scalar(select(m.Study.id).where(m.Study.stage_id == stage.id,
                                              m.Study.title == title))
    if other is not None and (study is None or other != study.id):
        raise InvalidField("title", f"title: stage '{stage.name}' already has a study "
                           f"'{title}'.")
    if study is None:
        study = m.Study(stage_id=stage.id, title=title, method=method, status=status,
                        starts_on=fields.starts_on, ends_on=fields.ends_on,
                        objectives=fields.objectives.strip())
        s.add(study)
    else:
        check_transition(study.status, status)
        study.title, study.method, study.status = title, method, status
        study.starts_on, study.ends_on = fields.starts_on, fields.ends_on
        study.objectives = fields.objectives.strip()
    s.flush()
    return study


def place_centres(s: OrmSession, study: m.Study, planned: Mapping[uuid.UUID, int]) -> None:
    """The centres taking part and their planned samples (> 0); each must have a room."""
    for centre_id, sample in planned.items():
        centre = s.get(m.Centre, centre_id)
        if centre is None:
            raise InvalidField("centres", f"centres: no centre with id {centre_id}.")
        if not isinstance(sample, int) or isinstance(sample, bool) or sample <= 0:
            raise InvalidField("planned_sample", f"planned_sample for {centre.code} is "
                               f"{sample}; it must be a whole number above 0.")
        rooms = s.scalar(select(func.count(m.Room.id)).where(m.Room.centre_id == centre_id))
        if not rooms:
            raise InvalidField("centres", f"centres: {centre.code} has no room; add a room "
                               "before it takes part in a study.")
    for row in list(study.centres):
        if row.centre_id not in planned:
            study.centres.remove(row)
        elif row.planned_sample != planned[row.centre_id]:
            row.planned_sample = planned[row.centre_id]
    have = {row.centre_id for row in study.centres}
    for centre_id, sample in planned.items():
        if centre_id not in have:
            study.centres.append(m.StudyCentre(centre_id=centre_id, planned_sample=sample))
    s.flush()


def create_study(db: Database, *, stage_id: uuid.UUID, fields: StudyFields,
                 centres: Mapping[uuid.UUID, int] | None = None) -> StudyRecord:
    """A new study of a stage, with the centres taking part (centre id -> planned sample)."""
    with db.session_factory.begin() as s:
        stage = s.get(m.Stage, stage_id)
        if stage is None:
            raise NotFound(f"No stage with id {stage_id}.")
        study = save_study(s, stage, fields)
        place_centres(s, study, centres or {})
        return _record(study)


def edit_study(db: Database, *, study_id: uuid.UUID, fields: StudyFields,
               centres: Mapping[uuid.UUID, int] | None = None) -> StudyRecord:
    """Change a study's design; ``centres`` None keeps its centres as they are."""
    with db.session_factory.begin() as s:
        study = _study(s, study_id)
        save_study(s, study.stage, fields, study)
        if centres is not None:
            place_centres(s, study, centres)
        return _record(study)


def set_study_status(db: Database, *, study_id: uuid.UUID,
                     status: StudyStatus | str) -> StudyRecord:
    """Move a study on: draft → planned → running → closed, or cancel it."""
    with db.session_factory.begin() as s:
        study = _study(s, study_id)
        new = check.choice(status, StudyStatus, "status")
        check_transition(study.status, new)
        study.status = new
        s.flush()
        return _record(study)


def _study(s: OrmSession, study_id: uuid.UUID) -> m.Study:
    study = s.get(m.Study, study_id)
    if study is None:
        raise NotFound(f"No study with id {study_id}.")
    return study
