"""Reading the audit trail: who changed what when, with old and new values, in a clerk's words.

The trail is the event table (see :mod:`casebook.store.audit_trail`); this module only reads it.
There is deliberately no function here, or anywhere in the program, that changes or deletes an event.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from casebook.domain.enums import (
    AssignmentRole,
    AssignmentStatus,
    CaseKind,
    CaseState,
    ContactMethod,
    ContactPerson,
    LabelledEnum,
    LeaderKind,
    SessionKind,
    SupervisionKind,
    UnitKind,
)
from casebook.domain.roles import Role
from casebook.domain.workflow import Action
from casebook.i18n import noop, translate
from casebook.services.admin.office import load_settings
from casebook.store.database import Database
from casebook.store.models import Base, Case, CongressSession, Event

# Event actions that are not handling steps (those are labelled by Action).
_OTHER_ACTIONS = {
    "record_insert": noop("Audit", "Record added"),
    "record_update": noop("Audit", "Record changed"),
    "record_delete": noop("Audit", "Record deleted"),
    "sign_in": noop("Audit", "Signed in"),
    "sign_in_failed": noop("Audit", "Sign-in refused"),
    "sign_in_throttled": noop("Audit", "Sign-in refused: too many wrong passwords, wait"),
    "add_account": noop("Audit", "Account created"),
    "change_account": noop("Audit", "Account role changed"),
    "enable_account": noop("Audit", "Account switched on"),
    "disable_account": noop("Audit", "Account switched off"),
    "reset_password_account": noop("Audit", "Password reset"),
    "change_password_account": noop("Audit", "Password changed"),
    "change_setting": noop("Audit", "Office setting changed"),
    "set_holiday_calendar": noop("Audit", "Holiday calendar changed"),
}
_VERBS = {
    "add": noop("Audit", "Added"),
    "edit": noop("Audit", "Changed"),
    "delete": noop("Audit", "Deleted"),
    "retire": noop("Audit", "Retired"),
    "restore": noop("Audit", "Restored"),
}
_TABLES = {
    "case_record": noop("Audit", "case"),
    "case_cosigner": noop("Audit", "co-signer"),
    "case_link": noop("Audit", "joint handling"),
    "assignment": noop("Audit", "assignment"),
    "reply": noop("Audit", "reply"),
    "rating": noop("Audit", "rating"),
    "follow_up": noop("Audit", "follow-up review"),
    "supervision_record": noop("Audit", "supervision record"),
    "assignment_extension": noop("Audit", "deadline extension"),
    "unit_change_request": noop("Audit", "change-of-unit request"),
    "congress_session": noop("Audit", "session"),
    "delegation": noop("Audit", "delegation"),
    "deputy_group": noop("Audit", "deputy group"),
    "deputy": noop("Audit", "deputy"),
    "handling_unit": noop("Audit", "handling unit"),
    "special_committee": noop("Audit", "special committee"),
    "leader": noop("Audit", "leader"),
    "category": noop("Audit", "category"),
    "office_setting": noop("Audit", "office setting"),
    "holiday_calendar": noop("Audit", "holiday calendar"),
    "account": noop("Audit", "account"),
    # issue 21's records beside the cases
    "evaluation": noop("Audit", "evaluation"),
    "deliberation": noop("Audit", "deliberation or inquiry"),
    "deliberation_unit": noop("Audit", "unit questioned"),
    "deliberation_item": noop("Audit", "follow-up item"),
    "year_decision": noop("Audit", "year decision"),
    "reply_meeting": noop("Audit", "meeting with the deputy"),
    "liaison_station": noop("Audit", "station"),
    "station_deputy": noop("Audit", "deputy of a station"),
    "voter_opinion": noop("Audit", "opinion of the public"),
}
_FIELDS = {
    "number": noop("Audit", "number"),
    "kind": noop("Audit", "kind"),
    "submitted_kind": noop("Audit", "submitted as"),
    "title": noop("Audit", "title"),
    "body": noop("Audit", "content"),
    "category_id": noop("Audit", "category"),
    "submitted_on": noop("Audit", "submitted on"),
    "lead_deputy_id": noop("Audit", "lead deputy"),
    "deputy_id": noop("Audit", "deputy"),
    "delegation_id": noop("Audit", "delegation"),
    "session_id": noop("Audit", "session"),
    "state": noop("Audit", "state"),
    "handling_round": noop("Audit", "round"),
    "is_key": noop("Audit", "key case"),
    "remarks": noop("Audit", "remarks"),
    "unit_id": noop("Audit", "handling unit"),
    "role": noop("Audit", "role"),
    "status": noop("Audit", "status"),
    "assigned_on": noop("Audit", "assigned on"),
    "acknowledged_on": noop("Audit", "acknowledged on"),
    "due_on": noop("Audit", "due on"),
    "ended_on": noop("Audit", "ended on"),
    "replied_on": noop("Audit", "replied on"),
    "result_code": noop("Audit", "result"),
    "summary": noop("Audit", "summary"),
    "rated_on": noop("Audit", "rated on"),
    "overall": noop("Audit", "satisfaction"),
    "comment": noop("Audit", "comment"),
    "name": noop("Audit", "name"),
    "retired": noop("Audit", "retired"),
    "value": noop("Audit", "value"),
    "active": noop("Audit", "active"),
    "password_hash": noop("Audit", "password"),
    "closed_on": noop("Audit", "closed on"),
    "withdrawn_on": noop("Audit", "withdrawn on"),
    "position": noop("Audit", "position"),
    "deputy_ids": noop("Audit", "co-signers"),
    "full_name": noop("Audit", "full name"),
    "created_by": noop("Audit", "created by"),
    "note": noop("Audit", "note"),
    "replaced_by_id": noop("Audit", "replaced by"),
    "contact_method": noop("Audit", "contact method"),
    "contact_person": noop("Audit", "contacted person"),
    "signed_by": noop("Audit", "signed by"),
    "opinion": noop("Audit", "opinion"),
    "handling_level": noop("Audit", "handling work"),
    "result_level": noop("Audit", "handling result"),
    "entered_by": noop("Audit", "entered by"),
    "reviewed_on": noop("Audit", "reviewed on"),
    "measures": noop("Audit", "measures"),
    "held_on": noop("Audit", "held on"),
    "participants": noop("Audit", "participants"),
    "notes": noop("Audit", "notes"),
    "phone": noop("Audit", "phone"),
    "group_id": noop("Audit", "deputy group"),
    "year": noop("Audit", "year"),
    "term": noop("Audit", "term"),
    "meeting_number": noop("Audit", "meeting"),
    "starts_on": noop("Audit", "starts on"),
    "ends_on": noop("Audit", "ends on"),
    "key_designated_by": noop("Audit", "key case designated by"),
    "supervising_leader_id": noop("Audit", "supervising leader"),
    "supervising_committee_id": noop("Audit", "supervising committee"),
    "leading_leader_id": noop("Audit", "leader leading the handling"),
    "converted_on": noop("Audit", "handled as a suggestion on"),
    "key": noop("Audit", "setting"),
    "leader_id": noop("Audit", "leader"),
    "committee_id": noop("Audit", "committee"),
    "linked_case_id": noop("Audit", "joined case"),
    "linked_on": noop("Audit", "joined on"),
    "approved_on": noop("Audit", "approved on"),
    "approved_by": noop("Audit", "approved by"),
    "previous_due_on": noop("Audit", "previous due date"),
    "new_due_on": noop("Audit", "new due date"),
    "reason": noop("Audit", "reason"),
    "requested_on": noop("Audit", "requested on"),
    "requested_unit_id": noop("Audit", "unit suggested"),
    "decided_on": noop("Audit", "decided on"),
    "approved": noop("Audit", "approved"),
    "new_unit_id": noop("Audit", "new unit"),
    "decided_by": noop("Audit", "decided by"),
    "decision_note": noop("Audit", "decision note"),
    "day": noop("Audit", "day"),
    "is_working_day": noop("Audit", "working day"),
    "score": noop("Audit", "score"),
    "grade": noop("Audit", "grade"),
    "evaluator": noop("Audit", "evaluator"),
    "evaluated_on": noop("Audit", "evaluated on"),
    "comments": noop("Audit", "comments"),
    "document_number": noop("Audit", "document number"),
    "deliberation_id": noop("Audit", "deliberation"),
    "content": noop("Audit", "content"),
    "done_on": noop("Audit", "done on"),
    "done_note": noop("Audit", "how it was done"),
    "reply_id": noop("Audit", "reply"),
    "stage": noop("Audit", "stage"),
    "met_on": noop("Audit", "met on"),
    "form": noop("Audit", "form"),
    "people": noop("Audit", "people met"),
}
# Fields whose name means something else in another table (a co-signer's place in the order, a
# deputy's work unit and post): the same words as the form and the exports use.
_TABLE_FIELDS = {
    ("case_cosigner", "position"): noop("Audit", "place in the order"),
    ("deputy", "position"): noop("Audit", "work unit and post"),
}
# Fields holding the id of a named record: the trail shows the name.
_NAMED = {
    "category_id": "category",
    "lead_deputy_id": "deputy",
    "deputy_id": "deputy",
    "delegation_id": "delegation",
    "session_id": "congress_session",
    "unit_id": "handling_unit",
    "requested_unit_id": "handling_unit",
    "new_unit_id": "handling_unit",
    "supervising_leader_id": "leader",
    "leading_leader_id": "leader",
    "leader_id": "leader",
    "supervising_committee_id": "special_committee",
    "committee_id": "special_committee",
    "group_id": "deputy_group",
    "deputy_ids": "deputy",
}


# Fields holding a value of one of the register's vocabularies: the trail shows its label.
_VOCABULARIES: dict[tuple[str, str], type[LabelledEnum] | type[Role]] = {
    ("case_record", "kind"): CaseKind,
    ("case_record", "submitted_kind"): CaseKind,
    ("case_record", "state"): CaseState,
    ("assignment", "role"): AssignmentRole,
    ("assignment", "status"): AssignmentStatus,
    ("handling_unit", "kind"): UnitKind,
    ("congress_session", "kind"): SessionKind,
    ("leader", "kind"): LeaderKind,
    ("reply", "contact_method"): ContactMethod,
    ("reply", "contact_person"): ContactPerson,
    ("supervision_record", "kind"): SupervisionKind,
    ("account", "role"): Role,
}


_RATING_FIELDS = frozenset({"overall", "handling_level", "result_level"})
# The parent's id on a child row: the entry's subject already names the case.
_PARENT_IDS = frozenset({"case_id", "assignment_id"})


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None
    since: date | None = None  # recorded on or after this day
    until: date | None = None  # recorded on or before this day
    case_ids: tuple[int, ...] | None = None
    text: str | None = None  # in the action, the record or a value (case-insensitive)


@dataclass(frozen=True)
class FieldChange:
    table: str
    row: int | None
    operation: str
    field: str | None
    old: Any
    new: Any
    field_label: str
    old_text: str
    new_text: str


@dataclass(frozen=True)
class AuditEntry:
    id: int
    recorded_at: datetime
    user: str
    action: str
    what: str  # the action in words
    subject: str  # the case (市九届人大二次会议第0012号) or the record (handling unit 市交通运输局)
    case_id: int | None
    business_date: date | None
    details: dict[str, Any]
    changes: tuple[FieldChange, ...] = field(default=())

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "recorded_at": self.recorded_at.isoformat(timespec="seconds"),
            "user": self.user,
            "action": self.action,
            "what": self.what,
            "subject": self.subject,
            "case_id": self.case_id,
            "business_date": self.business_date.isoformat() if self.business_date else None,
            "details": self.details,
            "changes": [
                {
                    "table": c.table,
                    "row": c.row,
                    "operation": c.operation,
                    "field": c.field,
                    "old": c.old,
                    "new": c.new,
                    "old_text": c.old_text,
                    "new_text": c.new_text,
                }
                for c in self.changes
            ],
        }


def action_label(action: str) -> str:
    """A step of the workflow, or another kind of event, in words ("Assign", "Added handling unit")."""
    if action in Action.__members__.values():
        return Action(action).label
    if action in _OTHER_ACTIONS:
        return translate("Audit", _OTHER_ACTIONS[action])
    verb, _, table = action.partition("_")
    if verb in _VERBS and table in _TABLES:
        return f"{translate('Audit', _VERBS[verb])} {translate('Audit', _TABLES[table])}"
    return action


def table_label(table: str) -> str:
    return translate("Audit", _TABLES[table]) if table in _TABLES else table


def audit_users(db: Database) -> list[str]:
    """Everyone the trail names, for the audit view's user filter."""
    with db.read() as session:
        return sorted(session.scalars(select(Event.user).distinct()))


