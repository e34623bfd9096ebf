"""Products, their design stages, the studies run at each stage, and their tasks."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from testlab.model.base import Base, str_enum, uuid_pk
from testlab.model.enums import StageKind, StudyMethod, StudyStatus
from testlab.model.network import Centre, Staff


class Product(Base):
    """A product or service of the operator that goes through usability tests."""

    __tablename__ = "products"

    id: Mapped[uuid.UUID] = uuid_pk()
    name: Mapped[str] = mapped_column(String(120), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id", ondelete="SET NULL"), index=True
    )

    owner: Mapped[Staff | None] = relationship()
    stages: Mapped[list[Stage]] = relationship(
        back_populates="product", cascade="all, delete-orphan", order_by="Stage.position"
    )


class Stage(Base):
    """One stage of a product's life: a design stage or after launch."""

    __tablename__ = "stages"
    __table_args__ = (
        UniqueConstraint("product_id", "position"),
        UniqueConstraint("product_id", "name"),
        CheckConstraint("position >= 0", name="position_not_negative"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    product_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("products.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(SmallInteger)
    kind: Mapped[StageKind] = mapped_column(str_enum(StageKind, "stage_kind"))
    name: Mapped[str] = mapped_column(String(120))

    product: Mapped[Product] = relationship(back_populates="stages")
    studies: Mapped[list[Study]] = relationship(
        back_populates="stage", cascade="all, delete-orphan", order_by="Study.starts_on"
    )


class Study(Base):
    """One test round of one product at one stage."""

    __tablename__ = "studies"
    __table_args__ = (CheckConstraint("ends_on >= starts_on", name="dates_in_order"),)

    id: Mapped[uuid.UUID] = uuid_pk()
    stage_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("stages.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(200))
    objectives: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[StudyMethod] = mapped_column(str_enum(StudyMethod, "study_method"))
    starts_on: Mapped[date] = mapped_column(Date)
    ends_on: Mapped[date] = mapped_column(Date)
    status: Mapped[StudyStatus] = mapped_column(str_enum(StudyStatus, "study_status"))

    stage: Mapped[Stage] = relationship(back_populates="studies")
    centres: Mapped[list[StudyCentre]] = relationship(
        back_populates="study", cascade="all, delete-orphan"
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="study", cascade="all, delete-orphan", order_by="Task.position"
    )


class StudyCentre(Base):
    """A centre taking part in a study, with its planned number of participants."""

    __tablename__ = "study_centres"
    __table_args__ = (CheckConstraint("planned_sample > 0", name="planned_sample_positive"),)

    study_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("studies.id", ondelete="CASCADE"), primary_key=True
    )
    centre_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("centres.id", ondelete="CASCADE"), primary_key=True
    )
    planned_sample: Mapped[int] = mapped_column(Integer)

    study: Mapped[Study] = relationship(back_populates="centres")
    centre: Mapped[Centre] = relationship()


class Task(Base):
    """A task of a study.  ``key`` is stable within the product across stages."""

    __tablename__ = "tasks"
    __table_args__ = (
        UniqueConstraint("study_id", "key"),
        UniqueConstraint("study_id", "position"),
        CheckConstraint("position >= 0", name="position_not_negative"),
        CheckConstraint("target_seconds IS NULL OR target_seconds > 0", name="target_positive"),
        CheckConstraint("length(key) > 0", name="key_not_empty"),
    )

    id: Mapped[uuid.UUID] = uuid_pk()
    study_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("studies.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(SmallInteger)
    key: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str] = mapped_column(String(200))
    scenario: Mapped[str] = mapped_column(Text, default="")
    success_criteria: Mapped[str] = mapped_column(Text, default="")
    target_seconds: Mapped[float | None] = mapped_column(Float)

    study: Mapped[Study] = relationship(back_populates="tasks")
