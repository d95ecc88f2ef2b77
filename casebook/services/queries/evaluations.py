"""Evaluations as lists (the command line, the annual export, the unit's page) and as the points a
unit's evaluations of a year count in the unit ranking."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from casebook.domain.office_settings import OfficeSettings
from casebook.domain.tracked_records import evaluation_kind_label, evaluation_points
from casebook.services.steps.case_access import case_label
from casebook.store.database import Database
from casebook.store.models import Case, Evaluation, HandlingUnit


@dataclass(frozen=True)
class EvaluationRow:
    id: int
    kind: str  # the code (a built-in's) or the office's own name
    kind_label: str
    case_id: int | None
    case: str | None  # 「市九届人大二次会议 No. 12」
    case_title: str | None
    unit_id: int | None
    unit: str | None
    year: int | None
    score: Decimal | None
    grade: str | None
    evaluator: str
    evaluated_on: date
    comments: str

    @property
    def result(self) -> str:
        """The score, or the grade, as the lists print it."""
        return str(self.score) if self.score is not None else (self.grade or "")

    @property
    def subject(self) -> str:
        return self.unit or self.case or ""


def evaluation_list(
    db: Database, *, year: int | None = None, unit_id: int | None = None, case_id: int | None = None
) -> list[EvaluationRow]:
    """The evaluations of a year (of units for that year, and of that year's cases), of a unit or of a
    case; by date, then in the order typed in."""
    with db.read() as session:
        query = select(Evaluation).order_by(Evaluation.evaluated_on, Evaluation.id)
        if year is not None:
            query = query.where(Evaluation.year == year)
        if unit_id is not None:
            query = query.where(Evaluation.unit_id == unit_id)
        if case_id is not None:
            query = query.where(Evaluation.case_id == case_id)
        evaluations = list(session.scalars(query))
        units = _unit_names(session, {e.unit_id for e in evaluations if e.unit_id is not None})
        cases: dict[int | None, Case | None] = {None: None}
        cases.update({e.case_id: session.get(Case, e.case_id) for e in evaluations if e.case_id is not None})
        return [
            EvaluationRow(
                id=e.id,
                kind=e.kind,
                kind_label=evaluation_kind_label(e.kind),
                case_id=e.case_id,
                case=case_label(found) if (found := cases[e.case_id]) is not None else None,
                case_title=found.title if found is not None else None,
                unit_id=e.unit_id,
                unit=units.get(e.unit_id) if e.unit_id is not None else None,
                year=e.year,
                score=e.score,
                grade=e.grade,
                evaluator=e.evaluator,
                evaluated_on=e.evaluated_on,
                comments=e.comments,
            )
            for e in evaluations
        ]


def unit_evaluation_points(session: Session, year: int, as_of: date, settings: OfficeSettings) -> dict[int, Decimal]:
    """Per unit: the mean points (0–100) of its evaluations for ``year`` made by ``as_of`` (a score,
    or its grade's points); a unit without one is not in the result."""
    rows = session.execute(
        select(Evaluation.unit_id, Evaluation.score, Evaluation.grade).where(
            Evaluation.unit_id.is_not(None), Evaluation.year == year, Evaluation.evaluated_on <= as_of
        )
    )
    points: dict[int, list[Decimal]] = defaultdict(list)
    for unit_id, score, grade in rows:
        value = evaluation_points(Decimal(score) if score is not None else None, grade, settings.evaluation_grades)
        if value is not None and unit_id is not None:
            points[int(unit_id)].append(value)
    return {unit: (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.1")) for unit, values in points.items()}


def _unit_names(session: Session, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    rows = session.execute(select(HandlingUnit.id, HandlingUnit.name).where(HandlingUnit.id.in_(ids)))
    return {int(unit_id): str(name) for unit_id, name in rows}
