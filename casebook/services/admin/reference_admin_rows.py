"""The reference data as rows for the administration view, each with how often it is used.

Usage is counted in SQL (COUNT … GROUP BY over every table that refers to the kind), one query per
page of rows. The changes are in :mod:`casebook.services.admin.reference_admin`, which re-exports this.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal, null, or_, select, union_all
from sqlalchemy.orm import Session, aliased

from casebook.domain.enums import LeaderKind, SessionKind, UnitKind
from casebook.domain.errors import NotFound
from casebook.i18n import noop, translate
from casebook.services.admin.reference import normalise_name
from casebook.store.database import Database
from casebook.store.models import (
    Assignment,
    Case,
    CaseCosigner,
    Category,
    CongressSession,
    Delegation,
    Deputy,
    DeputyGroup,
    HandlingUnit,
    Leader,
    Rating,
    SpecialCommittee,
    SupervisionRecord,
)
from casebook.store.text_order import by_code_point


class ReferenceKind(StrEnum):
    SESSION = "session"
    DELEGATION = "delegation"
    DEPUTY_GROUP = "deputy_group"
    DEPUTY = "deputy"
    UNIT = "unit"
    COMMITTEE = "committee"
    LEADER = "leader"
    CATEGORY = "category"

    @property
    def label(self) -> str:
        """The list's name for the kind: 届次会议, 代表团, …"""
        return translate("Reference", _KIND_LABELS[self])

    @property
    def what(self) -> str:
        """One value of the kind, as messages name it: 承办单位."""
        return translate("Reference", _WHAT[self])


_KIND_LABELS = {
    ReferenceKind.SESSION: noop("Reference", "Sessions"),
    ReferenceKind.DELEGATION: noop("Reference", "Delegations"),
    ReferenceKind.DEPUTY_GROUP: noop("Reference", "Deputy groups"),
    ReferenceKind.DEPUTY: noop("Reference", "Deputies"),
    ReferenceKind.UNIT: noop("Reference", "Handling units"),
    ReferenceKind.COMMITTEE: noop("Reference", "Special committees"),
    ReferenceKind.LEADER: noop("Reference", "Leaders"),
    ReferenceKind.CATEGORY: noop("Reference", "Categories"),
}

_WHAT = {
    ReferenceKind.SESSION: noop("Reference", "session"),
    ReferenceKind.DELEGATION: noop("Reference", "delegation"),
    ReferenceKind.DEPUTY_GROUP: noop("Reference", "deputy group"),
    ReferenceKind.DEPUTY: noop("Reference", "deputy"),
    ReferenceKind.UNIT: noop("Reference", "handling unit"),
    ReferenceKind.COMMITTEE: noop("Reference", "special committee"),
    ReferenceKind.LEADER: noop("Reference", "leader"),
    ReferenceKind.CATEGORY: noop("Reference", "category"),
}

MODELS: dict[ReferenceKind, Any] = {
    ReferenceKind.SESSION: CongressSession,
    ReferenceKind.DELEGATION: Delegation,
    ReferenceKind.DEPUTY_GROUP: DeputyGroup,
    ReferenceKind.DEPUTY: Deputy,
    ReferenceKind.UNIT: HandlingUnit,
    ReferenceKind.COMMITTEE: SpecialCommittee,
    ReferenceKind.LEADER: Leader,
    ReferenceKind.CATEGORY: Category,
}

# Where a case refers to a value: (column holding the value's id, column holding the case's id).
_CASE_REFERENCES: dict[ReferenceKind, tuple[tuple[Any, Any], ...]] = {
    ReferenceKind.SESSION: ((Case.session_id, Case.id),),
    ReferenceKind.DELEGATION: ((Case.delegation_id, Case.id),),
    ReferenceKind.DEPUTY_GROUP: (),
    ReferenceKind.DEPUTY: (
        (Case.lead_deputy_id, Case.id),
        (CaseCosigner.deputy_id, CaseCosigner.case_id),
        (Rating.deputy_id, Rating.case_id),
    ),
    ReferenceKind.UNIT: ((Assignment.unit_id, Assignment.case_id),),
    ReferenceKind.COMMITTEE: (
        (Case.supervising_committee_id, Case.id),
        (SupervisionRecord.committee_id, SupervisionRecord.case_id),
    ),
    ReferenceKind.LEADER: (
        (Case.supervising_leader_id, Case.id),
        (Case.leading_leader_id, Case.id),
        (SupervisionRecord.leader_id, SupervisionRecord.case_id),
    ),
    ReferenceKind.CATEGORY: ((Case.category_id, Case.id),),
}
# Deputies and deputy groups that belong to a value.
_DEPUTY_REFERENCES = {ReferenceKind.DELEGATION: Deputy.delegation_id, ReferenceKind.DEPUTY_GROUP: Deputy.group_id}
_GROUP_REFERENCES = {ReferenceKind.DELEGATION: DeputyGroup.delegation_id}


