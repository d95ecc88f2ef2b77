"""督办: the three tiers of supervision (「市人大领导牵头督办、专工委分类督办、人代联委抓总兜底」).

A supervising leader's cases (the key cases they lead), a special committee's cases (those of its
categories, by the category → committee table, and the key cases assigned to it), and the
deputy-affairs office's: every case of the year (domain.supervision_tiers). For each case: its
state, its result and rating on the day, which units are late with their reply, and its
supervision records; every tier's list has the same columns.
Also 回头看: the cases of earlier years whose result was "being solved" or "to be solved later"
(B / C), the list the office works through to turn replies into results.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, func, or_, select, true
from sqlalchemy.orm import Session

from casebook.domain.case_facts import ANSWERING
from casebook.domain.enums import CaseKind, CaseState, LeaderKind
from casebook.domain.supervision_tiers import Tier
from casebook.services.queries.case_search import chunks, lead_units
from casebook.store.case_facts import assignment_overdue_on, case_closed_by, case_open_on, fact_rows_valid_on
from casebook.store.database import Database
from casebook.store.models import (
    Assignment,
    Case,
    CaseFactRow,
    Category,
    CongressSession,
    FollowUp,
    HandlingUnit,
    Leader,
    Reply,
    SpecialCommittee,
    SupervisionRecord,
)
from casebook.store.text_order import by_code_point, by_number

FOLLOW_UP_RESULTS = ("B", "C")  # 正在解决或列入计划逐步解决 / 因条件限制需以后解决


@dataclass(frozen=True)
class Supervisor:
    """One entry of the supervision view's list: who supervises, and how their cases stand."""

    tier: Tier
    id: int | None  # the leader's or committee's id; None for the office
    name: str
    cases: int
    closed: int
    overdue: int  # cases with a unit late with its reply today


@dataclass(frozen=True)
class SupervisedCase:
    case_id: int
    session: str
    year: int  # of submission (the statistics' cohort)
    number: str
    title: str
    lead_units: tuple[str, ...]
    state: CaseState
    result_code: str | None  # today's result (the latest reply or follow-up review)
    rating: str | None  # today's overall rating (the latest round)
    overdue_units: tuple[str, ...]  # units whose reply is overdue today
    records: int  # supervision records
    last_record_on: date | None


@dataclass(frozen=True)
class FollowUpCandidate:
    case_id: int
    session: str
    year: int
    number: str
    title: str
    lead_units: tuple[str, ...]
    result_code: str
    rating: str | None
    replied_on: date | None  # the latest reply
    reviews: int  # follow-up reviews so far
    last_reviewed_on: date | None


def supervisors(
    db: Database, today: date, *, year: int | None = None, kind: CaseKind | None = None
) -> list[Supervisor]:
    """Leaders (by name), then committees (by name), then the office, each with their cases' counts
    on ``today`` (of the cases submitted in ``year`` and of ``kind``, when given)."""
    found: list[Supervisor] = []
    with db.read() as session:
        for tier, model in ((Tier.LEADER, Leader), (Tier.COMMITTEE, SpecialCommittee)):
            named = select(model.id, model.name).order_by(by_code_point(model.name), model.id)
            if model is Leader:
                named = named.where(Leader.kind == LeaderKind.CONGRESS)
            for supervisor_id, name in session.execute(named).all():
                total, closed, overdue = _counts(session, tier, supervisor_id, today, year, kind)
                if total or not _retired(session, model, supervisor_id):
                    found.append(Supervisor(tier, supervisor_id, name, total, closed, overdue))
        total, closed, overdue = _counts(session, Tier.OFFICE, None, today, year, kind)
    office = Supervisor(Tier.OFFICE, None, "", total, closed, overdue)
    return [*found, office]


def tier_totals(db: Database, today: date, *, year: int | None = None, kind: CaseKind | None = None) -> dict[Tier, int]:
    """How many distinct cases each tier supervises (a case under two committees counts once)."""
    with db.read() as session:
        return {
            tier: int(
                session.scalar(
                    select(func.count())
                    .select_from(Case)
                    .where(_tier_condition(tier, None, any_supervisor=True), *_year_condition(year, today, kind))
                )
                or 0
            )
            for tier in Tier
        }


