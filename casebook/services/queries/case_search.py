"""The case list: filters, sorting and search in SQL, one page at a time.

The search box finds Chinese substrings in number, title, body, deputies and units: on SQLite three
or more characters through the FTS5 trigram index, one or two through the one-character index
(see casebook.store.case_text); on other databases with LIKE.

A page is found in two steps: the ids of the page's cases (filtered and sorted without reading the
other columns), then those cases' columns. Sorting 100,000 narrow rows costs half as much as sorting
the wide ones. When many cases match, the ids are read along the sort's index instead, each case
checked until the page is full (see :func:`_page_ids`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    TableClause,
    TextClause,
    and_,
    bindparam,
    column,
    exists,
    func,
    or_,
    select,
    table,
    text,
)
from sqlalchemy.orm import Session, aliased

from casebook import clock
from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseKind, CaseState
from casebook.store.case_facts import fact_rows_valid_on
from casebook.store.case_text import CHARS_TABLE, chars_query, has_index
from casebook.store.case_text import TABLE as TEXT_TABLE
from casebook.store.database import Database
from casebook.store.list_keys import SESSION_PART
from casebook.store.models import (
    Assignment,
    Case,
    CaseCosigner,
    CaseFactRow,
    CongressSession,
    Deputy,
    HandlingUnit,
)
from casebook.store.text_order import by_code_point, unindexed

TRIGRAM = 3
# How many cases a page read along the sort's index may check (see page_way).
ALONG_INDEX_CHECKS = 10_000
ALONG_INDEX_TEXT_CHECKS = 500
TEXT_SAMPLE = 5000  # the newest cases, whose share of a search's matches tells whether to count them all


class SortKey(StrEnum):
    NUMBER = "number"
    SUBMITTED_ON = "submitted_on"
    TITLE = "title"
    STATE = "state"
    LEAD_DEPUTY = "lead_deputy"


@dataclass(frozen=True)
class CaseQuery:
    year: int | None = None
    session_id: int | None = None
    kind: CaseKind | None = None
    state: CaseState | None = None
    lead_unit_id: int | None = None
    delegation_id: int | None = None
    category_id: int | None = None
    is_key: bool | None = None
    overdue: bool = False
    rating: str | None = None
    text: str = ""
    sort: SortKey = SortKey.NUMBER
    descending: bool = False
    today: date | None = None  # for "overdue" and "rating": the facts valid on this day


@dataclass(frozen=True)
class CaseListItem:
    id: int
    session: str
    number: str
    kind: CaseKind
    title: str
    state: CaseState
    submitted_on: date
    lead_deputy: str | None
    is_key: bool
    lead_units: tuple[str, ...]


def count_matching(db: Database, query: CaseQuery, cap: int | None = None) -> int:
    """How many cases match; with ``cap``, counting stops there (a search matching 90,000 cases
    counts 1,000, and the list says 「1000+」)."""
    with db.read() as session:
        if cap is None:
            statement = _filtered(session, query).with_only_columns(func.count(Case.id)).order_by(None)
        else:
            statement = select(func.count()).select_from(_filtered(session, query).limit(cap).subquery())
        return int(session.scalar(statement) or 0)


def first_page(db: Database, query: CaseQuery, limit: int, cap: int) -> tuple[int, list[CaseListItem]]:
    """What a keystroke in the search box reads, in one transaction: how many cases match, counted
    up to ``cap`` (as :func:`count_matching`), and the first ``limit`` of them (as :func:`fetch_page`).
    The one count also tells how to find the page: when fewer cases match than walking the sort's
    index needs, they are sorted at once, without the estimates of :func:`page_way`."""
    with db.read() as session:
        cases = int(session.scalar(select(func.max(Case.id))) or 0)
        by_list = -(-limit * cases // ALONG_INDEX_CHECKS)  # as page_way's
        found = _count_up_to(session, _filtered(session, query), max(cap, by_list))
        way = page_way(session, query, limit, found=found, cases=cases) if found >= by_list else PageWay.SORTED
        return min(found, cap), _items(session, _page_ids(session, query, 0, limit, way))


def fetch_page(db: Database, query: CaseQuery, offset: int, limit: int) -> list[CaseListItem]:
    with db.read() as session:
        return _items(session, _page_ids(session, query, offset, limit))


def _items(session: Session, ids: list[int]) -> list[CaseListItem]:
    """The list's columns of the cases ``ids``, in that order."""
    if not ids:
        return []
    statement = (
        select(
            Case.id,
            CongressSession.name,
            Case.number,
            Case.kind,
            Case.title,
            Case.state,
            Case.submitted_on,
            Deputy.name,
            Case.is_key,
        )
        .join(CongressSession, CongressSession.id == Case.session_id)
        .outerjoin(Deputy, Deputy.id == Case.lead_deputy_id)
        .where(Case.id.in_(ids))
    )
    rows = {row[0]: row for row in session.execute(statement)}
    units = lead_units(session, ids)
    return [CaseListItem(*rows[case_id], lead_units=tuple(units[case_id])) for case_id in ids]


