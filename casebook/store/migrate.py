"""Bring a database to the program's schema: refuse a newer one, back up an older one, upgrade.

Alembic takes a third of a second to import, and a database at the program's schema needs none of
it: the revisions are read from the migrations folder's files (their ``revision = "…"`` and
``down_revision = …`` lines) and the database's revision by a plain query. Alembic is imported only
to upgrade or downgrade (tests check the files' reading against Alembic's own).
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text
from sqlalchemy.exc import ProgrammingError

from casebook import clock
from casebook.domain.errors import CasebookError
from casebook.i18n import noop
from casebook.paths import migrations_dir
from casebook.store.engine import BUSY_TIMEOUT_MS, is_sqlite, make_engine, sqlite_path
from casebook.store.models import Base

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory


class DatabaseTooNew(CasebookError):
    """The database was written by a newer Casebook; it is left untouched."""


class NotTheOwner(CasebookError):
    """The office server's login role opened a database older than the program: only the owner
    role may upgrade it (README, office server)."""


INSUFFICIENT_PRIVILEGE = "42501"


class NotACasebookDatabase(CasebookError):
    """The file holds tables, but not Casebook's."""


@dataclass(frozen=True)
class MigrationReport:
    before: str | None
    after: str
    backup: Path | None


# One revision file's lines that name it and its parent (``down_revision = None`` for the first).
_REVISION_LINE = re.compile(r"""^revision\s*(?::[^=]+)?=\s*["']([^"']+)["']""", re.MULTILINE)
_PARENT_LINE = re.compile(r"""^down_revision\s*(?::[^=]+)?=\s*(?:None|["']([^"']+)["'])""", re.MULTILINE)


def revision_parents(scripts: Path | None = None) -> dict[str, str | None]:
    """Each revision of the migrations folder and the one it revises, read from the files' text."""
    parents: dict[str, str | None] = {}
    for path in sorted(((scripts or migrations_dir()) / "versions").glob("*.py")):
        source = path.read_text(encoding="utf-8")
        revision, parent = _REVISION_LINE.search(source), _PARENT_LINE.search(source)
        if revision is not None and parent is not None:
            parents[revision.group(1)] = parent.group(1)
    return parents


def alembic_config(scripts: Path | None = None) -> Config:
    """Alembic's settings; ``scripts`` is another migrations folder (tests), by default the program's."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(scripts or migrations_dir()))
    return config


def script_directory(scripts: Path | None = None) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(scripts))


def head_revision(scripts: Path | None = None) -> str:
    """The newest revision: the one no other revises."""
    parents = revision_parents(scripts)
    heads = set(parents) - set(parents.values())
    assert len(heads) == 1, f"the migrations folder has {len(heads)} heads, not one"
    return heads.pop()


def current_revision(connection: Connection) -> str | None:
    """The database's schema revision (None: not a migrated database yet), by a plain query."""
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def known_revisions(scripts: Path | None = None) -> set[str]:
    return set(revision_parents(scripts))


