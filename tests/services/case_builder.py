"""Build handled cases in a few lines for the statistics tests (through the real services)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from casebook.domain.enums import AssignmentRole, CaseKind, ContactMethod
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.cases import register_case
from casebook.services.steps.ratings import RatingDraft, record_rating
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import Database
from tests.conftest import Seeds, courier_draft


@dataclass
class Built:
    case_id: int
    assignment_id: int | None


def build_case(
    db: Database,
    seeds: Seeds,
    number: str,
    *,
    submitted_on: date = date(2023, 1, 7),
    kind: CaseKind = CaseKind.SUGGESTION,
    unit: str = "市邮政管理局",
    assigned_on: date | None = None,
    due_on: date | None = None,
    replied_on: date | None = None,
    result: str = "A",
    contact: ContactMethod | None = None,
    rated_on: date | None = None,
    rating: str = "satisfied",
    is_key: bool = False,
    category_id: int | None = None,
    session_id: int | None = None,
) -> Built:
    case = register_case(
        db,
        courier_draft(
            seeds,
            number=number,
            title=f"建议{number}",
            kind=kind,
            submitted_on=submitted_on,
            is_key=is_key,
            category_id=category_id,
            session_id=session_id or seeds.session_id,
        ),
    )
    if assigned_on is None:
        return Built(case.id, None)
    assignment = assign_case(db, case.id, seeds.units[unit], AssignmentRole.LEAD, assigned_on, due_on=due_on)
    if replied_on is not None:
        record_reply(db, assignment.id, ReplyDraft(replied_on, result, contact))
        if rated_on is not None:
            record_rating(db, case.id, RatingDraft(seeds.wei_min, rated_on, rating))
    return Built(case.id, assignment.id)
