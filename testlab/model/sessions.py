"""Test sessions and what is recorded in them: attempts, questionnaires, observations."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Computed,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from testlab.clock import utc_now
from testlab.model.base import Base, MillisecondSeconds, str_enum, uuid_pk, version_column
from testlab.model.enums import DeviceKind, Network, Outcome, SessionStatus, Setting
from testlab.model.network import Centre, Room, Staff
from testlab.model.participants import Participant
from testlab.model.products import Study, Task


class Session(Base):
    """One participant's session of a study in a centre, with its test conditions."""

    __tablename__ = "sessions"
    __table_args__ = (
        # The room, when there is one, belongs to the session's centre.
        ForeignKeyConstraint(
            ["room_id", "centre_id"],
            ["rooms.id", "rooms.centre_id"],
            name="fk_sessions_room_in_centre",
        ),
        CheckConstraint("planned_minutes > 0", name="planned_minutes_positive"),
        Index("ix_sessions_centre_id_starts_at", "centre_id", "starts_at"),
        # Booking checks look for a room's sessions around a new slot.
        Index("ix_sessions_room_id_starts_at", "room_id", "starts_at"),
        # A period of the whole network in start order (schedule list): no sort.
        Index("ix_sessions_starts_at_id", "starts_at", "id"),
        # Questionnaire sums group completed sessions by study: covered, no table look-up.
        Index("ix_sessions_study_id_status_id", "study_id", "status", "id"),
        # What a questionnaire's (session_id, study_id) foreign key refers to.  A unique
        # index, not a table constraint: SQLite cannot add a constraint without copying
        # the table, and dropping the old sessions table would cascade-delete its children.
        Index("uq_sessions_id_study_id", "id", "study_id", unique=True),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    study_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("studies.id", ondelete="CASCADE"), index=True
    )
    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("centres.id", ondelete="RESTRICT"))
    room_id: Mapped[uuid.UUID | None] = mapped_column()
    facilitator_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )
    participant_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("participants.id", ondelete="RESTRICT"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column()
    # Imported from a sheet that gave the date only: ``starts_at`` is the centre's local
    # midnight of that day and the time is unknown; export writes the date alone again.
    start_date_only: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    planned_minutes: Mapped[int] = mapped_column(SmallInteger, default=60)
    # Booked outside the centre's opening hours or on a closed day, as the booker said
    # explicitly (an evening session by arrangement): recorded, never silently allowed.
    outside_hours: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    status: Mapped[SessionStatus] = mapped_column(str_enum(SessionStatus, "session_status"))
    device_kind: Mapped[DeviceKind | None] = mapped_column(str_enum(DeviceKind, "device_kind"))
    device_model: Mapped[str | None] = mapped_column(String(120))
    device_os: Mapped[str | None] = mapped_column(String(60))
    network: Mapped[Network | None] = mapped_column(str_enum(Network, "network"))
    setting: Mapped[Setting | None] = mapped_column(str_enum(Setting, "setting"))
    consent_confirmed_at: Mapped[datetime | None] = mapped_column()
    checked_in_at: Mapped[datetime | None] = mapped_column()
    started_at: Mapped[datetime | None] = mapped_column()
    ended_at: Mapped[datetime | None] = mapped_column()
    # Which lab PC has the session open for recording, and its last heartbeat:
    # the same session opened on a second PC is refused while this is fresh.
    open_on: Mapped[str | None] = mapped_column(String(200))
    open_heartbeat_at: Mapped[datetime | None] = mapped_column()
    # Checked on every ORM update (status changes); the lock's plain UPDATEs leave it alone.
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}
    # The console's running task timer, kept as it changes so a crash does not lose it:
    # which task, "running"/"paused"/"stopped", the milliseconds timed when it was
    # written, and (running) the instant it was written, from which it goes on.  No
    # foreign key on the task: a column added without copying the table on SQLite.
    timer_task_id: Mapped[uuid.UUID | None] = mapped_column()
    timer_state: Mapped[str | None] = mapped_column(String(10))
    timer_ms: Mapped[int | None] = mapped_column(Integer)
    timer_at: Mapped[datetime | None] = mapped_column()
    # The session clock leaves out the time no console had the session open: when the
    # console last closed (or, after a crash, its last heartbeat) to its reopening.
    console_closed_at: Mapped[datetime | None] = mapped_column()
    away_seconds: Mapped[float] = mapped_column(Float, default=0.0, server_default="0")

    study: Mapped[Study] = relationship()
    centre: Mapped[Centre] = relationship()
    room: Mapped[Room | None] = relationship(
        primaryjoin="Session.room_id == Room.id", foreign_keys="Session.room_id", viewonly=True
    )
    facilitator: Mapped[Staff | None] = relationship()
    participant: Mapped[Participant | None] = relationship()
    attempts: Mapped[list[TaskAttempt]] = relationship(
        back_populates="session", cascade="all, delete-orphan"
    )
    questionnaire: Mapped[Questionnaire | None] = relationship(
        back_populates="session", cascade="all, delete-orphan", uselist=False
    )
    observations: Mapped[list[Observation]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Observation.elapsed_seconds"
    )