def migrate_to(engine: Engine, target: str, *, backup: bool = True, scripts: Path | None = None) -> MigrationReport:
    """Upgrade (or downgrade) ``engine``'s database to ``target`` ("head" by default on open).

    A revision the program does not know means a newer program wrote the file: refuse, touch nothing.
    Before changing a SQLite file that already holds data, copy it beside itself with a timestamp.
    ``scripts`` is another migrations folder than the program's (for tests).
    """
    before = check_schema(engine, scripts=scripts)
    wanted = head_revision(scripts) if target == "head" else target
    if before == wanted:
        return MigrationReport(before, wanted, None)
    backup_file = None
    path = sqlite_path(engine.url)
    if backup and before is not None and path is not None:
        backup_file = backup_sqlite(path, reason=f"before-{wanted}")
    try:
        _run_alembic(engine, wanted, upgrading=_is_upgrade(before, wanted, scripts), scripts=scripts)
    except ProgrammingError as error:
        if getattr(error.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        raise NotTheOwner(
            noop(
                "Rule",
                "The database {database} is at schema {before} and this program needs {after}; the role it signs in "
                "with may not upgrade it. Ask the server's administrator to run casebook init as the database's "
                "owner role. Nothing was changed.",
            ),
            database=_describe(engine),
            before=before or "—",
            after=wanted,
        ) from error
    return MigrationReport(before, wanted, backup_file)


def check_schema(engine: Engine, *, scripts: Path | None = None) -> str | None:
    """The database's schema revision (``None``: an empty database), read without changing anything.

    Raises :class:`DatabaseTooNew` for a revision the program does not know and
    :class:`NotACasebookDatabase` for a file that is no database or holds other tables.
    """
    before, tables = _revision_and_tables(engine)
    if before is not None and before not in known_revisions(scripts):
        raise DatabaseTooNew(
            noop(
                "Rule",
                "The database {database} was written by a newer version of Casebook (schema {revision}). "
                "It has not been changed. Install the newer Casebook to open it.",
            ),
            database=_describe(engine),
            revision=before,
        )
    if before is None and tables - {"alembic_version"}:
        raise NotACasebookDatabase(
            noop(
                "Rule",
                "The file {database} is a database, but not a Casebook database. It has not been changed.",
            ),
            database=_describe(engine),
        )
    return before


def schema_gaps(engine: Engine) -> list[str]:
    """What the database lacks of the program's schema: every table and column of the models
    (``[]`` when all are there). A file holding the version row and little else is no register."""
    with engine.connect() as connection:
        inspector = inspect(connection)
        present = set(inspector.get_table_names())
        gaps: list[str] = []
        for table in Base.metadata.sorted_tables:
            if table.name not in present:
                gaps.append(table.name)
                continue
            columns = {column["name"] for column in inspector.get_columns(table.name)}
            gaps += [f"{table.name}.{column.name}" for column in table.columns if column.name not in columns]
        return gaps


def _revision_and_tables(engine: Engine) -> tuple[str | None, set[str]]:
    """Read the schema revision without changing anything.

    An existing SQLite file is read through a read-only connection first: the engine's own
    connections switch the file to WAL, which would already change a file we are about to refuse.
    """
    path = sqlite_path(engine.url)
    if path is not None and path.exists():
        try:
            connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
            try:
                tables = {name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
                revision = None
                if "alembic_version" in tables:
                    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                    revision = row[0] if row else None
                return revision, tables
            finally:
                connection.close()
        except sqlite3.OperationalError:
            pass  # e.g. a read-only open of a live WAL file refused: ask through the engine below
        except sqlite3.DatabaseError as error:
            raise NotACasebookDatabase(
                noop("Rule", "The file {database} is not a database ({error}). It has not been changed."),
                database=str(path),
                error=str(error),
            ) from error
    with engine.connect() as conn:
        return current_revision(conn), set(inspect(conn).get_table_names())


def backup_sqlite(path: Path, *, reason: str, folder: Path | None = None, verify: bool = False) -> Path:
    """A consistent copy of a live SQLite file (online backup API, WAL included)."""
    stamp = clock.now().strftime("%Y%m%d-%H%M%S")
    target = (folder or path.parent) / f"{path.stem}.{stamp}.{reason}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = (folder or path.parent) / f"{path.stem}.{stamp}-{counter}.{reason}.sqlite"
    copy_sqlite(path, target, verify=verify)
    return target


def copy_sqlite(source: Path, target: Path, *, verify: bool = False) -> None:
    """Copy the SQLite database ``source`` to ``target`` with SQLite's online backup API.

    Safe while other connections write to ``source`` (the copy is one consistent snapshot, the WAL
    included). The copy is written beside ``target`` under a temporary name readable by its owner
    only (0600: it holds the accounts' password hashes), made a self-contained file (rollback
    journal, no -wal beside it), checked with ``PRAGMA integrity_check`` when ``verify`` (a
    :class:`sqlite3.DatabaseError` if that fails), flushed to disk, and only then renamed into
    place: an interrupted copy never leaves half a database under the name of a backup, and its
    temporary files (the copy and its journal) are removed.
    """
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        _remove_copy(temporary)
        os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        reader = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            copy = sqlite3.connect(temporary)
            try:
                reader.backup(copy)
                copy.execute("PRAGMA journal_mode = DELETE")
                copy.text_factory = lambda data: data.decode("utf-8", "replace")
                if verify:
                    found = [str(row[0]) for row in copy.execute("PRAGMA integrity_check(3)")]
                    if found != ["ok"]:
                        raise sqlite3.DatabaseError("; ".join(found)[:300])
            finally:
                copy.close()
        finally:
            reader.close()
        with temporary.open("rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
    except BaseException:
        _remove_copy(temporary)
        raise


def _remove_copy(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def _is_upgrade(before: str | None, wanted: str, scripts: Path | None = None) -> bool:
    """Whether ``before`` is an ancestor of ``wanted`` (else going to ``wanted`` is a downgrade)."""
    parents = revision_parents(scripts)
    revision: str | None = wanted
    while revision is not None:
        if revision == before:
            return True
        revision = parents.get(revision)
    return before is None


def _run_alembic(engine: Engine, revision: str, *, upgrading: bool, scripts: Path | None = None) -> None:
    # A connection of its own, with SQLite's foreign keys off while tables are copied (batch mode);
    # they are checked again before the transaction commits.
    from alembic import command

    migration_engine = make_engine(engine.url, pooled=False)
    try:
        with migration_engine.connect() as conn:
            if is_sqlite(engine.url):
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
            config = alembic_config(scripts)
            config.attributes["connection"] = conn
            if upgrading:
                command.upgrade(config, revision)
            else:
                command.downgrade(config, revision)
            if is_sqlite(engine.url):
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"foreign key check failed after migration: {broken[:5]}")
            conn.commit()
    finally:
        migration_engine.dispose()


def _describe(engine: Engine) -> str:
    path = sqlite_path(engine.url)
    return str(path) if path is not None else engine.url.render_as_string(hide_password=True)
