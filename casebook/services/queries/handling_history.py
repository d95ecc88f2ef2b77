"""The handling history of the register (办理过程): one step per thing that happened to a case.

A step is an assignment (交办), a receipt (签收), a change of unit (调整承办单位), a reply (答复), a
rating (测评), a new handling round (重新办理), the closing (办结), a follow-up review (回头看), the
presidium's decision to handle a motion as a suggestion (转为建议), a withdrawal (撤回), a
supervision record (督办) or a joint handling (并案). The steps come from the handling tables
themselves (assignments, replies, ratings, follow-ups, supervision records, case links and the
case's own dates), so they are the history the statistics count; the event table only tells in
which order steps of the same business date were typed in.

Cases come in register order (as :func:`casebook.services.queries.case_listing.iter_case_rows`), each
case's steps in business-date order, then in the order they were recorded. Steps are read with a
few set-based queries per batch of cases, never one query per case.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from casebook.domain.enums import AssignmentRole, AssignmentStatus, ContactMethod, ContactPerson, SupervisionKind
from casebook.domain.workflow import Action
from casebook.services.queries.case_listing import BATCH, CaseFilter, ids_in_register_order
from casebook.services.queries.handling_order import (
    Draft,
    Recorded,
    date_key,
    number_same_day_steps,
    recorded_order,
    sort_key,
)
from casebook.store.database import Database
from casebook.store.models import (
    Assignment,
    Case,
    CaseLink,
    CongressSession,
    Deputy,
    FollowUp,
    HandlingUnit,
    Rating,
    Reply,
    SupervisionRecord,
)


@dataclass(frozen=True)
class HandlingStep:
    """One step of one case. Fields a step does not have are None."""

    case_id: int
    session: str
    number: str
    action: Action
    on: date
    unit: str | None = None  # for a change of unit: the new unit
    role: AssignmentRole | None = None
    handling_round: int | None = None
    due_on: date | None = None
    result_code: str | None = None
    contact_method: ContactMethod | None = None
    contact_person: ContactPerson | None = None
    deputy: str | None = None
    overall: str | None = None  # rating option codes of the office settings
    handling_level: str | None = None
    result_level: str | None = None
    previous_unit: str | None = None  # a change of unit: the unit that was replaced
    linked_session: str | None = None  # 并案: the other case
    linked_number: str | None = None
    supervision_kind: SupervisionKind | None = None
    participants: str | None = None  # of a supervision record
    text: str | None = None  # reply summary or opinion, comment, measures, notes, reason


@dataclass(frozen=True)
class _Assignment:
    """The columns of an assignment the history needs (plain rows: no ORM objects to build)."""

    id: int
    case_id: int
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


@dataclass
class _CaseInfo:
    session: str
    session_id: int
    number: str
    handling_round: int
    converted_on: date | None
    withdrawn_on: date | None
    closed_on: date | None
    steps: list[Draft] = field(default_factory=list)


def handling_steps(db: Database, filters: CaseFilter | None = None) -> Iterator[HandlingStep]:
    """Every step of every case of ``filters``: cases in register order, steps in date order."""
    filters = filters or CaseFilter()
    with db.read() as session:
        ids = ids_in_register_order(session, filters)
        for start in range(0, len(ids), BATCH):
            yield from case_steps(session, ids[start : start + BATCH])


def case_steps(session: Session, case_ids: Sequence[int]) -> list[HandlingStep]:
    """The steps of ``case_ids``, the cases in that order."""
    cases = _cases(session, case_ids)
    if not cases:
        return []
    _add_assignments(session, cases)
    _add_ratings(session, cases)
    _add_follow_ups_and_supervision(session, cases)
    _add_links(session, cases)
    events = recorded_order(session, cases)
    steps: list[HandlingStep] = []
    for case_id in case_ids:
        info = cases.get(case_id)
        if info is None:
            continue
        ranks = events.get(case_id, {})
        _add_case_dates(info, ranks)
        number_same_day_steps(info.steps)
        ordered = sorted(info.steps, key=lambda draft: sort_key(draft, ranks))
        steps.extend(
            HandlingStep(case_id, info.session, info.number, draft.action, draft.on, **draft.fields)
            for draft in ordered
        )
    return steps


def _cases(session: Session, case_ids: Sequence[int]) -> dict[int, _CaseInfo]:
    query = (
        select(
            Case.id,
            CongressSession.name,
            Case.session_id,
            Case.number,
            Case.handling_round,
            Case.converted_on,
            Case.withdrawn_on,
            Case.closed_on,
        )
        .join(CongressSession, CongressSession.id == Case.session_id)
        .where(Case.id.in_(case_ids))
    )
    return {row[0]: _CaseInfo(*row[1:]) for row in session.execute(query)}


def _add_assignments(session: Session, cases: dict[int, _CaseInfo]) -> None:
    query = (
        select(
            Assignment.id,
            Assignment.case_id,
            Assignment.unit_id,
            HandlingUnit.name.label("unit"),
            Assignment.role,
            Assignment.handling_round,
            Assignment.status,
            Assignment.assigned_on,
            Assignment.acknowledged_on,
            Assignment.due_on,
            Assignment.ended_on,
            Assignment.replaced_by_id,
            Assignment.note,
        )
        .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
        .where(Assignment.case_id.in_(cases))
        .order_by(Assignment.case_id, Assignment.id)
    )
    by_case: dict[int, list[_Assignment]] = defaultdict(list)
    units: dict[int, _Assignment] = {}
    for row in session.execute(query):
        assignment = _Assignment(**row._asdict())
        by_case[assignment.case_id].append(assignment)
        units[assignment.id] = assignment
    for case_id, assignments in by_case.items():
        info = cases[case_id]
        replacements = {a.replaced_by_id for a in assignments if a.replaced_by_id is not None}
        reopened = _rehandle_dates(assignments)
        for assignment in assignments:
            unit = assignment.unit
            base = {"unit": unit, "role": assignment.role, "handling_round": assignment.handling_round}
            if assignment.id in replacements:
                pass  # written as the change of unit below
            elif _created_by_rehandling(assignment, reopened, assignments):
                pass  # written as the new round below
            else:
                info.steps.append(
                    Draft(
                        Action.ASSIGN,
                        assignment.assigned_on,
                        assignment.id,
                        assignment.id,
                        {**base, "due_on": assignment.due_on, "text": assignment.note},
                    )
                )
            if assignment.acknowledged_on is not None:
                info.steps.append(
                    Draft(Action.ACKNOWLEDGE, assignment.acknowledged_on, assignment.id, assignment.id, base)
                )
            if assignment.status is AssignmentStatus.CHANGED and assignment.replaced_by_id in units:
                new = units[assignment.replaced_by_id]
                info.steps.append(
                    Draft(
                        Action.CHANGE_UNIT,
                        assignment.ended_on or new.assigned_on,
                        assignment.id,
                        assignment.id,
                        {
                            "unit": new.unit,
                            "role": new.role,
                            "handling_round": new.handling_round,
                            "due_on": new.due_on,
                            "previous_unit": unit,
                        },
                    )
                )
        for handling_round, (on, due_on) in sorted(reopened.items()):
            info.steps.append(
                Draft(Action.REHANDLE, on, handling_round, 0, {"handling_round": handling_round, "due_on": due_on})
            )
    replies = (
        select(
            Reply.id,
            Reply.assignment_id,
            Reply.replied_on,
            Reply.result_code,
            Reply.contact_method,
            Reply.contact_person,
            Reply.summary,
            Reply.opinion,
        )
        .join(Assignment, Assignment.id == Reply.assignment_id)
        .where(Assignment.case_id.in_(cases))
        .order_by(Reply.id)
    )
    for reply_id, assignment_id, replied_on, result_code, method, person, summary, opinion in session.execute(replies):
        assignment = units[assignment_id]
        assisting = assignment.role is AssignmentRole.ASSISTING
        cases[assignment.case_id].steps.append(
            Draft(
                Action.REPLY,
                replied_on,
                reply_id,
                reply_id,
                {
                    "unit": assignment.unit,
                    "role": assignment.role,
                    "handling_round": assignment.handling_round,
                    "due_on": assignment.due_on,
                    "result_code": result_code,
                    "contact_method": method,
                    "contact_person": person,
                    "text": (opinion if assisting else summary) or None,
                },
            )
        )


def _rehandle_dates(assignments: list[_Assignment]) -> dict[int, tuple[date, date]]:
    """Round → (the day it was opened, its due date), for every round after the first.

    重新办理 ends the previous round's assignments on the day it reopens the case (status
    SUPERSEDED, ``ended_on``) and creates the new round's assignments on that day."""
    rounds: dict[int, tuple[date, date]] = {}
    for assignment in assignments:
        if assignment.handling_round < 2:
            continue
        ended = [
            a.ended_on
            for a in assignments
            if a.handling_round == assignment.handling_round - 1
            and a.status is AssignmentStatus.SUPERSEDED
            and a.ended_on is not None
        ]
        on = min(ended) if ended else assignment.assigned_on
        if assignment.assigned_on == on and assignment.handling_round not in rounds:
            rounds[assignment.handling_round] = (on, assignment.due_on)
    return rounds


