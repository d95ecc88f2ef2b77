"""Keep the derived fact timelines (case_fact, unit_fact) in step with the cases' histories and
with the office's definitions (which result categories count as resolved, which ratings as satisfied)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from functools import cache, partial
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, delete, exists, not_, or_, select
from sqlalchemy.orm import Session

from casebook.domain.case_facts import (
    AssignmentHistory,
    CaseHistory,
    FollowUpHistory,
    Work,
    case_timeline,
)
from casebook.domain.enums import CaseKind
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.ratings import SignerRating, is_accomplished, is_resolved, is_satisfied, rating_count_of
from casebook.store.models import Assignment, Case, FollowUp, OfficeSetting, Rating, Reply
from casebook.store.models.facts import CaseFactRow, UnitFactRow
from casebook.store.plain_insert import insert_tuples

BATCH = 2_000
_Row = Mapping[Any, Any]  # a row read (RowMapping) or written (its values)
NONE = 0  # a breakdown column's value for "not set" (the columns are part of the key)


def refresh_case_facts(session: Session, case_ids: Iterable[int]) -> None:
    """Rebuild the fact rows of ``case_ids`` from their history, in the caller's transaction."""
    session.flush()
    _rebuild(session.connection(), sorted(set(case_ids)))


def rebuild_all_facts(connection: Connection) -> int:
    """Rebuild every case's fact rows (after a migration, or to check the incremental upkeep)."""
    connection.execute(delete(CaseFactRow))
    connection.execute(delete(UnitFactRow))
    ids = list(connection.scalars(select(Case.id).order_by(Case.id)))
    for start in range(0, len(ids), BATCH):
        _rebuild(connection, ids[start : start + BATCH], fresh=True)
    return len(ids)


def write_new_case_facts(
    connection: Connection,
    cases: Sequence[_Row],
    assignments: Iterable[_Row],
    ratings: Iterable[_Row],
) -> None:
    """The fact rows of cases just inserted, made from the rows inserted instead of read back (a
    ledger's bulk import): each with its id; an assignment's with its reply's columns as
    :func:`_rebuild` reads them (``reply_id``, ``replied_on``, ``result_code``, ``contact_method``)
    when it has one. New cases have no follow-ups, and no fact rows yet."""
    _write(connection, _stored_settings(connection), cases, assignments, ratings, ())


def _rebuild(connection: Connection, case_ids: Sequence[int], *, fresh: bool = False) -> None:
    if not case_ids:
        return
    if not fresh:
        connection.execute(delete(CaseFactRow).where(CaseFactRow.case_id.in_(case_ids)))
        connection.execute(delete(UnitFactRow).where(UnitFactRow.case_id.in_(case_ids)))
    # only what the facts are made of (not the list's sort keys: migration 0004 builds the facts
    # before 0013 adds them; not the texts)
    cases = connection.execute(select(*_CASE_COLUMNS).where(Case.id.in_(case_ids))).mappings().all()
    assignments = connection.execute(
        select(
            Assignment.__table__, Reply.id.label("reply_id"), Reply.replied_on, Reply.result_code, Reply.contact_method
        )
        .outerjoin(Reply.__table__, Reply.assignment_id == Assignment.id)
        .where(Assignment.case_id.in_(case_ids))
    ).mappings()
    ratings = connection.execute(select(Rating.__table__).where(Rating.case_id.in_(case_ids))).mappings()
    follow_ups = connection.execute(select(FollowUp.__table__).where(FollowUp.case_id.in_(case_ids))).mappings()
    _write(connection, _stored_settings(connection), cases, assignments, ratings, follow_ups)


def _stored_settings(connection: Connection) -> OfficeSettings:
    stored = connection.execute(select(OfficeSetting.key, OfficeSetting.value))
    return OfficeSettings.from_rows({key: value for key, value in stored})


def _write(
    connection: Connection,
    settings: OfficeSettings,
    cases: Sequence[_Row],
    assignment_rows: Iterable[_Row],
    rating_rows: Iterable[_Row],
    follow_up_rows: Iterable[_Row],
) -> None:
    """Insert the fact rows of ``cases`` (the columns of _CASE_COLUMNS) from their rows."""
    assignments: dict[int, list[AssignmentHistory]] = defaultdict(list)
    for a in assignment_rows:
        assignments[a["case_id"]].append(
            AssignmentHistory(  # (positional: in the order of its fields)
                a["unit_id"],
                a["role"],
                a["status"],
                a["assigned_on"],
                a["due_on"],
                a.get("ended_on"),
                a.get("reply_id"),
                a.get("replied_on"),
                a.get("result_code"),
                a.get("contact_method"),
            )
        )
    leads = {case["id"]: case["lead_deputy_id"] for case in cases}
    ratings: dict[int, list[SignerRating]] = defaultdict(list)
    for r in rating_rows:
        by_lead = r["deputy_id"] == leads.get(r["case_id"])
        ratings[r["case_id"]].append(SignerRating(r["id"], r["handling_round"], r["rated_on"], r["overall"], by_lead))
    follow_ups: dict[int, list[FollowUpHistory]] = defaultdict(list)
    for f in follow_up_rows:
        follow_ups[f["case_id"]].append(FollowUpHistory(f["id"], f["reviewed_on"], f["result_code"]))
    case_rows: list[tuple[Any, ...]] = []
    unit_rows: list[tuple[Any, ...]] = []
    rating_count = rating_count_of(settings)
    definitions = cache(partial(_definitions, settings))  # a few results and ratings, many spans
    for case in cases:
        history = CaseHistory(
            submitted_on=case["submitted_on"],
            submitted_kind=case["submitted_kind"],
            kind=case["kind"],
            converted_on=case.get("converted_on"),
            withdrawn_on=case.get("withdrawn_on"),
            assignments=tuple(assignments[case["id"]]),
            ratings=tuple(ratings[case["id"]]),
            follow_ups=tuple(follow_ups[case["id"]]),
            rating_count=rating_count,
            rating_options=settings.rating_options,
        )
        head = (case["submitted_on"].year, case["id"], case["session_id"])
        tail = (
            case["category_id"] or NONE,
            case["delegation_id"] or NONE,
            case["supervising_leader_id"] or NONE,
            case["supervising_committee_id"] or NONE,
            case["is_key"],
        )
        for span, facts, units in case_timeline(history):
            valid_to = span.valid_to
            shared = (
                *head,
                span.valid_from,
                valid_to,
                valid_to.year * 100 + valid_to.month,
                facts.kind,
                facts.withdrawn,
                int(facts.assigned),
                int(facts.replied),
                facts.result_code,
                facts.rating,
                facts.first_rating,
                *definitions(facts.result_code, facts.rating, facts.first_rating),
            )
            case_rows.append((*shared, *facts.work, *tail))
            unit_rows.extend((*shared, *u.work, u.unit_id, int(u.leads)) for u in units)
    insert_tuples(connection, CaseFactRow.__table__, _CASE_FACT_KEYS, case_rows)  # type: ignore[arg-type]
    insert_tuples(connection, UnitFactRow.__table__, _UNIT_FACT_KEYS, unit_rows)  # type: ignore[arg-type]


