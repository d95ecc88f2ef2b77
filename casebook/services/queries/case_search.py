"""The case list: filters, sorting and search in SQL, one page at a time.

The search box finds Chinese substrings in number, title, body, deputies and units (the question
and its SQL: casebook.services.queries.case_query).

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

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseKind, CaseState
from casebook.services.queries.case_list import CaseListItem, CaseQuery, SortKey, list_item, units_by_case
from casebook.services.queries.case_query import filtered, indexed_text, order
from casebook.store.database import Database
from casebook.store.models import Assignment, Case, CongressSession, Deputy, HandlingUnit

__all__ = [  # the question's types are case_list's; the list's readers import them from here too
    "CaseListItem",
    "CaseQuery",
    "FirstPageStatements",
    "PageWay",
    "SortKey",
    "chunks",
    "count_matching",
    "fetch_page",
    "first_page",
    "first_page_statements",
    "lead_units",
    "page_way",
]

# How many cases a page read along the sort's index may check (see page_way).
ALONG_INDEX_CHECKS = 10_000
ALONG_INDEX_TEXT_CHECKS = 500
TEXT_SAMPLE = 5000  # the newest cases, whose share of a search's matches tells whether to count them all


def count_matching(db: Database, query: CaseQuery, cap: int | None = None) -> int:
    """How many cases match; with ``cap``, counting stops there (a search matching 90,000 cases
    counts 1,000, and the list says 「1000+」)."""
    with db.read() as session:
        if cap is None:
            statement = filtered(session, query).with_only_columns(func.count(Case.id)).order_by(None)
        else:
            statement = select(func.count()).select_from(filtered(session, query).limit(cap).subquery())
        return int(session.scalar(statement) or 0)


def first_page(db: Database, query: CaseQuery, limit: int, cap: int) -> tuple[int, list[CaseListItem]]:
    """What a keystroke in the search box reads, in one transaction: how many cases match, counted
    up to ``cap`` (as :func:`count_matching`), and the first ``limit`` of them (as :func:`fetch_page`).
    The one count also tells how to find the page: when fewer cases match than walking the sort's
    index needs, they are sorted at once, without the estimates of :func:`page_way`."""
    with db.read() as session:
        cases = int(session.scalar(select(func.max(Case.id))) or 0)
        by_list = -(-limit * cases // ALONG_INDEX_CHECKS)  # as page_way's
        found = _count_up_to(session, filtered(session, query), max(cap, by_list))
        way = page_way(session, query, limit, found=found, cases=cases) if found >= by_list else PageWay.SORTED
        return min(found, cap), _items(session, _page_ids(session, query, 0, limit, way))


def fetch_page(db: Database, query: CaseQuery, offset: int, limit: int) -> list[CaseListItem]:
    with db.read() as session:
        return _items(session, _page_ids(session, query, offset, limit))


def _items(session: Session, ids: list[int]) -> list[CaseListItem]:
    """The list's columns of the cases ``ids``, in that order."""
    if not ids:
        return []
    rows = {row[0]: row for row in session.execute(items_statement(Case.id.in_(ids)))}
    units = lead_units(session, ids)
    return [list_item(rows[case_id], units[case_id]) for case_id in ids]


ItemsStatement = Select[int, str, str, CaseKind, str, CaseState, date, str, bool]


def items_statement(which: ColumnElement[bool]) -> ItemsStatement:
    """The list's columns (casebook.services.queries.case_list.ListRow) of the cases ``which`` selects."""
    return (
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
        .where(which)
    )


@dataclass(frozen=True)
class FirstPageStatements:
    """What :func:`first_page` reads for the list as it opens (no filter, by number), as statements
    that need no session: the count up to the cap, the page's ids, their columns and lead units.
    Compiled for SQLite into casebook.services.queries.first_page_sql (tools/write_first_page_sql.py),
    they give a cold start its first page before SQLAlchemy is imported."""

    count: Select[Any]
    page: Select[Any]
    items: ItemsStatement
    lead_units: Select[int, str]


def first_page_statements(limit: int, cap: int) -> FirstPageStatements:
    """The first ``limit`` cases of the list as it opens, counted up to ``cap``."""
    query = CaseQuery()
    no_session: Any = None  # no search words: the statements ask the session nothing
    page = _page_statement(no_session, query, 0, limit, PageWay.CHECKED)
    return FirstPageStatements(
        count=_count_statement(filtered(no_session, query), cap),
        page=page,
        items=items_statement(Case.id.in_(page)),
        lead_units=lead_units_statement(Assignment.case_id.in_(page)),
    )


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
    return list(session.scalars(_page_statement(session, query, offset, limit, way)))


def _page_statement(session: Session, query: CaseQuery, offset: int, limit: int, way: PageWay) -> Select[Any]:
    statement = filtered(session, query, checked=way is not PageWay.SORTED, listed=way is PageWay.LISTED)
    return statement.order_by(*order(query)).offset(offset).limit(limit)


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
    indexed = indexed_text(session, words) if words else None
    if indexed is None:  # the plain filters and today's facts, checked along the index
        enough = -(-rows * cases // ALONG_INDEX_CHECKS)
        if found is None or found < enough:
            found = _count_up_to(session, filtered(session, query), enough)
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
        found = _count_up_to(session, filtered(session, query), by_list)
    return PageWay.LISTED if found >= by_list else PageWay.SORTED


def _count_up_to(session: Session, statement: Select[Any], cap: int) -> int:
    return int(session.scalar(_count_statement(statement, cap)) or 0)


def _count_statement(statement: Select[Any], cap: int) -> Select[Any]:
    return select(func.count()).select_from(statement.limit(cap).subquery())


def lead_units(session: Session, case_ids: Sequence[int]) -> dict[int, list[str]]:
    """The units leading each case now (its current round, not changed away), in assignment order."""
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(case_ids):
        units_by_case(session.execute(lead_units_statement(Assignment.case_id.in_(chunk))), found)
    return found


def lead_units_statement(which: ColumnElement[bool]) -> Select[int, str]:
    """(case id, unit name) of the units leading the cases ``which`` selects now (their current
    round, not changed away), in assignment order; a unit may come twice (see :func:`lead_units`)."""
    return (
        select(Assignment.case_id, HandlingUnit.name)
        .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
        .join(Case, Case.id == Assignment.case_id)
        .where(
            which,
            Assignment.role == AssignmentRole.LEAD,
            Assignment.status == AssignmentStatus.ACTIVE,
            Assignment.handling_round == Case.handling_round,
        )
        .order_by(Assignment.case_id, Assignment.id)
    )


def chunks(ids: Sequence[int], size: int = 500) -> Iterable[Sequence[int]]:
    """``ids`` in slices small enough for one IN (...) list."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
