"""Looking after the reference data: add, edit, retire (停用), reinstate (启用) and delete.

A value in use is never deleted, only retired: old cases keep it while the forms stop offering it.
Every change is one transaction with one event. The rows, with their usage counts, come from
:mod:`casebook.services.admin.reference_admin_rows` (re-exported here).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.enums import LeaderKind, SessionKind, UnitKind
from casebook.domain.errors import NotFound, RuleViolation
from casebook.domain.roles import Permission
from casebook.i18n import noop
from casebook.services.admin import reference
from casebook.services.admin.reference_admin_rows import (
    MODELS,
    DeputyGroupRow,
    DeputyRow,
    LeaderRow,
    ReferenceChoice,
    ReferenceKind,
    ReferenceRow,
    SessionRow,
    UnitRow,
    Usage,
    active_choices,
    count_items,
    get_item,
    list_items,
    load_row,
)
from casebook.services.admin.stations import refuse_if_named_by_opinions
from casebook.services.queries.unit_records import unit_record_count
from casebook.services.steps.case_access import record_event
from casebook.store.database import Database
from casebook.store.models import Leader
from casebook.store.values import plain

__all__ = [
    "DeputyDraft",
    "DeputyGroupDraft",
    "DeputyGroupRow",
    "DeputyRow",
    "Draft",
    "LeaderDraft",
    "LeaderRow",
    "NameDraft",
    "ReferenceChoice",
    "ReferenceKind",
    "ReferenceRow",
    "SessionDraft",
    "SessionRow",
    "UnitDraft",
    "UnitRow",
    "Usage",
    "active_choices",
    "add_item",
    "count_items",
    "delete_item",
    "draft_of",
    "edit_item",
    "get_item",
    "list_items",
    "set_retired",
]


@dataclass(frozen=True)
class NameDraft:
    """A delegation, special committee or category: just its name."""

    name: str


@dataclass(frozen=True)
class SessionDraft:
    name: str
    year: int
    session_kind: SessionKind = SessionKind.MEETING
    term: int | None = None
    meeting_number: int | None = None
    starts_on: date | None = None
    ends_on: date | None = None


@dataclass(frozen=True)
class DeputyGroupDraft:
    name: str
    delegation_id: int | None = None


@dataclass(frozen=True)
class DeputyDraft:
    name: str
    delegation_id: int | None = None
    group_id: int | None = None
    position: str | None = None  # 工作单位及职务
    phone: str | None = None


@dataclass(frozen=True)
class UnitDraft:
    name: str
    unit_kind: UnitKind = UnitKind.GOVERNMENT


@dataclass(frozen=True)
class LeaderDraft:
    name: str
    leader_kind: LeaderKind
    title: str | None = None


Draft = NameDraft | SessionDraft | DeputyGroupDraft | DeputyDraft | UnitDraft | LeaderDraft

DRAFTS: dict[ReferenceKind, type[Any]] = {
    ReferenceKind.SESSION: SessionDraft,
    ReferenceKind.DELEGATION: NameDraft,
    ReferenceKind.DEPUTY_GROUP: DeputyGroupDraft,
    ReferenceKind.DEPUTY: DeputyDraft,
    ReferenceKind.UNIT: UnitDraft,
    ReferenceKind.COMMITTEE: NameDraft,
    ReferenceKind.LEADER: LeaderDraft,
    ReferenceKind.CATEGORY: NameDraft,
}


def draft_of(row: ReferenceRow) -> Draft:
    """The row's values as a draft, for an edit form to start from."""
    if isinstance(row, SessionRow):
        return SessionDraft(
            row.name, row.year, row.session_kind, row.term, row.meeting_number, row.starts_on, row.ends_on
        )
    if isinstance(row, DeputyGroupRow):
        return DeputyGroupDraft(row.name, row.delegation_id)
    if isinstance(row, DeputyRow):
        return DeputyDraft(row.name, row.delegation_id, row.group_id, row.position, row.phone)
    if isinstance(row, UnitRow):
        return UnitDraft(row.name, row.unit_kind)
    if isinstance(row, LeaderRow):
        return LeaderDraft(row.name, row.leader_kind, row.title)
    return NameDraft(row.name)


