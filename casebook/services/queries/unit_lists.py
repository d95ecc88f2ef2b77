"""交办清单: per handling unit, the cases assigned to it with its role, its own dates and the case's state.

A unit is on a case when it holds an assignment (lead, assisting or separately handling) that was
not changed to another unit; after re-handling, its latest round's assignment gives the dates.
The result is the unit's own (its latest reply's), never another unit's; the case's state comes
from the register rows
(:func:`casebook.services.queries.case_listing.case_rows`). A few queries per batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select

from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseKind, CaseState
from casebook.services.queries.case_listing import BATCH, CaseFilter, case_rows, ids_in_register_order
from casebook.store.database import Database
from casebook.store.models import Assignment, HandlingUnit, Reply


@dataclass(frozen=True)
class UnitCase:
    case_id: int
    session: str
    number: str
    kind: CaseKind
    title: str
    lead_deputy: str | None
    role: AssignmentRole
    handling_round: int
    assigned_on: date
    due_on: date
    acknowledged_on: date | None
    replied_on: date | None  # this unit's reply in its latest round
    result_code: str | None  # this unit's own result: that of its latest reply (an assisting unit's opinion has none)
    state: CaseState


@dataclass
class UnitCaseList:
    unit_id: int
    unit: str
    cases: list[UnitCase] = field(default_factory=list)


def unit_case_lists(db: Database, filters: CaseFilter | None = None) -> list[UnitCaseList]:
    """Every unit assigned some case of ``filters``, with its cases in register order; the units
    with the most cases first, then by name."""
    filters = filters or CaseFilter()
    lists: dict[int, UnitCaseList] = {}
    with db.read() as session:
        ids = ids_in_register_order(session, filters)
        for start in range(0, len(ids), BATCH):
            batch = ids[start : start + BATCH]
            rows = {row.id: row for row in case_rows(session, batch)}
            latest: dict[tuple[int, int], tuple[Assignment, str, date | None]] = {}
            query = (
                select(Assignment, HandlingUnit.name, func.max(Reply.replied_on))
                .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
                .outerjoin(Reply, Reply.assignment_id == Assignment.id)
                .where(
                    Assignment.case_id.in_(batch),
                    Assignment.status != AssignmentStatus.CHANGED,
                )
                .group_by(Assignment.id, HandlingUnit.id)
                .order_by(Assignment.handling_round, Assignment.id)
            )
            for assignment, unit, last_reply in session.execute(query):
                latest[(assignment.case_id, assignment.unit_id)] = (assignment, unit, last_reply)
            own_result: dict[int, str | None] = {}  # assignment → the result of its latest reply
            replies = (
                select(Reply.assignment_id, Reply.result_code)
                .where(Reply.assignment_id.in_([a.id for a, _u, _r in latest.values()]))
                .order_by(Reply.replied_on, Reply.id)
            )
            for assignment_id, result_code in session.execute(replies):
                own_result[assignment_id] = result_code
            order = {case_id: i for i, case_id in enumerate(batch)}
            for (case_id, unit_id), (assignment, unit, replied_on) in sorted(
                latest.items(), key=lambda item: (order[item[0][0]], item[0][1])
            ):
                row = rows[case_id]
                lists.setdefault(unit_id, UnitCaseList(unit_id, unit)).cases.append(
                    UnitCase(
                        case_id=case_id,
                        session=row.session,
                        number=row.number,
                        kind=row.kind,
                        title=row.title,
                        lead_deputy=row.lead_deputy,
                        role=assignment.role,
                        handling_round=assignment.handling_round,
                        assigned_on=assignment.assigned_on,
                        due_on=assignment.due_on,
                        acknowledged_on=assignment.acknowledged_on,
                        replied_on=replied_on,
                        result_code=own_result.get(assignment.id),
                        state=row.state,
                    )
                )
    return sorted(lists.values(), key=lambda unit_list: (-len(unit_list.cases), unit_list.unit))
