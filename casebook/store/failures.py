"""Storage failures a clerk can act on, told in words that say what to do.

The database file's own troubles (the disk is full, another program holds the file, the file or its
folder is read-only, the file is gone) reach the program as SQLite's OperationalError (wrapped by
SQLAlchemy) or as OSError. :func:`storage_problem` recognises them; anything else is a defect of
the program, logged and shown as such by the window.
"""

from __future__ import annotations

import errno
import sqlite3
from dataclasses import dataclass

from sqlalchemy.exc import DBAPIError

from casebook.i18n import noop, translate


@dataclass(frozen=True)
class StorageProblem:
    kind: str  # disk_full, locked, read_only, missing, damaged, io_error, server
    what: str  # what happened (translated)
    advice: str  # what the clerk can do (translated)

    @property
    def message(self) -> str:
        return f"{self.what}\n\n{self.advice}"


_PROBLEMS = {
    "disk_full": (
        noop("Storage", "The disk holding the database is full, so the change was not saved."),
        noop(
            "Storage",
            "Free some space on that disk (empty the recycle bin, move old files away), then save again. "
            "What you typed is still in the form.",
        ),
    ),
    "locked": (
        noop("Storage", "The database is busy: another program or another Casebook window is writing to it."),
        noop(
            "Storage",
            "Wait a moment and save again. If it keeps happening, close the other Casebook windows; an office "
            "where several clerks work at once should use the shared office server.",
        ),
    ),
    "read_only": (
        noop("Storage", "The database file cannot be written: it or its folder is read-only."),
        noop(
            "Storage",
            "Ask the computer's administrator to give you write access to the database file and its folder, "
            "or copy the database to your own data folder and open that copy.",
        ),
    ),
    "damaged": (
        noop("Storage", "The database file is damaged: SQLite cannot read some of its pages."),
        noop(
            "Storage",
            "Restore the latest backup (文件 → 恢复, or casebook restore FILE); the damaged file is kept aside.",
        ),
    ),
    "io_error": (
        noop("Storage", "The disk holding the database could not be read or written (it may be full or failing)."),
        noop(
            "Storage",
            "Check that the disk has free space and is still connected, then try again. If it keeps happening, "
            "copy the database and its backups to another disk.",
        ),
    ),
    "server": (
        noop("Storage", "The office server's database cannot be reached."),
        noop("Storage", "Check the network and that the server is running, then try again; or ask its administrator."),
    ),
    "missing": (
        noop("Storage", "The database file cannot be found or opened (was it moved, or is a network drive gone?)."),
        noop(
            "Storage",
            "Reconnect the drive or put the file back, then try again; or restore the latest backup (文件 → 恢复).",
        ),
    ),
}

# SQLite's primary result codes (sqlite3.Error.sqlite_errorcode & 0xff), then its messages.
_SQLITE_CODES = {
    sqlite3.SQLITE_FULL: "disk_full",
    sqlite3.SQLITE_BUSY: "locked",
    sqlite3.SQLITE_LOCKED: "locked",
    sqlite3.SQLITE_READONLY: "read_only",
    sqlite3.SQLITE_PERM: "read_only",
    sqlite3.SQLITE_CANTOPEN: "missing",
    sqlite3.SQLITE_IOERR: "io_error",
    sqlite3.SQLITE_CORRUPT: "damaged",
    sqlite3.SQLITE_NOTADB: "damaged",
}
_SQLITE_MESSAGES = (
    ("database or disk is full", "disk_full"),
    ("database is locked", "locked"),
    ("database table is locked", "locked"),
    ("attempt to write a readonly database", "read_only"),
    ("readonly database", "read_only"),
    ("unable to open database file", "missing"),
    ("disk i/o error", "io_error"),
    ("database disk image is malformed", "damaged"),
    ("file is not a database", "damaged"),
)
# PostgreSQL's SQLSTATE classes and codes (psycopg errors carry ``sqlstate``).
_SQLSTATES = {
    "53100": "disk_full",  # disk_full
    "53": "io_error",  # insufficient resources
    "55P03": "locked",  # lock_not_available
    "40P01": "locked",  # deadlock_detected
    "25006": "read_only",  # read_only_sql_transaction
    "08": "server",  # connection exceptions
    "57P": "server",  # the server shutting down
    "58": "io_error",  # system errors (the server's disk)
    "XX001": "damaged",  # data_corrupted
    "XX002": "damaged",  # index_corrupted
}
_ERRNOS = {
    errno.ENOSPC: "disk_full",
    errno.EDQUOT: "disk_full",
    errno.EROFS: "read_only",
    errno.EACCES: "read_only",
    errno.EPERM: "read_only",
    errno.ENOENT: "missing",
}


def storage_problem(error: BaseException) -> StorageProblem | None:
    """What ``error`` means for the clerk, when it is one of the database file's own troubles."""
    kind = _kind_of(error)
    if kind is None:
        return None
    what, advice = _PROBLEMS[kind]
    return StorageProblem(kind, translate("Storage", what), translate("Storage", advice))


def _kind_of(error: BaseException) -> str | None:
    original: BaseException = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    if isinstance(original, sqlite3.Error):
        code = getattr(original, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
            return _SQLITE_CODES[code & 0xFF]
        text = str(original).lower()
        return next((kind for message, kind in _SQLITE_MESSAGES if message in text), None)
    state = getattr(original, "sqlstate", None)
    if isinstance(state, str):
        return next((kind for prefix, kind in _SQLSTATES.items() if state.startswith(prefix)), None)
    if isinstance(error, DBAPIError) and error.connection_invalidated:
        return "server"
    if isinstance(original, OSError) and original.errno is not None:
        return _ERRNOS.get(original.errno)
    return None
