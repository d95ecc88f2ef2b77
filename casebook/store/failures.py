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
    kind: str  # disk_full, locked, read_only, missing
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
    "missing": (
        noop("Storage", "The database file cannot be found or opened (was it moved, or is a network drive gone?)."),
        noop(
            "Storage",
            "Reconnect the drive or put the file back, then try again; or restore the latest backup (文件 → 恢复).",
        ),
    ),
}

# SQLite's messages (sqlite3 gives no error code before Python 3.11's sqlite_errorname on all builds).
_SQLITE_MESSAGES = (
    ("database or disk is full", "disk_full"),
    ("database is locked", "locked"),
    ("database table is locked", "locked"),
    ("attempt to write a readonly database", "read_only"),
    ("readonly database", "read_only"),
    ("unable to open database file", "missing"),
    ("disk i/o error", "missing"),
)
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
        text = str(original).lower()
        return next((kind for message, kind in _SQLITE_MESSAGES if message in text), None)
    if isinstance(original, OSError) and original.errno is not None:
        return _ERRNOS.get(original.errno)
    return None