def supervised_cases(
    db: Database,
    tier: Tier,
    supervisor_id: int | None,
    today: date,
    *,
    year: int | None = None,
    kind: CaseKind | None = None,
) -> list[SupervisedCase]:
    """The cases one supervisor watches over, in register order (latest year first)."""
    with db.read() as session:
        query = (
            select(Case.id, CongressSession.name, Case.submitted_on, Case.number, Case.title, Case.state)
            .join(CongressSession, CongressSession.id == Case.session_id)
            .where(_tier_condition(tier, supervisor_id), *_year_condition(year, today, kind))
            .order_by(CongressSession.year.desc(), CongressSession.id, *by_number(Case.number))
        )
        rows = session.execute(query).all()
        ids = [row[0] for row in rows]
        units = lead_units(session, ids)
        late = _overdue_units(session, ids, today)
        now = _today_facts(session, ids, today)
        records = _records(session, ids)
    return [
        SupervisedCase(
            case_id,
            session_name,
            submitted_on.year,
            number,
            title,
            tuple(units[case_id]),
            state,
            *now.get(case_id, (None, None)),
            tuple(late[case_id]),
            *records.get(case_id, (0, None)),
        )
        for case_id, session_name, submitted_on, number, title, state in rows
    ]


def follow_up_candidates(
    db: Database, today: date, *, codes: Sequence[str] = FOLLOW_UP_RESULTS, before_year: int | None = None
) -> list[FollowUpCandidate]:
    """回头看: cases submitted before ``before_year`` (default: this year) whose result today is one of
    ``codes``; the longest waiting first (earliest year), then in register order."""
    before_year = before_year or today.year
    with db.read() as session:
        valid = and_(CaseFactRow.case_id == Case.id, *fact_rows_valid_on(CaseFactRow, today))
        query = (
            select(
                Case.id,
                CongressSession.name,
                Case.submitted_on,
                Case.number,
                Case.title,
                CaseFactRow.result_code,
                CaseFactRow.rating,
            )
            .join(CongressSession, CongressSession.id == Case.session_id)
            .join(CaseFactRow, valid)
            .where(
                Case.submitted_on < date(before_year, 1, 1),
                Case.state != CaseState.WITHDRAWN,
                CaseFactRow.result_code.in_(list(codes)),
            )
            .order_by(Case.submitted_on, CongressSession.id, *by_number(Case.number))
        )
        rows = session.execute(query).all()
        ids = [row[0] for row in rows]
        units = lead_units(session, ids)
        replied: dict[int, date] = {}
        reviews: dict[int, tuple[int, date | None]] = {}
        for chunk in chunks(ids):
            for case_id, last in session.execute(
                select(Assignment.case_id, func.max(Reply.replied_on))
                .join(Reply, Reply.assignment_id == Assignment.id)
                .where(Assignment.case_id.in_(chunk), Reply.replied_on <= today)
                .group_by(Assignment.case_id)
            ):
                replied[case_id] = last
            for case_id, count, last in session.execute(
                select(FollowUp.case_id, func.count(), func.max(FollowUp.reviewed_on))
                .where(FollowUp.case_id.in_(chunk), FollowUp.reviewed_on <= today)
                .group_by(FollowUp.case_id)
            ):
                reviews[case_id] = (int(count), last)
    return [
        FollowUpCandidate(
            case_id,
            session_name,
            submitted_on.year,
            number,
            title,
            tuple(units[case_id]),
            result_code or "",
            rating,
            replied.get(case_id),
            *reviews.get(case_id, (0, None)),
        )
        for case_id, session_name, submitted_on, number, title, result_code, rating in rows
    ]


