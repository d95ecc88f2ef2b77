"""Accounts checked against the audit trail: a role, switch or name changed outside Casebook.

An office server's login role must be able to change accounts (administrators manage them through
the program), so the database cannot refuse ``UPDATE account SET role = 'admin'`` typed by hand. The
trail can tell it: every change the program makes to an account is an event whose ``changes`` list
the fields with their new values. Replaying them gives what each account should be; an account
whose role, switch or name differs, or that no event created, was changed outside the program.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.store.models import Account, Event

CHECKED = ("name", "name_key", "role", "active")


@dataclass(frozen=True)
class AccountMismatch:
    account: str  # the name it has now
    field: str | None  # None: no event created the account
    recorded: Any = None  # the value the trail's last change gave it
    found: Any = None  # the value it has


def accounts_outside_trail(session: Session) -> list[AccountMismatch]:
    """Each account field the trail does not account for, in account order."""
    recorded: dict[int, dict[str, Any]] = {}
    rows = session.execute(select(Event.changes).where(Event.entity == "account").order_by(Event.id))
    for (changes,) in rows:
        for change in changes or ():
            if change.get("table") == "account" and change.get("field") in CHECKED:
                recorded.setdefault(int(change["row"]), {})[change["field"]] = change.get("new")
    found: list[AccountMismatch] = []
    for account in session.scalars(select(Account).order_by(Account.id)):
        known = recorded.get(account.id)
        if known is None:
            found.append(AccountMismatch(account.name, None))
            continue
        for field in CHECKED:
            value = getattr(account, field)
            value = value.value if hasattr(value, "value") else value
            if field in known and known[field] != value:
                found.append(AccountMismatch(account.name, field, known[field], value))
    return found
