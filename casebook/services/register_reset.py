"""Emptying the register: every case and all reference data go, the office's settings stay."""

from __future__ import annotations

from sqlalchemy import select

from casebook.domain.errors import RuleViolation
from casebook.domain.roles import Permission
from casebook.i18n import noop
from casebook.store.database import Database
from casebook.store.models import (
    Account,
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
    transaction. Nothing is recorded: the event history goes with the cases.

    Only for a trial register: a database with accounts (an office's real one, shared by several
    clerks) keeps its audit trail, so it is never emptied through the program."""
    kept = {OfficeSetting.__tablename__, HolidayCalendarDay.__tablename__}
    with db.write(Permission.EDIT_SETTINGS) as session:
        if session.scalar(select(Account.id).limit(1)) is not None:
            raise RuleViolation(
                "register_has_accounts",
                noop(
                    "Rule",
                    "This register has accounts and an audit trail that must be kept; it cannot be emptied. "
                    "Load the demonstration data into a new database file instead.",
                ),
            )
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in kept:
                session.execute(table.delete())
