"""校验审计日志: walk the audit trail's hash chain and say where it is broken, in a clerk's words."""

from __future__ import annotations

from dataclasses import dataclass

from casebook.i18n import noop, translate
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


def verify_trail(db: Database) -> TrailVerdict:
    """Check every event's link; any signed-in user may (the trail is theirs to read)."""
    with db.read() as session:
        check = verify_chain(session.connection())
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
    if not lines:
        lines.append(
            translate("Audit", "The audit trail is intact: {count} events, each linked to the one before.").format(
                count=check.events
            )
        )
    return TrailVerdict(check.intact, "\n".join(lines), check)
