"""Accounts of an office database: creating them, roles, passwords, signing in.

Passwords are kept only as ``hashlib.scrypt`` hashes with a salt of their own per account, and are
never written to the event table or a log. The first account must be an administrator's (else no
one could manage accounts once sign-in is required), and the last active administrator cannot be
demoted or switched off.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import secrets
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook import clock
from casebook.domain.errors import NotFound, RuleViolation, SignInFailed
from casebook.domain.names import name_key, visible
from casebook.domain.roles import Actor, Permission, Role
from casebook.i18n import noop
from casebook.services.admin.sign_in_record import record, seconds_to_wait
from casebook.services.steps.case_access import record_event
from casebook.store.backup import prune_daily_backups
from casebook.store.database import Database
from casebook.store.models import Account, Event

# scrypt's cost: 16 MiB and about 50 ms a hash on an office PC (RFC 7914's interactive setting).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
HASH_BYTES, SALT_BYTES = 64, 16
MIN_PASSWORD = 8
NAME_LIMIT = 80


@dataclass(frozen=True)
class AccountView:
    id: int
    name: str
    full_name: str
    role: Role
    active: bool
    created_at: datetime
    created_by: str
    last_sign_in: datetime | None


def password_hash(password: str, salt: bytes, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> bytes:
    memory = 128 * r * (n + p + 2) * 2  # what scrypt needs, with room (hashlib's default is 32 MiB)
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=memory, dklen=HASH_BYTES)


def has_accounts(db: Database) -> bool:
    with db.engine.connect() as connection:
        return connection.execute(select(Account.id).limit(1)).first() is not None


def list_accounts(db: Database) -> list[AccountView]:
    db.require(Permission.MANAGE_ACCOUNTS)
    with db.read() as session:
        return [_view(a) for a in session.scalars(select(Account).order_by(Account.name))]


def create_account(db: Database, name: str, role: Role, password: str, full_name: str = "") -> AccountView:
    """A new account. The first one on a database must be an administrator."""
    name, full_name = visible(name).strip(), visible(full_name).strip()
    _check_name(name)
    _check_password(password)
    with db.write(Permission.MANAGE_ACCOUNTS) as session:
        if session.scalar(select(Account.id).where(Account.name_key == name_key(name))) is not None:
            raise RuleViolation("account_exists", noop("Rule", "There is already an account named {name}."), name=name)
        if role is not Role.ADMIN and session.scalar(select(Account.id).limit(1)) is None:
            raise RuleViolation(
                "first_account_admin",
                noop(
                    "Rule",
                    "The first account must be an administrator's: once there are accounts, everyone signs in, "
                    "and someone must be able to manage them.",
                ),
            )
        salt = secrets.token_bytes(SALT_BYTES)
        account = Account(
            name=name,
            name_key=name_key(name),
            full_name=full_name,
            role=role,
            active=True,
            password_hash=password_hash(password, salt),
            salt=salt,
            scrypt_n=SCRYPT_N,
            scrypt_r=SCRYPT_R,
            scrypt_p=SCRYPT_P,
            created_at=clock.now(),
            created_by=db.user,
        )
        session.add(account)
        session.flush()
        record_event(session, db.user, None, "add_account", None, id=account.id, name=name, role=role)
        return _view(account)


def set_role(db: Database, name: str, role: Role) -> AccountView:
    with db.write(Permission.MANAGE_ACCOUNTS) as session:
        account = _account(session, name)
        if account.role is Role.ADMIN and role is not Role.ADMIN:
            _keep_an_admin(session, account)
        old = account.role
        account.role = role
        record_event(session, db.user, None, "change_account", None, id=account.id, name=name, old_role=old, role=role)
        return _view(account)


def set_active(db: Database, name: str, active: bool) -> AccountView:
    """Switch an account off (it can no longer sign in; its history stays) or on again."""
    with db.write(Permission.MANAGE_ACCOUNTS) as session:
        account = _account(session, name)
        if not active and account.role is Role.ADMIN:
            _keep_an_admin(session, account)
        account.active = active
        action = "enable_account" if active else "disable_account"
        record_event(session, db.user, None, action, None, id=account.id, name=name)
        return _view(account)


def reset_password(db: Database, name: str, password: str) -> None:
    """An administrator sets a new password for an account (e.g. a clerk who forgot theirs)."""
    _check_password(password)
    with db.write(Permission.MANAGE_ACCOUNTS) as session:
        account = _account(session, name)
        _store_password(account, password)
        record_event(session, db.user, None, "reset_password_account", None, id=account.id, name=name)


def change_own_password(db: Database, old_password: str, new_password: str) -> None:
    """The signed-in user changes their own password, giving the current one."""
    actor = db.signed_in()
    if actor.account_id is None:
        raise RuleViolation(
            "no_account", noop("Rule", "This database has no accounts yet; an administrator creates them first.")
        )
    _check_password(new_password)
    with Session(db.engine) as session, session.begin():
        account = session.get(Account, actor.account_id)
        if account is None or not _matches(account, old_password):
            raise SignInFailed(noop("Rule", "The current password is wrong."))
        _store_password(account, new_password)
        _log(session, actor.name, "change_password_account", account)


class SignInThrottled(SignInFailed):
    """Too many wrong passwords in a row for this name: the next try must wait."""


def sign_in(db: Database, name: str, password: str) -> Actor:
    """Check the name and password; on success ``db`` works as that account from now on.

    A wrong name, a wrong password and a switched-off account get the same answer. After five wrong
    passwords in a row each further try waits (:mod:`casebook.services.admin.sign_in_record`); every try is
    recorded on the account without the text typed, and nothing waits for the record to be written."""
    with Session(db.engine) as session:  # reads only
        account = session.scalar(select(Account).where(Account.name_key == name_key(name)))
        wait = seconds_to_wait(session, account)
        session.expunge_all()
    if wait > 0:
        record(db, "sign_in_throttled", account)
        raise SignInThrottled(
            noop("Rule", "Too many wrong passwords for this name: wait {seconds} seconds, then try again."),
            seconds=max(1, math.ceil(wait)),
        )
    if account is None or not account.active:
        password_hash(password, secrets.token_bytes(SALT_BYTES))  # the same time as a real check
        record(db, "sign_in_failed", account)
        raise SignInFailed(noop("Rule", "Wrong user name or password, or the account is switched off."))
    if not _matches(account, password):
        record(db, "sign_in_failed", account)
        raise SignInFailed(noop("Rule", "Wrong user name or password, or the account is switched off."))
    actor = Actor(account.name, account.role, account.id)
    db.act_as(actor)
    record(db, "sign_in", account, signed_in=True)
    if db.backups is not None:
        prune_daily_backups(db.engine, db.backups)
    return actor


def person_name(db: Database, actor: Actor) -> str:
    """The signed-in person's full name as the account gives it, else the account's name."""
    if actor.account_id is None:
        return actor.name
    with db.read() as session:
        account = session.get(Account, actor.account_id)
        return (account.full_name or account.name) if account is not None else actor.name


def sign_out(db: Database) -> None:
    db.act_as(None if has_accounts(db) else db.actor)


def _log(session: Session, user: str, action: str, account: Account | None) -> None:
    """A sign-in or password event, outside the services' write transactions (no role needed)."""
    session.add(
        Event(
            case_id=None,
            action=action,
            business_date=None,
            recorded_at=clock.now(),
            user=user,
            details={"name": user},
            entity=Account.__tablename__,
            entity_id=account.id if account is not None else None,
            changes=[],
        )
    )


