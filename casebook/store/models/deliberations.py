"""常委会审议 and 专题询问: the standing committee's deliberations, the units questioned, and the
follow-up items (整改清单) each with a due date and a done date."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casebook.domain.tracked_records import DeliberationKind
from casebook.store.models.base import Base, enum_column
from casebook.store.models.reference import HandlingUnit


class Deliberation(Base):
    __tablename__ = "deliberation"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[DeliberationKind] = mapped_column(enum_column(DeliberationKind))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    title: Mapped[str] = mapped_column(String(300))
    participants: Mapped[str] = mapped_column(Text, default="")  # speakers and who attended
    notes: Mapped[str] = mapped_column(Text, default="")

    units: Mapped[list[DeliberationUnit]] = relationship(order_by="DeliberationUnit.id")
    items: Mapped[list[DeliberationItem]] = relationship(order_by="DeliberationItem.id")


class DeliberationUnit(Base):
    """A unit questioned (or whose handling was deliberated) at a deliberation."""

    __tablename__ = "deliberation_unit"
    __table_args__ = (UniqueConstraint("deliberation_id", "unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    deliberation_id: Mapped[int] = mapped_column(ForeignKey("deliberation.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("handling_unit.id"), index=True)

    unit: Mapped[HandlingUnit] = relationship()


class DeliberationItem(Base):
    """整改清单: one follow-up item, for a unit, due on a date, done on a date."""

    __tablename__ = "deliberation_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    deliberation_id: Mapped[int] = mapped_column(ForeignKey("deliberation.id"), index=True)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("handling_unit.id"), index=True)
    content: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_note: Mapped[str] = mapped_column(Text, default="")

    unit: Mapped[HandlingUnit | None] = relationship()
