"""Buttons that mirror the roles: what the signed-in role may not do is disabled, and says why.

The services refuse such a write anyway (:class:`~casebook.domain.errors.Forbidden`); the buttons
only spare the clerk the refusal. A button's own tooltip comes back when the role allows it again
(after another user signs in).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from casebook.domain.errors import Forbidden
from casebook.domain.roles import Permission
from casebook.i18n import translate

if TYPE_CHECKING:  # the window's shell imports this before the register is open
    from casebook.store.database import Database

_OWN_TOOLTIP = "casebook_own_tooltip"  # the tooltip a button had before a refusal replaced it


def refusal(db: Database, permission: Permission) -> str:
    """Why the signed-in user may not do what ``permission`` covers ("" when they may)."""
    actor = db.actor
    if actor is None:
        return translate("Permissions", "Sign in first.")
    if actor.may(permission):
        return ""
    return Forbidden(actor.name, actor.role, permission).message


def may(db: Database, permission: Permission) -> bool:
    return db.actor is not None and db.actor.may(permission)


def allow(target: QWidget | QAction, db: Database, permission: Permission, *, enabled: bool = True) -> bool:
    """Enable ``target`` when ``enabled`` and the role holds ``permission``; when the role does not,
    disable it with the reason as its tooltip. Returns whether it is enabled."""
    reason = refusal(db, permission)
    _set_reason(target, reason)
    target.setEnabled(enabled and not reason)
    return enabled and not reason


def _set_reason(target: QObject, reason: str) -> None:
    own = target.property(_OWN_TOOLTIP)
    if own is None:
        own = target.toolTip()  # type: ignore[attr-defined]
        target.setProperty(_OWN_TOOLTIP, own)
    target.setToolTip(reason or str(own))  # type: ignore[attr-defined]
