"""Restoring a backup (``casebook restore``, 文件 → 恢复): one protocol that loses nothing.

1. **Check** the chosen file on a private copy beside the database: a SQLite file, ``PRAGMA
   integrity_check`` ok, a Casebook schema no newer than the program's, upgraded there when older,
   and then every table and column of the program's schema present. A refusal changes nothing.
2. **Lock**: take the current database's write lock, waiting up to ``wait`` seconds while another
   writer (an import, another clerk's save) holds it, then refusing with a message.
3. **Keep aside**: while the lock is held, copy the database as it is (its last commit; no one can
   commit now) to ``<name>.<time>.before-restore.sqlite``.
4. **Replace**: write the checked copy over the database in that same write transaction (SQLite's
   online backup API) and commit once: other programs see the old database or the restored one,
   never a mix; whoever has it open reads the restored register in their next transaction.

The lock is the first step of SQLite's backup into the database (its write transaction lasts until
the last page is copied); step 3 runs between the first page and the second.

No file is renamed over the database or deleted under it: on Windows (the offices' PCs) a file
another program holds cannot be, and on Linux doing it tears the database of the program that holds
it. A current database SQLite cannot read at all (damaged) is replaced byte for byte under an
exclusive lock of the file (:mod:`casebook.store.file_lock`), after its bytes are kept aside; a
file another program holds is refused. Nobody can sign in to a damaged database, so the caller asks
the computer's user to confirm instead (``--yes`` on the command line).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from casebook import clock
from casebook.domain.errors import CasebookError
from casebook.domain.roles import Permission
from casebook.i18n import noop, translate
from casebook.store.audit_chain import missing_triggers
from casebook.store.backup import (
    BEFORE_RESTORE,
    SIDE_FILES,
    SQLITE_MAGIC,
    BackupError,
    not_a_file,
    reason_of,
    remove_with_side_files,
    same_database,
)
from casebook.store.engine import make_engine
from casebook.store.file_lock import FileHeld, exclusive
from casebook.store.migrate import (
    DatabaseTooNew,
    NotACasebookDatabase,
    backup_sqlite,
    check_schema,
    head_revision,
    migrate_to,
    schema_gaps,
)

if TYPE_CHECKING:
    from casebook.store.database import Database

DEFAULT_WAIT_S = 30.0
_OK, _BUSY, _LOCKED, _DONE = sqlite3.SQLITE_OK, sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED, sqlite3.SQLITE_DONE


class DatabaseBusy(BackupError):
    """Another program kept the database's write lock for longer than the restore waits."""


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


def restore_into(db: Database, backup: Path, *, wait: float = DEFAULT_WAIT_S) -> RestoreReport:
    """文件 → 恢复备份 on the open database ``db``: it replaces everything, the accounts included, so
    only an administrator may (the same permission as managing accounts)."""
    db.require(Permission.MANAGE_ACCOUNTS)
    path = db.path
    if path is None:
        raise not_a_file(db.location)
    return restore_backup(path, backup, wait=wait)


def is_damaged(database: Path) -> bool:
    """Whether SQLite cannot read the database file (missing or locked is not damaged)."""
    if not database.is_file() or database.stat().st_size == 0:
        return False
    try:
        with database.open("rb") as stream:
            if stream.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return True
        connection = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True, timeout=1)
        connection.text_factory = bytes  # its messages may quote damaged text
        try:
            return [row[0] for row in connection.execute("PRAGMA quick_check(1)")] != [b"ok"]
        finally:
            connection.close()
    except sqlite3.OperationalError:
        return False  # locked, or not openable read-only: not known to be damaged
    except (sqlite3.DatabaseError, OSError, UnicodeDecodeError):  # SQLite's message may quote damaged bytes
        return True