@dataclass(frozen=True)
class Usage:
    """What refers to a value: distinct cases, and deputies and deputy groups that belong to it."""

    cases: int = 0
    deputies: int = 0
    groups: int = 0

    @property
    def total(self) -> int:
        return self.cases + self.deputies + self.groups


@dataclass(frozen=True)
class ReferenceRow:
    """One value of reference data; delegations, committees and categories have nothing more."""

    kind: ReferenceKind
    id: int
    name: str
    retired: bool
    usage: Usage

    @property
    def used(self) -> int:
        return self.usage.total


@dataclass(frozen=True)
class SessionRow(ReferenceRow):
    session_kind: SessionKind
    year: int
    term: int | None
    meeting_number: int | None
    starts_on: date | None
    ends_on: date | None


@dataclass(frozen=True)
class DeputyGroupRow(ReferenceRow):
    delegation_id: int | None
    delegation: str | None


@dataclass(frozen=True)
class DeputyRow(ReferenceRow):
    delegation_id: int | None
    delegation: str | None
    group_id: int | None
    group: str | None
    position: str | None
    phone: str | None


@dataclass(frozen=True)
class UnitRow(ReferenceRow):
    unit_kind: UnitKind


@dataclass(frozen=True)
class LeaderRow(ReferenceRow):
    leader_kind: LeaderKind
    title: str | None


@dataclass(frozen=True)
class ReferenceChoice:
    id: int
    name: str


def _case_counts(kind: ReferenceKind, only: int | None) -> Any:
    """(ref_id, n): the number of distinct cases that refer to each value of ``kind``."""
    parts = []
    for ref, case in _CASE_REFERENCES[kind]:
        part = select(ref.label("ref_id"), case.label("case_id")).where(ref.is_not(None))
        parts.append(part if only is None else part.where(ref == only))
    if not parts:
        return None
    refs = union_all(*parts).subquery() if len(parts) > 1 else parts[0].subquery()
    return (
        select(refs.c.ref_id, func.count(func.distinct(refs.c.case_id)).label("n")).group_by(refs.c.ref_id).subquery()
    )


def _member_counts(column: Any, only: int | None) -> Any:
    counts = select(column.label("ref_id"), func.count().label("n")).where(column.is_not(None))
    if only is not None:
        counts = counts.where(column == only)
    return counts.group_by(column).subquery()


def _rows_query(kind: ReferenceKind, search: str, include_retired: bool, only: int | None) -> Select[Any]:
    model = MODELS[kind]
    columns: list[Any] = [model]
    joins: list[tuple[Any, ColumnElement[bool]]] = []
    for counts in (
        _case_counts(kind, only),
        _member_counts(_DEPUTY_REFERENCES[kind], only) if kind in _DEPUTY_REFERENCES else None,
        _member_counts(_GROUP_REFERENCES[kind], only) if kind in _GROUP_REFERENCES else None,
    ):
        if counts is None:
            columns.append(literal(0))
        else:
            columns.append(func.coalesce(counts.c.n, 0))
            joins.append((counts, counts.c.ref_id == model.id))
    delegation = aliased(Delegation)
    group = aliased(DeputyGroup)
    searched: list[Any] = [model.name]
    if kind in (ReferenceKind.DEPUTY, ReferenceKind.DEPUTY_GROUP):
        columns.append(delegation.name)
        joins.append((delegation, delegation.id == model.delegation_id))
        searched.append(delegation.name)
    else:
        columns.append(null())
    if kind is ReferenceKind.DEPUTY:
        columns.append(group.name)
        joins.append((group, group.id == Deputy.group_id))
        searched += [group.name, Deputy.position, Deputy.phone]
    else:
        columns.append(null())
    if kind is ReferenceKind.LEADER:
        searched.append(Leader.title)
    query = select(*columns)
    for target, condition in joins:
        query = query.outerjoin(target, condition)
    for word in _search_words(search):
        # ignoring case on every backend (SQLite's LIKE does, PostgreSQL's does not)
        query = query.where(or_(*(column.icontains(word, autoescape=True) for column in searched)))
    if not include_retired:
        query = query.where(model.retired.is_(False))
    if only is not None:
        query = query.where(model.id == only)
    return query.order_by(*_order(kind))


