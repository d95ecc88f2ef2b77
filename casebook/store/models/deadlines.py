"""Deadlines: approved extensions of a reply deadline, requests for a change of handling unit, and
the holiday calendar that working days are counted by."""

from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from casebook.store.models.base import Base
from casebook.store.models.handling import Assignment
from casebook.store.models.reference import HandlingUnit


class AssignmentExtension(Base):
    """延期: an approved extension of an assignment's reply deadline (the assignment's ``due_on``
    holds the deadline in force; each row keeps the one it replaced)."""

    __tablename__ = "assignment_extension"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id"), index=True)
    approved_on: Mapped[date] = mapped_column(Date)
    approved_by: Mapped[str] = mapped_column(String(80))
    previous_due_on: Mapped[date] = mapped_column(Date)
    new_due_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")

    assignment: Mapped[Assignment] = relationship()


class UnitChangeRequest(Base):
    """调整承办单位申请: a unit asks to be relieved of a case; the office approves (another unit
    takes its place) or refuses (the assignment stays). ``approved`` is None while pending."""

    __tablename__ = "unit_change_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignment.id"), index=True)
    requested_on: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    requested_unit_id: Mapped[int | None] = mapped_column(ForeignKey("handling_unit.id"))  # the unit it suggests
    decided_on: Mapped[date | None] = mapped_column(Date)
    approved: Mapped[bool | None] = mapped_column(Boolean)
    new_unit_id: Mapped[int | None] = mapped_column(ForeignKey("handling_unit.id"))
    new_assignment_id: Mapped[int | None] = mapped_column(ForeignKey("assignment.id"))
    decided_by: Mapped[str | None] = mapped_column(String(80))
    decision_note: Mapped[str | None] = mapped_column(Text)

    assignment: Mapped[Assignment] = relationship(foreign_keys=[assignment_id])
    requested_unit: Mapped[HandlingUnit | None] = relationship(foreign_keys=[requested_unit_id])
    new_unit: Mapped[HandlingUnit | None] = relationship(foreign_keys=[new_unit_id])


class HolidayCalendarDay(Base):
    """A day that differs from the plain week: a public holiday on a weekday (not a working day) or
    a weekend swapped into a working day (调休上班). Other days follow Monday to Friday."""

    __tablename__ = "holiday_calendar"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_working_day: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(Text, default="")
