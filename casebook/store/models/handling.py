"""What happens to a case: assignments, replies, ratings, follow-up reviews, supervision."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casebook.domain.enums import (
    AssignmentRole,
    AssignmentStatus,
    ContactMethod,
    ContactPerson,
    SupervisionKind,
)
from casebook.store.models.base import Base, enum_column
from casebook.store.models.reference import HandlingUnit


class Assignment(Base):
    """交办: one unit's part in one handling round of a case."""

    __tablename__ = "assignment"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("handling_unit.id"), index=True)
    role: Mapped[AssignmentRole] = mapped_column(enum_column(AssignmentRole))
    handling_round: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[AssignmentStatus] = mapped_column(enum_column(AssignmentStatus))
    assigned_on: Mapped[date] = mapped_column(Date)
    acknowledged_on: Mapped[date | None] = mapped_column(Date)  # 签收
    due_on: Mapped[date] = mapped_column(Date, index=True)
    ended_on: Mapped[date | None] = mapped_column(Date)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("assignment.id"))
    note: Mapped[str | None] = mapped_column(Text)

    unit: Mapped[HandlingUnit] = relationship()
    replies: Mapped[list[Reply]] = relationship(order_by="Reply.replied_on", back_populates="assignment")


class Reply(Base):
    """答复: a unit's written reply, or an assisting unit's written opinion to the lead unit."""

    __tablename__ = "reply"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id"), index=True)
    replied_on: Mapped[date] = mapped_column(Date, index=True)
    result_code: Mapped[str | None] = mapped_column(String(8))  # A/B/C/D of the office settings
    contact_method: Mapped[ContactMethod | None] = mapped_column(enum_column(ContactMethod))
    contact_person: Mapped[ContactPerson | None] = mapped_column(enum_column(ContactPerson))
    signed_by: Mapped[str | None] = mapped_column(String(60))
    summary: Mapped[str] = mapped_column(Text, default="")
    opinion: Mapped[str | None] = mapped_column(Text)  # assisting unit's opinion to the lead unit

    assignment: Mapped[Assignment] = relationship(back_populates="replies")


class Rating(Base):
    """满意度测评: one deputy's rating in one round, typed in by a clerk from the paper form."""

    __tablename__ = "rating"
    __table_args__ = (UniqueConstraint("case_id", "deputy_id", "handling_round"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id"), index=True)
    deputy_id: Mapped[int] = mapped_column(ForeignKey("deputy.id"))
    handling_round: Mapped[int] = mapped_column(Integer)
    rated_on: Mapped[date] = mapped_column(Date, index=True)
    overall: Mapped[str] = mapped_column(String(24))
    handling_level: Mapped[str | None] = mapped_column(String(24))  # the handling work (办理工作)
    result_level: Mapped[str | None] = mapped_column(String(24))  # the result (办理结果)
    comment: Mapped[str | None] = mapped_column(Text)
    entered_by: Mapped[str] = mapped_column(String(80))


class FollowUp(Base):
    """回头看: a later review that changes the case's result category from a date on."""

    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id"), index=True)
    reviewed_on: Mapped[date] = mapped_column(Date)
    result_code: Mapped[str] = mapped_column(String(8))
    measures: Mapped[str] = mapped_column(Text, default="")


class SupervisionRecord(Base):
    """督办: a meeting, site visit, progress meeting, call or document about a case."""

    __tablename__ = "supervision_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id"), index=True)
    kind: Mapped[SupervisionKind] = mapped_column(enum_column(SupervisionKind))
    held_on: Mapped[date] = mapped_column(Date)
    leader_id: Mapped[int | None] = mapped_column(ForeignKey("leader.id"))
    committee_id: Mapped[int | None] = mapped_column(ForeignKey("special_committee.id"))
    participants: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