def _created_by_rehandling(
    assignment: _Assignment, reopened: dict[int, tuple[date, date]], assignments: list[_Assignment]
) -> bool:
    opened = reopened.get(assignment.handling_round)
    if opened is None or assignment.assigned_on != opened[0] or assignment.role is AssignmentRole.ASSISTING:
        return False
    previous = {
        (a.unit_id, a.role)
        for a in assignments
        if a.handling_round == assignment.handling_round - 1 and a.status is AssignmentStatus.SUPERSEDED
    }
    return (assignment.unit_id, assignment.role) in previous or not previous


def _add_ratings(session: Session, cases: dict[int, _CaseInfo]) -> None:
    query = (
        select(
            Rating.id,
            Rating.case_id,
            Rating.handling_round,
            Rating.rated_on,
            Deputy.name,
            Rating.overall,
            Rating.handling_level,
            Rating.result_level,
            Rating.comment,
        )
        .join(Deputy, Deputy.id == Rating.deputy_id)
        .where(Rating.case_id.in_(cases))
        .order_by(Rating.id)
    )
    for rating_id, case_id, handling_round, rated_on, deputy, overall, handling, result, comment in session.execute(
        query
    ):
        cases[case_id].steps.append(
            Draft(
                Action.RATE,
                rated_on,
                rating_id,
                rating_id,
                {
                    "handling_round": handling_round,
                    "deputy": deputy,
                    "overall": overall,
                    "handling_level": handling,
                    "result_level": result,
                    "text": comment,
                },
            )
        )


