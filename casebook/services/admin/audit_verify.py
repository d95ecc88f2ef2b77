"""校验审计日志: walk the audit trail's hash chain and say where it is broken, in a clerk's words."""

from __future__ import annotations

from dataclasses import dataclass

from casebook.domain.roles import Role
from casebook.i18n import noop, translate
from casebook.services.admin.account_trail import AccountMismatch, accounts_outside_trail
from casebook.store.audit_chain import ChainCheck, verify_chain
from casebook.store.database import Database

_BROKEN = {
    "changed": noop(
        "Audit", "The audit trail is broken at event {event} (link {link}): it was changed after it was written."
    ),
    "missing": noop(
        "Audit", "The audit trail is broken after event {event}: link {link} is missing (an event was deleted)."
    ),
    "unsealed": noop(
        "Audit", "The audit trail is broken at event {event}: it is not in the chain (it was added outside Casebook)."
    ),
}


@dataclass(frozen=True)
class TrailVerdict:
    intact: bool
    message: str  # translated; one paragraph
    check: ChainCheck
    accounts: tuple[AccountMismatch, ...] = ()  # accounts changed outside the program


def verify_trail(db: Database) -> TrailVerdict:
    """Check every event's link; any signed-in user may (the trail is theirs to read)."""
    with db.read() as session:
        check = verify_chain(session.connection())
        accounts = tuple(accounts_outside_trail(session))
    lines = []
    if check.kind is not None:
        lines.append(translate("Audit", _BROKEN[check.kind]).format(event=check.broken_at or "—", link=check.link))
    if check.missing_triggers:
        lines.append(
            translate(
                "Audit",
                "The database's guards of the audit trail are gone ({names}): events could be changed or deleted "
                "without a trace. Whoever looks after the database should find out why and restore a backup.",
            ).format(names=", ".join(check.missing_triggers))
        )
    lines.extend(_account_line(mismatch) for mismatch in accounts)
    if not lines:
        lines.append(
            translate("Audit", "The audit trail is intact: {count} events, each linked to the one before.").format(
                count=check.events
            )
        )
    return TrailVerdict(check.intact and not accounts, "\n".join(lines), check, accounts)


_ACCOUNT_FIELDS = {
    "name": noop("Audit", "account name"),
    "name_key": noop("Audit", "account name"),
    "role": noop("Audit", "role"),
    "active": noop("Audit", "switched on"),
}


def _shown(field: str, value: object) -> str:
    if field == "role" and isinstance(value, str) and value in {r.value for r in Role}:
        return Role(value).label
    if field == "active":
        return translate("Audit", "yes") if value else translate("Audit", "no")
    return str(value)


def _account_line(mismatch: AccountMismatch) -> str:
    if mismatch.field is None:
        return translate(
            "Audit", "The account {account} is not in the audit trail: it was added outside Casebook."
        ).format(account=mismatch.account)
    return translate(
        "Audit",
        "The account {account} was changed outside Casebook: its {field} is “{found}”, the audit trail's last "
        "change made it “{recorded}”.",
    ).format(
        account=mismatch.account,
        field=translate("Audit", _ACCOUNT_FIELDS[mismatch.field]),
        found=_shown(mismatch.field, mismatch.found),
        recorded=_shown(mismatch.field, mismatch.recorded),
    )
