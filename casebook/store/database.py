"""One open Casebook database: its engine, its session factory, and who is working on it.

Who: an :class:`~casebook.domain.roles.Actor`. A database without accounts (a fresh SQLite file)
is worked on by its local administrator, named after the computer's user, with no sign-in. Once an
administrator has created accounts, nothing can be read or written until someone signs in
(:func:`casebook.services.admin.accounts.sign_in`), and each write transaction asks for the permission it
needs: the service layer refuses what the signed-in role may not do, before anything is written.
"""

from __future__ import annotations

import getpass
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, Select, inspect, select
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from casebook.domain.errors import Forbidden, NotSignedIn, StaleVersion
from casebook.domain.roles import Actor, Permission, Role
from casebook.i18n import noop, translate
from casebook.paths import default_database_target
from casebook.store import audit_chain, audit_trail, list_keys
from casebook.store.backup import BackupPolicy, backup_on_open
from casebook.store.derived import rebuild_changed
from casebook.store.engine import BEGIN_OPTION, database_url, make_engine, sqlite_path
from casebook.store.migrate import MigrationReport, migrate_to
from casebook.store.models import Account

logger = logging.getLogger(__name__)


@dataclass
class Database:
    engine: Engine
    actor: Actor | None
    migration: MigrationReport | None = None
    backups: BackupPolicy | None = None  # how many daily backups are kept (pruned after a sign-in)
    # Writes a read could not make (a sign-in's event on a locked database): made by the next write.
    deferred: list[Callable[[Session], None]] = field(default_factory=list)
    _sessions: sessionmaker[Session] = field(init=False, repr=False)
    _current: ContextVar[Session | None] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False, autoflush=True)
        audit_trail.install(self._sessions)
        audit_chain.install()
        list_keys.install(self._sessions)
        self._current = ContextVar(f"casebook_transaction_{id(self)}", default=None)

    @property
    def user(self) -> str:
        """The name the event table records for this client's changes."""
        return self.signed_in().name

    @property
    def needs_sign_in(self) -> bool:
        return self.actor is None

    def signed_in(self) -> Actor:
        if self.actor is None:
            raise NotSignedIn(noop("Rule", "This database has accounts: sign in first."))
        return self.actor

    def act_as(self, actor: Actor | None) -> None:
        """Who works on the database from now on (set by signing in or out)."""
        self.actor = actor

    def require(self, permission: Permission) -> Actor:
        """The signed-in actor, if their role grants ``permission``; :class:`Forbidden` otherwise."""
        actor = self.signed_in()
        if not actor.may(permission):
            raise Forbidden(actor.name, actor.role, permission)
        return actor

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.engine.url)

    @property
    def location(self) -> str:
        """What the status bar and the messages call this database."""
        path = self.path
        return str(path) if path is not None else self.engine.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self, permission: Permission) -> Iterator[Session]:
        """One write transaction: committed when the block ends, rolled back on any error.

        ``permission`` is what the block needs: it is checked before anything is read or written
        (:class:`~casebook.domain.errors.Forbidden`). Every change the block makes is kept in the
        audit trail (:mod:`casebook.store.audit_trail`), in the same transaction.

        Inside another ``write()`` (or ``rehearsal()``) of the same thread, the block is a SAVEPOINT
        of the outer transaction instead: an error rolls back just this block, and nothing is
        committed until the outermost block ends. An import uses that to take each row as one step
        that either happens whole or not at all, inside one transaction for the whole file.
        """
        actor = self.require(permission)
        outer = self._current.get()
        if outer is not None:
            position = audit_trail.mark(outer)
            try:
                with outer.begin_nested():
                    yield outer
            except BaseException:
                audit_trail.roll_back_to(outer, position)
                raise
            return
        with self._sessions() as session:
            session.connection(execution_options={BEGIN_OPTION: "IMMEDIATE"})
            token = self._current.set(session)
            try:
                actor = self._confirm(session, permission)
                while self.deferred:
                    self.deferred.pop(0)(session)
                yield session
                audit_trail.write_trail(session, actor.name)
                rebuild_changed(session)
                session.commit()
            except StaleDataError as error:  # a versioned row another client changed meanwhile
                session.rollback()
                raise StaleVersion(
                    noop(
                        "Rule",
                        "Another clerk changed the same case at the same moment; nothing of yours was saved. "
                        "Reload it and try again.",
                    )
                ) from error
            except BaseException:
                session.rollback()
                raise
            finally:
                audit_trail.forget(session)
                self._current.reset(token)

    def _confirm(self, session: Session, permission: Permission) -> Actor:
        """Check the actor against the database itself, in the write transaction: an administrator
        may have changed this account's role, switched it off, or created the first accounts since
        this client signed in (another clerk's client, on an office server)."""
        actor = self.signed_in()
        if actor.account_id is None:
            if session.scalar(select(Account.id).limit(1)) is not None:
                self.act_as(None)
                raise NotSignedIn(noop("Rule", "This database has accounts now: sign in to go on."))
            return actor
        found = session.execute(select(Account.role, Account.active).where(Account.id == actor.account_id)).first()
        if found is None or not found.active:
            self.act_as(None)
            raise NotSignedIn(noop("Rule", "Your account has been switched off; ask an administrator."))
        if found.role is not actor.role:
            self.act_as(Actor(actor.name, found.role, actor.account_id))
        return self.require(permission)

    @contextmanager
    def rehearsal(self, permission: Permission) -> Iterator[Session]:
        """A write transaction that is always rolled back: a dry run sees its own changes, then nothing stays."""
        self.require(permission)
        with self._sessions() as session:
            session.connection(execution_options={BEGIN_OPTION: "IMMEDIATE"})
            token = self._current.set(session)
            try:
                self._confirm(session, permission)
                yield session
                rebuild_changed(session)  # a dry run sees the figures it would produce
            finally:
                session.rollback()
                audit_trail.forget(session)
                self._current.reset(token)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """One read transaction (a consistent snapshot); nothing is written.

        Inside a ``write()`` of the same thread it reads through that transaction, so it sees the
        changes not yet committed. On a database with accounts, only once someone has signed in."""
        self.signed_in()
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
    Without accounts, ``user`` (by default the computer's user name) works on it as the local
    administrator; with accounts, nobody does until someone signs in.
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
    path = sqlite_path(engine.url)
    if report is not None and report.before is None and path is not None and path.is_file():
        path.chmod(0o600)  # a new register is its clerk's alone (SQLite gives its -wal the same)
    accounts_exist = has_accounts(engine)
    policy = backups or BackupPolicy()
    if report is not None and report.before is not None:  # a new, empty database needs no backup
        # with accounts, the oldest copies are removed only after a successful sign-in
        backup_on_open(engine, policy, prune=not accounts_exist)
    actor = None if accounts_exist else Actor(user or _os_user(), Role.ADMIN)
    if migrate:
        _report_missing_guards(engine)
    return Database(engine=engine, actor=actor, migration=report, backups=policy)


def _report_missing_guards(engine: Engine) -> None:
    """The audit trail's triggers are a migration's to create: a missing one is reported, not
    silently made again (someone with the owner's rights removed it)."""
    with engine.connect() as connection:
        missing = audit_chain.missing_triggers(connection)
    if missing:
        logger.warning(
            translate(
                "Audit",
                "The guards of the audit trail are missing from {database} ({names}): events could be changed or "
                "deleted. Run casebook audit --verify, and ask whoever looks after the database.",
            ).format(database=engine.url.render_as_string(hide_password=True), names=", ".join(missing))
        )


def has_accounts(engine: Engine) -> bool:
    """Whether an administrator has created accounts (then everyone signs in)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(Account.__tablename__):
            return False  # a database not yet migrated (opened with migrate=False)
        return connection.execute(any_account()).first() is not None


def any_account() -> Select[int]:
    """One account's id, if there is any (also read before the database layer is imported:
    casebook.services.queries.first_page_sql)."""
    return select(Account.id).limit(1)


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "local"
