"""The counts published reports give besides the rates: cases closed (办结), units taking part
(lead, assisting and separate, by kind), cases handled jointly (并案), motions handled as
suggestions, the cases met before, during and after handling (三见面), and whether any reply of
the cohort recorded how the unit contacted the deputy.

The cohort is the one the statistics count (the fact rows valid on the as-of date, from
casebook.store.case_facts), so these counts stand beside the statistics' figures. Three statements:
one pass over the cohort's cases (closed, converted), one over their assignments (units), and one
for what is read from its own, small, tables (links, meetings, replies with a contact method), each
row of those checked against the cohort — so their cost follows the links and meetings recorded,
not the size of the cohort.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ScalarSelect,
    Select,
    and_,
    case,
    distinct,
    exists,
    func,
    literal,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session

from casebook.domain.enums import CaseKind
from casebook.domain.tracked_records import MeetingStage
from casebook.services.statistics.sql import Cohort
from casebook.store.case_facts import case_closed_by
from casebook.store.database import Database
from casebook.store.models import (
    Assignment,
    Case,
    CaseFactRow,
    CaseLink,
    HandlingUnit,
    Reply,
    ReplyMeeting,
    UnitFactRow,
)


@dataclass(frozen=True)
class UnitCounts:
    """承办单位: those leading some case, all taking part (assisting and separate too), all by kind."""

    lead: int = 0
    all: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class PublishedCounts:
    closed: int = 0  # 办结 by the as-of date
    contact_recorded: bool = False  # some reply of the cohort says how the unit contacted the deputy
    units: UnitCounts = field(default_factory=UnitCounts)
    joint_cases: int = 0  # 并案
    converted_motions: int = 0  # 议案作为建议处理
    met_three_times: int = 0  # 三见面: cases whose deputy was met before, during and after handling


def published_counts(session: Session, cohort: Cohort, met_in_person: int = 0) -> PublishedCounts:
    """The counts of ``cohort``; ``met_in_person``: the statistics' count of its replies by the date
    that met the deputy in person (Figures.met_face_to_face) — when there are some, a contact
    method is recorded, and the replies need not be read for it."""
    day = cohort.as_of
    cases = select(CaseFactRow.case_id).where(*cohort.rows(CaseFactRow))
    closed, converted = session.execute(
        select(_number(case_closed_by(day)), _number(_converted_by(day))).where(Case.id.in_(cases))
    ).one()
    contact = literal(True) if met_in_person else _contact_recorded(cases, day)
    joint, met, recorded = session.execute(select(_joint_cases(cohort), _met_three_times(cohort), contact)).one()
    return PublishedCounts(
        closed=int(closed),
        contact_recorded=bool(recorded),
        units=_units(session, cases, day),
        joint_cases=int(joint),
        converted_motions=int(converted),
        met_three_times=int(met),
    )


def _number(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many rows meet ``condition`` (0 when none)."""
    return func.count(case((condition, 1)))


def _converted_by(day: date) -> ColumnElement[bool]:
    """A motion handled as a suggestion, converted on or before ``day`` (or on an unknown date)."""
    return and_(
        Case.submitted_kind == CaseKind.MOTION,
        Case.kind == CaseKind.SUGGESTION,
        or_(Case.converted_on.is_(None), Case.converted_on <= day),
    )


def _in_cohort(case_id: ColumnElement[int], cohort: Cohort) -> ColumnElement[bool]:
    """The case (a row of another table) is one of the cohort's: its fact row valid on the date."""
    return exists().where(CaseFactRow.case_id == case_id, *cohort.rows(CaseFactRow))


def _joint_cases(cohort: Cohort) -> ScalarSelect[int]:
    """并案: the cohort's cases linked to another case by the date, on either side of the link."""
    day = cohort.as_of
    linked = union(
        select(CaseLink.case_id.label("case_id")).where(CaseLink.linked_on <= day),
        select(CaseLink.linked_case_id).where(CaseLink.linked_on <= day),
    ).subquery()
    return select(func.count()).select_from(linked).where(_in_cohort(linked.c.case_id, cohort)).scalar_subquery()


def _met_three_times(cohort: Cohort) -> ScalarSelect[int]:
    """三见面 (domain.tracked_records.met_three_times in SQL): the cohort's cases with a meeting of
    every stage by the date."""
    met = (
        select(ReplyMeeting.case_id)
        .where(ReplyMeeting.met_on <= cohort.as_of)
        .group_by(ReplyMeeting.case_id)
        .having(func.count(distinct(ReplyMeeting.stage)) == len(MeetingStage))
        .subquery()
    )
    return select(func.count()).select_from(met).where(_in_cohort(met.c.case_id, cohort)).scalar_subquery()


def _contact_recorded(cases: Select[Any], day: date) -> ColumnElement[bool]:
    """Some reply to a case of the cohort by the date records a contact method; the register's
    replies are looked at first (a short scan), so a ledger recording none reads no case."""
    anywhere = exists().where(Reply.contact_method.is_not(None))
    in_cohort = exists().where(
        Reply.assignment_id == Assignment.id,
        Assignment.case_id.in_(cases),
        Reply.replied_on <= day,
        Reply.contact_method.is_not(None),
    )
    return and_(anywhere, in_cohort)


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


def closed_by_lead_unit(db: Database, cohort: Cohort) -> dict[int, int]:
    """办结 per lead unit: the cohort's cases each unit leads (as the statistics count them) closed by
    the as-of date — the numerator of a unit's 办结率 in the annual table."""
    with db.read() as session:
        rows = session.execute(
            select(UnitFactRow.unit_id, func.count())
            .join(Case, Case.id == UnitFactRow.case_id)
            .where(*cohort.rows(UnitFactRow), UnitFactRow.leads == 1, case_closed_by(cohort.as_of))
            .group_by(UnitFactRow.unit_id)
        ).all()
    return {int(unit_id): int(count) for unit_id, count in rows}
