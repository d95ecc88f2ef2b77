"""A case list's question (:class:`CaseQuery`, casebook.services.queries.case_list) and its SQL: the
matching cases' ids and their order.

The search words are found as Chinese substrings in number, title, body, deputies and units: on
SQLite three or more characters through the FTS5 trigram index, one or two through the
one-character index (see casebook.store.case_text); on other databases with LIKE. How a page of
them is read is casebook.services.queries.case_search's.
"""

from __future__ import annotations

from datetime import date
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
from casebook.domain.enums import AssignmentRole, AssignmentStatus
from casebook.services.queries.case_list import CaseQuery, SortKey
from casebook.store.case_facts import fact_rows_valid_on
from casebook.store.case_text import CHARS_TABLE, chars_query, has_index
from casebook.store.case_text import TABLE as TEXT_TABLE
from casebook.store.list_keys import SESSION_PART
from casebook.store.models import Assignment, Case, CaseCosigner, CaseFactRow, Deputy, HandlingUnit
from casebook.store.text_order import by_code_point, unindexed

TRIGRAM = 3


def filtered(session: Session, query: CaseQuery, *, checked: bool = False, listed: bool = False) -> Select[Any]:
    """The ids of the matching cases. The text and today's facts either lead (joined: the database
    starts from their rows) or are ``checked`` case by case (EXISTS: the database reads the cases
    in the order of the sort's index; the text, when ``listed``, against the list of its matches,
    read once). Either way the plain columns are then only checked."""
    words = query.text.strip()
    indexed = indexed_text(session, words) if words else None
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


def indexed_text(session: Session, words: str) -> tuple[TableClause, TextClause] | None:
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


def order(query: CaseQuery) -> list[Any]:
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
