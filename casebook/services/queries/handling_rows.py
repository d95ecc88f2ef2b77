"""The rows the handling history (:mod:`casebook.services.queries.handling_history`) is built from.

One query per handling table for all the cases of a select: each joins the cases (a subquery, so
the filter's own subqueries keep to themselves) and comes in register order (year, session, case
number), then in the order the records were made. The rows of one case are taken from each query
in turn (:meth:`CaseRows.of`) while the queries are read as a stream, so a register of any size is
read in little memory and the statements stay the same whatever the number of cases (no list of
case ids to bind).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from casebook.domain.enums import AssignmentRole, AssignmentStatus
from casebook.services.queries.handling_order import HANDLING_ACTIONS
from casebook.store.models import (
    Assignment,
    Case,
    CaseLink,
    CongressSession,
    Deputy,
    Event,
    FollowUp,
    HandlingUnit,
    Rating,
    Reply,
    SupervisionRecord,
)
from casebook.store.text_order import by_number

STREAM_BATCH = 1_000  # rows fetched at a time from each query


class AssignmentRow(NamedTuple):
    """The columns of an assignment the history needs (plain rows: no ORM objects to build)."""

    id: int
    unit_id: int
    unit: str
    role: AssignmentRole
    handling_round: int
    status: AssignmentStatus
    assigned_on: date
    acknowledged_on: date | None
    due_on: date
    ended_on: date | None
    replaced_by_id: int | None
    note: str | None


class CaseRows:
    """The rows of one query (the case id first) in register order, taken case by case."""

    def __init__(self, session: Session, query: Select[Any], make: Callable[..., Any] | None = None) -> None:
        self._rows = iter(session.connection().execute(query.execution_options(yield_per=STREAM_BATCH)))
        self._make = make
        self._next = next(self._rows, None)

    def of(self, case_id: int) -> list[Any]:
        """The rows of ``case_id`` (without the case id; made into objects when the query says
        how), which must come after the case asked for before."""
        rows: list[Any] = []
        make = self._make
        while self._next is not None and self._next[0] == case_id:
            rows.append(make(*self._next[1:]) if make is not None else self._next[1:])
            self._next = next(self._rows, None)
        return rows


class HandlingRows:
    """The handling tables' rows of the cases of ``cases`` (a select of cases)."""

    def __init__(self, session: Session, cases: Select[Any]) -> None:
        register = (
            cases.join(CongressSession, CongressSession.id == Case.session_id)
            .with_only_columns(
                Case.id,
                CongressSession.year,
                CongressSession.name,
                Case.session_id,
                Case.number,
                Case.handling_round,
                Case.converted_on,
                Case.withdrawn_on,
                Case.closed_on,
            )
            .subquery("register")
        )
        case = register.c
        order = (case.year, case.session_id, *by_number(case.number))

        def rows(table: Any, *columns: Any, make: Callable[..., Any] | None = None, **joins: Any) -> CaseRows:
            query = select(case.id, *columns).join_from(register, table, table.case_id == case.id)
            for target, on in joins.values():
                query = query.join(target, on)
            return CaseRows(session, query.order_by(*order, columns[0]), make)

        # id, session name, session id, number, handling round, converted on, withdrawn on, closed on
        self.cases: Iterator[tuple[Any, ...]] = iter(
            session.connection().execute(
                select(case.id, case.name, case.session_id, case.number, case.handling_round)
                .add_columns(case.converted_on, case.withdrawn_on, case.closed_on)
                .order_by(*order)
                .execution_options(yield_per=STREAM_BATCH)
            )
        )
        self.assignments = rows(
            Assignment,
            Assignment.id,
            Assignment.unit_id,
            HandlingUnit.name,
            Assignment.role,
            Assignment.handling_round,
            Assignment.status,
            Assignment.assigned_on,
            Assignment.acknowledged_on,
            Assignment.due_on,
            Assignment.ended_on,
            Assignment.replaced_by_id,
            Assignment.note,
            make=AssignmentRow,
            unit=(HandlingUnit, HandlingUnit.id == Assignment.unit_id),
        )
        # id, assignment id, replied on, result code, contact method, contact person, summary, opinion
        self.replies = rows(
            Assignment,
            Reply.id,
            Reply.assignment_id,
            Reply.replied_on,
            Reply.result_code,
            Reply.contact_method,
            Reply.contact_person,
            Reply.summary,
            Reply.opinion,
            reply=(Reply, Reply.assignment_id == Assignment.id),
        )
        # id, handling round, rated on, deputy, overall, handling level, result level, comment
        self.ratings = rows(
            Rating,
            Rating.id,
            Rating.handling_round,
            Rating.rated_on,
            Deputy.name,
            Rating.overall,
            Rating.handling_level,
            Rating.result_level,
            Rating.comment,
            deputy=(Deputy, Deputy.id == Rating.deputy_id),
        )
        # id, reviewed on, result code, measures
        self.follow_ups = rows(FollowUp, FollowUp.id, FollowUp.reviewed_on, FollowUp.result_code, FollowUp.measures)
        # id, kind, held on, participants, notes
        self.supervision = rows(
            SupervisionRecord,
            SupervisionRecord.id,
            SupervisionRecord.kind,
            SupervisionRecord.held_on,
            SupervisionRecord.participants,
            SupervisionRecord.notes,
        )
        # the joint handlings: the links this case made, then those made to it
        # id, the other case's id, linked on, the other case's number, its session's name
        self.links: list[CaseRows] = []
        for side in (CaseLink.case_id, CaseLink.linked_case_id):
            other_side = CaseLink.linked_case_id if side is CaseLink.case_id else CaseLink.case_id
            other = aliased(Case)
            other_session = aliased(CongressSession)
            query = (
                select(case.id, CaseLink.id, other_side, CaseLink.linked_on, other.number, other_session.name)
                .join_from(register, CaseLink, side == case.id)
                .join(other, other.id == other_side)
                .join(other_session, other_session.id == other.session_id)
                .order_by(*order, CaseLink.id)
            )
            self.links.append(CaseRows(session, query))
        # id, action, business date, details: the events of handling steps (handling_order)
        self.events = CaseRows(
            session,
            select(case.id, Event.id, Event.action, Event.business_date, Event.details)
            .join_from(register, Event, Event.case_id == case.id)
            .where(Event.action.in_(HANDLING_ACTIONS))
            .order_by(*order, Event.id),
        )