def cases_numbered(db: Database, number: str, session_name: str | None = None) -> list[int]:
    """The ids of the cases with that number (in every session, or in the one named)."""
    with db.read() as session:
        query = select(Case.id).where(Case.number == number.strip())
        if session_name:
            query = query.join(CongressSession, CongressSession.id == Case.session_id).where(
                CongressSession.name == session_name.strip()
            )
        return list(session.scalars(query.order_by(Case.id)))


def audit_entries(
    db: Database, where: AuditFilter = AuditFilter(), *, limit: int | None = None, newest_first: bool = True
) -> list[AuditEntry]:
    """The events that match, each with its changes in words."""
    with db.read() as session:
        query = _filtered(select(Event), where)
        order = Event.id.desc() if newest_first else Event.id
        events = list(session.scalars(query.order_by(order).limit(limit)))
        names = _Names(session, events)
        entries = [_entry(event, names) for event in events]
    if where.text:
        needle = where.text.strip().casefold()
        entries = [e for e in entries if needle in _haystack(e)]
    return entries


def count_entries(db: Database, where: AuditFilter = AuditFilter()) -> int:
    with db.read() as session:
        return session.scalar(_filtered(select(func.count(Event.id)), where)) or 0


def case_history(db: Database, case_id: int) -> list[AuditEntry]:
    """A case's history, oldest first: each step, who took it and when, and what it changed."""
    return audit_entries(db, AuditFilter(case_ids=(case_id,)), newest_first=False)


