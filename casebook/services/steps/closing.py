"""办结 and 回头看: closing a rated case, and a later review that changes its result."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from casebook.domain.enums import CaseState
from casebook.domain.errors import RuleViolation
from casebook.domain.handling_steps import ClosingReason, check_close
from casebook.domain.roles import Permission
from casebook.domain.workflow import Action
from casebook.i18n import noop, translate
from casebook.services.admin.office import load_settings
from casebook.services.queries.case_views import CaseSummary, FollowUpView, signer_ratings, summarise
from casebook.services.steps.case_access import case_label, load_case_for, record_event, require_not_before, touch
from casebook.services.steps.ratings import last_reply_on
from casebook.store.database import Database
from casebook.store.models import FollowUp, Rating


def close_case(db: Database, case_id: int, closed_on: date, reason: ClosingReason | None = None) -> CaseSummary:
    """办结. A case whose counting rating is 不满意 is closed only after a re-handling round has been
    rated, or with ``reason`` (代表同意办结: the day the deputy agreed and a note); such a case keeps
    its unsatisfied rating in the statistics, and the history and audit trail show the reason."""
    with db.write(Permission.EDIT_CASES) as session:
        case = load_case_for(session, case_id, Action.CLOSE)
        last_rating = session.scalar(
            select(func.max(Rating.rated_on)).where(
                Rating.case_id == case.id, Rating.handling_round == case.handling_round
            )
        )
        require_not_before(case, closed_on, last_rating, translate("Rule", noop("Rule", "the rating date")))
        settings = load_settings(session)
        check_close(case_label(case), settings, case.handling_round, signer_ratings(session, case), closed_on, reason)
        case.state = CaseState.CLOSED
        case.closed_on = closed_on
        touch(case, db.user)
        session.flush()
        details = {} if reason is None else {"deputy_agreed_on": reason.agreed_on, "reason": reason.note.strip()}
        record_event(session, db.user, case, Action.CLOSE, closed_on, **details)
        return summarise(session, case)


def record_follow_up(
    db: Database, case_id: int, reviewed_on: date, result_code: str, measures: str = ""
) -> FollowUpView:
    """回头看: a promised measure was carried out (or not); from ``reviewed_on`` on, the case's
    result is ``result_code`` (e.g. B → A), so statistics as of earlier dates are unchanged."""
    with db.write(Permission.EDIT_CASES) as session:
        case = load_case_for(session, case_id, Action.FOLLOW_UP)
        settings = load_settings(session)
        if settings.result_category(result_code) is None:
            raise RuleViolation(
                "result_category_required",
                noop("Rule", "the reply needs a result category, one of {codes}"),
                case=case_label(case),
                codes="、".join(c.code for c in settings.result_categories),
            )
        require_not_before(
            case, reviewed_on, last_reply_on(session, case), translate("Rule", noop("Rule", "the reply date"))
        )
        follow_up = FollowUp(case_id=case.id, reviewed_on=reviewed_on, result_code=result_code, measures=measures)
        session.add(follow_up)
        touch(case, db.user)
        session.flush()
        record_event(session, db.user, case, Action.FOLLOW_UP, reviewed_on, result_code=result_code, measures=measures)
        return FollowUpView(reviewed_on, result_code, measures)
