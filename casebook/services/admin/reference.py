"""Reference data: sessions, delegations, deputy groups, deputies, units, committees, leaders,
categories. Names are matched after trimming and width-normalising (全角 → 半角)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.enums import LeaderKind, SessionKind, UnitKind
from casebook.domain.errors import NotFound, RuleViolation
from casebook.domain.names import visible
from casebook.domain.roles import Permission
from casebook.domain.supervision_tiers import DEFAULT_CATEGORY_COMMITTEES
from casebook.i18n import noop, translate
from casebook.services.steps.case_access import record_event
from casebook.store.database import Database
from casebook.store.models import (
    Category,
    CongressSession,
    Delegation,
    Deputy,
    DeputyGroup,
    HandlingUnit,
    Leader,
    SpecialCommittee,
)

Named = TypeVar("Named", Category, CongressSession, Delegation, DeputyGroup, HandlingUnit, SpecialCommittee)


def normalise_name(name: str) -> str:
    """Trim, fold full-width letters, digits and spaces to half-width, drop inner spaces and invisible
    characters (zero-width, direction marks: casebook.domain.names)."""
    return "".join(visible(name).split())


@dataclass(frozen=True)
class ReferenceItem:
    id: int
    name: str
    retired: bool


def _require_name(name: str, what: str) -> str:
    clean = normalise_name(name)
    if not clean:
        raise RuleViolation(
            "name_required",
            noop("Rule", "A name is required for the {what}."),
            what=translate("Reference", what),
        )
    return clean


def _find_by_name(session: Session, model: type[Named], name: str) -> Named | None:
    return session.scalar(select(model).where(model.name == normalise_name(name)))


def _add_named(
    db: Database, model: type[Named], name: str, what: str, needs: Permission, **fields: Any
) -> ReferenceItem:
    with db.write(needs) as session:
        clean = _require_name(name, what)
        if _find_by_name(session, model, clean) is not None:
            raise RuleViolation("duplicate_name", noop("Rule", "“{name}” already exists."), name=clean)
        item = model(name=clean, **fields)
        session.add(item)
        session.flush()
        record_event(session, db.user, None, f"add_{model.__tablename__}", None, id=item.id, name=clean, **fields)
        return ReferenceItem(item.id, item.name, item.retired)


def add_session(
    db: Database,
    name: str,
    year: int,
    *,
    kind: SessionKind = SessionKind.MEETING,
    term: int | None = None,
    meeting_number: int | None = None,
    starts_on: date | None = None,
    ends_on: date | None = None,
    needs: Permission = Permission.EDIT_REFERENCE,
) -> ReferenceItem:
    """A congress meeting (市九届人大二次会议) or the interim period of a year (2023年闭会期间)."""
    return _add_named(
        db,
        CongressSession,
        name,
        noop("Reference", "session"),
        needs,
        kind=kind,
        year=year,
        term=term,
        meeting_number=meeting_number,
        starts_on=starts_on,
        ends_on=ends_on,
    )


def add_delegation(db: Database, name: str, *, needs: Permission = Permission.EDIT_REFERENCE) -> ReferenceItem:
    return _add_named(db, Delegation, name, noop("Reference", "delegation"), needs)


def add_deputy_group(db: Database, name: str, delegation_id: int | None = None) -> ReferenceItem:
    return _add_named(
        db, DeputyGroup, name, noop("Reference", "deputy group"), Permission.EDIT_REFERENCE, delegation_id=delegation_id
    )


def add_unit(
    db: Database, name: str, kind: UnitKind = UnitKind.GOVERNMENT, *, needs: Permission = Permission.EDIT_REFERENCE
) -> ReferenceItem:
    return _add_named(db, HandlingUnit, name, noop("Reference", "handling unit"), needs, kind=kind)


def add_committee(db: Database, name: str, *, needs: Permission = Permission.EDIT_REFERENCE) -> ReferenceItem:
    """A special committee; the categories it supervises by default (and that have no committee yet)
    are given to it."""
    with db.write(needs):
        item = _add_named(db, SpecialCommittee, name, noop("Reference", "special committee"), needs)
        for category, committee in DEFAULT_CATEGORY_COMMITTEES.items():
            if committee == item.name:
                with db.write(needs) as session:
                    found = session.scalar(select(Category).where(Category.name == category))
                    if found is not None and found.committee_id is None:
                        found.committee_id = item.id
        return item


def add_category(
    db: Database, name: str, *, committee_id: int | None = None, needs: Permission = Permission.EDIT_REFERENCE
) -> ReferenceItem:
    """A subject category, supervised by ``committee_id`` (default: the committee the Zhenjiang
    defaults name for it, when that committee is in the register)."""
    with db.write(needs) as session:
        if committee_id is None and name.strip() in DEFAULT_CATEGORY_COMMITTEES:
            committee_id = session.scalar(
                select(SpecialCommittee.id).where(SpecialCommittee.name == DEFAULT_CATEGORY_COMMITTEES[name.strip()])
            )
        return _add_named(db, Category, name, noop("Reference", "category"), needs, committee_id=committee_id)


def set_category_committee(
    db: Database, category_id: int, committee_id: int | None, *, needs: Permission = Permission.EDIT_REFERENCE
) -> None:
    """专工委分类督办: which special committee supervises the cases of a category (None: none)."""
    with db.write(needs) as session:
        category = session.get(Category, category_id)
        if category is None:
            raise NotFound(noop("Rule", "There is no category with id {id}."), id=category_id)
        if committee_id is not None and session.get(SpecialCommittee, committee_id) is None:
            raise NotFound(noop("Rule", "There is no special committee with id {id}."), id=committee_id)
        old = category.committee_id
        category.committee_id = committee_id
        record_event(session, db.user, None, "set_category_committee", None, id=category.id, old=old, new=committee_id)


def add_leader(
    db: Database,
    name: str,
    kind: LeaderKind,
    title: str | None = None,
    *,
    needs: Permission = Permission.EDIT_REFERENCE,
) -> ReferenceItem:
    with db.write(needs) as session:
        clean = _require_name(name, noop("Reference", "leader"))
        exists = session.scalar(select(Leader).where(Leader.name == clean, Leader.kind == kind))
        if exists is not None:
            raise RuleViolation("duplicate_name", noop("Rule", "“{name}” already exists."), name=clean)
        leader = Leader(name=clean, kind=kind, title=title)
        session.add(leader)
        session.flush()
        record_event(session, db.user, None, "add_leader", None, id=leader.id, name=clean, kind=kind)
        return ReferenceItem(leader.id, leader.name, leader.retired)


def add_deputy(
    db: Database,
    name: str,
    *,
    delegation_id: int | None = None,
    group_id: int | None = None,
    position: str | None = None,
    needs: Permission = Permission.EDIT_REFERENCE,
) -> ReferenceItem:
    """A deputy. Two deputies may share a name; the delegation tells them apart.

    ``needs``: the permission asked for; an import passes EDIT_CASES (see ledger_reference).
    """
    with db.write(needs) as session:
        clean = _require_name(name, noop("Reference", "deputy"))
        deputy = Deputy(name=clean, delegation_id=delegation_id, group_id=group_id, position=position)
        session.add(deputy)
        session.flush()
        record_event(session, db.user, None, "add_deputy", None, id=deputy.id, name=clean, delegation_id=delegation_id)
        return ReferenceItem(deputy.id, deputy.name, deputy.retired)


def find_deputies(db: Database, name: str) -> list[ReferenceItem]:
    with db.read() as session:
        rows = session.scalars(select(Deputy).where(Deputy.name == normalise_name(name)).order_by(Deputy.id))
        return [ReferenceItem(d.id, d.name, d.retired) for d in rows]


def session_by_name(db: Database, name: str) -> ReferenceItem:
    with db.read() as session:
        found = _find_by_name(session, CongressSession, name)
        if found is None:
            raise NotFound(noop("Rule", "There is no session called “{name}”."), name=name)
        return ReferenceItem(found.id, found.name, found.retired)
