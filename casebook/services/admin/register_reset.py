"""Emptying a trial register: a new database file takes its place, the old one is kept aside.

The audit trail is never deleted from (its triggers refuse it), so emptying a register does not
delete rows: a new, empty database is made beside it with the office's own settings and holiday
calendar copied in, and put in place of the old one by the restore protocol (the old file is kept
as ``<name>.<time>.before-restore.sqlite``). Only a SQLite file with no accounts can be emptied so.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import select

from casebook.domain.errors import RuleViolation
from casebook.domain.roles import Permission
from casebook.i18n import noop
from casebook.store.database import Database
from casebook.store.engine import make_engine
from casebook.store.migrate import migrate_to
from casebook.store.models import (
    Account,
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
from casebook.store.restore import restore_backup

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
_KEPT = (OfficeSetting.__tablename__, HolidayCalendarDay.__tablename__)


def holds_register_data(db: Database) -> bool:
    """Whether the database holds any case or any reference data."""
    with db.read() as session:
        return any(session.scalar(select(model.id).limit(1)) is not None for model in _REGISTER_MODELS)


def clear_register(db: Database) -> Path | None:
    """Put an empty register with this one's office settings and holiday calendar in place of the
    database file (see the module's doc); returns where the old register is kept.

    Only for a trial register: a database with accounts (an office's real one, shared by several
    clerks) keeps its audit trail, so it is never emptied through the program, nor is a server's."""
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
    path = db.path
    if path is None:
        raise RuleViolation(
            "server_register",
            noop(
                "Rule",
                "A register on the office server keeps its audit trail and is not emptied by Casebook; ask the "
                "server's administrator for a new, empty database.",
            ),
        )
    fresh = path.with_name(f".{path.name}.{os.getpid()}.empty.sqlite")
    try:
        _empty_register_like(path, fresh)
        return restore_backup(path, fresh).set_aside
    finally:
        for suffix in ("", "-wal", "-shm", "-journal"):
            fresh.with_name(fresh.name + suffix).unlink(missing_ok=True)


def _empty_register_like(current: Path, fresh: Path) -> None:
    """A new database at the program's schema holding ``current``'s office settings and calendar."""
    engine = make_engine(str(fresh), pooled=False)
    try:
        migrate_to(engine, "head", backup=False)
    finally:
        engine.dispose()
    connection = sqlite3.connect(fresh.as_uri(), uri=True)
    try:
        connection.execute("ATTACH DATABASE ? AS current", (f"{current.as_uri()}?mode=ro",))
        with connection:
            for table in _KEPT:
                columns = ", ".join(f'"{row[1]}"' for row in connection.execute(f"PRAGMA main.table_info({table})"))
                connection.execute(f"DELETE FROM main.{table}")
                connection.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM current.{table}")
        connection.execute("DETACH DATABASE current")
    finally:
        connection.close()
