"""The case as the step checks of domain.case_steps read it, and the steps they refuse now."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casebook.domain.case_steps import CaseSnapshot, step_refusals
from casebook.domain.errors import RuleViolation
from casebook.domain.workflow import Action
from casebook.services.admin.office import load_settings
from casebook.services.queries.case_views import signer_ratings
from casebook.services.steps.case_access import case_label, load_case
from casebook.store.database import Database
from casebook.store.models import Assignment, Case, UnitChangeRequest


def case_snapshot(session: Session, case: Case) -> CaseSnapshot:
    pending = session.scalar(
        select(func.count(UnitChangeRequest.id))
        .join(Assignment, UnitChangeRequest.assignment_id == Assignment.id)
        .where(Assignment.case_id == case.id, UnitChangeRequest.approved.is_(None))
    )
    return CaseSnapshot(
        label=case_label(case),
        state=case.state,
        kind=case.kind,
        handling_round=case.handling_round,
        ratings=tuple(signer_ratings(session, case)),
        pending_change_requests=pending or 0,
    )


def refused_steps(db: Database, case_id: int, actions: Iterable[Action]) -> dict[Action, RuleViolation]:
    """Of ``actions``, those the rules refuse on the case as stored, each with the refusal."""
    with db.read() as session:
        case = load_case(session, case_id)
        return step_refusals(case_snapshot(session, case), load_settings(session), actions)
