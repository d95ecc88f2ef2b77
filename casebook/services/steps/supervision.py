"""督办 records on a case, and 并案 links between cases handled together."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from casebook.domain.enums import CaseLinkKind, SupervisionKind
from casebook.domain.errors import RuleViolation
from casebook.domain.roles import Permission
from casebook.domain.workflow import Action
from casebook.i18n import noop
from casebook.services.queries.case_views import SupervisionView
from casebook.services.steps.case_access import (
    case_label,
    load_case_for,
    record_event,
    require_not_before,
    submission_step,
    touch,
)
from casebook.store.database import Database
from casebook.store.models import CaseLink, SupervisionRecord


def add_supervision_record(
    db: Database,
    case_id: int,
    kind: SupervisionKind,
    held_on: date,
    *,
    participants: str = "",
    notes: str = "",
    leader_id: int | None = None,
    committee_id: int | None = None,
) -> SupervisionView:
    with db.write(Permission.EDIT_CASES) as session:
        case = load_case_for(session, case_id, Action.SUPERVISE)
        require_not_before(case, held_on, case.submitted_on, submission_step())
        record = SupervisionRecord(
            case_id=case.id,
            kind=kind,
            held_on=held_on,
            participants=participants,
            notes=notes,
            leader_id=leader_id,
            committee_id=committee_id,
        )
        session.add(record)
        touch(case, db.user)
        session.flush()
        record_event(
            session,
            db.user,
            case,
            Action.SUPERVISE,
            held_on,
            record_id=record.id,
            kind=kind,
            participants=participants,
        )
        return SupervisionView(record.id, kind, held_on, participants, notes)


def link_cases(db: Database, case_id: int, other_case_id: int, linked_on: date) -> None:
    """并案: handle two cases together; each is still answered (and rated) on its own."""
    with db.write(Permission.EDIT_CASES) as session:
        case = load_case_for(session, case_id, Action.LINK)
        other = load_case_for(session, other_case_id, Action.LINK)
        if case.id == other.id:
            raise RuleViolation(
                "link_to_itself", noop("Rule", "a case cannot be joined with itself"), case=case_label(case)
            )
        exists = session.scalar(
            select(CaseLink).where(
                ((CaseLink.case_id == case.id) & (CaseLink.linked_case_id == other.id))
                | ((CaseLink.case_id == other.id) & (CaseLink.linked_case_id == case.id))
            )
        )
        if exists is not None:
            raise RuleViolation(
                "already_linked",
                noop("Rule", "it is already handled together with {other}"),
                case=case_label(case),
                other=case_label(other),
            )
        require_not_before(case, linked_on, max(case.submitted_on, other.submitted_on), submission_step())
        session.add(CaseLink(case_id=case.id, linked_case_id=other.id, kind=CaseLinkKind.JOINT, linked_on=linked_on))
        for one, two in ((case, other), (other, case)):
            touch(one, db.user)
            session.flush()
            record_event(session, db.user, one, Action.LINK, linked_on, other_case_id=two.id, other=case_label(two))
