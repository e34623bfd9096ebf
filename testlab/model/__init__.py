"""The domain model: SQLAlchemy 2 typed ORM classes, one module per part of the domain.

Importing this package is cheap (the enums only; SQLAlchemy's ORM is not even
imported): each part loads when one of its classes is first named (``testlab.model.Centre`` loads ``network``), so the window's start-up
path pays only for what it shows.  ``testlab.model.Base`` stands for the whole
schema and loads every part; so does ``load_all()``.
"""

from __future__ import annotations

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
    from testlab.model.base import Base, to_millisecond, utc_now
    from testlab.model.findings import Finding, FindingEvidence, FindingStageStatus
    from testlab.model.network import (
        Centre,
        ClosedDay,
        OpeningHours,
        Room,
        Staff,
        StaffRole,
    )
    from testlab.model.participants import Participant, ParticipantContact
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
    "participants": ("Participant", "ParticipantContact"),
    "sessions": ("AttemptRevision", "Observation", "Questionnaire", "Session", "TaskAttempt"),
    "findings": ("Finding", "FindingEvidence", "FindingStageStatus"),
}
_HOME = {name: part for part, names in _PARTS.items() for name in names}


def load_all() -> None:
    """Import every part, so ``Base.metadata`` describes the whole schema."""
    for part in _PARTS:
        import_module(f"{__name__}.{part}")


def __getattr__(name: str) -> Any:
    if name == "Base":
        load_all()
        return import_module(f"{__name__}.base").Base
    if name in ("utc_now", "to_millisecond"):
        return getattr(import_module(f"{__name__}.base"), name)
    part = _HOME.get(name)
    if part is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{part}"), name)
    globals()[name] = value
    return value


__all__ = [
    "AgeBand", "AttemptRevision", "Base", "Centre", "ClosedDay", "DeviceKind", "DigitalSkill", "Finding",
    "FindingEvidence", "FindingStageStatus", "FindingStatus", "Network", "Observation",
    "OpeningHours", "Outcome", "Participant", "ParticipantContact", "Product", "Questionnaire",
    "Role", "Room", "RoomKind", "Segment", "Session", "SessionStatus", "Setting", "Staff",
    "StaffRole", "Stage", "StageKind", "Study", "StudyCentre", "StudyMethod", "StudyStatus",
    "Task", "TaskAttempt", "load_all", "to_millisecond", "utc_now",
]