# The columns of a fact row, in the order _write gives their values: the case's and the span's,
# the office's definitions, the reply work, then the case's breakdowns or the unit's.
_SHARED_KEYS = (
    *("cohort_year", "case_id", "session_id", "valid_from", "valid_to", "valid_to_month", "kind", "withdrawn"),
    *("assigned", "replied", "result_code", "rating", "first_rating"),
    *("resolved", "accomplished", "rated", "satisfied", "first_rated", "first_satisfied"),
)
_CASE_FACT_KEYS = (*_SHARED_KEYS, *Work._fields, "category_id", "delegation_id", "leader_id", "committee_id", "is_key")
_UNIT_FACT_KEYS = (*_SHARED_KEYS, *Work._fields, "unit_id", "leads")


_CASE_COLUMNS = [
    Case.__table__.c[name]
    for name in (
        *("id", "session_id", "submitted_on", "submitted_kind", "kind", "converted_on", "withdrawn_on"),
        *("lead_deputy_id", "category_id", "delegation_id", "supervising_leader_id", "supervising_committee_id"),
        "is_key",
    )
]


def _definitions(
    settings: OfficeSettings, result_code: str | None, rating: str | None, first_rating: str | None
) -> tuple[int, ...]:
    """The office's definitions applied to one span's result and ratings: resolved, accomplished,
    rated, satisfied, first rated, first satisfied."""
    return (
        int(is_resolved(settings, result_code)),
        int(is_accomplished(settings, result_code)),
        int(rating is not None),
        int(is_satisfied(settings, rating)),
        int(first_rating is not None),
        int(is_satisfied(settings, first_rating)),
    )


# ── The same rules in SQL, for the lists and the statistics ─────────────────────────────────────
# Each is the SQL form of one definition in casebook.domain.case_facts; the lists (deadlines, overdue, 督办) and
# the statistics use these and nothing else.

FactTable = type[CaseFactRow] | type[UnitFactRow]


def fact_rows_valid_on(table: FactTable, day: date | ColumnElement[date]) -> list[ColumnElement[bool]]:
    """ "Valid on D" (domain Span.covers): ``valid_from <= D < valid_to``; the month of ``valid_to``
    first, so that the index kept in that order skips the rows that ended before D's month."""
    month = day.year * 100 + day.month if isinstance(day, date) else None
    conditions: list[ColumnElement[bool]] = [table.valid_to > day, table.valid_from <= day]
    if month is not None:
        conditions.insert(0, table.valid_to_month >= month)
    return conditions


def cohort_rows_on(
    table: FactTable, year: int, kind: CaseKind | str, day: date, session_id: int | None = None
) -> list[ColumnElement[bool]]:
    """The fact rows of a cohort valid on ``day``: cases submitted in ``year``, of ``kind`` on that
    day, not withdrawn by then (and of one session, when given)."""
    conditions = [
        table.cohort_year == year,
        *fact_rows_valid_on(table, day),
        table.kind == CaseKind(kind),
        not_(table.withdrawn),
    ]
    if session_id is not None:
        conditions.append(table.session_id == session_id)
    return conditions


def assignment_open_on(day: date) -> ColumnElement[bool]:
    """An assignment waiting for its unit on ``day`` (domain AssignmentHistory.open_on): made by
    then, no reply by then, not ended (changed or superseded) by then."""
    replied = exists().where(Reply.assignment_id == Assignment.id, Reply.replied_on <= day)
    return and_(
        Assignment.assigned_on <= day,
        or_(Assignment.ended_on.is_(None), Assignment.ended_on > day),
        ~replied,
    )


def assignment_overdue_on(day: date) -> ColumnElement[bool]:
    """Overdue on ``day`` (domain AssignmentHistory.overdue): open and due before ``day``."""
    return and_(assignment_open_on(day), Assignment.due_on < day)


def case_closed_by(day: date) -> ColumnElement[bool]:
    """办结: the case was closed on or before ``day`` (the statistics' 办结, the supervision lists'
    closed cases)."""
    return and_(Case.closed_on.is_not(None), Case.closed_on <= day)


def case_open_on(day: date) -> ColumnElement[bool]:
    """A case neither withdrawn nor closed by ``day``: its units are still being waited for."""
    return and_(or_(Case.withdrawn_on.is_(None), Case.withdrawn_on > day), not_(case_closed_by(day)))