def _tier_condition(tier: Tier, supervisor_id: int | None, *, any_supervisor: bool = False) -> ColumnElement[bool]:
    """The cases of one supervisor of ``tier`` (of any, with ``any_supervisor``): a leader's key
    cases; a committee's categories and the key cases assigned to it; the office's, every case."""
    if tier is Tier.LEADER:
        if any_supervisor:
            congress = select(Leader.id).where(Leader.kind == LeaderKind.CONGRESS)
            return Case.supervising_leader_id.in_(congress)
        return Case.supervising_leader_id == supervisor_id
    if tier is Tier.COMMITTEE:
        if any_supervisor:
            by_category = select(Category.id).where(Category.committee_id.is_not(None))
            return or_(Case.supervising_committee_id.is_not(None), Case.category_id.in_(by_category))
        of_committee = select(Category.id).where(Category.committee_id == supervisor_id)
        return or_(Case.supervising_committee_id == supervisor_id, Case.category_id.in_(of_committee))
    return true()


def _year_condition(year: int | None, today: date, kind: CaseKind | None = None) -> list[ColumnElement[bool]]:
    """Cases not withdrawn by ``today`` (submitted in ``year`` and of ``kind``, when given)."""
    conditions: list[ColumnElement[bool]] = [or_(Case.withdrawn_on.is_(None), Case.withdrawn_on > today)]
    if year is not None:
        conditions.append(Case.submitted_on.between(date(year, 1, 1), min(date(year, 12, 31), today)))
    if kind is not None:
        conditions.append(Case.kind == kind)
    return conditions


def _late(today: date) -> ColumnElement[bool]:
    """A lead or separately handling unit's reply overdue today, on a case still open."""
    return and_(Assignment.role.in_(ANSWERING), assignment_overdue_on(today), case_open_on(today))


def _counts(
    session: Session, tier: Tier, supervisor_id: int | None, today: date, year: int | None, kind: CaseKind | None
) -> tuple[int, int, int]:
    """(cases, closed by ``today``, with a reply overdue on ``today``) of one supervisor."""
    closed = func.count().filter(case_closed_by(today))
    overdue = func.count().filter(exists().where(Assignment.case_id == Case.id, _late(today)))
    total, closed_count, late_count = session.execute(
        select(func.count(), closed, overdue)
        .select_from(Case)
        .where(_tier_condition(tier, supervisor_id), *_year_condition(year, today, kind))
    ).one()
    return int(total), int(closed_count), int(late_count)


def _retired(session: Session, model: Any, row_id: int) -> bool:
    return bool(session.scalar(select(model.retired).where(model.id == row_id)))


def _overdue_units(session: Session, case_ids: Sequence[int], today: date) -> dict[int, list[str]]:
    found: dict[int, list[str]] = defaultdict(list)
    for chunk in chunks(case_ids):
        rows = session.execute(
            select(Assignment.case_id, HandlingUnit.name)
            .join(Case, Case.id == Assignment.case_id)
            .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
            .where(Assignment.case_id.in_(chunk), _late(today))
            .order_by(Assignment.case_id, Assignment.due_on)
        )
        for case_id, name in rows:
            found[case_id].append(name)
    return found


def _today_facts(session: Session, case_ids: Sequence[int], today: date) -> dict[int, tuple[str | None, str | None]]:
    found: dict[int, tuple[str | None, str | None]] = {}
    for chunk in chunks(case_ids):
        rows = session.execute(
            select(CaseFactRow.case_id, CaseFactRow.result_code, CaseFactRow.rating).where(
                CaseFactRow.case_id.in_(chunk), *fact_rows_valid_on(CaseFactRow, today)
            )
        )
        for case_id, result_code, rating in rows:
            found[case_id] = (result_code, rating)
    return found


def _records(session: Session, case_ids: Sequence[int]) -> dict[int, tuple[int, date | None]]:
    found: dict[int, tuple[int, date | None]] = {}
    for chunk in chunks(case_ids):
        rows = session.execute(
            select(SupervisionRecord.case_id, func.count(), func.max(SupervisionRecord.held_on))
            .where(SupervisionRecord.case_id.in_(chunk))
            .group_by(SupervisionRecord.case_id)
        )
        for case_id, count, last in rows:
            found[case_id] = (int(count), last)
    return found