def _text(value: str | None) -> str | None:
    """An optional text field: trimmed, and None when nothing is left."""
    clean = (value or "").strip()
    return clean or None


def _fields(kind: ReferenceKind, draft: Draft) -> dict[str, Any]:
    """The draft as the model's column values, checked."""
    if not isinstance(draft, DRAFTS[kind]):
        raise TypeError(f"a {kind} needs a {DRAFTS[kind].__name__}, not {type(draft).__name__}")
    name = reference.normalise_name(draft.name)
    if not name:
        raise RuleViolation("name_required", noop("Rule", "A name is required for the {what}."), what=kind.what)
    if isinstance(draft, SessionDraft):
        if draft.starts_on and draft.ends_on and draft.ends_on < draft.starts_on:
            raise RuleViolation(
                "session_dates",
                noop("Rule", "The session cannot end ({ends}) before it starts ({starts})."),
                ends=draft.ends_on.isoformat(),
                starts=draft.starts_on.isoformat(),
            )
        return {
            "name": name,
            "year": draft.year,
            "kind": draft.session_kind,
            "term": draft.term,
            "meeting_number": draft.meeting_number,
            "starts_on": draft.starts_on,
            "ends_on": draft.ends_on,
        }
    if isinstance(draft, DeputyGroupDraft):
        return {"name": name, "delegation_id": draft.delegation_id}
    if isinstance(draft, DeputyDraft):
        return {
            "name": name,
            "delegation_id": draft.delegation_id,
            "group_id": draft.group_id,
            "position": _text(draft.position),
            "phone": _text(draft.phone),
        }
    if isinstance(draft, UnitDraft):
        return {"name": name, "kind": draft.unit_kind}
    if isinstance(draft, LeaderDraft):
        return {"name": name, "kind": draft.leader_kind, "title": _text(draft.title)}
    return {"name": name}


def _load(session: Session, kind: ReferenceKind, item_id: int) -> Any:
    item = session.get(MODELS[kind], item_id)
    if item is None:
        raise NotFound(noop("Rule", "There is no {what} with id {id}."), what=kind.what, id=item_id)
    return item


def _refuse_duplicate(session: Session, kind: ReferenceKind, fields: dict[str, Any], item_id: int | None) -> None:
    """Names are unique within a kind (a leader's within its kind of leader); deputies may share one."""
    if kind is ReferenceKind.DEPUTY:
        return
    model = MODELS[kind]
    query = select(model.id).where(model.name == fields["name"])
    if kind is ReferenceKind.LEADER:
        query = query.where(Leader.kind == fields["kind"])
    if item_id is not None:
        query = query.where(model.id != item_id)
    if session.scalar(query) is not None:
        raise RuleViolation("duplicate_name", noop("Rule", "“{name}” already exists."), name=fields["name"])


def _apply(item: Any, fields: dict[str, Any]) -> dict[str, list[Any]]:
    """Set the fields that differ; returns them as {field: [old, new]} for the event."""
    changes: dict[str, list[Any]] = {}
    for key, value in fields.items():
        old = getattr(item, key)
        if old != value:
            changes[key] = [plain(old), plain(value)]
            setattr(item, key, value)
    return changes


