"""Emptying the register: every case and all reference data go, the office's settings stay."""

from __future__ import annotations

from sqlalchemy import select

from casebook.store.database import Database
from casebook.store.models import (
    Base,
    Case,
    Category,
    CongressSession,
    Delegation,
    Deputy,
    DeputyGroup,
    HandlingUnit,
    HolidayCalendarDay,
    Leader,
    OfficeSetting,
    SpecialCommittee,
)

# What makes a register "not empty": a case or any reference data (events alone, such as a change
# of the office settings, do not count).
_REGISTER_MODELS = (
    Case,
    CongressSession,
    Delegation,
    DeputyGroup,
    Deputy,
    HandlingUnit,
    SpecialCommittee,
    Leader,
    Category,
)


def holds_register_data(db: Database) -> bool:
    """Whether the database holds any case or any reference data."""
    with db.read() as session:
        return any(session.scalar(select(model.id).limit(1)) is not None for model in _REGISTER_MODELS)


def clear_register(db: Database) -> None:
    """Delete every row of every table except the office's own (its settings and its holiday
    calendar; Alembic's version table is not one of ours), children before parents, in one
    transaction. Nothing is recorded: the event history goes with the cases."""
    kept = {OfficeSetting.__tablename__, HolidayCalendarDay.__tablename__}
    with db.write() as session:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in kept:
                session.execute(table.delete())
