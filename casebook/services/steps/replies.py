"""答复: a unit's written reply (lead and separate units), or an assisting unit's opinion."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseState, ContactMethod, ContactPerson
from casebook.domain.errors import RuleViolation
from casebook.domain.roles import Permission
from casebook.domain.workflow import Action, check_allowed
from casebook.i18n import noop, translate
from casebook.services.admin.office import load_settings
from casebook.services.queries.case_views import ReplyView
from casebook.services.steps.assignments import load_assignment, require_active_assignment
from casebook.services.steps.case_access import case_label, load_case, record_event, require_not_before, touch
from casebook.store.database import Database
from casebook.store.models import Assignment, Case, Reply


@dataclass(frozen=True)
class ReplyDraft:
    replied_on: date
    result_code: str | None = None
    contact_method: ContactMethod | None = None
    contact_person: ContactPerson | None = None
    summary: str = ""
    opinion: str | None = None
    signed_by: str | None = None
    # A ledger's reply without a result class: kept as replied, the result not yet classified.
    result_pending: bool = False


def record_reply(db: Database, assignment_id: int, draft: ReplyDraft) -> ReplyView:
    """Record a unit's reply; when every lead and separate unit of the round has replied, the case
    is replied and waits for the deputy's rating."""
    with db.write(Permission.EDIT_CASES) as session:
        assignment = load_assignment(session, assignment_id)
        case = load_case(session, assignment.case_id)
        check_allowed(Action.REPLY, case.state, case_label(case))
        require_active_assignment(case, assignment)
        label = case_label(case)
        if assignment.replies:
            raise RuleViolation(
                "already_replied",
                noop("Rule", "{unit} has already replied in this round"),
                case=label,
                unit=assignment.unit.name,
            )
        require_not_before(
            case,
            draft.replied_on,
            assignment.assigned_on,
            translate("Rule", noop("Rule", "the assignment date")),
        )
        _check_content(session, case, assignment, draft, label)
        reply = Reply(
            assignment_id=assignment.id,
            replied_on=draft.replied_on,
            result_code=draft.result_code if assignment.role is not AssignmentRole.ASSISTING else None,
            contact_method=draft.contact_method,
            contact_person=draft.contact_person,
            signed_by=draft.signed_by,
            summary=draft.summary.strip(),
            opinion=draft.opinion,
        )
        session.add(reply)
        session.flush()
        session.refresh(assignment)
        if _all_answering_units_replied(session, case):
            case.state = CaseState.REPLIED
        touch(case, db.user)
        session.flush()
        record_event(
            session,
            db.user,
            case,
            Action.REPLY,
            draft.replied_on,
            reply_id=reply.id,
            unit=assignment.unit.name,
            role=assignment.role,
            result_code=reply.result_code,
            contact_method=draft.contact_method,
            contact_person=draft.contact_person,
            case_state=case.state,
        )
        return ReplyView(
            reply.id,
            assignment.id,
            assignment.unit.name,
            assignment.role,
            assignment.handling_round,
            reply.replied_on,
            reply.result_code,
            reply.contact_method,
            reply.contact_person,
            reply.summary,
            reply.opinion,
        )


def _check_content(session: Session, case: Case, assignment: Assignment, draft: ReplyDraft, label: str) -> None:
    if assignment.role is AssignmentRole.ASSISTING:
        if not (draft.opinion or draft.summary).strip():
            raise RuleViolation(
                "opinion_required",
                noop("Rule", "an assisting unit's reply must contain its written opinion to the lead unit"),
                case=label,
            )
        return
    settings = load_settings(session)
    if draft.result_code is None and draft.result_pending:
        return
    if draft.result_code is None or settings.result_category(draft.result_code) is None:
        raise RuleViolation(
            "result_category_required",
            noop("Rule", "the reply needs a result category, one of {codes}"),
            case=label,
            codes="、".join(c.code for c in settings.result_categories),
        )


def _all_answering_units_replied(session: Session, case: Case) -> bool:
    """Every active lead or separate unit of the current round has a reply (and there is one)."""
    answering = session.scalars(
        select(Assignment).where(
            Assignment.case_id == case.id,
            Assignment.handling_round == case.handling_round,
            Assignment.status == AssignmentStatus.ACTIVE,
            Assignment.role.in_([AssignmentRole.LEAD, AssignmentRole.SEPARATE]),
        )
    ).all()
    return bool(answering) and all(a.replies for a in answering)
