"""满意度测评 and 重新办理: the deputy's own rating, and a new round after an unsatisfied one."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseState
from casebook.domain.errors import NotFound
from casebook.domain.handling_steps import check_rating, check_rehandle, rehandling_due_on
from casebook.domain.roles import Permission
from casebook.domain.workflow import Action
from casebook.i18n import noop, translate
from casebook.services.admin.office import load_settings
from casebook.services.queries.case_views import AssignmentView, RatingView, signer_ratings
from casebook.services.steps.assignments import assignment_view
from casebook.services.steps.case_access import case_label, load_case_for, record_event, require_not_before, touch
from casebook.store.database import Database
from casebook.store.models import Assignment, Case, Deputy, Rating, Reply


@dataclass(frozen=True)
class RatingDraft:
    """What the deputy wrote on the paper feedback form (征询意见表). No field has a default
    level: a rating is the deputy's own (杜绝“被满意”)."""

    deputy_id: int
    rated_on: date
    overall: str
    handling_level: str | None = None
    result_level: str | None = None
    comment: str | None = None


def record_rating(db: Database, case_id: int, draft: RatingDraft) -> RatingView:
    with db.write(Permission.EDIT_CASES) as session:
        case = load_case_for(session, case_id, Action.RATE)
        label = case_label(case)
        deputy = session.get(Deputy, draft.deputy_id)
        if deputy is None:
            raise NotFound(noop("Rule", "There is no deputy with id {id}."), id=draft.deputy_id)
        already = session.scalar(
            select(Rating).where(
                Rating.case_id == case.id,
                Rating.deputy_id == deputy.id,
                Rating.handling_round == case.handling_round,
            )
        )
        check_rating(
            label,
            load_settings(session),
            deputy=deputy.name,
            is_signer=deputy.id in {case.lead_deputy_id, *(c.deputy_id for c in case.cosigners)},
            levels=(draft.overall, draft.handling_level, draft.result_level),
            already_rated_on=already.rated_on if already is not None else None,
        )
        require_not_before(case, draft.rated_on, last_reply_on(session, case), _reply_step())
        rating = Rating(
            case_id=case.id,
            deputy_id=deputy.id,
            handling_round=case.handling_round,
            rated_on=draft.rated_on,
            overall=draft.overall,
            handling_level=draft.handling_level,
            result_level=draft.result_level,
            comment=draft.comment,
            entered_by=db.user,
        )
        session.add(rating)
        case.state = CaseState.RATED
        touch(case, db.user)
        session.flush()
        record_event(
            session,
            db.user,
            case,
            Action.RATE,
            draft.rated_on,
            rating_id=rating.id,
            deputy=deputy.name,
            round=case.handling_round,
            overall=draft.overall,
            handling_level=draft.handling_level,
            result_level=draft.result_level,
        )
        return RatingView(
            rating.id,
            deputy.id,
            deputy.name,
            rating.handling_round,
            rating.rated_on,
            rating.overall,
            rating.handling_level,
            rating.result_level,
            rating.comment,
            rating.entered_by,
        )


def rehandle_case(db: Database, case_id: int, reopened_on: date) -> list[AssignmentView]:
    """重新办理: after an unsatisfied rating the lead units handle the case again, in a new round
    with its own due date; the first round's replies and ratings are kept."""
    with db.write(Permission.EDIT_CASES) as session:
        case = load_case_for(session, case_id, Action.REHANDLE)
        label = case_label(case)
        settings = load_settings(session)
        unsatisfied = check_rehandle(label, settings, case.handling_round, signer_ratings(session, case))
        require_not_before(case, reopened_on, unsatisfied.rated_on, _rating_step())
        previous = session.scalars(
            select(Assignment)
            .where(
                Assignment.case_id == case.id,
                Assignment.handling_round == case.handling_round,
                Assignment.status == AssignmentStatus.ACTIVE,
            )
            .order_by(Assignment.id)  # the new round's assignments in the old ones' order, on every backend
        ).all()
        case.handling_round += 1
        # the clock runs from the unsatisfied rating (1 month by default), not from the day the
        # clerk records the re-handling; a new round is never due before it begins
        due = rehandling_due_on(unsatisfied.rated_on, reopened_on, settings)
        created: list[Assignment] = []
        for old in previous:
            old.status = AssignmentStatus.SUPERSEDED
            old.ended_on = reopened_on
            if old.role is AssignmentRole.ASSISTING:
                continue
            new = Assignment(
                case_id=case.id,
                unit_id=old.unit_id,
                role=old.role,
                handling_round=case.handling_round,
                status=AssignmentStatus.ACTIVE,
                assigned_on=reopened_on,
                due_on=due,
            )
            session.add(new)
            created.append(new)
        case.state = CaseState.ASSIGNED
        touch(case, db.user)
        session.flush()
        record_event(
            session,
            db.user,
            case,
            Action.REHANDLE,
            reopened_on,
            round=case.handling_round,
            due_on=due,
            units=[a.unit.name for a in created],
        )
        return [assignment_view(a, a.unit) for a in created]


def last_reply_on(session: Session, case: Case) -> date | None:
    return session.scalar(
        select(func.max(Reply.replied_on))
        .join(Assignment, Reply.assignment_id == Assignment.id)
        .where(Assignment.case_id == case.id, Assignment.handling_round == case.handling_round)
    )


def _reply_step() -> str:
    return translate("Rule", noop("Rule", "the reply date"))


def _rating_step() -> str:
    return translate("Rule", noop("Rule", "the rating date"))
