"""逾期未答复: the answering assignments of a cohort whose reply was overdue on a date.

The same rule as the statistics' overdue count (casebook.domain.case_facts): a lead or separately
handling unit's assignment made by the date, due before it, not replied by it and not ended by it
(changed to another unit, or superseded by a new handling round), of a case of the cohort (kind
as of the date, submitted in the year, not withdrawn by the date). One SQL query.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, or_, select

from casebook.domain.case_facts import ANSWERING
from casebook.domain.enums import AssignmentRole, CaseKind, UnitKind
from casebook.services.queries.deadlines import chase_order
from casebook.services.queries.unit_kinds import handled_by_kind
from casebook.store.case_facts import assignment_overdue_on
from casebook.store.database import Database
from casebook.store.models import Assignment, Case, CongressSession, HandlingUnit


@dataclass(frozen=True)
class OverdueAssignment:
    case_id: int
    session: str
    number: str
    title: str
    unit: str
    role: AssignmentRole
    handling_round: int
    assigned_on: date
    due_on: date
    days_overdue: int


def overdue_assignments(
    db: Database,
    year: int,
    as_of: date,
    *,
    kind: CaseKind = CaseKind.SUGGESTION,
    session_id: int | None = None,
    unit_kind: UnitKind | None = None,
) -> list[OverdueAssignment]:
    """Overdue replies on ``as_of`` of the ``kind`` cases submitted in ``year``, longest overdue first."""
    cohort_kind = case(
        (and_(Case.converted_on.is_not(None), Case.converted_on <= as_of), Case.kind), else_=Case.submitted_kind
    )
    query = (
        select(
            Case.id,
            CongressSession.name,
            Case.number,
            Case.title,
            HandlingUnit.name,
            Assignment.role,
            Assignment.handling_round,
            Assignment.assigned_on,
            Assignment.due_on,
        )
        .join(Case, Case.id == Assignment.case_id)
        .join(CongressSession, CongressSession.id == Case.session_id)
        .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
        .where(
            Assignment.role.in_(ANSWERING),
            assignment_overdue_on(as_of),
            Case.submitted_on >= date(year, 1, 1),
            Case.submitted_on <= date(year, 12, 31),
            cohort_kind == kind,
            or_(Case.withdrawn_on.is_(None), Case.withdrawn_on > as_of),
        )
        .order_by(*chase_order())
    )
    if session_id is not None:
        query = query.where(Case.session_id == session_id)
    if unit_kind is not None:  # the cases of the subset (statistics' cohort: queries.unit_kinds)
        query = query.where(handled_by_kind(Case.id, unit_kind, as_of))
    with db.read() as session:
        return [
            OverdueAssignment(*row[:8], due_on=row[8], days_overdue=(as_of - row[8]).days)
            for row in session.execute(query)
        ]
