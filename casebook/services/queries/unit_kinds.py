"""A subset by kind of handling body (「交由市政府系统办理的…」): the cases a unit of that kind answers
for, as lead or separately handling unit (not an assisting one, not one replaced by 调整).

The one condition behind `--unit-kind` everywhere: the register's filter (CaseFilter), the
statistics' cohort and the overdue list.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import InstrumentedAttribute

from casebook.domain.case_facts import ANSWERING
from casebook.domain.enums import AssignmentStatus, UnitKind
from casebook.store.models import Assignment, HandlingUnit


def handled_by_kind(
    case_id: InstrumentedAttribute[int] | ColumnElement[int], kind: UnitKind, day: date | None = None
) -> ColumnElement[bool]:
    """The case has a lead or separately handling unit of ``kind`` (assigned by ``day``, when given)."""
    units = (
        select(Assignment.case_id)
        .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
        .where(
            HandlingUnit.kind == kind,
            or_(*(Assignment.role == role for role in ANSWERING)),  # no expanding IN: sql.py renders it as text
            Assignment.status != AssignmentStatus.CHANGED,
        )
    )
    if day is not None:
        units = units.where(Assignment.assigned_on <= day)
    return case_id.in_(units)
