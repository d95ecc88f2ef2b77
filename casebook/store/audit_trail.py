"""The audit trail: every field a write transaction changed, kept on the event table.

A listener on each flush collects, for every row of our tables that was inserted, updated or
deleted, the fields and their old and new values (see :func:`collect_changes`). The services add
their events as before (``record_event``); just before the outermost write transaction commits,
:func:`write_trail` hands each event of the transaction the changes of its case (or of its record,
for reference data and settings), and writes an event of its own for changes no step named. Every
event leaves the transaction with ``changes`` set (an empty list when there were none): the
database's trigger (migration 0008) refuses any later UPDATE of an event, and the program has no
function that changes or deletes one (emptying a trial register aside, see register_reset).

A failed SAVEPOINT (one row of an import) takes its changes and events out of the lists again
(:func:`mark` and :func:`roll_back_to`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event as orm_event
from sqlalchemy import inspect
from sqlalchemy.orm import Session, sessionmaker

from casebook import clock
from casebook.store.models import (
    Assignment,
    AssignmentExtension,
    Base,
    Case,
    CaseFactRow,
    Event,
    EventChainHead,
    Reply,
    UnitChangeRequest,
    UnitFactRow,
)
from casebook.store.values import plain

CHANGES = "casebook_audit_changes"
EVENTS = "casebook_audit_events"

# Rows that are not facts of their own: derived figures (rebuilt from the cases) and the trail itself.
_NOT_AUDITED: tuple[type[Base], ...] = (Event, EventChainHead, CaseFactRow, UnitFactRow)
# Bookkeeping columns every UPDATE of a case touches; who and when is the event's own.
_BOOKKEEPING = frozenset({"id", "version", "updated_at", "updated_by", "created_at"})
_table_names = tuple(table.name for table in Base.metadata.sorted_tables)
_SECRET = frozenset({"password_hash"})
# How a password is hashed is no business of the trail (the hash itself shows as "changed"), nor
# are an attachment's bytes (its name, size and hash are).
_UNSHOWN = frozenset({"salt", "scrypt_n", "scrypt_r", "scrypt_p", "last_sign_in", "file_bytes"})
HIDDEN = "******"


@dataclass(frozen=True)
class RowChange:
    """One row inserted, updated or deleted: ``fields`` maps each changed field to (old, new)."""

    table: str
    row: int | None
    operation: str  # insert | update | delete
    case_id: int | None
    fields: dict[str, tuple[Any, Any]]

    def as_json(self) -> list[dict[str, Any]]:
        return [
            {"table": self.table, "row": self.row, "operation": self.operation, "field": name, "old": old, "new": new}
            for name, (old, new) in self.fields.items()
        ] or [
            {"table": self.table, "row": self.row, "operation": self.operation, "field": None, "old": None, "new": None}
        ]


def install(sessions: sessionmaker[Session]) -> None:
    """Collect the changes of every flush of ``sessions``'s sessions."""
    orm_event.listen(sessions, "after_flush", _after_flush)


def track_event(session: Session, event: Event) -> None:
    """An event added in this transaction: it receives its changes before the commit."""
    session.info.setdefault(EVENTS, []).append(event)


def note_change(session: Session, change: RowChange) -> None:
    """A change made with a bulk statement (which the flush listener does not see)."""
    session.info.setdefault(CHANGES, []).append(change)


def mark(session: Session) -> tuple[int, int]:
    return len(session.info.get(CHANGES, ())), len(session.info.get(EVENTS, ()))


def roll_back_to(session: Session, position: tuple[int, int]) -> None:
    """Forget what a rolled-back SAVEPOINT collected."""
    del session.info.setdefault(CHANGES, [])[position[0] :]
    del session.info.setdefault(EVENTS, [])[position[1] :]


def events_awaiting_trail(session: Session) -> bool:
    """Whether events of this transaction still wait for :func:`write_trail` (their changes, and
    perhaps their record, are not set yet)."""
    return bool(session.info.get(EVENTS))


def forget(session: Session) -> None:
    session.info.pop(CHANGES, None)
    session.info.pop(EVENTS, None)


