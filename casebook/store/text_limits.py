"""Text longer than its column is refused before it reaches the database, on every backend.

SQLite keeps any length in a VARCHAR(n); PostgreSQL refuses the statement (and with it the whole
transaction). So every flush checks the text of the rows it is about to write against their
columns' lengths and raises a :class:`RuleViolation` a clerk can read: the form shows it beside the
field and the ledger import refuses that row with it, on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session, UOWTransaction

from casebook.domain.errors import RuleViolation
from casebook.i18n import noop, translate

SHOWN = 12  # characters of the refused text quoted in the message

# What the message calls a column (by its name, in any table); another column is named as table.column.
FIELDS = {
    "number": noop("Field", "the number"),
    "title": noop("Field", "the title"),
    "name": noop("Field", "the name"),
    "position": noop("Field", "the position"),
    "phone": noop("Field", "the phone number"),
    "key_designated_by": noop("Field", "designated by"),
    "signed_by": noop("Field", "signed by"),
}


def check_text_lengths(session: Session, _context: UOWTransaction, _instances: object) -> None:
    """Refuse the flush if a new or changed row holds text longer than its column."""
    for instance in [*session.new, *session.dirty]:
        mapper = inspect(instance).mapper
        for attribute in mapper.column_attrs:
            column = attribute.columns[0]
            limit = getattr(column.type, "length", None) if isinstance(column.type, String) else None
            if not limit:
                continue
            value: Any = getattr(instance, attribute.key, None)
            if isinstance(value, str) and len(value) > limit:
                raise RuleViolation(
                    "text_too_long",
                    noop(
                        "Rule",
                        "the text “{start}” is {length} characters long; the register keeps at most {limit} "
                        "characters in {field}",
                    ),
                    start=value[:SHOWN] + ("…" if len(value) > SHOWN else ""),
                    length=len(value),
                    limit=limit,
                    field=_field(mapper.local_table.name, column.name),
                )


def too_long(model: type, values: dict[str, Any]) -> bool:
    """Whether a row of ``model`` with ``values`` holds text longer than its column (a row written
    with a bulk statement, which no flush checks: the caller has the row refused by a flush)."""
    return any(isinstance(value := values.get(key), str) and len(value) > limit for key, limit in _limits(model))


_LIMITS: dict[type, list[tuple[str, int]]] = {}


def _limits(model: type) -> list[tuple[str, int]]:
    if model not in _LIMITS:
        mapper: Any = inspect(model)
        columns = [(a.key, a.columns[0].type) for a in mapper.column_attrs]
        _LIMITS[model] = [(key, int(kind.length)) for key, kind in columns if isinstance(kind, String) and kind.length]
    return _LIMITS[model]


def _field(table: str, column: str) -> str:
    label = FIELDS.get(column)
    return translate("Field", label) if label is not None else f"{table}.{column}"


def install() -> None:
    """Check every session's flushes (idempotent)."""
    if not event.contains(Session, "before_flush", check_text_lengths):
        event.listen(Session, "before_flush", check_text_lengths)


install()
