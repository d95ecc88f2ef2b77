"""评议 and 评估: evaluations of a case, or of a handling unit for a year, beyond the deputy's rating."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, Date, ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from casebook.store.models.base import Base


class Evaluation(Base):
    """人大评议, 第三方评估 or an office's own kind: of one case, or of one unit for one year."""

    __tablename__ = "evaluation"
    __table_args__ = (CheckConstraint("(case_id IS NULL) <> (unit_id IS NULL)", name="one_target"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # A built-in kind's code (casebook.domain.tracked_records.EvaluationKind) or the office's own name.
    kind: Mapped[str] = mapped_column(String(40), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("case_record.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("handling_unit.id"), index=True)
    year: Mapped[int | None] = mapped_column(Integer, index=True)  # the year a unit's handling is evaluated for
    score: Mapped[Decimal | None] = mapped_column(Numeric(5, 1))  # 0–100
    grade: Mapped[str | None] = mapped_column(String(24))  # a grade of the office settings (优秀 …)
    evaluator: Mapped[str] = mapped_column(String(120))
    evaluated_on: Mapped[date] = mapped_column(Date)
    comments: Mapped[str] = mapped_column(Text, default="")
