"""Derived tables: each case's statistics facts as a timeline (see casebook.domain.case_facts).

Never edited by hand: the store rebuilds a case's rows in the same transaction as every change to
its history. On SQLite the tables are clustered (WITHOUT ROWID) by cohort year, then by the month
in which a row stops being valid (so the rows valid on a date start at that date's month: earlier
months are skipped), then by the breakdown columns (so the rows are grouped in one ordered pass,
without sorting). Breakdown columns are part of the key and so never NULL: 0 stands for "none".
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, Index, Integer, String, Table, literal_column
from sqlalchemy.orm import Mapped, mapped_column

from casebook.domain.enums import CaseKind
from casebook.store.models.base import Base, enum_column


class SpanFacts:
    """What a case counts for on one span of dates (the columns both fact tables share)."""

    session_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[CaseKind] = mapped_column(enum_column(CaseKind))
    withdrawn: Mapped[bool] = mapped_column(Boolean)
    assigned: Mapped[int] = mapped_column(Integer)
    replied: Mapped[int] = mapped_column(Integer)
    result_code: Mapped[str | None] = mapped_column(String(8))
    rating: Mapped[str | None] = mapped_column(String(24))
    first_rating: Mapped[str | None] = mapped_column(String(24))
    # The office's definitions applied (rebuilt when the office settings change them):
    resolved: Mapped[int] = mapped_column(Integer)
    accomplished: Mapped[int] = mapped_column(Integer)
    rated: Mapped[int] = mapped_column(Integer)
    satisfied: Mapped[int] = mapped_column(Integer)
    first_rated: Mapped[int] = mapped_column(Integer)
    first_satisfied: Mapped[int] = mapped_column(Integer)
    replies_due: Mapped[int] = mapped_column(Integer)
    on_time: Mapped[int] = mapped_column(Integer)
    overdue: Mapped[int] = mapped_column(Integer)
    replies: Mapped[int] = mapped_column(Integer)
    met: Mapped[int] = mapped_column(Integer)


OVERDUE = literal_column("overdue") > 0
# The partial indexes (WHERE overdue > 0): the case list's filter "overdue" on today's row of each
# case (valid_to > today), and whether one case is overdue today (the list read in order).
OVERDUE_INDEXES = ("ix_case_fact_overdue_now", "ix_case_fact_overdue_case")


class CaseFactRow(SpanFacts, Base):
    __tablename__ = "case_fact"
    __table_args__ = (
        Index(OVERDUE_INDEXES[0], "valid_to", "case_id", sqlite_where=OVERDUE),
        # The case list's filter "rating" on today's row of each case.
        Index("ix_case_fact_rating_now", "rating", "valid_to", "case_id"),
        Index(OVERDUE_INDEXES[1], "case_id", "valid_to", sqlite_where=OVERDUE),
        {"sqlite_with_rowid": False},
    )

    cohort_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    valid_to_month: Mapped[int] = mapped_column(Integer, primary_key=True)  # yyyymm of valid_to
    category_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    delegation_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    leader_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    committee_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    is_key: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    valid_to: Mapped[date] = mapped_column(Date, primary_key=True)
    case_id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)
    valid_from: Mapped[date] = mapped_column(Date, primary_key=True)


class UnitFactRow(SpanFacts, Base):
    """Per answering unit of a case: whether it leads on those dates, its own reply work, and the
    case's result and rating (for the breakdown by lead unit)."""

    __tablename__ = "unit_fact"
    __table_args__ = {"sqlite_with_rowid": False}  # noqa: RUF012

    cohort_year: Mapped[int] = mapped_column(Integer, primary_key=True)
    valid_to_month: Mapped[int] = mapped_column(Integer, primary_key=True)  # yyyymm of valid_to
    unit_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    valid_to: Mapped[date] = mapped_column(Date, primary_key=True)
    case_id: Mapped[int] = mapped_column(Integer, primary_key=True, index=True)
    valid_from: Mapped[date] = mapped_column(Date, primary_key=True)
    leads: Mapped[int] = mapped_column(Integer)  # 1 when the unit leads the case on those dates
    assigned: Mapped[int] = mapped_column(Integer)
    replied: Mapped[int] = mapped_column(Integer)
    result_code: Mapped[str | None] = mapped_column(String(8))
    rating: Mapped[str | None] = mapped_column(String(24))
    first_rating: Mapped[str | None] = mapped_column(String(24))
    # The office's definitions applied (rebuilt when the office settings change them):
    resolved: Mapped[int] = mapped_column(Integer)
    accomplished: Mapped[int] = mapped_column(Integer)
    rated: Mapped[int] = mapped_column(Integer)
    satisfied: Mapped[int] = mapped_column(Integer)
    first_rated: Mapped[int] = mapped_column(Integer)
    first_satisfied: Mapped[int] = mapped_column(Integer)
    replies_due: Mapped[int] = mapped_column(Integer)
    on_time: Mapped[int] = mapped_column(Integer)
    overdue: Mapped[int] = mapped_column(Integer)
    replies: Mapped[int] = mapped_column(Integer)
    met: Mapped[int] = mapped_column(Integer)


def add_postgresql_where() -> None:
    """Give the partial indexes their condition for PostgreSQL too (``postgresql_where``).

    Added when the first PostgreSQL engine is made (casebook.store.engine), not in the class: naming
    a dialect's option loads that dialect's modules (all PostgreSQL drivers' dialects, 20–40 ms of
    a cold start), which a SQLite register never needs. The migrations create the indexes with
    their conditions themselves; the models carry them for comparing the two (tests)."""
    table = CaseFactRow.__table__
    assert isinstance(table, Table)
    for index in table.indexes:
        if index.name in OVERDUE_INDEXES:
            index.dialect_kwargs["postgresql_where"] = OVERDUE
