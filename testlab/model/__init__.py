"""The domain model: SQLAlchemy 2 typed ORM classes, one module per part of the domain."""

from testlab.model.base import Base, utc_now
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
from testlab.model.findings import Finding, FindingEvidence, FindingStageStatus
from testlab.model.network import Centre, OpeningHours, Room, Staff, StaffRole
from testlab.model.participants import Participant, ParticipantContact
from testlab.model.products import Product, Stage, Study, StudyCentre, Task
from testlab.model.sessions import (
    AttemptRevision,
    Observation,
    Questionnaire,
    Session,
    TaskAttempt,
)

__all__ = [
    "AgeBand", "AttemptRevision", "Base", "Centre", "DeviceKind", "DigitalSkill", "Finding",
    "FindingEvidence", "FindingStageStatus", "FindingStatus", "Network", "Observation",
    "OpeningHours", "Outcome", "Participant", "ParticipantContact", "Product", "Questionnaire",
    "Role", "Room", "RoomKind", "Segment", "Session", "SessionStatus", "Setting", "Staff",
    "StaffRole", "Stage", "StageKind", "Study", "StudyCentre", "StudyMethod", "StudyStatus",
    "Task", "TaskAttempt", "utc_now",
]