def write_trail(session: Session, user: str) -> None:
    """Give each event of the transaction its changes; write an event for changes no step named."""
    session.flush()
    changes: list[RowChange] = session.info.pop(CHANGES, [])
    events: list[Event] = session.info.pop(EVENTS, [])
    by_case: dict[int, list[RowChange]] = {}
    by_record: dict[tuple[str, int | None], list[RowChange]] = {}
    for change in changes:
        if change.case_id is not None:
            by_case.setdefault(change.case_id, []).append(change)
        else:
            by_record.setdefault((change.table, change.row), []).append(change)
    given: dict[int, list[dict[str, Any]]] = {}
    first_of_case: dict[int, Event] = {}
    for event in events:
        if event.case_id is not None:
            first_of_case.setdefault(event.case_id, event)
    for case_id, case_changes in by_case.items():
        target = first_of_case.get(case_id)
        if target is None:
            target = _new_event(session, user, case_changes, case_id=case_id)
            events.append(target)
        given.setdefault(id(target), []).extend(_entries(case_changes))
    case_less = [e for e in events if e.case_id is None]
    naming: dict[tuple[str, object], Event] = {}
    for event in reversed(case_less):  # the first event naming a record wins
        record_id = event.details.get("id")
        for table in _table_names:
            if event.action.endswith(table):
                naming[(table, record_id)] = event
    for (table, row), record_changes in by_record.items():
        target = naming.get((table, row))
        if target is None:
            target = next((e for e in case_less if e.entity is None and id(e) not in given), None)
        if target is None:
            target = _new_event(session, user, record_changes, case_id=None)
            events.append(target)
        if target.entity is None:
            target.entity, target.entity_id = table, row
        given.setdefault(id(target), []).extend(_entries(record_changes))
    for event in events:
        event.changes = given.get(id(event), [])
    session.flush()
    forget(session)


def _new_event(session: Session, user: str, changes: list[RowChange], *, case_id: int | None) -> Event:
    operations = {c.operation for c in changes}
    operation = operations.pop() if len(operations) == 1 else "update"
    first = changes[0]
    event = Event(
        case_id=case_id,
        action=f"record_{operation}",
        business_date=None,
        recorded_at=clock.now(),
        user=user,
        details={},
        entity=None if case_id is not None else first.table,
        entity_id=None if case_id is not None else first.row,
    )
    session.add(event)
    return event


def _entries(changes: Iterable[RowChange]) -> list[dict[str, Any]]:
    return [entry for change in changes for entry in change.as_json()]


def _after_flush(session: Session, _context: Any) -> None:
    collected = session.info.setdefault(CHANGES, [])
    for operation, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            if isinstance(obj, Base) and not isinstance(obj, _NOT_AUDITED):
                change = collect_changes(session, obj, operation)
                if change is not None:
                    collected.append(change)


def collect_changes(session: Session, obj: Base, operation: str) -> RowChange | None:
    """The fields of ``obj`` this flush wrote, with their old and new values."""
    state = inspect(obj)
    fields: dict[str, tuple[Any, Any]] = {}
    for attr in state.mapper.column_attrs:
        name = attr.key
        if name in _BOOKKEEPING or name in _UNSHOWN:
            continue
        history = state.attrs[name].history
        if operation == "insert":
            new = history.added[0] if history.added else getattr(obj, name, None)
            if _recorded(new):
                fields[name] = (None, _shown(name, new))
        elif operation == "delete":
            old = history.unchanged[0] if history.unchanged else (history.deleted[0] if history.deleted else None)
            if old not in (None, "", [], {}):
                fields[name] = (_shown(name, old), None)
        elif history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                fields[name] = (_shown(name, old), _shown(name, new))
    if operation == "update" and not fields:
        return None
    key = state.mapper.primary_key_from_instance(obj)
    row = key[0] if len(key) == 1 and isinstance(key[0], int) else None
    return RowChange(state.mapper.local_table.name, row, operation, _case_of(session, obj), fields)  # type: ignore[attr-defined]


def inserted_fields(model: type[Base], values: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    """The fields a flush records for a row of ``model`` inserted with ``values``, as
    :func:`collect_changes` does (for rows a ledger import writes with one statement for many)."""
    fields: dict[str, tuple[Any, Any]] = {}
    get = values.get
    for name in _shown_columns(model):
        new = get(name)
        if new is not None and new not in _EMPTY:  # most left-out values are None: no comparisons for them
            fields[name] = (None, _shown(name, new))
    return fields


_SHOWN_COLUMNS: dict[type[Base], list[str]] = {}


def _shown_columns(model: type[Base]) -> list[str]:
    """The columns of ``model`` the trail shows, in the mapper's order."""
    if model not in _SHOWN_COLUMNS:
        keys = [attr.key for attr in inspect(model).column_attrs]
        _SHOWN_COLUMNS[model] = [key for key in keys if key not in _BOOKKEEPING and key not in _UNSHOWN]
    return _SHOWN_COLUMNS[model]


def _recorded(value: Any) -> bool:
    """An inserted value the trail shows (an empty one it leaves out)."""
    return value not in _EMPTY


_EMPTY: tuple[Any, ...] = (None, "", [], {})


def _shown(name: str, value: Any) -> Any:
    return HIDDEN if name in _SECRET else plain(value)


def _case_of(session: Session, obj: Base) -> int | None:
    """The case a row belongs to, if it belongs to one."""
    if isinstance(obj, Case):
        return obj.id
    case_id = getattr(obj, "case_id", None)
    if isinstance(case_id, int):
        return case_id
    if isinstance(obj, AssignmentExtension | UnitChangeRequest | Reply):
        assignment = session.get(Assignment, obj.assignment_id)
        return assignment.case_id if assignment is not None else None
    return None
