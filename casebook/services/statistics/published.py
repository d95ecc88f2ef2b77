"""The counts published reports give besides the rates: cases closed (办结), units taking part
(lead, assisting and separate, by kind), cases handled jointly (并案), motions handled as
suggestions, and whether any reply of the cohort recorded how the unit contacted the deputy.

The cohort is the one the statistics count (the fact rows valid on the as-of date, from
casebook.store.case_facts), so these counts stand beside the statistics' figures.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from casebook.domain.enums import CaseKind
from casebook.services.statistics.sql import Cohort
from casebook.store.database import Database
from casebook.store.models import Assignment, Case, CaseFactRow, CaseLink, HandlingUnit, Reply, UnitFactRow


@dataclass(frozen=True)
class UnitCounts:
    """承办单位: those leading some case, all taking part (assisting and separate too), all by kind."""

    lead: int = 0
    all: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PublishedCounts:
    closed: int = 0  # 办结 by the as-of date
    contact_recorded: int = 0  # replies that say how the unit contacted the deputy
    units: UnitCounts = field(default_factory=UnitCounts)
    joint_cases: int = 0  # 并案
    converted_motions: int = 0  # 议案作为建议处理


def published_counts(session: Session, cohort: Cohort) -> PublishedCounts:
    cases = select(CaseFactRow.case_id).where(*cohort.rows(CaseFactRow))
    day = cohort.as_of
    closed = _count(
        select(func.count()).where(Case.id.in_(cases), Case.closed_on.is_not(None), Case.closed_on <= day), session
    )
    contact = _count(
        select(func.count())
        .select_from(Reply)
        .join(Assignment, Reply.assignment_id == Assignment.id)
        .where(Assignment.case_id.in_(cases), Reply.replied_on <= day, Reply.contact_method.is_not(None)),
        session,
    )
    joint = _count(
        select(func.count()).where(
            Case.id.in_(cases),
            or_(
                Case.id.in_(select(CaseLink.case_id).where(CaseLink.linked_on <= day)),
                Case.id.in_(select(CaseLink.linked_case_id).where(CaseLink.linked_on <= day)),
            ),
        ),
        session,
    )
    converted = _count(
        select(func.count()).where(
            Case.id.in_(cases),
            Case.submitted_kind == CaseKind.MOTION,
            Case.kind == CaseKind.SUGGESTION,
            or_(Case.converted_on.is_(None), Case.converted_on <= day),
        ),
        session,
    )
    return PublishedCounts(closed, contact, _units(session, cases, day), joint, converted)


def _units(session: Session, cases: Select[Any], day: date) -> UnitCounts:
    """The units with an assignment in force on ``day`` for a case of the cohort, by role and kind."""
    rows = session.execute(
        select(Assignment.unit_id, Assignment.role, HandlingUnit.kind)
        .join(HandlingUnit, HandlingUnit.id == Assignment.unit_id)
        .where(
            Assignment.case_id.in_(cases),
            Assignment.assigned_on <= day,
            or_(Assignment.ended_on.is_(None), Assignment.ended_on > day),
        )
        .distinct()
    ).all()
    lead = {unit_id for unit_id, role, _ in rows if role.value == "lead"}
    kinds = {unit_id: kind.value for unit_id, _, kind in rows}
    by_kind: dict[str, int] = {}
    for kind in kinds.values():
        by_kind[kind] = by_kind.get(kind, 0) + 1
    return UnitCounts(len(lead), len(kinds), dict(sorted(by_kind.items())))


def _count(statement: Select[Any], session: Session) -> int:
    return int(session.scalar(statement) or 0)


def closed_by_lead_unit(db: Database, cohort: Cohort) -> dict[int, int]:
    """办结 per lead unit: the cohort's cases each unit leads (as the statistics count them) closed by
    the as-of date — the numerator of a unit's 办结率 in the annual table."""
    with db.read() as session:
        rows = session.execute(
            select(UnitFactRow.unit_id, func.count())
            .join(Case, Case.id == UnitFactRow.case_id)
            .where(
                *cohort.rows(UnitFactRow),
                UnitFactRow.leads == 1,
                Case.closed_on.is_not(None),
                Case.closed_on <= cohort.as_of,
            )
            .group_by(UnitFactRow.unit_id)
        ).all()
    return {int(unit_id): int(count) for unit_id, count in rows}