def restore_backup(
    target_path: Path, backup_file: Path, *, scripts: Path | None = None, wait: float = DEFAULT_WAIT_S
) -> RestoreReport:
    """Put ``backup_file`` in place of the database file ``target_path`` (see the module's doc).

    Raises :class:`BackupError` (nothing changed) for a refused file, :class:`DatabaseBusy` when
    another writer holds the database longer than ``wait`` seconds, :class:`FileHeld` when another
    program holds a damaged database file."""
    database = target_path.expanduser().resolve()
    source = backup_file.expanduser().resolve()
    if same_database(source, database):
        raise BackupError(
            noop("Rule", "{file} is the database itself. Choose a backup file to restore."), file=str(source)
        )
    try:
        with source.open("rb") as stream:
            magic = stream.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise refused(source, noop("Rule", "it could not be opened ({error})"), error=reason_of(error)) from error
    if magic != SQLITE_MAGIC:
        raise refused(source, noop("Rule", "it is not a database (a Casebook backup is a .sqlite file)"))
    database.parent.mkdir(parents=True, exist_ok=True)
    staged = database.with_name(f".{database.name}.{os.getpid()}.restoring.sqlite")
    try:
        try:
            _stage(source, staged)
        except OSError as error:
            raise refused(source, noop("Rule", "it could not be opened ({error})"), error=reason_of(error)) from error
        before = _checked_revision(source, staged, scripts)
        revision = head_revision(scripts)
        if before != revision:
            _upgrade(source, staged, scripts)
        _check_whole_schema(source, staged)
        _checkpoint(staged)
        set_aside: Path | None
        if is_damaged(database):
            set_aside = _replace_damaged(source, staged, database)
        else:
            set_aside = _replace_under_lock(source, staged, database, wait)
    finally:
        remove_with_side_files(staged)
    return RestoreReport(database, source, set_aside, before, revision)


def _replace_under_lock(source: Path, staged: Path, database: Path, wait: float) -> Path | None:
    """Steps 2–4 of the protocol: the backup API's first step takes the write lock, the database is
    kept aside from a reader (which sees the last commit), the remaining steps write the copy."""
    existed = database.is_file() and database.stat().st_size > 0
    kept: list[Path] = []
    started = time.monotonic()

    def between_steps(status: int, _remaining: int, _total: int) -> None:
        if status in (_BUSY, _LOCKED):
            if time.monotonic() - started > wait:
                raise _busy(database, wait)
            return
        if status == _DONE and existed and not kept:
            raise RuntimeError("the restore copy ended before the database was kept aside")
        if existed and not kept:  # the write lock is ours from here until the copy ends
            kept.append(_keep_aside(database))

    try:
        page_size = _page_size(database) if existed else None
        reader = sqlite3.connect(staged)
        try:
            if page_size is not None and reader.execute("PRAGMA page_size").fetchone()[0] != page_size:
                # A database in WAL mode takes a copy of its own page size only.
                reader.execute("PRAGMA journal_mode = DELETE")
                reader.execute(f"PRAGMA page_size = {int(page_size)}")
                reader.execute("VACUUM")
            writer = sqlite3.connect(database, timeout=min(wait, 1.0))
            try:
                reader.backup(writer, pages=1, progress=between_steps, sleep=0.05)
            finally:
                writer.close()
        finally:
            reader.close()
    except DatabaseBusy:
        _forget(kept)
        raise
    except (OSError, sqlite3.Error) as error:
        _forget(kept)
        if "locked" in str(error) or "busy" in str(error):
            raise _busy(database, wait) from error
        raise _not_in_place(source, error) from error
    return kept[0] if kept else None


def _keep_aside(database: Path) -> Path:
    """The database as it is, beside itself: a consistent copy, or its bytes (and its -wal's) when
    SQLite cannot read all its pages (damage it does not see at once is often why one restores)."""
    try:
        return backup_sqlite(database, reason=BEFORE_RESTORE)
    except sqlite3.OperationalError:
        raise
    except (sqlite3.DatabaseError, UnicodeDecodeError):
        kept = _aside_name(database)
        for side in ("", "-wal"):
            if database.with_name(database.name + side).is_file():
                shutil.copyfile(database.with_name(database.name + side), kept.with_name(kept.name + side))
        os.chmod(kept, 0o600)
        return kept


def _aside_name(database: Path) -> Path:
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    kept = database.with_name(f"{database.stem}.{stamp}.{BEFORE_RESTORE}.sqlite")
    counter = 1
    while kept.exists():
        counter += 1
        kept = database.with_name(f"{database.stem}.{stamp}-{counter}.{BEFORE_RESTORE}.sqlite")
    return kept


def _replace_damaged(source: Path, staged: Path, database: Path) -> Path:
    """A database SQLite cannot read: its bytes (and its -wal's) are kept aside, its journal files
    removed (they belong to the damaged pages), and the checked copy written into the same file,
    all under an exclusive lock of it; a file another program holds is refused."""
    kept = _aside_name(database)
    try:
        with exclusive(database) as stream:
            with kept.open("xb") as copy:
                shutil.copyfileobj(stream, copy)
            os.chmod(kept, 0o600)
            wal = database.with_name(database.name + "-wal")
            if wal.is_file():
                shutil.copyfile(wal, kept.with_name(kept.name + "-wal"))
            try:
                for side in SIDE_FILES:
                    database.with_name(database.name + side).unlink(missing_ok=True)
            except OSError as error:
                raise FileHeld(
                    noop("Rule", "Another program holds the file {path}; close it and try again."), path=str(wal)
                ) from error
            stream.seek(0)
            with staged.open("rb") as restored:
                shutil.copyfileobj(restored, stream)
            stream.truncate()
            stream.flush()
            os.fsync(stream.fileno())
    except FileHeld:
        remove_with_side_files(kept)
        raise
    except OSError as error:
        raise _not_in_place(source, error) from error
    return kept


