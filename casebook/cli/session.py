"""Who runs a command: signing in on the command line.

On a database with accounts every command works as a signed-in account: the name comes from the
global ``--user`` option or CASEBOOK_USER, the password from CASEBOOK_PASSWORD, or both are asked
for (the password without echo) when the command runs in a terminal; otherwise the command stops
with one line saying how to sign in (exit code 2). What the account's role may not do is refused by
the services (:class:`~casebook.domain.errors.Forbidden`). On a database without accounts nothing is
asked: the command works as the local administrator, named by ``--user`` or the computer's user.

The password is kept in memory for the one command (changing one's own password needs it again)
and is never printed, logged or passed to another program.

:func:`open_database` is a drop-in for :func:`casebook.store.database.open_database` that signs in;
the command modules open their database with it.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from casebook.cli import environment
from casebook.domain.errors import CasebookError
from casebook.domain.roles import Actor, Permission
from casebook.i18n import noop, translate
from casebook.paths import default_database_target
from casebook.services.admin import accounts
from casebook.store import database as store
from casebook.store.backup import BackupPolicy, database_file
from casebook.store.database import Database
from casebook.store.migrate import NotACasebookDatabase
from casebook.store.restore import is_damaged

USER_ENV = environment.USER_ENV  # named in a light module: the parser's help reads them
PASSWORD_ENV = environment.PASSWORD_ENV
NEW_PASSWORD_ENV = environment.NEW_PASSWORD_ENV

# Commands that work on the database file without opening it: the sign-in is checked first. Both
# need an administrator on a database with accounts (a backup holds every account's password hash).
FILE_COMMANDS = {"backup": Permission.MANAGE_ACCOUNTS, "restore": Permission.MANAGE_ACCOUNTS}
DAMAGED = "current_database_damaged"


class CommandLineError(CasebookError):
    """A clerk's mistake on the command line (exit code 2), with a message of the Cli context."""

    @property
    def message(self) -> str:
        return translate("Cli", self.template).format(**self.params)


@dataclass
class SignIn:
    """The sign-in of one command: who, and once checked, the account it works as."""

    user: str | None
    password: str | None = field(default=None, repr=False)
    actor: Actor | None = None
    location: str | None = None  # the database the actor signed in on

    def open(
        self,
        target: str | None = None,
        *,
        user: str | None = None,
        migrate: bool = True,
        backups: BackupPolicy | None = None,
    ) -> Database:
        db = store.open_database(target, user=user or self.user, migrate=migrate, backups=backups)
        try:
            if db.needs_sign_in:
                self.sign_in(db)
        except BaseException:
            db.close()
            raise
        return db

    def sign_in(self, db: Database) -> Actor:
        """Sign in on ``db``: with the name and password once per command (one sign-in event),
        then as the same account for each further opening of the same database."""
        if self.actor is not None and self.location == db.location:
            db.act_as(self.actor)
            return self.actor
        name = self.user or _ask_user_name()
        password = self.password if self.password is not None else os.environ.get(PASSWORD_ENV)
        if password is None:
            password = _ask_password(name)
        self.actor = accounts.sign_in(db, name, password)
        self.password, self.location = password, db.location
        return self.actor


_current = SignIn(user=None)


def open_database(
    target: str | None = None,
    *,
    user: str | None = None,
    migrate: bool = True,
    backups: BackupPolicy | None = None,
) -> Database:
    """The store's :func:`~casebook.store.database.open_database`, signed in as the command's user."""
    return _current.open(target, user=user, migrate=migrate, backups=backups)


def signed_in_password() -> str | None:
    """The password the command signed in with (``None`` on a database without accounts)."""
    return _current.password if _current.actor is not None else None


@contextmanager
def signing_in(args: argparse.Namespace) -> Iterator[None]:
    """Run one command as the user of ``--user`` / CASEBOOK_USER (see the module's docstring)."""
    global _current
    user = (getattr(args, "sign_in_user", None) or os.environ.get(USER_ENV) or "").strip() or None
    previous, _current = _current, SignIn(user=user)
    try:
        command = getattr(args, "command", None)
        if command in FILE_COMMANDS:
            _check_file_command(args, FILE_COMMANDS[command])
        yield
    finally:
        _current.password = None
        _current = previous


def _check_file_command(args: argparse.Namespace, permission: Permission | None) -> None:
    """backup and restore copy files without opening the database: on a file with accounts, sign in
    first as an administrator. A database SQLite cannot read (damaged) has no sign-in to ask for:
    ``args`` is marked so, and the restore asks the computer's user to confirm instead."""
    try:
        path = database_file(args.db or default_database_target())
    except CasebookError:
        return  # not a file: the command itself says so
    if not Path(path).is_file():
        return
    if is_damaged(path):
        setattr(args, DAMAGED, True)
        return
    try:
        db = _current.open(str(path), migrate=False)
    except (sqlite3.DatabaseError, DatabaseError, NotACasebookDatabase, UnicodeDecodeError):
        setattr(args, DAMAGED, True)  # readable pages, but not a register's tables or their text
        return
    try:
        if permission is not None and db.actor is not None and db.actor.account_id is not None:
            db.require(permission)
    finally:
        db.close()


def _ask_user_name() -> str:
    if not _in_terminal():
        raise CommandLineError(
            noop(
                "Cli",
                "This database has accounts: give your account with --user NAME (or {user_env}) and the "
                "password in {password_env}, or run the command in a terminal to be asked for them.",
            ),
            user_env=USER_ENV,
            password_env=PASSWORD_ENV,
        )
    sys.stderr.write(translate("Cli", "User name: "))
    sys.stderr.flush()
    line = sys.stdin.readline()
    if not line.strip():
        raise CommandLineError(noop("Cli", "No user name given; nothing was done."))
    return line.strip()


def _ask_password(name: str) -> str:
    if not _in_terminal():
        raise CommandLineError(
            noop(
                "Cli",
                "This database has accounts: give the password of {name} in {password_env}, or run the "
                "command in a terminal to be asked for it.",
            ),
            name=name,
            password_env=PASSWORD_ENV,
        )
    return _secret(translate("Cli", "Password for {name}: ").format(name=name))


def new_password(name: str) -> str:
    """A new password for the account ``name``: from CASEBOOK_NEW_PASSWORD, or typed twice."""
    given = os.environ.get(NEW_PASSWORD_ENV)
    if given is not None:
        return given
    if not _in_terminal():
        raise CommandLineError(
            noop(
                "Cli",
                "Give the new password in {env}, or run the command in a terminal to be asked for it; "
                "nothing was changed.",
            ),
            env=NEW_PASSWORD_ENV,
        )
    first = _secret(translate("Cli", "New password for {name}: ").format(name=name))
    second = _secret(translate("Cli", "The same password again: "))
    if first != second:
        raise CommandLineError(noop("Cli", "The two passwords are not the same; nothing was changed."))
    return first


def _secret(prompt: str) -> str:
    try:
        return getpass.getpass(prompt)
    except EOFError:
        raise CommandLineError(noop("Cli", "No password given; nothing was done.")) from None


def _in_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()
