"""交办, 签收 and 调整: assigning a case to handling units, receipt, and a change of unit."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.dates import add_days, add_months
from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseState
from casebook.domain.errors import NotFound, RuleViolation
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.workflow import Action
from casebook.i18n import noop, translate
from casebook.services.case_access import (
    case_label,
    load_case_for,
    record_event,
    require_not_before,
    submission_step,
    touch,
)
from casebook.services.case_views import AssignmentView
from casebook.services.office import load_settings
from casebook.store.database import Database
from casebook.store.models import Assignment, Case, HandlingUnit


def default_due_on(assigned_on: date, role: AssignmentRole, settings: OfficeSettings) -> date:
    """Lead and separate units reply within 3 months; assisting units give their opinion in 1."""
    months = settings.assisting_opinion_months if role is AssignmentRole.ASSISTING else settings.reply_due_months
    return add_months(assigned_on, months)


def assign_case(
    db: Database,
    case_id: int,
    unit_id: int,
    role: AssignmentRole,
    assigned_on: date,
    *,
    due_on: date | None = None,
    note: str | None = None,
) -> AssignmentView:
    with db.write() as session:
        case = load_case_for(session, case_id, Action.ASSIGN)
        unit = _load_unit(session, unit_id)
        require_not_before(case, assigned_on, case.submitted_on, submission_step())
        if _active_assignment(session, case, unit_id) is not None:
            raise RuleViolation(
                "unit_already_assigned",
                noop("Rule", "{unit} is already handling this case"),
                case=case_label(case),
                unit=unit.name,
            )
        due = due_on or default_due_on(assigned_on, role, load_settings(session))
        require_not_before(case, due, assigned_on, translate("Rule", noop("Rule", "the assignment date")))
        assignment = Assignment(
            case_id=case.id,
            unit_id=unit.id,
            role=role,
            handling_round=case.handling_round,
            status=AssignmentStatus.ACTIVE,
            assigned_on=assigned_on,
            due_on=due,
            note=note,
        )
        session.add(assignment)
        case.state = CaseState.ASSIGNED
        touch(case, db.user)
        session.flush()
        record_event(
            session,
            db.user,
            case,
            Action.ASSIGN,
            assigned_on,
            assignment_id=assignment.id,
            unit=unit.name,
            role=role,
            due_on=due,
        )
        return assignment_view(assignment, unit)


def acknowledge_assignment(db: Database, assignment_id: int, acknowledged_on: date) -> AssignmentView:
    """签收: the unit confirms it received the case."""
    with db.write() as session:
        assignment = load_assignment(session, assignment_id)
        case = load_case_for(session, assignment.case_id, Action.ACKNOWLEDGE)
        require_active_assignment(case, assignment)
        if assignment.acknowledged_on is not None:
            raise RuleViolation(
                "already_acknowledged",
                noop("Rule", "{unit} already acknowledged receipt on {date}"),
                case=case_label(case),
                unit=assignment.unit.name,
                date=assignment.acknowledged_on.isoformat(),
            )
        require_not_before(case, acknowledged_on, assignment.assigned_on, _assignment_step())
        assignment.acknowledged_on = acknowledged_on
        touch(case, db.user)
        session.flush()
        record_event(
            session,
            db.user,
            case,
            Action.ACKNOWLEDGE,
            acknowledged_on,
            assignment_id=assignment.id,
            unit=assignment.unit.name,
        )
        return assignment_view(assignment, assignment.unit)


def change_unit(
    db: Database, assignment_id: int, new_unit_id: int, changed_on: date, reason: str = ""
) -> AssignmentView:
    """调整承办单位: a unit that was wrongly assigned asks in time; another unit takes its place."""
    with db.write() as session:
        assignment = load_assignment(session, assignment_id)
        case = load_case_for(session, assignment.case_id, Action.CHANGE_UNIT)
        require_active_assignment(case, assignment)
        new_unit = _load_unit(session, new_unit_id)
        settings = load_settings(session)
        require_not_before(case, changed_on, assignment.assigned_on, _assignment_step())
        if assignment.replies:
            raise RuleViolation(
                "change_after_reply",
                noop("Rule", "{unit} has already replied, so the handling unit can no longer be changed"),
                case=case_label(case),
                unit=assignment.unit.name,
            )
        window_end = add_days(assignment.assigned_on, settings.change_request_days)
        if changed_on > window_end:
            raise RuleViolation(
                "change_request_late",
                noop(
                    "Rule",
                    "a change of handling unit must be asked for within {days} days of assignment "
                    "(by {last_day}); {date} is too late",
                ),
                case=case_label(case),
                days=settings.change_request_days,
                last_day=window_end.isoformat(),
                date=changed_on.isoformat(),
            )
        if _active_assignment(session, case, new_unit_id) is not None:
            raise RuleViolation(
                "unit_already_assigned",
                noop("Rule", "{unit} is already handling this case"),
                case=case_label(case),
                unit=new_unit.name,
            )
        replacement = Assignment(
            case_id=case.id,
            unit_id=new_unit.id,
            role=assignment.role,
            handling_round=assignment.handling_round,
            status=AssignmentStatus.ACTIVE,
            assigned_on=changed_on,
            due_on=default_due_on(changed_on, assignment.role, settings),
            note=reason or None,
        )
        session.add(replacement)
        session.flush()
        assignment.status = AssignmentStatus.CHANGED
        assignment.ended_on = changed_on
        assignment.replaced_by_id = replacement.id
        touch(case, db.user)
        session.flush()
        record_event(
            session,
            db.user,
            case,
            Action.CHANGE_UNIT,
            changed_on,
            old_assignment_id=assignment.id,
            old_unit=assignment.unit.name,
            new_assignment_id=replacement.id,
            new_unit=new_unit.name,
            reason=reason,
        )
        return assignment_view(replacement, new_unit)


def assignment_view(assignment: Assignment, unit: HandlingUnit) -> AssignmentView:
    return AssignmentView(
        assignment.id,
        unit.id,
        unit.name,
        assignment.role,
        assignment.handling_round,
        assignment.status,
        assignment.assigned_on,
        assignment.acknowledged_on,
        assignment.due_on,
        assignment.ended_on,
    )


def _assignment_step() -> str:
    return translate("Rule", noop("Rule", "the assignment date"))


def _load_unit(session: Session, unit_id: int) -> HandlingUnit:
    unit = session.get(HandlingUnit, unit_id)
    if unit is None:
        raise NotFound(noop("Rule", "There is no handling unit with id {id}."), id=unit_id)
    return unit


def load_assignment(session: Session, assignment_id: int) -> Assignment:
    assignment = session.get(Assignment, assignment_id)
    if assignment is None:
        raise NotFound(noop("Rule", "There is no assignment with id {id}."), id=assignment_id)
    return assignment


def require_active_assignment(case: Case, assignment: Assignment) -> None:
    if assignment.status is not AssignmentStatus.ACTIVE or assignment.handling_round != case.handling_round:
        raise RuleViolation(
            "assignment_not_active",
            noop("Rule", "{unit} is no longer handling this case in the current round"),
            case=case_label(case),
            unit=assignment.unit.name,
        )


def _active_assignment(session: Session, case: Case, unit_id: int) -> Assignment | None:
    return session.scalar(
        select(Assignment).where(
            Assignment.case_id == case.id,
            Assignment.unit_id == unit_id,
            Assignment.handling_round == case.handling_round,
            Assignment.status == AssignmentStatus.ACTIVE,
        )
    )
