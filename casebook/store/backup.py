"""Backups of a SQLite database: a rotating copy on open, a copy by hand, and restoring a copy.

- **On open** (:func:`backup_on_open`, called by ``open_database`` once the schema is checked): at
  most one copy a day of an existing database file, in the ``backups`` folder beside it, named with
  the date and time (``casebook.20240315-083012.daily.sqlite``); the oldest beyond the number kept
  are removed (14 by default: the office setting 保留备份份数, or ``CASEBOOK_BACKUP_KEEP``; 0 turns
  the copies off). A copy that cannot be written is logged and never stops the opening.
- **By hand** (:func:`create_backup`, ``casebook backup``, 文件 → 备份): a copy to a chosen file or
  to the ``backups`` folder.
- **Restore** (:func:`restore_backup`, ``casebook restore``, 文件 → 恢复): the chosen file is checked
  on a private copy (a SQLite database, intact, written by this or an older Casebook), upgraded to
  the program's schema there, the current database is kept aside
  (``casebook.<time>.before-restore.sqlite``), and only then is the backup put in place. A refused
  file changes nothing.

Every copy is taken with SQLite's online backup API (:func:`casebook.store.migrate.copy_sqlite`):
one consistent snapshot even while other clerks keep writing. Only SQLite files are backed up here,
never an in-memory database or a PostgreSQL server (which has its own tools).
"""

from __future__ import annotations

import glob
import logging
import os
import re
import shutil
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
from casebook.store.engine import BUSY_TIMEOUT_MS, database_url, make_engine, sqlite_path
from casebook.store.migrate import (
    DatabaseTooNew,
    NotACasebookDatabase,
    backup_sqlite,
    check_schema,
    copy_sqlite,
    head_revision,
    migrate_to,
)
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
_SIDE_FILES = ("-wal", "-shm", "-journal")


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


@dataclass(frozen=True)
class RestoreReport:
    database: Path
    restored_from: Path
    set_aside: Path | None  # the database as it was before, or None when there was none
    backup_revision: str  # the schema of the backup file
    revision: str  # the schema of the database now (the program's)

    @property
    def upgraded(self) -> bool:
        return self.backup_revision != self.revision


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


def backup_on_open(engine: Engine, policy: BackupPolicy) -> Path | None:
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
        raise _not_a_file(url.render_as_string(hide_password=True))
    return path


def create_backup(db: Database, target: Path | None = None) -> BackupReport:
    """A copy of the open database ``db`` (文件 → 备份) to ``target``, or to its backup folder.

    ``target`` may be a file (replaced if it exists) or a folder. Safe while others are writing."""
    path = db.path
    if path is None:
        raise _not_a_file(db.location)
    return backup_file(path, target)


def restore_into(db: Database, backup: Path) -> RestoreReport:
    """文件 → 恢复备份 on the open database ``db``: it replaces everything, the accounts included, so
    only an administrator may (the same permission as managing accounts)."""
    db.require(Permission.MANAGE_ACCOUNTS)
    path = db.path
    if path is None:
        raise _not_a_file(db.location)
    return restore_backup(path, backup)


def backup_file(database: Path, target: Path | None = None) -> BackupReport:
    """A copy of the SQLite file ``database`` (see :func:`create_backup`)."""
    database = database.expanduser().resolve()
    if not database.is_file():
        raise BackupError(noop("Rule", "There is no database at {path}."), path=str(database))
    if not _is_sqlite_file(database):
        raise BackupError(
            noop("Rule", "The file {path} is not a database, so it cannot be backed up."), path=str(database)
        )
    try:
        if target is None or target.expanduser().is_dir():
            folder = backup_folder(database) if target is None else target.expanduser()
            folder.mkdir(parents=True, exist_ok=True)
            written = backup_sqlite(database, reason=BY_HAND, folder=folder)
        else:
            written = target.expanduser().resolve()
            if _same_database(written, database):
                raise BackupError(
                    noop("Rule", "The backup cannot be written over the database itself ({path})."), path=str(written)
                )
            written.parent.mkdir(parents=True, exist_ok=True)
            copy_sqlite(database, written)
        return BackupReport(written, written.stat().st_size, _revision_of(written))
    except (OSError, sqlite3.Error) as error:
        raise BackupError(
            noop("Rule", "The backup could not be written to {path}: {error}"),
            path=str(target or backup_folder(database)),
            error=_reason(error),
        ) from error


