"""One open Casebook database: its engine, its session factory, and who is typing."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from casebook.paths import default_database_target
from casebook.store.engine import BEGIN_OPTION, database_url, make_engine, sqlite_path
from casebook.store.migrate import MigrationReport, migrate_to


@dataclass
class Database:
    engine: Engine
    user: str
    migration: MigrationReport | None = None
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)

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
        """One write transaction: committed when the block ends, rolled back on any error."""
        with self._sessions() as session:
            session.connection(execution_options={BEGIN_OPTION: "IMMEDIATE"})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One read transaction (a consistent snapshot); nothing is written."""
        with self._sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: str | None = None, *, user: str | None = None, migrate: bool = True) -> Database:
    """Open (creating if needed) the database at ``target`` and bring it to the program's schema.

    ``target`` is a file path or a SQLAlchemy URL; by default CASEBOOK_DB or the user's data folder.
    """
    engine = make_engine(database_url(target or default_database_target()))
    report = None
    try:
        if migrate:
            report = migrate_to(engine, "head")
    except BaseException:
        engine.dispose()
        raise
    return Database(engine=engine, user=user or _os_user(), migration=report)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "local"