class TaskAttempt(Base):
    """What happened when a participant tried one task: one row per session and task.

    Its time on task is kept to the millisecond, whichever way it is written.
    """

    __tablename__ = "task_attempts"
    __table_args__ = (
        UniqueConstraint("session_id", "task_id"),
        CheckConstraint("seconds IS NULL OR seconds > 0", name="seconds_positive"),
        CheckConstraint("rating IS NULL OR rating BETWEEN 1 AND 7", name="rating_1_to_7"),
        CheckConstraint("errors >= 0", name="errors_not_negative"),
        CheckConstraint("assists >= 0", name="assists_not_negative"),
        # Grouped statistics read attempts task by task and outcome: the index covers
        # every column the sums and the medians read (no table look-up per attempt).
        Index(
            "ix_task_attempts_stats", "task_id", "outcome", "seconds", "rating", "errors",
            "assists",
        ),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    session_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    task_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("tasks.id", ondelete="CASCADE"))
    outcome: Mapped[Outcome] = mapped_column(str_enum(Outcome, "outcome"))
    # Time on task in seconds, kept to the millisecond (12.34567 is stored as 12.346):
    # statistics read it as exact integer milliseconds.
    seconds: Mapped[float | None] = mapped_column(MillisecondSeconds())
    rating: Mapped[int | None] = mapped_column(SmallInteger)
    errors: Mapped[int] = mapped_column(Integer, default=0)
    assists: Mapped[int] = mapped_column(Integer, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    recorded_at: Mapped[datetime] = mapped_column(default=utc_now)
    # Checked on every update: two corrections at once cannot both win.
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}

    session: Mapped[Session] = relationship(back_populates="attempts")
    task: Mapped[Task] = relationship()
    revisions: Mapped[list[AttemptRevision]] = relationship(
        back_populates="attempt", cascade="all, delete-orphan", order_by="AttemptRevision.changed_at"
    )


class AttemptRevision(Base):
    """The values an attempt had before a correction, and who corrected it when."""

    __tablename__ = "attempt_revisions"

    id: Mapped[uuid.UUID] = uuid_pk()
    attempt_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("task_attempts.id", ondelete="CASCADE"), index=True
    )
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)
    reason: Mapped[str] = mapped_column(Text, default="")
    # The attempt's previous values: {"outcome": ..., "seconds": ..., ...}.
    previous: Mapped[dict[str, Any]] = mapped_column(JSON)

    attempt: Mapped[TaskAttempt] = relationship(back_populates="revisions")


# Odd items count r - 1, even items (worded negatively) 5 - r: 0-40 points in all.
SUS_POINTS_SQL = (
    "CASE WHEN " + " AND ".join(f"sus_{i} IS NOT NULL" for i in range(1, 11))
    + " THEN (sus_1 + sus_3 + sus_5 + sus_7 + sus_9 - 5)"
    " + (25 - (sus_2 + sus_4 + sus_6 + sus_8 + sus_10)) END"
)