def _add_follow_ups_and_supervision(session: Session, cases: dict[int, _CaseInfo]) -> None:
    for follow_up in session.scalars(select(FollowUp).where(FollowUp.case_id.in_(cases)).order_by(FollowUp.id)):
        cases[follow_up.case_id].steps.append(
            Draft(
                Action.FOLLOW_UP,
                follow_up.reviewed_on,
                None,
                follow_up.id,
                {"result_code": follow_up.result_code, "text": follow_up.measures or None},
            )
        )
    for record in session.scalars(
        select(SupervisionRecord).where(SupervisionRecord.case_id.in_(cases)).order_by(SupervisionRecord.id)
    ):
        cases[record.case_id].steps.append(
            Draft(
                Action.SUPERVISE,
                record.held_on,
                record.id,
                record.id,
                {
                    "supervision_kind": record.kind,
                    "participants": record.participants or None,
                    "text": record.notes or None,
                },
            )
        )


def _add_links(session: Session, cases: dict[int, _CaseInfo]) -> None:
    other = aliased(Case)
    for side in (CaseLink.case_id, CaseLink.linked_case_id):
        other_side = CaseLink.linked_case_id if side is CaseLink.case_id else CaseLink.case_id
        query = (
            select(CaseLink.id, side, other_side, CaseLink.linked_on, other.number, CongressSession.name)
            .join(other, other.id == other_side)
            .join(CongressSession, CongressSession.id == other.session_id)
            .where(side.in_(cases))
            .order_by(CaseLink.id)
        )
        for link_id, case_id, other_id, linked_on, number, session_name in session.execute(query):
            cases[case_id].steps.append(
                Draft(
                    Action.LINK,
                    linked_on,
                    other_id,
                    link_id,
                    {"linked_session": session_name, "linked_number": number},
                )
            )


def _add_case_dates(info: _CaseInfo, ranks: Recorded) -> None:
    dated = (
        (Action.CONVERT_TO_SUGGESTION, info.converted_on, "decided_by"),
        (Action.WITHDRAW, info.withdrawn_on, "reason"),
        (Action.CLOSE, info.closed_on, "reason"),  # 代表同意办结: why it closed on an unsatisfied rating
    )
    for action, on, detail in dated:
        if on is None:
            continue
        fields: dict[str, Any] = {}
        if action is Action.CLOSE:
            fields["handling_round"] = info.handling_round
        event = ranks.get((action.value, date_key(on, 0)))
        if detail is not None and event is not None and event[1].get(detail):
            fields["text"] = str(event[1][detail])
        info.steps.append(Draft(action, on, None, 0, fields))
