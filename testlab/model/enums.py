"""The closed vocabularies of the domain (stored as their string values)."""

from __future__ import annotations

from enum import StrEnum


class RoomKind(StrEnum):
    USABILITY_LAB = "usability_lab"
    LIVING_ROOM_LAB = "living_room_lab"
    REMOTE = "remote"


class Role(StrEnum):
    FACILITATOR = "facilitator"
    DESIGNER = "designer"
    PRODUCT_OWNER = "product_owner"
    ADMIN = "admin"


class StageKind(StrEnum):
    """Design stages in their natural order, then post-launch."""

    CONCEPT = "concept"
    PROTOTYPE = "prototype"
    ALPHA = "alpha"
    BETA = "beta"
    PRE_LAUNCH = "pre_launch"
    POST_LAUNCH = "post_launch"


class StudyMethod(StrEnum):
    MODERATED_LAB = "moderated_lab"
    REMOTE = "remote"
    AT_HOME = "at_home"


class StudyStatus(StrEnum):
    DRAFT = "draft"
    PLANNED = "planned"
    RUNNING = "running"
    CLOSED = "closed"
    CANCELLED = "cancelled"


class AgeBand(StrEnum):
    A18_24 = "18-24"
    A25_34 = "25-34"
    A35_44 = "35-44"
    A45_54 = "45-54"
    A55_64 = "55-64"
    A65_PLUS = "65+"


class Segment(StrEnum):
    CONSUMER = "consumer"
    YOUTH = "youth"
    FAMILY = "family"
    SENIOR = "senior"
    SMALL_BUSINESS = "small_business"
    ENTERPRISE = "enterprise"


class DigitalSkill(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class SessionStatus(StrEnum):
    SCHEDULED = "scheduled"
    CHECKED_IN = "checked_in"
    RUNNING = "running"
    COMPLETED = "completed"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"

    @property
    def words(self) -> str:
        """The status as words in a message ("checked in", "no show")."""
        return self.value.replace("_", " ")


class DeviceKind(StrEnum):
    SMARTPHONE = "smartphone"
    TABLET = "tablet"
    LAPTOP = "laptop"
    DESKTOP = "desktop"
    TV = "tv"
    SET_TOP_BOX = "set_top_box"
    ROUTER = "router"
    SMART_SPEAKER = "smart_speaker"
    WEARABLE = "wearable"


class Network(StrEnum):
    WIFI = "wifi"
    CELL_3G = "3g"
    CELL_4G = "4g"
    CELL_5G = "5g"
    FIBRE = "fibre"
    DSL = "dsl"
    ETHERNET = "ethernet"
    OFFLINE = "offline"


class Setting(StrEnum):
    LAB = "lab"
    LIVING_ROOM_LAB = "living_room_lab"
    HOME = "home"
    STREET = "street"


class Outcome(StrEnum):
    SUCCESS = "success"
    SUCCESS_ASSISTED = "success_assisted"
    FAILURE = "failure"
    GAVE_UP = "gave_up"
    FALSE_COMPLETION = "false_completion"
    SKIPPED = "skipped"


class FindingStatus(StrEnum):
    OPEN = "open"
    FIXED = "fixed"
    VERIFIED_FIXED = "verified_fixed"
    CAME_BACK = "came_back"
    WONT_FIX = "wont_fix"
