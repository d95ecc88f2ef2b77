"""交办, 签收, 调整 and 延期: assigning a case to handling units, receipt, a change of unit (asked for,
then approved or refused) and an approved extension of a reply deadline."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from casebook.domain.dates import add_days, add_months
from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseState, assignment_progress
from casebook.domain.errors import NotFound, RuleViolation
from casebook.domain.handling_steps import due_on_for
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.roles import Permission
from casebook.domain.workflow import Action, check_allowed
from casebook.i18n import noop, translate
from casebook.services.admin.holiday_calendar import working_day_after
from casebook.services.admin.office import load_settings
from casebook.services.queries.case_views import (
    AssignmentView,
    ExtensionView,
    UnitChangeRequestView,
    extension_view,
    unit_change_request_view,
)
from casebook.services.steps.case_access import (
    case_label,
    load_case_for,
    record_event,
    require_not_before,
    submission_step,
    touch,
)
from casebook.store.database import Database
from casebook.store.models import Assignment, AssignmentExtension, Case, HandlingUnit, UnitChangeRequest


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
    role = AssignmentRole(role)  # a form may hand over the plain value ("assisting")
    with db.write(Permission.EDIT_CASES) as session:
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
        due = due_on or due_on_for(assigned_on, role, load_settings(session))
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
    with db.write(Permission.EDIT_CASES) as session:
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


def change_request_last_day(session: Session, assigned_on: date, settings: OfficeSettings) -> date:
    """The last day a unit may ask for a change: ``change_request_days`` calendar days after the
    assignment, or that many working days by the holiday calendar when the office counts so."""
    if settings.change_request_working_days:
        return working_day_after(session, assigned_on, settings.change_request_days)
    return add_days(assigned_on, settings.change_request_days)


def request_unit_change(
    db: Database,
    assignment_id: int,
    requested_on: date,
    reason: str,
    suggested_unit_id: int | None = None,
) -> UnitChangeRequestView:
    """调整承办单位申请: a unit that thinks it was wrongly assigned asks, within the window, to be
    relieved of the case (optionally naming the unit it thinks should handle it)."""
    with db.write(Permission.EDIT_CASES) as session:
        request = _request_unit_change(
            session, db.user, Action.REQUEST_UNIT_CHANGE, assignment_id, requested_on, reason, suggested_unit_id
        )
        return unit_change_request_view(request)


def decide_unit_change(
    db: Database,
    request_id: int,
    approved: bool,
    decided_on: date,
    new_unit_id: int | None = None,
    note: str = "",
    *,
    decided_by: str | None = None,
) -> UnitChangeRequestView:
    """The office's decision on a change request: approved, another unit (``new_unit_id``, by
    default the one the request suggested) replaces the assignment; refused, the assignment stays."""
    with db.write(Permission.EDIT_CASES) as session:
        request = session.get(UnitChangeRequest, request_id)
        if request is None:
            raise NotFound(noop("Rule", "There is no change request with id {id}."), id=request_id)
        _decide_unit_change(session, db.user, request, approved, decided_on, new_unit_id, note, decided_by)
        return unit_change_request_view(request)


def change_unit(
    db: Database, assignment_id: int, new_unit_id: int, changed_on: date, reason: str = ""
) -> AssignmentView:
    """调整承办单位 in one step: the request and its approval on the same day (a change decided on
    paper and typed in afterwards, or an imported ledger). Both are kept, or neither."""
    with db.write(Permission.EDIT_CASES) as session:
        request = _request_unit_change(
            session, db.user, Action.CHANGE_UNIT, assignment_id, changed_on, reason, new_unit_id
        )
        replacement = _decide_unit_change(session, db.user, request, True, changed_on, new_unit_id, "", None)
        assert replacement is not None
        return assignment_view(replacement, replacement.unit)


def _request_unit_change(
    session: Session,
    user: str,
    action: Action,
    assignment_id: int,
    requested_on: date,
    reason: str,
    suggested_unit_id: int | None,
) -> UnitChangeRequest:
    assignment = load_assignment(session, assignment_id)
    case = load_case_for(session, assignment.case_id, action)
    require_active_assignment(case, assignment)
    suggested = _load_unit(session, suggested_unit_id) if suggested_unit_id is not None else None
    settings = load_settings(session)
    require_not_before(case, requested_on, assignment.assigned_on, _assignment_step())
    _require_not_replied(case, assignment)
    last_day = change_request_last_day(session, assignment.assigned_on, settings)
    if requested_on > last_day:
        template = (
            noop(
                "Rule",
                "a change of handling unit must be asked for within {days} working days of assignment "
                "(by {last_day}); {date} is too late",
            )
            if settings.change_request_working_days
            else noop(
                "Rule",
                "a change of handling unit must be asked for within {days} days of assignment "
                "(by {last_day}); {date} is too late",
            )
        )
        raise RuleViolation(
            "change_request_late",
            template,
            case=case_label(case),
            days=settings.change_request_days,
            last_day=last_day.isoformat(),
            date=requested_on.isoformat(),
        )
    pending = session.scalar(
        select(UnitChangeRequest).where(
            UnitChangeRequest.assignment_id == assignment.id, UnitChangeRequest.approved.is_(None)
        )
    )
    if pending is not None:
        raise RuleViolation(
            "change_request_pending",
            noop("Rule", "{unit} already asked for a change on {date}, and that request waits for a decision"),
            case=case_label(case),
            unit=assignment.unit.name,
            date=pending.requested_on.isoformat(),
        )
    request = UnitChangeRequest(
        assignment_id=assignment.id,
        requested_on=requested_on,
        reason=reason.strip(),
        requested_unit_id=suggested.id if suggested is not None else None,
    )
    session.add(request)
    touch(case, user)
    session.flush()
    record_event(
        session,
        user,
        case,
        Action.REQUEST_UNIT_CHANGE,
        requested_on,
        request_id=request.id,
        assignment_id=assignment.id,
        unit=assignment.unit.name,
        suggested_unit=suggested.name if suggested is not None else None,
        reason=request.reason,
    )
    return request


def _decide_unit_change(
    session: Session,
    user: str,
    request: UnitChangeRequest,
    approved: bool,
    decided_on: date,
    new_unit_id: int | None,
    note: str,
    decided_by: str | None,
) -> Assignment | None:
    """Record the decision; the replacement assignment when approved."""
    assignment = request.assignment
    case = load_case_for(session, assignment.case_id, Action.DECIDE_UNIT_CHANGE)
    if request.approved is not None:
        raise RuleViolation(
            "change_request_decided",
            noop("Rule", "the change request of {unit} of {date} was already decided on {decided_on}"),
            case=case_label(case),
            unit=assignment.unit.name,
            date=request.requested_on.isoformat(),
            decided_on=request.decided_on.isoformat() if request.decided_on else "",
        )
    require_not_before(case, decided_on, request.requested_on, translate("Rule", noop("Rule", "the request date")))
    request.decided_on = decided_on
    request.decided_by = (decided_by or user).strip() or user
    request.decision_note = note.strip() or None
    if not approved:
        request.approved = False
        touch(case, user)
        session.flush()
        record_event(
            session,
            user,
            case,
            Action.DECIDE_UNIT_CHANGE,
            decided_on,
            request_id=request.id,
            assignment_id=assignment.id,
            unit=assignment.unit.name,
            approved=False,
            decided_by=request.decided_by,
            note=note.strip(),
        )
        return None
    check_allowed(Action.CHANGE_UNIT, case.state, case_label(case))
    require_active_assignment(case, assignment)
    _require_not_replied(case, assignment)
    chosen = new_unit_id if new_unit_id is not None else request.requested_unit_id
    if chosen is None:
        raise RuleViolation(
            "change_without_new_unit",
            noop("Rule", "approving a change of handling unit needs the unit that takes over"),
            case=case_label(case),
        )
    new_unit = _load_unit(session, chosen)
    if _active_assignment(session, case, new_unit.id) is not None:
        raise RuleViolation(
            "unit_already_assigned",
            noop("Rule", "{unit} is already handling this case"),
            case=case_label(case),
            unit=new_unit.name,
        )
    settings = load_settings(session)
    replacement = Assignment(
        case_id=case.id,
        unit_id=new_unit.id,
        role=assignment.role,
        handling_round=assignment.handling_round,
        status=AssignmentStatus.ACTIVE,
        assigned_on=decided_on,
        due_on=due_on_for(decided_on, assignment.role, settings),
        note=request.reason or None,
    )
    session.add(replacement)
    session.flush()
    assignment.status = AssignmentStatus.CHANGED
    assignment.ended_on = decided_on
    assignment.replaced_by_id = replacement.id
    request.approved = True
    request.new_unit_id = new_unit.id
    request.new_assignment_id = replacement.id
    touch(case, user)
    session.flush()
    record_event(
        session,
        user,
        case,
        Action.CHANGE_UNIT,
        decided_on,
        old_assignment_id=assignment.id,
        old_unit=assignment.unit.name,
        new_assignment_id=replacement.id,
        new_unit=new_unit.name,
        reason=request.reason,
        request_id=request.id,
        decided_by=request.decided_by,
        note=note.strip(),
    )
    return replacement


def _require_not_replied(case: Case, assignment: Assignment) -> None:
    if assignment.replies:
        raise RuleViolation(
            "change_after_reply",
            noop("Rule", "{unit} has already replied, so the handling unit can no longer be changed"),
            case=case_label(case),
            unit=assignment.unit.name,
        )


def extend_deadline(
    db: Database,
    assignment_id: int,
    new_due_on: date,
    approved_by: str,
    approved_on: date,
    reason: str = "",
) -> ExtensionView:
    """延期答复: with approval a lead or separately handling unit may reply later, up to
    ``reply_extended_max_months`` after its assignment. The approval has to come by the deadline
    in force, so that the figures of earlier dates stay as they were."""
    with db.write(Permission.EDIT_CASES) as session:
        assignment = load_assignment(session, assignment_id)
        case = load_case_for(session, assignment.case_id, Action.EXTEND_DEADLINE)
        label = case_label(case)
        require_active_assignment(case, assignment)
        unit = assignment.unit.name
        if assignment.role is AssignmentRole.ASSISTING:
            raise RuleViolation(
                "extension_for_assisting_unit",
                noop(
                    "Rule",
                    "only a lead or separately handling unit's reply deadline can be extended; "
                    "{unit} is an assisting unit",
                ),
                case=label,
                unit=unit,
            )
        if assignment.replies:
            raise RuleViolation(
                "extension_after_reply",
                noop("Rule", "{unit} has already replied, so its deadline can no longer be extended"),
                case=label,
                unit=unit,
            )
        if not approved_by.strip():
            raise RuleViolation(
                "extension_without_approval",
                noop("Rule", "an extension of the reply deadline needs the name of whoever approved it"),
                case=label,
            )
        require_not_before(case, approved_on, assignment.assigned_on, _assignment_step())
        if approved_on > assignment.due_on:
            raise RuleViolation(
                "extension_after_due_date",
                noop(
                    "Rule",
                    "an extension must be approved by the deadline in force ({due_on}); {date} is after it",
                ),
                case=label,
                due_on=assignment.due_on.isoformat(),
                date=approved_on.isoformat(),
            )
        if new_due_on <= assignment.due_on:
            raise RuleViolation(
                "extension_not_later",
                noop("Rule", "the new deadline {date} is not later than the deadline in force ({due_on})"),
                case=label,
                date=new_due_on.isoformat(),
                due_on=assignment.due_on.isoformat(),
            )
        settings = load_settings(session)
        latest = add_months(assignment.assigned_on, settings.reply_extended_max_months)
        if new_due_on > latest:
            raise RuleViolation(
                "extension_beyond_maximum",
                noop(
                    "Rule",
                    "with approval a reply may be extended to at most {months} months after assignment "
                    "(by {last_day}); {date} is too late",
                ),
                case=label,
                months=settings.reply_extended_max_months,
                last_day=latest.isoformat(),
                date=new_due_on.isoformat(),
            )
        extension = AssignmentExtension(
            assignment_id=assignment.id,
            approved_on=approved_on,
            approved_by=approved_by.strip(),
            previous_due_on=assignment.due_on,
            new_due_on=new_due_on,
            reason=reason.strip(),
        )
        session.add(extension)
        assignment.due_on = new_due_on
        touch(case, db.user)
        session.flush()
        record_event(
            session,
            db.user,
            case,
            Action.EXTEND_DEADLINE,
            approved_on,
            extension_id=extension.id,
            assignment_id=assignment.id,
            unit=unit,
            previous_due_on=extension.previous_due_on,
            new_due_on=new_due_on,
            approved_by=extension.approved_by,
            reason=extension.reason,
        )
        return extension_view(extension)


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
        assignment_progress(
            assignment.status,
            assignment.acknowledged_on is not None,
            bool(assignment.replies),
            _case_closed(assignment),
        ),
    )


def _case_closed(assignment: Assignment) -> bool:
    session = object_session(assignment)
    case = session.get(Case, assignment.case_id) if session is not None else None
    return case is not None and case.state is CaseState.CLOSED


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