def _filtered(query: Select[Any], where: AuditFilter) -> Select[Any]:
    if where.user:
        query = query.where(Event.user == where.user)
    if where.since is not None:
        query = query.where(Event.recorded_at >= datetime.combine(where.since, time()))
    if where.until is not None:
        query = query.where(Event.recorded_at < datetime.combine(where.until + timedelta(days=1), time()))
    if where.case_ids is not None:
        query = query.where(Event.case_id.in_(where.case_ids))
    return query


def _haystack(entry: AuditEntry) -> str:
    parts = [entry.user, entry.what, entry.subject, entry.action]
    parts += [f"{c.field_label} {c.old_text} {c.new_text}" for c in entry.changes]
    return " ".join(parts).casefold()


class _Names:
    """The names behind the ids an event list mentions, read in one query per table."""

    def __init__(self, session: Session, events: Sequence[Event]) -> None:
        wanted: dict[str, set[int]] = {}
        case_ids = {e.case_id for e in events if e.case_id is not None}
        for event in events:
            if event.entity in _TABLES and event.entity_id is not None:
                wanted.setdefault(event.entity, set()).add(event.entity_id)
            for change in event.changes or []:
                table = _NAMED.get(str(change.get("field")))
                for value in (change.get("old"), change.get("new")):
                    for one in value if isinstance(value, list) else [value]:
                        if table is not None and isinstance(one, int):
                            wanted.setdefault(table, set()).add(one)
        self.ratings = {o.code: o.label for o in load_settings(session).rating_options}
        self.names: dict[tuple[str, int], str] = {}
        for table, ids in wanted.items():
            model = _model(table)
            if model is not None and hasattr(model, "name"):
                for row_id, name in session.execute(select(model.id, model.name).where(model.id.in_(ids))):
                    self.names[(table, row_id)] = str(name)
        self.cases: dict[int, str] = {}
        if case_ids:
            rows = session.execute(
                select(Case.id, Case.number, CongressSession.name)
                .join(CongressSession, CongressSession.id == Case.session_id)
                .where(Case.id.in_(case_ids))
            )
            label = translate("Case", noop("Case", "{session} No. {number}"))
            self.cases = {case_id: label.format(session=s, number=n) for case_id, n, s in rows}

    def value(self, table: str, field_name: str | None, value: Any) -> str:
        named = _NAMED.get(field_name or "")
        if named is not None and isinstance(value, int):
            return self.names.get((named, value), f"#{value}")
        if named is not None and isinstance(value, list):
            return "、".join(self.value(table, field_name, one) for one in value)
        if table == "rating" and field_name in _RATING_FIELDS and isinstance(value, str):
            return self.ratings.get(value, value)
        vocabulary = _VOCABULARIES.get((table, field_name or ""))
        if vocabulary is not None and isinstance(value, str):
            try:
                return vocabulary(value).label
            except ValueError:
                return value
        return _text(value)