def add_item(db: Database, kind: ReferenceKind, draft: Draft) -> ReferenceRow:
    """A new value of ``kind``, recorded with an ``add_…`` event."""
    fields = _fields(kind, draft)
    with db.write(Permission.EDIT_REFERENCE) as session:
        _refuse_duplicate(session, kind, fields, None)
        name = fields["name"]
        if isinstance(draft, SessionDraft):
            added = reference.add_session(
                db,
                name,
                draft.year,
                kind=draft.session_kind,
                term=draft.term,
                meeting_number=draft.meeting_number,
                starts_on=draft.starts_on,
                ends_on=draft.ends_on,
            )
        elif isinstance(draft, DeputyGroupDraft):
            added = reference.add_deputy_group(db, name, draft.delegation_id)
        elif isinstance(draft, DeputyDraft):
            added = reference.add_deputy(
                db, name, delegation_id=draft.delegation_id, group_id=draft.group_id, position=fields["position"]
            )
            if fields["phone"] is not None:  # the one field reference.add_deputy does not take
                _edit(session, db.user, kind, added.id, fields)
        elif isinstance(draft, UnitDraft):
            added = reference.add_unit(db, name, draft.unit_kind)
        elif isinstance(draft, LeaderDraft):
            added = reference.add_leader(db, name, draft.leader_kind, fields["title"])
        else:
            add_named = {
                ReferenceKind.DELEGATION: reference.add_delegation,
                ReferenceKind.COMMITTEE: reference.add_committee,
                ReferenceKind.CATEGORY: reference.add_category,
            }[kind]
            added = add_named(db, name)
        return load_row(session, kind, added.id)


def _edit(session: Session, user: str, kind: ReferenceKind, item_id: int, fields: dict[str, Any]) -> None:
    item = _load(session, kind, item_id)
    _refuse_duplicate(session, kind, fields, item_id)
    changes = _apply(item, fields)
    if changes:
        session.flush()
        record_event(
            session, user, None, f"edit_{item.__tablename__}", None, id=item.id, name=item.name, changes=changes
        )


def edit_item(db: Database, kind: ReferenceKind, item_id: int, draft: Draft) -> ReferenceRow:
    """Change a value (its name, a unit's kind, a deputy's delegation, …); one ``edit_…`` event
    lists each changed field with its old and new value. Cases keep referring to the same value."""
    fields = _fields(kind, draft)
    with db.write(Permission.EDIT_REFERENCE) as session:
        _edit(session, db.user, kind, item_id, fields)
        return load_row(session, kind, item_id)


def set_retired(db: Database, kind: ReferenceKind, item_id: int, retired: bool) -> ReferenceRow:
    """Retire (停用) a value so the forms stop offering it, or reinstate (启用) it."""
    with db.write(Permission.EDIT_REFERENCE) as session:
        item = _load(session, kind, item_id)
        if item.retired != retired:
            item.retired = retired
            action = "retire" if retired else "reinstate"
            session.flush()
            record_event(session, db.user, None, f"{action}_{item.__tablename__}", None, id=item.id, name=item.name)
        return load_row(session, kind, item_id)


def delete_item(db: Database, kind: ReferenceKind, item_id: int) -> None:
    """Delete a value nothing refers to; a value in use is refused (retire it instead)."""
    with db.write(Permission.EDIT_REFERENCE) as session:
        row = load_row(session, kind, item_id)
        _refuse_in_use(row)
        refuse_if_named_by_opinions(  # issue 21's stations and 群众意见
            session,
            item_id if kind is ReferenceKind.DEPUTY else None,
            item_id if kind is ReferenceKind.CATEGORY else None,
            row.name,
        )
        records = unit_record_count(session, item_id) if kind is ReferenceKind.UNIT else 0
        if records:  # evaluations, decisions, deliberations (issue 21) name it
            raise RuleViolation(
                "in_use",
                noop(
                    "Rule", "“{name}” is named by {count} evaluations, decisions or deliberations; retire it instead."
                ),
                name=row.name,
                count=records,
            )
        item = _load(session, kind, item_id)
        session.delete(item)
        session.flush()
        record_event(session, db.user, None, f"delete_{item.__tablename__}", None, id=row.id, name=row.name)


def _refuse_in_use(row: ReferenceRow) -> None:
    usage = row.usage
    if usage.cases:
        template = noop("Rule", "“{name}” is used by {count} cases, so it cannot be deleted; retire it instead.")
        count = usage.cases
    elif usage.deputies:
        template = noop("Rule", "“{name}” has {count} deputies, so it cannot be deleted; retire it instead.")
        count = usage.deputies
    elif usage.groups:
        template = noop("Rule", "“{name}” has {count} deputy groups, so it cannot be deleted; retire it instead.")
        count = usage.groups
    else:
        return
    raise RuleViolation("in_use", template, name=row.name, count=count)
