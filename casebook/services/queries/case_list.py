"""The case list's question and its rows, without the database layer: a cold start shows the list's
first page (casebook.services.queries.first_page) before SQLAlchemy is imported.

The question's SQL is casebook.services.queries.case_query's; how a page is read, case_search's.
Both paths turn a row of the list's columns into a :class:`CaseListItem` with :func:`list_item`.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from casebook.domain.enums import CaseKind, CaseState

PAGE = 200  # the case list reads this many cases at a time
COUNT_CAP = 1000  # the case list counts this far: beyond, its label says 「1000+」


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


def units_by_case(rows: Iterable[Sequence[Any]], found: dict[int, list[str]] | None = None) -> dict[int, list[str]]:
    """(case id, unit name) rows in assignment order → each case's units, each named once (a unit may
    lead a case twice: once changed away and back)."""
    units: dict[int, list[str]] = defaultdict(list) if found is None else found
    for case_id, name in rows:
        if name not in units[case_id]:
            units[case_id].append(name)
    return units


def list_item(row: Sequence[Any], lead_units: Sequence[str]) -> CaseListItem:
    """One row of the list from its columns (casebook.services.queries.case_search.items_statement):
    id, session, number, kind, title, state, submitted on, lead deputy, key; as SQLAlchemy gives
    them (enums, a date, a bool) or as SQLite stores them (their values, 'YYYY-MM-DD', 0/1)."""
    case_id, session, number, kind, title, state, submitted_on, lead_deputy, is_key = row
    return CaseListItem(
        id=int(case_id),
        session=str(session),
        number=str(number),
        kind=CaseKind(kind),
        title=str(title),
        state=CaseState(state),
        submitted_on=submitted_on if isinstance(submitted_on, date) else _stored_date(str(submitted_on)),
        lead_deputy=None if lead_deputy is None else str(lead_deputy),
        is_key=bool(is_key),
        lead_units=tuple(lead_units),
    )


def _stored_date(text: str) -> date:
    """A date as SQLite holds it (SQLAlchemy writes 'YYYY-MM-DD'), read as SQLAlchemy's SQLite
    dialect reads it: the first three numbers."""
    year, month, day = text[:10].split("-")
    return date(int(year), int(month), int(day))
