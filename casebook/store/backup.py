"""Backups of a SQLite database: a rotating copy on open, a copy by hand, and restoring a copy.

- **On open** (:func:`backup_on_open`, called by ``open_database`` once the schema is checked): at
  most one copy a day of an existing database file, in the ``backups`` folder beside it, named with
  the date and time (``casebook.20240315-083012.daily.sqlite``); the oldest beyond the number kept
  are removed (14 by default: the office setting 保留备份份数, or ``CASEBOOK_BACKUP_KEEP``; 0 turns
  the copies off). A copy that cannot be written is logged and never stops the opening.
- **By hand** (:func:`create_backup`, ``casebook backup``, 文件 → 备份): a copy to a chosen file or
  to the ``backups`` folder.
- **Restore** (:mod:`casebook.store.restore`, ``casebook restore``, 文件 → 恢复): lock, keep aside,
  replace, in one write transaction of the database.

Every copy is taken with SQLite's online backup API (:func:`casebook.store.migrate.copy_sqlite`):
one consistent snapshot even while other clerks keep writing. Only SQLite files are backed up here,
never an in-memory database or a PostgreSQL server (which has its own tools).
"""

from __future__ import annotations

import glob
import logging
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError

from casebook import clock
from casebook.domain.errors import CasebookError
from casebook.domain.roles import Permission
from casebook.i18n import noop, translate
from casebook.store.engine import database_url, sqlite_path
from casebook.store.file_lock import held, in_use
from casebook.store.migrate import backup_sqlite, copy_sqlite
from casebook.store.models import OfficeSetting

if TYPE_CHECKING:
    from casebook.store.database import Database

logger = logging.getLogger(__name__)

BACKUP_FOLDER = "backups"
KEEP_ENV = "CASEBOOK_BACKUP_KEEP"
DEFAULT_KEEP = 14
DAILY = "daily"
BY_HAND = "backup"
BEFORE_RESTORE = "before-restore"
SQLITE_MAGIC = b"SQLite format 3\x00"
ABANDONED_AFTER_S = 3600
SIDE_FILES = ("-wal", "-shm", "-journal")


class BackupError(CasebookError):
    """A backup could not be made, or a file cannot be restored; the database has not been changed."""


@dataclass(frozen=True)
class BackupPolicy:
    """How many daily backups are kept: ``keep`` copies (0: none are made). ``None`` takes
    ``CASEBOOK_BACKUP_KEEP`` when it is set, else the office setting ``backups_kept`` (14)."""

    keep: int | None = None


NO_BACKUPS = BackupPolicy(keep=0)


@dataclass(frozen=True)
class BackupReport:
    path: Path
    size: int
    revision: str | None
    replaced: Path | None = None  # the file that was at the chosen name before, moved aside


def backup_folder(database: Path) -> Path:
    """Where the backups of ``database`` go: ``backups`` beside it."""
    return database.parent / BACKUP_FOLDER


def daily_backups(database: Path) -> list[Path]:
    """The daily backups of ``database`` in its backup folder, oldest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = re.compile(rf"{re.escape(database.stem)}\.(\d{{8}}-\d{{6}}(?:-\d+)?)\.{DAILY}\.sqlite")
    found = [(match.group(1), path) for path in folder.iterdir() if (match := pattern.fullmatch(path.name))]
    return [path for _, path in sorted(found, key=lambda item: _stamp_key(item[0]))]


def backup_on_open(engine: Engine, policy: BackupPolicy, *, prune: bool = True) -> Path | None:
    """Today's backup of ``engine``'s SQLite file, unless there is one already; then remove the
    oldest beyond the number kept. Returns the new copy (``None``: none was needed or wanted).
    A failure is logged as a warning: a backup must never keep a clerk from the register."""
    path = sqlite_path(engine.url)
    if path is None or not path.is_file():
        return None
    try:
        keep = _backups_kept(engine, policy)
        if keep <= 0:
            return None
        day = clock.today().strftime("%Y%m%d")
        existing = daily_backups(path)
        written = None
        if not any(p.name[len(path.stem) + 1 :].startswith(day) for p in existing):
            folder = backup_folder(path)
            folder.mkdir(parents=True, exist_ok=True)
            written = backup_sqlite(path, reason=DAILY, folder=folder)
            existing = daily_backups(path)
        if prune:
            for old in existing[: max(len(existing) - keep, 0)]:
                old.unlink(missing_ok=True)
        _remove_abandoned_copies(path)
        return written
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
        logger.warning(
            translate("Backup", "The daily backup of {database} could not be written: {error}").format(
                database=path, error=error
            )
        )
        return None


def prune_daily_backups(engine: Engine, policy: BackupPolicy) -> None:
    """Remove the oldest daily backups beyond the number kept. On a database with accounts this runs
    only once someone has signed in: a stranger's failed sign-in must not thin out the backups."""
    path = sqlite_path(engine.url)
    if path is None:
        return
    try:
        keep = _backups_kept(engine, policy)
        if keep <= 0:
            return
        existing = daily_backups(path)
        for old in existing[: max(len(existing) - keep, 0)]:
            old.unlink(missing_ok=True)
    except (OSError, sqlite3.Error, SQLAlchemyError) as error:
        logger.warning(
            translate("Backup", "The old daily backups of {database} could not be removed: {error}").format(
                database=path, error=error
            )
        )