# The sorts an index gives in order, ascending (casebook.store.models.cases, migration 0013).
_INDEXED_SORTS = (SortKey.NUMBER, SortKey.LEAD_DEPUTY)


class PageWay(StrEnum):
    """How a page's ids are found (the same rows every way; see :func:`_page_ids`)."""

    SORTED = "sorted"  # the matching cases, all of them sorted
    CHECKED = "checked"  # along the sort's index, each case checked (the text: in its index)
    LISTED = "listed"  # along the sort's index, the text checked against the list of its matches


def _page_ids(session: Session, query: CaseQuery, offset: int, limit: int, way: PageWay | None = None) -> list[int]:
    """The ids of one page, found one of three ways (the same rows every way): from the matching
    cases, sorted (few match); or along the sort's index, each case checked until the page is full:
    against the text index case by case (nearly every case matches: a search for one common
    character), or against the list of the search's matches, read once (some thousands match:
    sorting them all would cost more than reading them and walking the index)."""
    way = way or page_way(session, query, offset + limit)
    statement = _filtered(session, query, checked=way is not PageWay.SORTED, listed=way is PageWay.LISTED)
    return list(session.scalars(statement.order_by(*_order(query)).offset(offset).limit(limit)))


def page_way(
    session: Session, query: CaseQuery, rows: int, *, found: int | None = None, cases: int | None = None
) -> PageWay:
    """Whether reading the sort's index in order reaches ``rows`` matching cases within a budget of
    entries read (an estimate from one capped count): always when nothing is asked; with the words
    of a search checked case by case in the text index (twenty times dearer than the other checks)
    when nearly half the register has them; checked against the list of their matches (as cheap as
    the other checks, once the list is read) when a tenth of that does. ``found``: the matching
    cases counted already (when counted far enough), ``cases``: the register's last id."""
    if query.descending or query.sort not in _INDEXED_SORTS:
        return PageWay.SORTED
    if query == CaseQuery(sort=query.sort, descending=query.descending, today=query.today):
        return PageWay.CHECKED
    if session.get_bind().dialect.name != "sqlite":
        return PageWay.SORTED  # PostgreSQL plans with statistics: it weighs the index against a sort itself
    if cases is None:
        cases = int(session.scalar(select(func.max(Case.id))) or 0)
    words = query.text.strip()
    indexed = _indexed_text(session, words) if words else None
    if indexed is None:  # the plain filters and today's facts, checked along the index
        enough = -(-rows * cases // ALONG_INDEX_CHECKS)
        if found is None or found < enough:
            found = _count_up_to(session, _filtered(session, query), enough)
        return PageWay.CHECKED if enough <= cases and found >= enough else PageWay.SORTED
    index, match = indexed
    by_index = -(-rows * cases // ALONG_INDEX_TEXT_CHECKS)
    by_list = -(-rows * cases // ALONG_INDEX_CHECKS)
    if by_list > cases:
        return PageWay.SORTED
    # The words alone, counted in the text index, far enough to tell checking them case by case
    # from the list: first among the newest cases (cheaply); only if enough of those have them, all
    # (a wrong guess costs the list's way, never a walk of the whole index checking the text).
    having = select(index.c.rowid).where(match)
    sample = min(cases, TEXT_SAMPLE)
    in_sample = _count_up_to(session, having.where(index.c.rowid > cases - sample), sample)
    if in_sample * cases * 4 >= sample * by_index * 3:
        words_found = _count_up_to(session, having, min(by_index, cases))
        if words_found >= by_index:
            return PageWay.CHECKED
        if words_found < by_list:
            return PageWay.SORTED
    if found is None or found < by_list:  # with the other filters
        found = _count_up_to(session, _filtered(session, query), by_list)
    return PageWay.LISTED if found >= by_list else PageWay.SORTED


def _count_up_to(session: Session, statement: Select[Any], cap: int) -> int:
    return int(session.scalar(select(func.count()).select_from(statement.limit(cap).subquery())) or 0)


def _filtered(session: Session, query: CaseQuery, *, checked: bool = False, listed: bool = False) -> Select[Any]:
    """The ids of the matching cases. The text and today's facts either lead (joined: the database
    starts from their rows) or are ``checked`` case by case (EXISTS: the database reads the cases
    in the order of the sort's index; the text, when ``listed``, against the list of its matches,
    read once). Either way the plain columns are then only checked."""
    words = query.text.strip()
    indexed = _indexed_text(session, words) if words else None
    has_facts = query.overdue or query.rating is not None
    leading = not checked and (has_facts or indexed is not None)
    plain: Any = unindexed if checked or leading else (lambda column_: column_)
    statement = select(Case.id)
    conditions: list[ColumnElement[bool]] = []
    if query.year is not None:
        conditions.append(plain(Case.submitted_on).between(date(query.year, 1, 1), date(query.year, 12, 31)))
    columns: list[tuple[Any, Any]] = [
        (Case.session_id, query.session_id),
        (Case.kind, query.kind),
        (Case.state, query.state),
        (Case.delegation_id, query.delegation_id),
        (Case.category_id, query.category_id),
        (Case.is_key, query.is_key),
    ]
    conditions.extend(plain(column_) == value for column_, value in columns if value is not None)
    if query.lead_unit_id is not None:
        conditions.append(
            exists().where(
                Assignment.case_id == Case.id,
                Assignment.unit_id == query.lead_unit_id,
                Assignment.role == AssignmentRole.LEAD,
                Assignment.status != AssignmentStatus.CHANGED,
            )
        )
    if has_facts:
        facts = fact_rows_valid_on(CaseFactRow, query.today or clock.today())  # each case's one row today
        if query.overdue:
            facts.append(CaseFactRow.overdue > 0)
        if query.rating is not None:
            facts.append(CaseFactRow.rating == query.rating)
        if checked:
            conditions.append(exists().where(CaseFactRow.case_id == Case.id, *facts))
        else:
            statement = statement.join(CaseFactRow, and_(CaseFactRow.case_id == Case.id, *facts))
    if words and indexed is None:
        conditions.append(_text_condition(words))
    elif indexed is not None:
        index, match = indexed
        if checked and listed:  # unindexed: the list is looked into, not walked
            conditions.append(unindexed(Case.id).in_(select(index.c.rowid).where(match)))
        elif checked:
            conditions.append(exists(select(index.c.rowid).where(match, index.c.rowid == Case.id)))
        else:
            statement = statement.join(index, and_(index.c.rowid == Case.id, match))
    return statement.where(*conditions)


def _indexed_text(session: Session, words: str) -> tuple[TableClause, TextClause] | None:
    """The full-text table for ``words`` and its MATCH condition (SQLite), or None (no index)."""
    if not has_index(session.connection()):
        return None
    if len(words) >= TRIGRAM:
        name, phrase = TEXT_TABLE, '"' + words.replace('"', '""') + '"'
    else:
        name, phrase = CHARS_TABLE, chars_query(words)
    index = table(name, column("rowid", Integer))
    return index, text(f"{name} MATCH :phrase").bindparams(bindparam("phrase", phrase))


def _text_condition(words: str) -> ColumnElement[bool]:
    pattern = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"

    def like(column: Any) -> ColumnElement[bool]:
        # ignoring case on every backend, as the FTS5 index does (SQLite's LIKE does, PostgreSQL's does not)
        condition: ColumnElement[bool] = column.ilike(pattern, escape="\\")
        return condition

    lead, cosigner, unit = aliased(Deputy), aliased(Deputy), aliased(HandlingUnit)  # not the outer query's
    return or_(
        like(Case.number),
        like(Case.title),
        like(Case.body),
        exists().where(lead.id == Case.lead_deputy_id, like(lead.name)),
        exists().where(CaseCosigner.case_id == Case.id, CaseCosigner.deputy_id == cosigner.id, like(cosigner.name)),
        exists().where(Assignment.case_id == Case.id, Assignment.unit_id == unit.id, like(unit.name)),
    )


def _order(query: CaseQuery) -> list[Any]:
    """The chosen sort, then register order (casebook.store.list_keys: newest year first, within
    a year the congress meeting before the interim period, then by number), then the id."""
    if query.sort is SortKey.NUMBER:
        if query.descending:  # the years and sessions stay in register order; the numbers turn
            return [func.substr(Case.list_order, 1, SESSION_PART), Case.list_order.desc(), Case.id]
        return [Case.list_order, Case.id]
    first: Any = {
        SortKey.SUBMITTED_ON: Case.submitted_on,
        SortKey.TITLE: by_code_point(Case.title),
        SortKey.STATE: by_code_point(Case.state),
        SortKey.LEAD_DEPUTY: Case.lead_deputy_name,  # stored to compare by code point
    }[query.sort]
    return [first.desc() if query.descending else first, Case.list_order, Case.id]


def lead_units(session: Session, case_ids: Sequence[int]) -> dict[int, list[str]]:
    """The units leading each case now (its current round, not changed away), in assignment order."""
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(case_ids):
        rows = session.execute(
            select(Assignment.case_id, HandlingUnit.name)
            .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
            .join(Case, Case.id == Assignment.case_id)
            .where(
                Assignment.case_id.in_(chunk),
                Assignment.role == AssignmentRole.LEAD,
                Assignment.status == AssignmentStatus.ACTIVE,
                Assignment.handling_round == Case.handling_round,
            )
            .order_by(Assignment.case_id, Assignment.id)
        )
        for case_id, name in rows:
            if name not in found[case_id]:
                found[case_id].append(name)
    return found


def chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    """``ids`` in slices small enough for one IN (...) list."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
