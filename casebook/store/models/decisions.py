"""The year's decisions: 优秀议案建议 (cases) and 先进承办单位 (units), with the decision's date and
document number."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from casebook.domain.tracked_records import DecisionKind
from casebook.store.models.base import Base, enum_column


class YearDecision(Base):
    __tablename__ = "year_decision"
    __table_args__ = (
        CheckConstraint("(case_id IS NULL) <> (unit_id IS NULL)", name="one_target"),
        UniqueConstraint("kind", "year", "case_id"),
        UniqueConstraint("kind", "year", "unit_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DecisionKind] = mapped_column(enum_column(DecisionKind))
    year: Mapped[int] = mapped_column(Integer, index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_record.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("handling_unit.id"), index=True)
    decided_on: Mapped[date] = mapped_column(Date)
    document_number: Mapped[str] = mapped_column(String(80))  # e.g. 镇人常〔2023〕12号
    note: Mapped[str] = mapped_column(Text, default="")
