"""Usability findings of a product, their evidence and their status stage by stage."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, SmallInteger, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from testlab.clock import utc_now
from testlab.model.base import Base, str_enum, uuid_pk
from testlab.model.enums import FindingStatus
from testlab.model.products import Product, Stage


class Finding(Base):
    """A usability problem: severity 1 (critical) to 4 (cosmetic), and how many met it."""

    __tablename__ = "findings"
    __table_args__ = (
        CheckConstraint("severity BETWEEN 1 AND 4", name="severity_1_to_4"),
        CheckConstraint("affected >= 0 AND affected <= observed", name="affected_of_observed"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    product_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("products.id", ondelete="CASCADE"), index=True
    )
    task_key: Mapped[str | None] = mapped_column(String(64))
    first_stage_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("stages.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")
    severity: Mapped[int] = mapped_column(SmallInteger)
    affected: Mapped[int] = mapped_column(Integer)
    observed: Mapped[int] = mapped_column(Integer)
    recommendation: Mapped[str] = mapped_column(Text, default="")
    created_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(default=utc_now)

    product: Mapped[Product] = relationship()
    first_stage: Mapped[Stage] = relationship()
    evidence: Mapped[list[FindingEvidence]] = relationship(cascade="all, delete-orphan")
    statuses: Mapped[list[FindingStageStatus]] = relationship(cascade="all, delete-orphan")


class FindingEvidence(Base):
    """An observation that shows a finding."""

    __tablename__ = "finding_evidence"

    finding_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True
    )
    observation_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("observations.id", ondelete="CASCADE"), primary_key=True
    )


class FindingStageStatus(Base):
    """A finding's status at a later stage: open, fixed, verified fixed, came back, won't fix."""

    __tablename__ = "finding_stage_status"

    finding_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("findings.id", ondelete="CASCADE"), primary_key=True
    )
    stage_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stages.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[FindingStatus] = mapped_column(str_enum(FindingStatus, "finding_status"))
    note: Mapped[str] = mapped_column(Text, default="")
