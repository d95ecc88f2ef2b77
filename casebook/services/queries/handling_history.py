"""The handling history of the register (办理过程): one step per thing that happened to a case.

A step is an assignment (交办), a receipt (签收), a change of unit (调整承办单位), a reply (答复), a
rating (测评), a new handling round (重新办理), the closing (办结), a follow-up review (回头看), the
presidium's decision to handle a motion as a suggestion (转为建议), a withdrawal (撤回), a
supervision record (督办) or a joint handling (并案). The steps come from the handling tables
themselves (assignments, replies, ratings, follow-ups, supervision records, case links and the
case's own dates), so they are the history the statistics count; the event table only tells in
which order steps of the same business date were typed in.

Cases come in register order (as :func:`casebook.services.queries.case_listing.iter_case_rows`), each
case's steps in business-date order, then in the order they were recorded. Steps are read with one
query per table for all the cases (never one query per case): each joins the cases of the filter
(a subquery) and comes in register order, so the rows of one case are taken from each query in
turn and a register of any size is read in little memory.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from casebook.domain.enums import AssignmentRole, AssignmentStatus, ContactMethod, ContactPerson, SupervisionKind
from casebook.domain.workflow import Action
from casebook.services.queries.case_listing import CaseFilter, cases_matching
from casebook.services.queries.handling_order import (
    Draft,
    Recorded,
    date_key,
    number_same_day_steps,
    recorded_order,
    sort_key,
)
from casebook.services.queries.handling_rows import AssignmentRow, HandlingRows
from casebook.store.database import Database
from casebook.store.models import Case


class HandlingStep(NamedTuple):
    """One step of one case. Fields a step does not have are None. (A named tuple: a large export
    makes one per row of its history sheet, and a tuple is made several times faster than a frozen
    dataclass.)"""

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


@dataclass
class _CaseInfo:
    id: int
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
    with db.read() as session:
        yield from _steps(session, cases_matching(filters or CaseFilter()))


def case_steps(session: Session, case_ids: Sequence[int]) -> list[HandlingStep]:
    """The steps of ``case_ids``, the cases in that order."""
    by_case: dict[int, list[HandlingStep]] = defaultdict(list)
    for step in _steps(session, select(Case).where(Case.id.in_(case_ids))):
        by_case[step.case_id].append(step)
    return [step for case_id in case_ids for step in by_case.get(case_id, ())]


def _steps(session: Session, cases: Select[Any]) -> Iterator[HandlingStep]:
    """The steps of ``cases`` (a select of cases) in register order."""
    tables = HandlingRows(session, cases)
    for row in tables.cases:
        info = _CaseInfo(*row)
        case_id = info.id
        units = _add_assignments(info, tables.assignments.of(case_id))
        _add_replies(info, tables.replies.of(case_id), units)
        _add_ratings(info, tables.ratings.of(case_id))
        _add_follow_ups(info, tables.follow_ups.of(case_id))
        _add_supervision(info, tables.supervision.of(case_id))
        for side in tables.links:
            _add_links(info, side.of(case_id))
        ranks = recorded_order(tables.events.of(case_id))
        _add_case_dates(info, ranks)
        number_same_day_steps(info.steps)
        for draft in sorted(info.steps, key=lambda draft: sort_key(draft, ranks)):
            yield HandlingStep(case_id, info.session, info.number, draft.action, draft.on, **draft.fields)


def _add_assignments(info: _CaseInfo, assignments: list[AssignmentRow]) -> dict[int, AssignmentRow]:
    """The steps of the case's assignments (in the order they were made); returns them by id."""
    units = {assignment.id: assignment for assignment in assignments}
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
            info.steps.append(Draft(Action.ACKNOWLEDGE, assignment.acknowledged_on, assignment.id, assignment.id, base))
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
    return units


def _add_replies(info: _CaseInfo, replies: list[Any], units: dict[int, AssignmentRow]) -> None:
    for reply_id, assignment_id, replied_on, result_code, method, person, summary, opinion in replies:
        assignment = units[assignment_id]
        assisting = assignment.role is AssignmentRole.ASSISTING
        info.steps.append(
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


def _rehandle_dates(assignments: list[AssignmentRow]) -> dict[int, tuple[date, date]]:
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
    assignment: AssignmentRow, reopened: dict[int, tuple[date, date]], assignments: list[AssignmentRow]
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


def _add_ratings(info: _CaseInfo, ratings: list[Any]) -> None:
    for rating_id, handling_round, rated_on, deputy, overall, handling, result, comment in ratings:
        info.steps.append(
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


def _add_follow_ups(info: _CaseInfo, follow_ups: list[Any]) -> None:
    for follow_up_id, reviewed_on, result_code, measures in follow_ups:
        info.steps.append(
            Draft(
                Action.FOLLOW_UP,
                reviewed_on,
                None,
                follow_up_id,
                {"result_code": result_code, "text": measures or None},
            )
        )


def _add_supervision(info: _CaseInfo, records: list[Any]) -> None:
    for record_id, kind, held_on, participants, notes in records:
        info.steps.append(
            Draft(
                Action.SUPERVISE,
                held_on,
                record_id,
                record_id,
                {"supervision_kind": kind, "participants": participants or None, "text": notes or None},
            )
        )


def _add_links(info: _CaseInfo, links: list[Any]) -> None:
    for link_id, other_id, linked_on, number, session_name in links:
        info.steps.append(
            Draft(Action.LINK, linked_on, other_id, link_id, {"linked_session": session_name, "linked_number": number})
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
