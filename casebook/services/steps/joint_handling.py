"""并案: cases with the same content are handled together by the same units.

Joined cases (:func:`casebook.services.steps.supervision.link_cases`) form groups; assigning one of them
to a unit can assign the whole group to that unit at once, in one transaction. Each case keeps its
own assignment, reply, rating and result, and the statistics count every case.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from casebook.domain.enums import AssignmentRole
from casebook.domain.errors import RuleViolation
from casebook.domain.roles import Permission
from casebook.i18n import noop
from casebook.services.queries.case_views import AssignmentView
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.cases import find_case
from casebook.services.steps.supervision import link_cases
from casebook.store.database import Database
from casebook.store.models import CaseLink


@dataclass(frozen=True)
class JointAssignment:
    case_id: int
    assignment: AssignmentView


def joined_case_ids(db: Database, case_id: int) -> list[int]:
    """Every case handled together with ``case_id`` (directly or through another joined case),
    without ``case_id`` itself, in ascending order."""
    with db.read() as session:
        return sorted(_group(session, case_id) - {case_id})


def assign_jointly(
    db: Database,
    case_id: int,
    unit_id: int,
    role: AssignmentRole,
    assigned_on: date,
    *,
    due_on: date | None = None,
) -> list[JointAssignment]:
    """Assign ``case_id`` and every case joined with it to the same unit, all or none: when one of
    them cannot be assigned (withdrawn, already with that unit…), its refusal is raised and nothing
    is written."""
    with db.write(Permission.EDIT_CASES):
        group = [case_id, *joined_case_ids(db, case_id)]
        return [JointAssignment(one, assign_case(db, one, unit_id, role, assigned_on, due_on=due_on)) for one in group]


def link_by_number(db: Database, case_id: int, session_id: int, number: str, linked_on: date) -> int:
    """并案 with the case ``number`` of ``session_id`` (as the clerk types it); returns its id."""
    other = find_case(db, session_id, number)
    if other is None:
        raise RuleViolation(
            "case_not_found",
            noop("Rule", "there is no case number {number} in that session"),
            number=number.strip(),
        )
    link_cases(db, case_id, other.id, linked_on)
    return other.id


def _group(session: Session, case_id: int) -> set[int]:
    seen = {case_id}
    frontier: Iterable[int] = [case_id]
    while frontier:
        rows = session.execute(
            select(CaseLink.case_id, CaseLink.linked_case_id).where(
                or_(CaseLink.case_id.in_(list(frontier)), CaseLink.linked_case_id.in_(list(frontier)))
            )
        )
        found = {one for row in rows for one in row} - seen
        seen |= found
        frontier = list(found)
    return seen