def _model(table: str) -> Any:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table:  # type: ignore[attr-defined]
            return mapper.class_
    return None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return translate("Audit", noop("Audit", "yes")) if value else translate("Audit", noop("Audit", "no"))
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _entry(event: Event, names: _Names) -> AuditEntry:
    if event.case_id is not None:
        subject = names.cases.get(event.case_id, f"#{event.case_id}")
    elif event.entity is not None:
        name = names.names.get((event.entity, event.entity_id or 0)) or event.details.get("name") or ""
        subject = f"{table_label(event.entity)} {name}".strip()
    else:
        subject = str(event.details.get("name") or event.details.get("key") or "")
    return AuditEntry(
        id=event.id,
        recorded_at=event.recorded_at,
        user=event.user,
        action=event.action,
        what=action_label(event.action),
        subject=subject,
        case_id=event.case_id,
        business_date=event.business_date,
        details=dict(event.details or {}),
        changes=tuple(_changes(event.changes or [], names)),
    )


def _changes(raw: Iterable[dict[str, Any]], names: _Names) -> Iterable[FieldChange]:
    for change in raw:
        name = change.get("field")
        if name in _PARENT_IDS:
            continue
        table = str(change.get("table") or "")
        text = _TABLE_FIELDS.get((table, name or "")) or _FIELDS.get(name or "")
        label = translate("Audit", text) if text else (name or table_label(table))
        if name is not None and table not in ("case_record", ""):
            label = f"{table_label(table)}·{label}"
        yield FieldChange(
            table=table,
            row=change.get("row"),
            operation=str(change.get("operation") or ""),
            field=name,
            old=change.get("old"),
            new=change.get("new"),
            field_label=label,
            old_text=names.value(table, name, change.get("old")),
            new_text=names.value(table, name, change.get("new")),
        )
