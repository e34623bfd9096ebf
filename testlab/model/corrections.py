"""What a closing questionnaire or an observation was before a correction, and who made it.

The questionnaire and observation counterparts of ``AttemptRevision``: a
correction never loses what was recorded.  An observation's revisions name it
without a foreign key, so that the record of its deletion outlives it; they
belong to the session, and go when the session goes.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from testlab.clock import utc_now
from testlab.model.base import Base, uuid_pk


class QuestionnaireRevision(Base):
    """The answers a correction replaced (only those it changed), who corrected them, when, why."""

    __tablename__ = "questionnaire_revisions"

    id: Mapped[uuid.UUID] = uuid_pk()
    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)
    reason: Mapped[str] = mapped_column(Text, default="")
    # {"sus_3": 4, "comments": "…"}: the previous value of each item the correction changed.
    previous: Mapped[dict[str, Any]] = mapped_column(JSON)


class ObservationRevision(Base):
    """An observation before it was edited or deleted, who did it, when and why."""

    __tablename__ = "observation_revisions"

    id: Mapped[uuid.UUID] = uuid_pk()
    session_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), index=True
    )
    observation_id: Mapped[uuid.UUID] = mapped_column(index=True)
    action: Mapped[str] = mapped_column(String(10))  # "edited" or "deleted"
    changed_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    changed_at: Mapped[datetime] = mapped_column(default=utc_now)
    reason: Mapped[str] = mapped_column(Text, default="")
    # {"text": ..., "tags": [...], "elapsed_seconds": ..., "task_id": ..., "recorded_by_id": ...}
    previous: Mapped[dict[str, Any]] = mapped_column(JSON)