def _remove_abandoned_copies(database: Path) -> None:
    """Half-written copies left by a program that was killed while copying (an hour old: a copy that
    young may still be being written by another clerk's program)."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return
    for partial in folder.glob(f".{glob.escape(database.stem)}.*.partial"):
        if time.time() - partial.stat().st_mtime > ABANDONED_AFTER_S:
            partial.unlink(missing_ok=True)


def database_file(target: str) -> Path:
    """The SQLite file behind ``target`` (a path or a SQLAlchemy URL); :class:`BackupError` for a
    server or in-memory database."""
    url = database_url(target)
    path = sqlite_path(url)
    if path is None:
        raise not_a_file(url.render_as_string(hide_password=True))
    return path


def create_backup(db: Database, target: Path | None = None) -> BackupReport:
    """A copy of the open database ``db`` (文件 → 备份) to ``target``, or to its backup folder.

    ``target`` may be a file or a folder (see :func:`backup_file`). Safe while others are writing.
    On a database with accounts only an administrator may: a backup holds every account."""
    if db.actor is None or db.actor.account_id is not None:
        db.require(Permission.MANAGE_ACCOUNTS)
    path = db.path
    if path is None:
        raise not_a_file(db.location)
    return backup_file(path, target)


def backup_file(database: Path, target: Path | None = None) -> BackupReport:
    """A copy of the SQLite file ``database`` to ``target`` (a file or folder; by default the
    backups folder), checked with ``PRAGMA integrity_check`` before success is reported.

    A file is never written over in place: an existing ``target`` (with its -wal and -shm) is moved
    aside to ``<name>.<time>.replaced<suffix>`` first, and one that another program holds (open in
    a Casebook window, say) is refused with :class:`~casebook.store.file_lock.FileHeld`."""
    database = database.expanduser().resolve()
    if not database.is_file():
        raise BackupError(noop("Rule", "There is no database at {path}."), path=str(database))
    if not _is_sqlite_file(database):
        raise BackupError(
            noop("Rule", "The file {path} is not a database, so it cannot be backed up."), path=str(database)
        )
    replaced = None
    try:
        if target is None or target.expanduser().is_dir():
            folder = backup_folder(database) if target is None else target.expanduser().resolve()
            folder.mkdir(parents=True, exist_ok=True)
            written = backup_sqlite(database, reason=BY_HAND, folder=folder, verify=True)
        else:
            written = target.expanduser().resolve()
            if same_database(written, database):
                raise BackupError(
                    noop("Rule", "The backup cannot be written over the database itself ({path})."), path=str(written)
                )
            written.parent.mkdir(parents=True, exist_ok=True)
            fresh = written.with_name(f".{written.name}.{os.getpid()}.new")
            try:
                copy_sqlite(database, fresh, verify=True)
                if written.exists() or any(written.with_name(written.name + s).exists() for s in SIDE_FILES):
                    replaced = _move_aside(written)
                os.replace(fresh, written)
            finally:
                fresh.unlink(missing_ok=True)
        return BackupReport(written, written.stat().st_size, _revision_of(written), replaced)
    except sqlite3.DatabaseError as error:
        raise BackupError(
            noop(
                "Rule", "The backup written to {path} did not pass SQLite's integrity check ({error}); it was removed."
            ),
            path=str(target or backup_folder(database)),
            error=reason_of(error),
        ) from error
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            noop("Rule", "The backup could not be written to {path}: {error}"),
            path=str(target or backup_folder(database)),
            error=reason_of(error),
        ) from error


def _move_aside(existing: Path) -> Path:
    """Move a file about to be replaced, and its SQLite side files, to a name of their own."""
    if in_use(existing):
        raise held(existing)
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    aside = existing.with_name(f"{existing.stem}.{stamp}.replaced{existing.suffix}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = existing.with_name(f"{existing.stem}.{stamp}-{counter}.replaced{existing.suffix}")
    try:
        for side in ("", *SIDE_FILES):
            if existing.with_name(existing.name + side).exists():
                os.replace(existing.with_name(existing.name + side), aside.with_name(aside.name + side))
    except PermissionError as error:  # Windows: another program has it open
        raise held(existing) from error
    return aside


def _backups_kept(engine: Engine, policy: BackupPolicy) -> int:
    if policy.keep is not None:
        return policy.keep
    value = os.environ.get(KEEP_ENV, "").strip()
    if value:
        try:
            return max(int(value), 0)
        except ValueError:
            logger.warning(
                translate("Backup", "{variable} should be a number of backups, not “{value}”; keeping {keep}.").format(
                    variable=KEEP_ENV, value=value, keep=DEFAULT_KEEP
                )
            )
            return DEFAULT_KEEP
    with engine.connect() as connection:
        kept = connection.scalar(select(OfficeSetting.value).where(OfficeSetting.key == "backups_kept"))
    return kept if isinstance(kept, int) and not isinstance(kept, bool) else DEFAULT_KEEP


def _stamp_key(stamp: str) -> tuple[str, int]:
    """``20240315-083012`` and ``20240315-083012-2`` (a second copy in the same second) in order."""
    day, time, *counter = stamp.split("-")
    return day + time, int(counter[0]) if counter else 1


def _is_sqlite_file(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(len(SQLITE_MAGIC)) in (SQLITE_MAGIC, b"")


def same_database(path: Path, database: Path) -> bool:
    return path == database or any(path == database.with_name(database.name + side) for side in SIDE_FILES)


def _revision_of(path: Path) -> str | None:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()


def remove_with_side_files(path: Path) -> None:
    for suffix in ("", *SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def not_a_file(location: str) -> BackupError:
    return BackupError(
        noop(
            "Rule",
            "Only a database file (SQLite) can be backed up and restored by Casebook; {database} is not a file: "
            "back up a server database with the server's own tools.",
        ),
        database=location,
    )


def reason_of(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