def _page_size(database: Path) -> int:
    """The page size in the file's header (bytes 16–17; 1 means 65536): read without any lock."""
    with database.open("rb") as stream:
        header = stream.read(18)
    size = int.from_bytes(header[16:18], "big")
    return 65536 if size == 1 else size


def _forget(kept: list[Path]) -> None:
    for path in kept:
        remove_with_side_files(path)


def _checkpoint(staged: Path) -> None:
    """The checked copy as one self-contained file (its -wal folded in)."""
    connection = sqlite3.connect(staged)
    try:
        connection.execute("PRAGMA journal_mode = DELETE")
    finally:
        connection.close()


def _upgrade(source: Path, staged: Path, scripts: Path | None) -> None:
    """Bring the private copy of an older backup to the program's schema (the chosen file stays)."""
    engine = make_engine(str(staged), pooled=False)
    try:
        migrate_to(engine, "head", backup=False, scripts=scripts)
    except CasebookError:
        raise
    except Exception as error:  # whatever a revision trips over in this file, it is not restored
        raise refused(
            source, noop("Rule", "it could not be brought to this program's schema ({error})"), error=reason_of(error)
        ) from error
    finally:
        engine.dispose()


def _check_whole_schema(source: Path, staged: Path) -> None:
    engine = make_engine(str(staged), pooled=False)
    try:
        gaps = schema_gaps(engine)
        with engine.connect() as connection:
            gaps += [f"trigger {name}" for name in missing_triggers(connection)]
    finally:
        engine.dispose()
    if gaps:
        raise refused(
            source,
            noop("Rule", "it lacks parts of a Casebook database ({parts})"),
            parts=", ".join(gaps[:5]) + ("…" if len(gaps) > 5 else ""),
        )


def _stage(source: Path, staged: Path) -> None:
    """A private copy of the backup file's bytes (with its -wal, when it was copied with one): the
    chosen file itself is never opened by SQLite, so checking it cannot change it."""
    remove_with_side_files(staged)
    shutil.copyfile(source, staged)
    wal = source.with_name(source.name + "-wal")
    if wal.is_file():
        shutil.copyfile(wal, staged.with_name(staged.name + "-wal"))


def _checked_revision(source: Path, staged: Path, scripts: Path | None) -> str:
    try:
        connection = sqlite3.connect(staged, timeout=1)
        connection.text_factory = lambda data: data.decode("utf-8", "replace")
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check(3)")]
        finally:
            connection.close()
    except (sqlite3.DatabaseError, UnicodeDecodeError) as error:
        raise refused(source, noop("Rule", "it is damaged ({error})"), error=reason_of(error)) from error
    if result != ["ok"]:
        lines = [line for text in result for line in str(text).splitlines() if not line.startswith("***")]
        raise refused(source, noop("Rule", "it is damaged ({error})"), error="; ".join(lines[:3])[:300])
    engine = make_engine(str(staged), pooled=False)
    try:
        revision = check_schema(engine, scripts=scripts)
    except DatabaseTooNew as error:
        raise refused(
            source,
            noop("Rule", "it was written by a newer version of Casebook (schema {revision})"),
            revision=error.params.get("revision", "?"),
        ) from error
    except NotACasebookDatabase as error:
        raise refused(source, noop("Rule", "it is a database, but not a Casebook database")) from error
    finally:
        engine.dispose()
    if revision is None:
        raise refused(source, noop("Rule", "it is a database, but not a Casebook database"))
    return revision


def _busy(database: Path, wait: float) -> DatabaseBusy:
    return DatabaseBusy(
        noop(
            "Rule",
            "Another program kept writing to {path} for {seconds} seconds (an import, another clerk's save, or a "
            "program that holds the file); the backup was not restored and nothing was changed. Try again when "
            "it has finished.",
        ),
        path=str(database),
        seconds=f"{wait:g}",
    )


def _not_in_place(source: Path, error: BaseException) -> BackupError:
    return BackupError(
        noop("Rule", "{file} could not be put in place of the database ({error}). The database was not changed."),
        file=str(source),
        error=reason_of(error),
    )


def refused(source: Path, reason: str, **params: object) -> BackupError:
    return BackupError(
        noop("Rule", "{file} cannot be restored: {reason}. Nothing was changed."),
        file=str(source),
        reason=translate("Rule", reason).format(**params),
    )