class Questionnaire(Base):
    """The closing questionnaire: SUS items 1-5, recommend 0-10, satisfaction 1-5.

    Answers are nullable because each is committed the moment it is given.  It
    carries its session's study (kept equal by a two-column foreign key) and its SUS
    raw points (computed by the database), so the sums per study read one index,
    without looking up every session or redoing the SUS arithmetic per row.
    """

    __tablename__ = "questionnaires"
    __table_args__ = tuple(
        CheckConstraint(f"sus_{i} IS NULL OR sus_{i} BETWEEN 1 AND 5", name=f"sus_{i}_1_to_5")
        for i in range(1, 11)
    ) + (
        CheckConstraint("recommend IS NULL OR recommend BETWEEN 0 AND 10", name="recommend_0_to_10"),
        CheckConstraint(
            "satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5", name="satisfaction_1_to_5"
        ),
        # The session, and its study: a session moved to another study takes its
        # questionnaire along; a questionnaire naming another study is refused.  It also
        # stands for the plain session_id -> sessions.id key (the session must exist).
        ForeignKeyConstraint(
            ["session_id", "study_id"], ["sessions.id", "sessions.study_id"],
            ondelete="CASCADE", onupdate="CASCADE",
        ),
        # Every value the sums per study add up is in this index.  PostgreSQL reads it
        # alone; SQLite also reads each row, as it does for any generated column.
        Index("ix_questionnaires_study_id_points", "study_id", "sus_points", "recommend",
              "satisfaction"),
    )

    session_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    study_id: Mapped[uuid.UUID] = mapped_column()
    sus_1: Mapped[int | None] = mapped_column(SmallInteger)
    sus_2: Mapped[int | None] = mapped_column(SmallInteger)
    sus_3: Mapped[int | None] = mapped_column(SmallInteger)
    sus_4: Mapped[int | None] = mapped_column(SmallInteger)
    sus_5: Mapped[int | None] = mapped_column(SmallInteger)
    sus_6: Mapped[int | None] = mapped_column(SmallInteger)
    sus_7: Mapped[int | None] = mapped_column(SmallInteger)
    sus_8: Mapped[int | None] = mapped_column(SmallInteger)
    sus_9: Mapped[int | None] = mapped_column(SmallInteger)
    sus_10: Mapped[int | None] = mapped_column(SmallInteger)
    recommend: Mapped[int | None] = mapped_column(SmallInteger)
    satisfaction: Mapped[int | None] = mapped_column(SmallInteger)
    comments: Mapped[str] = mapped_column(Text, default="")
    completed_at: Mapped[datetime | None] = mapped_column()
    # SUS raw points 0-40 (the SUS score is sus_points * 2.5), NULL until all ten
    # answers are given.  Computed and stored by the database on every write, so the
    # per-study sums read one number from the index instead of redoing the arithmetic
    # per row; it cannot be written.
    sus_points: Mapped[int | None] = mapped_column(
        SmallInteger, Computed(SUS_POINTS_SQL, persisted=True)
    )
    # Checked on every update: two answers at once cannot silently overwrite each other.
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}

    # Joined on both key columns: ``session.questionnaire = Questionnaire(...)`` fills
    # session_id and study_id alike.
    session: Mapped[Session] = relationship(back_populates="questionnaire")

    def sus_answers(self) -> list[int | None]:
        """The ten SUS answers in item order."""
        return [getattr(self, f"sus_{i}") for i in range(1, 11)]


class Observation(Base):
    """A timestamped note taken during a session; later evidence for findings."""

    __tablename__ = "observations"
    __table_args__ = (CheckConstraint("elapsed_seconds >= 0", name="elapsed_not_negative"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    task_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("tasks.id", ondelete="SET NULL"))
    elapsed_seconds: Mapped[float] = mapped_column(Float)
    noted_at: Mapped[datetime] = mapped_column(default=utc_now)
    text: Mapped[str] = mapped_column(Text)
    tags: Mapped[list[str]] = mapped_column(JSON, default=list)
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    # Checked on every update and delete: two corrections at once cannot both win.
    version: Mapped[int] = version_column()
    __mapper_args__ = {"version_id_col": version}

    session: Mapped[Session] = relationship(back_populates="observations")
