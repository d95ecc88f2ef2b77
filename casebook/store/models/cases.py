"""The case (议案 or 建议), its co-signers in order, and links between cases handled together."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casebook.domain.enums import CaseKind, CaseLinkKind, CaseState
from casebook.store.models.base import Base, enum_column
from casebook.store.models.reference import CongressSession, Deputy

# Text compared by code point on every backend (see casebook.store.text_order), as an index keeps it.
CODE_POINT_ORDER = String(60).with_variant(String(60, collation="C"), "postgresql")


class Case(Base):
    __tablename__ = "case_record"
    __table_args__ = (
        UniqueConstraint("session_id", "number"),
        # The case list's first page read in order (casebook.store.list_keys).
        Index("ix_case_record_list_order", "list_order", "id"),
        Index("ix_case_record_lead_deputy_order", "lead_deputy_name", "list_order", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("congress_session.id"), index=True)
    number: Mapped[str] = mapped_column(String(40))
    kind: Mapped[CaseKind] = mapped_column(enum_column(CaseKind), index=True)
    # What the deputies submitted; differs from ``kind`` after 作为建议处理.
    submitted_kind: Mapped[CaseKind] = mapped_column(enum_column(CaseKind))
    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"), index=True)
    submitted_on: Mapped[date] = mapped_column(Date, index=True)
    lead_deputy_id: Mapped[int | None] = mapped_column(ForeignKey("deputy.id"), index=True)
    delegation_id: Mapped[int | None] = mapped_column(ForeignKey("delegation.id"), index=True)
    state: Mapped[CaseState] = mapped_column(enum_column(CaseState), index=True)
    handling_round: Mapped[int] = mapped_column(Integer, default=1)
    is_key: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    key_designated_by: Mapped[str | None] = mapped_column(String(100))  # e.g. 大会主席团
    supervising_leader_id: Mapped[int | None] = mapped_column(ForeignKey("leader.id"))
    supervising_committee_id: Mapped[int | None] = mapped_column(ForeignKey("special_committee.id"))
    leading_leader_id: Mapped[int | None] = mapped_column(ForeignKey("leader.id"))  # 领衔办理
    remarks: Mapped[str | None] = mapped_column(Text)
    converted_on: Mapped[date | None] = mapped_column(Date)
    withdrawn_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    updated_by: Mapped[str] = mapped_column(String(80))
    # The case list's sort keys, written by casebook.store.list_keys alone (never by a step).
    list_order: Mapped[str | None] = mapped_column(CODE_POINT_ORDER)
    lead_deputy_name: Mapped[str | None] = mapped_column(CODE_POINT_ORDER)
    # Optimistic lock: every UPDATE checks and bumps it (the office-database conflict check).
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012

    session: Mapped[CongressSession] = relationship()
    lead_deputy: Mapped[Deputy | None] = relationship()
    cosigners: Mapped[list[CaseCosigner]] = relationship(order_by="CaseCosigner.position", cascade="all, delete-orphan")


class CaseCosigner(Base):
    """联名 / 附议代表, kept in the order they signed."""

    __tablename__ = "case_cosigner"
    __table_args__ = (UniqueConstraint("case_id", "deputy_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    deputy_id: Mapped[int] = mapped_column(ForeignKey("deputy.id"), index=True)

    deputy: Mapped[Deputy] = relationship()


class CaseLink(Base):
    """并案: two cases handled together; each is still answered on its own."""

    __tablename__ = "case_link"
    __table_args__ = (UniqueConstraint("case_id", "linked_case_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id"), index=True)
    linked_case_id: Mapped[int] = mapped_column(ForeignKey("case_record.id"), index=True)
    kind: Mapped[CaseLinkKind] = mapped_column(enum_column(CaseLinkKind), default=CaseLinkKind.JOINT)
    linked_on: Mapped[date] = mapped_column(Date)
