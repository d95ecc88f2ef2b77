"""How a cohort's cases stood on a date by result category (A/B/C/D) and by the deputies' rating
level (满意/基本满意/不满意), overall and per lead unit: the columns of the 办理情况统计表.

Read from the same fact timelines as the statistics (casebook.services.statistics.sql), with the
same rows valid on the as-of date, so the counts add up to the statistics' figures: each case's
latest result as of the date, and its latest rating.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from casebook.domain.enums import CaseKind
from casebook.services.statistics.sql import Cohort
from casebook.store.database import Database
from casebook.store.models import CaseFactRow, UnitFactRow


@dataclass(frozen=True)
class OutcomeCounts:
    results: Counter[str] = field(default_factory=Counter)  # result category code → cases
    ratings: Counter[str] = field(default_factory=Counter)  # rating option code → cases
    first_ratings: Counter[str] = field(default_factory=Counter)  # first-round rating code → cases


@dataclass(frozen=True)
class CohortOutcomes:
    overall: OutcomeCounts
    by_lead_unit: dict[int, OutcomeCounts]


def cohort_outcomes(
    db: Database,
    year: int,
    as_of: date,
    *,
    kind: CaseKind = CaseKind.SUGGESTION,
    session_id: int | None = None,
    unit_kind: str | None = None,
) -> CohortOutcomes:
    """Result and rating counts of the ``kind`` cases submitted in ``year``, as of ``as_of``."""
    by_unit: dict[int, OutcomeCounts] = {}
    cohort = Cohort(year, kind.value, as_of, session_id, unit_kind)
    unit_query = select(UnitFactRow.unit_id, UnitFactRow.result_code, UnitFactRow.rating, func.count()).where(
        *cohort.rows(UnitFactRow), UnitFactRow.leads == 1
    )
    with db.read() as session:
        overall = overall_outcomes(session, cohort)
        for unit_id, result_code, rating, count in session.execute(
            unit_query.group_by(UnitFactRow.unit_id, UnitFactRow.result_code, UnitFactRow.rating)
        ):
            _add(by_unit.setdefault(unit_id, OutcomeCounts()), result_code, rating, count)
    return CohortOutcomes(overall, by_unit)


def overall_outcomes(session: Session, cohort: Cohort) -> OutcomeCounts:
    """The cohort's result, rating and first-round rating counts (in an open session)."""
    overall = OutcomeCounts()
    query = select(CaseFactRow.result_code, CaseFactRow.rating, CaseFactRow.first_rating, func.count()).where(
        *cohort.rows(CaseFactRow)
    )
    grouped = query.group_by(CaseFactRow.result_code, CaseFactRow.rating, CaseFactRow.first_rating)
    for result_code, rating, first_rating, count in session.execute(grouped):
        _add(overall, result_code, rating, count)
        if first_rating is not None:
            overall.first_ratings[first_rating] += count
    return overall


def _add(counts: OutcomeCounts, result_code: str | None, rating: str | None, count: int) -> None:
    if result_code is not None:
        counts.results[result_code] += count
    if rating is not None:
        counts.ratings[rating] += count
