"""Who may do what: the three roles of an office database and the permissions each one holds.

The services ask for a permission when they open a write transaction
(:meth:`casebook.store.database.Database.write`); the buttons only mirror the same table.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from casebook.i18n import noop, translate


class Role(StrEnum):
    ADMIN = "admin"  # reference data, office settings, accounts, and everything a clerk does
    CLERK = "clerk"  # registers and handles cases, imports ledgers
    VIEWER = "viewer"  # reads and exports only

    @property
    def label(self) -> str:
        return translate("Role", _ROLE_LABELS[self])


class Permission(StrEnum):
    EDIT_CASES = "edit_cases"  # register, edit and handle cases; import a ledger
    EDIT_REFERENCE = "edit_reference"  # deputies, units, sessions, leaders, categories, the holiday calendar
    EDIT_SETTINGS = "edit_settings"  # the office's settings; emptying a trial register
    MANAGE_ACCOUNTS = "manage_accounts"

    @property
    def label(self) -> str:
        return translate("Role", _PERMISSION_LABELS[self])


_ROLE_LABELS = {
    Role.ADMIN: noop("Role", "administrator"),
    Role.CLERK: noop("Role", "clerk"),
    Role.VIEWER: noop("Role", "viewer"),
}

_PERMISSION_LABELS = {
    Permission.EDIT_CASES: noop("Role", "register and handle cases"),
    Permission.EDIT_REFERENCE: noop("Role", "change reference data"),
    Permission.EDIT_SETTINGS: noop("Role", "change the office's settings"),
    Permission.MANAGE_ACCOUNTS: noop("Role", "manage accounts"),
}

GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.CLERK: frozenset({Permission.EDIT_CASES}),
    Role.VIEWER: frozenset(),
}


def may(role: Role, permission: Permission) -> bool:
    return permission in GRANTS[role]


@dataclass(frozen=True)
class Actor:
    """Who is working on the database: a signed-in account, or the local administrator of a
    database that has no accounts yet (``account_id`` is then ``None``)."""

    name: str
    role: Role
    account_id: int | None = None

    def may(self, permission: Permission) -> bool:
        return may(self.role, permission)