def restore_backup(target_path: Path, backup_file: Path, *, scripts: Path | None = None) -> RestoreReport:
    """Put ``backup_file`` in place of the database file ``target_path`` (文件 → 恢复).

    The backup is checked on a private copy beside the database (a SQLite file, ``PRAGMA
    integrity_check`` ok, a Casebook schema no newer than the program's) and upgraded there when
    older; a refusal raises :class:`BackupError` and changes nothing. Then the current database is
    kept aside as ``<name>.<time>.before-restore.sqlite`` and the checked copy is written over it
    with the online backup API, so that another program holding the file open sees the restored
    database and not a torn one. Whoever has it open should open it again afterwards.
    """
    database = target_path.expanduser().resolve()
    source = backup_file.expanduser().resolve()
    if _same_database(source, database):
        raise BackupError(
            noop("Rule", "{file} is the database itself. Choose a backup file to restore."), file=str(source)
        )
    try:
        with source.open("rb") as stream:
            magic = stream.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise _refused(source, noop("Rule", "it could not be opened ({error})"), error=_reason(error)) from error
    if magic != SQLITE_MAGIC:
        raise _refused(source, noop("Rule", "it is not a database (a Casebook backup is a .sqlite file)"))
    database.parent.mkdir(parents=True, exist_ok=True)
    staged = database.with_name(f".{database.name}.{os.getpid()}.restoring.sqlite")
    try:
        try:
            _stage(source, staged)
        except OSError as error:
            raise _refused(source, noop("Rule", "it could not be opened ({error})"), error=_reason(error)) from error
        before = _checked_revision(source, staged, scripts)
        revision = head_revision(scripts)
        if before != revision:
            _upgrade(source, staged, scripts)
        try:
            set_aside = _set_aside(database) if database.is_file() and database.stat().st_size > 0 else None
        except OSError as error:
            raise _not_in_place(source, error) from error
        _put_in_place(source, staged, database)
    finally:
        _remove_with_side_files(staged)
    return RestoreReport(database, source, set_aside, before, revision)


def _upgrade(source: Path, staged: Path, scripts: Path | None) -> None:
    """Bring the private copy of an older backup to the program's schema (the chosen file stays)."""
    engine = make_engine(str(staged), pooled=False)
    try:
        migrate_to(engine, "head", backup=False, scripts=scripts)
    except CasebookError:
        raise
    except Exception as error:  # whatever a revision trips over in this file, it is not restored
        raise _refused(
            source, noop("Rule", "it could not be brought to this program's schema ({error})"), error=_reason(error)
        ) from error
    finally:
        engine.dispose()


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


def _same_database(path: Path, database: Path) -> bool:
    return path == database or any(path == database.with_name(database.name + side) for side in _SIDE_FILES)


def _revision_of(path: Path) -> str | None:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    except sqlite3.OperationalError:
        return None
    finally:
        connection.close()


def _stage(source: Path, staged: Path) -> None:
    """A private copy of the backup file's bytes (with its -wal, when it was copied with one): the
    chosen file itself is never opened by SQLite, so checking it cannot change it."""
    _remove_with_side_files(staged)
    shutil.copyfile(source, staged)
    wal = source.with_name(source.name + "-wal")
    if wal.is_file():
        shutil.copyfile(wal, staged.with_name(staged.name + "-wal"))


