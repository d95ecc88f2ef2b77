"""The case list: filters, sorting and search in SQL, one page at a time.

The search box finds Chinese substrings in number, title, body, deputies and units: on SQLite three
or more characters through the FTS5 trigram index, one or two through the one-character index
(see casebook.store.case_text); on other databases with LIKE.

A page is found in two steps: the ids of the page's cases (filtered and sorted without reading the
other columns), then those cases' columns. Sorting 100,000 narrow rows costs half as much as sorting
the wide ones.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, case, exists, func, or_, select, text
from sqlalchemy.orm import Session, aliased

from casebook import clock
from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseKind, CaseState, SessionKind
from casebook.store.case_facts import fact_rows_valid_on
from casebook.store.case_text import CHARS_TABLE, chars_query, has_index
from casebook.store.case_text import TABLE as TEXT_TABLE
from casebook.store.database import Database
from casebook.store.models import (
    Assignment,
    Case,
    CaseCosigner,
    CaseFactRow,
    CongressSession,
    Deputy,
    HandlingUnit,
)
from casebook.store.text_order import by_code_point

TRIGRAM = 3


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


def count_matching(db: Database, query: CaseQuery) -> int:
    with db.read() as session:
        statement = _filtered(session, query).with_only_columns(func.count(Case.id)).order_by(None)
        return int(session.scalar(statement) or 0)


def fetch_page(db: Database, query: CaseQuery, offset: int, limit: int) -> list[CaseListItem]:
    with db.read() as session:
        ordered = _filtered(session, query).join(CongressSession, CongressSession.id == Case.session_id)
        if query.sort == SortKey.LEAD_DEPUTY:
            ordered = ordered.outerjoin(Deputy, Deputy.id == Case.lead_deputy_id)
        ids = list(session.scalars(ordered.order_by(*_order(query)).offset(offset).limit(limit)))
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


def _filtered(session: Session, query: CaseQuery) -> Select[Any]:
    conditions: list[ColumnElement[bool]] = []
    if query.year is not None:
        conditions.append(Case.submitted_on.between(date(query.year, 1, 1), date(query.year, 12, 31)))
    for column, value in (
        (Case.session_id, query.session_id),
        (Case.kind, query.kind),
        (Case.state, query.state),
        (Case.delegation_id, query.delegation_id),
        (Case.category_id, query.category_id),
        (Case.is_key, query.is_key),
    ):
        if value is not None:
            conditions.append(column == value)
    if query.lead_unit_id is not None:
        conditions.append(
            exists().where(
                Assignment.case_id == Case.id,
                Assignment.unit_id == query.lead_unit_id,
                Assignment.role == AssignmentRole.LEAD,
                Assignment.status != AssignmentStatus.CHANGED,
            )
        )
    if query.overdue or query.rating is not None:
        today = query.today or clock.today()
        valid = and_(*fact_rows_valid_on(CaseFactRow, today))  # each case's row for today
        if query.overdue:
            overdue = select(CaseFactRow.case_id).where(valid, CaseFactRow.overdue > 0)
            conditions.append(Case.id.in_(overdue))
        if query.rating is not None:
            rated = select(CaseFactRow.case_id).where(CaseFactRow.rating == query.rating, valid)
            conditions.append(Case.id.in_(rated))
    words = query.text.strip()
    if words:
        conditions.append(_text_condition(session, words))
    return select(Case.id).where(*conditions)


def _text_condition(session: Session, words: str) -> ColumnElement[bool]:
    if has_index(session.connection()):
        if len(words) >= TRIGRAM:
            table, phrase = TEXT_TABLE, '"' + words.replace('"', '""') + '"'
        else:
            table, phrase = CHARS_TABLE, chars_query(words)
        matches = text(f"{table} MATCH :phrase").bindparams(bindparam("phrase", phrase))
        return Case.id.in_(select(text("rowid")).select_from(text(table)).where(matches))
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
    # newest year first; within a year the congress meeting before the interim period; then by number
    interim_last = case((CongressSession.kind == SessionKind.INTERIM, 1), else_=0)
    number: list[Any] = [
        CongressSession.year.desc(),
        interim_last,
        func.length(Case.number),
        by_code_point(Case.number),
    ]
    first: Any = {
        SortKey.NUMBER: None,
        SortKey.SUBMITTED_ON: Case.submitted_on,
        SortKey.TITLE: by_code_point(Case.title),
        SortKey.STATE: by_code_point(Case.state),
        SortKey.LEAD_DEPUTY: by_code_point(Deputy.name),
    }[query.sort]
    if first is None:
        columns = [c.desc() if query.descending else c for c in number[2:]]
        return [*number[:2], *columns, Case.id]
    return [first.desc() if query.descending else first, *number, Case.id]


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
