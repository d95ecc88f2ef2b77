"""Accounts for the UI tests: an office database with an administrator, a clerk and a viewer."""

from __future__ import annotations

from casebook.domain.roles import Role
from casebook.services.admin.accounts import create_account, sign_in
from casebook.store.database import Database, open_database

PASSWORDS = {"admin-zhou": "zhou-secret-1", "clerk-li": "li-secret-22", "viewer-chen": "chen-secret-333"}


def create_office_accounts(db: Database) -> None:
    """As the local administrator of ``db``: the three accounts (then everyone signs in)."""
    create_account(db, "admin-zhou", Role.ADMIN, PASSWORDS["admin-zhou"], "周敏")
    sign_in(db, "admin-zhou", PASSWORDS["admin-zhou"])
    create_account(db, "clerk-li", Role.CLERK, PASSWORDS["clerk-li"], "李娜")
    create_account(db, "viewer-chen", Role.VIEWER, PASSWORDS["viewer-chen"], "陈静")


def client(target: str, name: str) -> Database:
    """A second client on the same database, signed in as ``name``."""
    other = open_database(target)
    assert other.needs_sign_in
    sign_in(other, name, PASSWORDS[name])
    return other