def _checked_revision(source: Path, staged: Path, scripts: Path | None) -> str:
    try:
        connection = sqlite3.connect(staged, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check(3)")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _refused(source, noop("Rule", "it is damaged ({error})"), error=_reason(error)) from error
    if result != ["ok"]:
        lines = [line for text in result for line in str(text).splitlines() if not line.startswith("***")]
        raise _refused(source, noop("Rule", "it is damaged ({error})"), error="; ".join(lines[:3])[:300])
    engine = make_engine(str(staged), pooled=False)
    try:
        revision = check_schema(engine, scripts=scripts)
    except DatabaseTooNew as error:
        raise _refused(
            source,
            noop("Rule", "it was written by a newer version of Casebook (schema {revision})"),
            revision=error.params.get("revision", "?"),
        ) from error
    except NotACasebookDatabase as error:
        raise _refused(source, noop("Rule", "it is a database, but not a Casebook database")) from error
    finally:
        engine.dispose()
    if revision is None:
        raise _refused(source, noop("Rule", "it is a database, but not a Casebook database"))
    return revision


def _set_aside(database: Path) -> Path:
    """Keep the current database beside itself before it is replaced (a raw copy of its files when
    SQLite cannot read it: a damaged database is often the reason for restoring)."""
    try:
        return backup_sqlite(database, reason=BEFORE_RESTORE)
    except sqlite3.DatabaseError:
        stamp = clock.now().strftime("%Y%m%d-%H%M%S")
        kept = database.with_name(f"{database.stem}.{stamp}.{BEFORE_RESTORE}.sqlite")
        shutil.copy2(database, kept)
        for side in ("-wal",):
            if database.with_name(database.name + side).is_file():
                shutil.copy2(database.with_name(database.name + side), kept.with_name(kept.name + side))
        return kept


def _put_in_place(source: Path, staged: Path, database: Path) -> None:
    """Write the checked copy over ``database`` with the online backup API: the copy is one write
    transaction of the database (other connections wait on its lock, then read the restored pages;
    a failure leaves the database as it was). A file SQLite cannot read at all is replaced."""
    try:
        if not _is_readable_database(database):
            # Its journal files belong to the damaged pages: they must not be replayed into the backup.
            for side in _SIDE_FILES:
                database.with_name(database.name + side).unlink(missing_ok=True)
            copy_sqlite(staged, database)  # written beside it, then renamed over it
            return
        reader = sqlite3.connect(staged)
        try:
            writer = sqlite3.connect(database, timeout=BUSY_TIMEOUT_MS / 1000)
            try:
                # A database in WAL mode takes a copy of its own page size only.
                page_size = writer.execute("PRAGMA page_size").fetchone()[0]
                if reader.execute("PRAGMA page_size").fetchone()[0] != page_size:
                    reader.execute("PRAGMA journal_mode = DELETE")
                    reader.execute(f"PRAGMA page_size = {int(page_size)}")
                    reader.execute("VACUUM")
                reader.backup(writer)
            finally:
                writer.close()
        finally:
            reader.close()
    except (OSError, sqlite3.Error) as error:
        raise _not_in_place(source, error) from error


def _is_readable_database(path: Path) -> bool:
    """Whether ``path`` is missing (SQLite creates it) or a database SQLite can read."""
    if not path.exists():
        return True
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            connection.close()
    except sqlite3.OperationalError:
        return True  # locked, or not openable read-only: not known to be damaged, so never replaced
    except sqlite3.DatabaseError:
        return False  # "file is not a database", "database disk image is malformed"


def _remove_with_side_files(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _not_a_file(location: str) -> BackupError:
    return BackupError(
        noop(
            "Rule",
            "Only a database file (SQLite) can be backed up and restored by Casebook; {database} is not a file: "
            "back up a server database with the server's own tools.",
        ),
        database=location,
    )


def _not_in_place(source: Path, error: BaseException) -> BackupError:
    return BackupError(
        noop("Rule", "{file} could not be put in place of the database ({error}). The database was not changed."),
        file=str(source),
        error=_reason(error),
    )


def _refused(source: Path, reason: str, **params: object) -> BackupError:
    return BackupError(
        noop("Rule", "{file} cannot be restored: {reason}. Nothing was changed."),
        file=str(source),
        reason=translate("Rule", reason).format(**params),
    )


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