def _order(kind: ReferenceKind) -> list[Any]:
    model = MODELS[kind]
    # Retired values last. Chinese names have no useful order in SQL (code points are neither
    # pinyin nor strokes), so values keep the order they were entered in (丹阳, 句容, 扬中, …;
    # 京口一组, 京口二组, …); deputies are by name, which at least groups each surname.
    order: list[Any] = [model.retired]
    if kind is ReferenceKind.SESSION:
        order += [CongressSession.year.desc(), CongressSession.starts_on.desc()]
    elif kind is ReferenceKind.LEADER:
        order.append(by_code_point(Leader.kind))
    elif kind is ReferenceKind.DEPUTY_GROUP:
        order.append(DeputyGroup.delegation_id)
    elif kind is ReferenceKind.DEPUTY:
        order.append(by_code_point(Deputy.name))
    return [*order, model.id]


def _search_words(search: str) -> list[str]:
    return [normalise_name(word) for word in search.split()]


def _row(kind: ReferenceKind, values: Any) -> ReferenceRow:
    item, cases, deputies, groups, delegation, group = values
    common = {
        "kind": kind,
        "id": item.id,
        "name": item.name,
        "retired": item.retired,
        "usage": Usage(cases, deputies, groups),
    }
    if kind is ReferenceKind.SESSION:
        return SessionRow(
            **common,
            session_kind=item.kind,
            year=item.year,
            term=item.term,
            meeting_number=item.meeting_number,
            starts_on=item.starts_on,
            ends_on=item.ends_on,
        )
    if kind is ReferenceKind.DEPUTY_GROUP:
        return DeputyGroupRow(**common, delegation_id=item.delegation_id, delegation=delegation)
    if kind is ReferenceKind.DEPUTY:
        return DeputyRow(
            **common,
            delegation_id=item.delegation_id,
            delegation=delegation,
            group_id=item.group_id,
            group=group,
            position=item.position,
            phone=item.phone,
        )
    if kind is ReferenceKind.UNIT:
        return UnitRow(**common, unit_kind=item.kind)
    if kind is ReferenceKind.LEADER:
        return LeaderRow(**common, leader_kind=item.kind, title=item.title)
    return ReferenceRow(**common)


def list_items(
    db: Database,
    kind: ReferenceKind,
    *,
    search: str = "",
    include_retired: bool = True,
    offset: int = 0,
    limit: int | None = None,
) -> list[ReferenceRow]:
    """The values of ``kind`` (in use first, then retired), each with its usage; ``search`` keeps
    the rows whose name (or a deputy's delegation, group, position, phone, a leader's title)
    contains every word of it."""
    query = _rows_query(kind, search, include_retired, None).offset(offset).limit(limit)
    with db.read() as session:
        return [_row(kind, values) for values in session.execute(query)]


def count_items(db: Database, kind: ReferenceKind, *, search: str = "", include_retired: bool = True) -> int:
    """How many rows :func:`list_items` gives with the same filter."""
    rows = _rows_query(kind, search, include_retired, None).order_by(None).subquery()
    with db.read() as session:
        return int(session.scalar(select(func.count()).select_from(rows)) or 0)


def load_row(session: Session, kind: ReferenceKind, item_id: int) -> ReferenceRow:
    """One value with its usage, in the caller's transaction."""
    found = session.execute(_rows_query(kind, "", True, item_id)).first()
    if found is None:
        raise NotFound(noop("Rule", "There is no {what} with id {id}."), what=kind.what, id=item_id)
    return _row(kind, found)


def get_item(db: Database, kind: ReferenceKind, item_id: int) -> ReferenceRow:
    with db.read() as session:
        return load_row(session, kind, item_id)


def active_choices(db: Database, kind: ReferenceKind, *, keep: int | None = None) -> list[ReferenceChoice]:
    """The values a form may choose (not retired), in the list's order, plus ``keep`` (the current
    one) even if retired."""
    model = MODELS[kind]
    wanted = model.retired.is_(False) if keep is None else or_(model.retired.is_(False), model.id == keep)
    with db.read() as session:
        rows = session.execute(select(model.id, model.name).where(wanted).order_by(*_order(kind)))
        return [ReferenceChoice(i, n) for i, n in rows]
