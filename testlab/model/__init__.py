"""The domain model: SQLAlchemy 2 typed ORM classes, one module per part of the domain.

Importing this package is cheap (the enums only; SQLAlchemy's ORM is not even
imported), so the window's first screen, which runs on SQLAlchemy Core, pays
nothing for the model.  The first time any class is named
(``testlab.model.Centre``, ``testlab.model.Base``…), every part is imported and
the mappers are configured, as one step under a lock (``load_all()``).

Why all at once: parts name each other's classes in strings
(``order_by="Study.starts_on"``) that SQLAlchemy resolves when it configures
the mappers, which any thread's first query triggers.  Loading parts one by one
let a background thread configure while the GUI thread was half-way through a
part (``Stage`` defined, ``Study`` not yet), and the failed configuration then
broke every later query of the process.
"""

from __future__ import annotations

import threading
from importlib import import_module
from typing import TYPE_CHECKING, Any

from testlab.model.enums import (
    AgeBand,
    DeviceKind,
    DigitalSkill,
    FindingStatus,
    Network,
    Outcome,
    Role,
    RoomKind,
    Segment,
    SessionStatus,
    Setting,
    StageKind,
    StudyMethod,
    StudyStatus,
)

if TYPE_CHECKING:
    from testlab.model.base import Base, to_millisecond
    from testlab.model.corrections import ObservationRevision, QuestionnaireRevision
    from testlab.model.customers import CustomerCount
    from testlab.model.findings import Finding, FindingEvidence, FindingStageStatus
    from testlab.model.network import (
        Centre,
        ClosedDay,
        OpeningHours,
        Room,
        Staff,
        StaffRole,
    )
    from testlab.model.participants import ContactErasure, Participant, ParticipantContact
    from testlab.model.products import Product, Stage, Study, StudyCentre, Task
    from testlab.model.sessions import (
        AttemptRevision,
        Observation,
        Questionnaire,
        Session,
        TaskAttempt,
    )

_PARTS: dict[str, tuple[str, ...]] = {
    "network": ("Centre", "ClosedDay", "OpeningHours", "Room", "Staff", "StaffRole"),
    "products": ("Product", "Stage", "Study", "StudyCentre", "Task"),
    "participants": ("ContactErasure", "Participant", "ParticipantContact"),
    "sessions": ("AttemptRevision", "Observation", "Questionnaire", "Session", "TaskAttempt"),
    "findings": ("Finding", "FindingEvidence", "FindingStageStatus"),
    "customers": ("CustomerCount",),
    "corrections": ("ObservationRevision", "QuestionnaireRevision"),
}
_HOME = {name: part for part, names in _PARTS.items() for name in names}


_LOAD_LOCK = threading.Lock()
_loaded = False


def load_all() -> None:
    """Import every part and configure the mappers, once, so no thread sees a part half loaded.

    Afterwards ``Base.metadata`` describes the whole schema and every class is
    ready for queries.  Threads that arrive meanwhile wait for the first to finish.
    """
    global _loaded
    if _loaded:
        return
    with _LOAD_LOCK:
        if _loaded:
            return
        for part in _PARTS:
            import_module(f"{__name__}.{part}")
        from sqlalchemy.orm import configure_mappers

        configure_mappers()
        _loaded = True


def __getattr__(name: str) -> Any:
    if name == "Base":
        load_all()
        return import_module(f"{__name__}.base").Base
    if name == "to_millisecond":
        return getattr(import_module(f"{__name__}.base"), name)
    part = _HOME.get(name)
    if part is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    load_all()
    value = getattr(import_module(f"{__name__}.{part}"), name)
    globals()[name] = value
    return value


__all__ = [
    "AgeBand", "AttemptRevision", "Base", "Centre", "ClosedDay", "ContactErasure", "CustomerCount", "DeviceKind",
    "DigitalSkill", "Finding",
    "FindingEvidence", "FindingStageStatus", "FindingStatus", "Network", "Observation",
    "ObservationRevision", "QuestionnaireRevision",
    "OpeningHours", "Outcome", "Participant", "ParticipantContact", "Product", "Questionnaire",
    "Role", "Room", "RoomKind", "Segment", "Session", "SessionStatus", "Setting", "Staff",
    "StaffRole", "Stage", "StageKind", "Study", "StudyCentre", "StudyMethod", "StudyStatus",
    "Task", "TaskAttempt", "load_all", "to_millisecond",
]
