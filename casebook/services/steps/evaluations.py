"""Recording evaluations beyond the deputy's rating: 人大评议, 第三方评估 or the office's own kinds, of a
case or of a handling unit for a year. Each write is checked, then logged as an event (audit trail)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from casebook.domain.errors import RuleViolation
from casebook.domain.roles import Permission
from casebook.domain.tracked_records import check_evaluation, evaluation_kind_code
from casebook.domain.years import is_register_year
from casebook.i18n import noop
from casebook.services.admin.office import load_settings
from casebook.services.steps.case_access import record_event, require_not_before, submission_step, touch
from casebook.services.steps.case_or_unit import delete_record, load_target
from casebook.store.database import Database
from casebook.store.models import Evaluation

ACTION_ADD = "add_evaluation"
ACTION_DELETE = "delete_evaluation"


@dataclass(frozen=True)
class EvaluationDraft:
    """What the clerk types in: the kind (a built-in's code or label, or the office's own kind), the
    case or the unit with its year, a score (0–100) or a grade, who evaluated, when, and comments."""

    kind: str
    evaluator: str
    evaluated_on: date
    case_id: int | None = None
    unit_id: int | None = None
    year: int | None = None
    score: Decimal | None = None
    grade: str | None = None
    comments: str = ""


def add_evaluation(db: Database, draft: EvaluationDraft) -> int:
    """Record an evaluation; returns its id. A refused one changes nothing."""
    with db.write(Permission.EDIT_CASES) as session:
        settings = load_settings(session)
        kind = evaluation_kind_code(draft.kind, settings.evaluation_kinds)
        grade = (draft.grade or "").strip() or None
        score = draft.score.quantize(Decimal("0.1")) if draft.score is not None else None
        check_evaluation(
            of_case=draft.case_id is not None,
            of_unit=draft.unit_id is not None,
            year=draft.year,
            score=score,
            grade=grade,
            grades=settings.evaluation_grades,
        )
        evaluator = draft.evaluator.strip()
        if not evaluator:
            raise RuleViolation("evaluator_required", noop("Rule", "An evaluation needs the name of its evaluator."))
        if draft.year is not None and not is_register_year(draft.year):
            raise RuleViolation(
                "bad_year", noop("Rule", "The year {year} is not a year of the register."), year=draft.year
            )
        case, _unit = load_target(session, draft.case_id, draft.unit_id)
        if case is not None:
            require_not_before(case, draft.evaluated_on, case.submitted_on, submission_step())
        evaluation = Evaluation(
            kind=kind,
            case_id=draft.case_id,
            unit_id=draft.unit_id,
            year=draft.year if case is None else (draft.year or case.submitted_on.year),
            score=score,
            grade=grade,
            evaluator=evaluator,
            evaluated_on=draft.evaluated_on,
            comments=draft.comments.strip(),
        )
        session.add(evaluation)
        if case is not None:
            touch(case, db.user)
        session.flush()
        record_event(
            session,
            db.user,
            case,
            ACTION_ADD,
            draft.evaluated_on,
            id=evaluation.id,
            kind=kind,
            unit_id=draft.unit_id,
            year=evaluation.year,
            score=score,
            grade=grade,
        )
        return evaluation.id


def delete_evaluation(db: Database, evaluation_id: int) -> None:
    """Take back an evaluation typed in by mistake (the trail keeps what it said)."""
    missing = noop("Rule", "There is no evaluation with id {id}.")
    delete_record(db, Evaluation, evaluation_id, missing, ACTION_DELETE)
