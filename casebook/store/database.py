"""One open Casebook database: its engine, its session factory, and who is typing."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from casebook.paths import default_database_target
from casebook.store.backup import BackupPolicy, backup_on_open
from casebook.store.derived import rebuild_changed
from casebook.store.engine import BEGIN_OPTION, database_url, make_engine, sqlite_path
from casebook.store.migrate import MigrationReport, migrate_to


@dataclass
class Database:
    engine: Engine
    user: str
    migration: MigrationReport | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _current: ContextVar[Session | None] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        self._current = ContextVar(f"casebook_transaction_{id(self)}", default=None)

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine.url)

    @property
    def location(self) -> str:
        """What the status bar and the messages call this database."""
        path = self.path
        return str(path) if path is not None else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any error.

        Inside another ``write()`` (or ``rehearsal()``) of the same thread, the block is a SAVEPOINT
        of the outer transaction instead: an error rolls back just this block, and nothing is
        committed until the outermost block ends. An import uses that to take each row as one step
        that either happens whole or not at all, inside one transaction for the whole file.
        """
        outer = self._current.get()
        if outer is not None:
            with outer.begin_nested():
                yield outer
            return
        with self._sessions() as session:
            session.connection(execution_options={BEGIN_OPTION: "IMMEDIATE"})
            token = self._current.set(session)
            try:
                yield session
                rebuild_changed(session)
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                self._current.reset(token)

    @contextmanager
    def rehearsal(self) -> Iterator[Session]:
        """A write transaction that is always rolled back: a dry run sees its own changes, then nothing stays."""
        with self._sessions() as session:
            session.connection(execution_options={BEGIN_OPTION: "IMMEDIATE"})
            token = self._current.set(session)
            try:
                yield session
                rebuild_changed(session)  # a dry run sees the figures it would produce
            finally:
                session.rollback()
                self._current.reset(token)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One read transaction (a consistent snapshot); nothing is written.

        Inside a ``write()`` of the same thread it reads through that transaction, so it sees the
        changes not yet committed."""
        outer = self._current.get()
        if outer is not None:
            yield outer
            return
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    target: str | None = None,
    *,
    user: str | None = None,
    migrate: bool = True,
    backups: BackupPolicy | None = None,
) -> Database:
    """Open (creating if needed) the database at ``target`` and bring it to the program's schema.

    ``target`` is a file path or a SQLAlchemy URL; by default CASEBOOK_DB or the user's data folder.
    Once the schema is checked, an existing SQLite file gets its daily backup in ``backups/`` beside
    it (at most one a day; ``backups`` says how many are kept, by default CASEBOOK_BACKUP_KEEP or the
    office's setting; a backup that cannot be written is logged and does not stop the opening).
    """
    engine = make_engine(database_url(target or default_database_target()))
    report = None
    try:
        if migrate:
            report = migrate_to(engine, "head")
    except BaseException:
        engine.dispose()
        raise
    if report is not None and report.before is not None:  # a new, empty database needs no backup
        backup_on_open(engine, backups or BackupPolicy())
    return Database(engine=engine, user=user or _os_user(), migration=report)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "local"