def _matches(account: Account, password: str) -> bool:
    candidate = password_hash(password, account.salt, account.scrypt_n, account.scrypt_r, account.scrypt_p)
    return hmac.compare_digest(candidate, account.password_hash)


def _store_password(account: Account, password: str) -> None:
    account.salt = secrets.token_bytes(SALT_BYTES)
    account.password_hash = password_hash(password, account.salt)
    account.scrypt_n, account.scrypt_r, account.scrypt_p = SCRYPT_N, SCRYPT_R, SCRYPT_P


def _account(session: Session, name: str) -> Account:
    account = session.scalar(select(Account).where(Account.name_key == name_key(name)))
    if account is None:
        raise NotFound(noop("Rule", "There is no account named {name}."), name=name)
    return account


def _keep_an_admin(session: Session, account: Account) -> None:
    """Refuse to take away the last active administrator. The active administrators' rows are
    locked first (SELECT … FOR UPDATE on PostgreSQL; SQLite's write lock is held already), so two
    administrators demoting each other at the same moment cannot both succeed."""
    admins = session.scalars(
        select(Account.id).where(Account.role == Role.ADMIN, Account.active).with_for_update()
    ).all()
    if not [admin for admin in admins if admin != account.id]:
        raise RuleViolation(
            "last_admin",
            noop("Rule", "{name} is the last active administrator; make another administrator first."),
            name=account.name,
        )


def _check_name(name: str) -> None:
    if not name or len(name) > NAME_LIMIT or any(ch.isspace() for ch in name):
        raise RuleViolation(
            "account_name",
            noop("Rule", "An account name is 1 to {limit} characters without spaces."),
            limit=NAME_LIMIT,
        )


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise RuleViolation(
            "password_too_short", noop("Rule", "A password has at least {count} characters."), count=MIN_PASSWORD
        )


def _view(account: Account) -> AccountView:
    return AccountView(
        account.id,
        account.name,
        account.full_name,
        account.role,
        account.active,
        account.created_at,
        account.created_by,
        account.last_sign_in,
    )
