"""The counts the dashboard draws besides the statistics: which years hold cases, a cohort's cases
by state, and the replies received in each month of the cohort's year."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from casebook.domain.case_facts import ANSWERING
from casebook.domain.enums import CaseKind, CaseState
from casebook.store.case_facts import cohort_rows_on
from casebook.store.database import Database
from casebook.store.models import Assignment, Case, CaseFactRow, Reply


@dataclass(frozen=True)
class CaseYears:
    """The first and the last year in which cases were submitted (both None in an empty register)."""

    first: int | None
    last: int | None

    def default_year(self, today: date) -> int:
        """This year while it lies within the register's years (or the register is empty), else the
        nearest year that has cases: the latest one once the register's years are over."""
        if self.last is None or self.first is None or self.first <= today.year <= self.last:
            return today.year
        return self.last if self.last < today.year else self.first


def case_years(db: Database) -> CaseYears:
    with db.read() as session:
        first, last = session.execute(select(func.min(Case.submitted_on), func.max(Case.submitted_on))).one()
    return CaseYears(first.year if first else None, last.year if last else None)


def cases_by_state(db: Database, year: int, kind: CaseKind) -> dict[CaseState, int]:
    """How many cases of ``kind`` submitted in ``year`` are in each state now (every state, 0 included)."""
    with db.read() as session:
        rows = session.execute(
            select(Case.state, func.count())
            .where(Case.submitted_on.between(date(year, 1, 1), date(year, 12, 31)), Case.kind == kind)
            .group_by(Case.state)
        ).all()
    counts = {state: 0 for state in CaseState}
    counts.update({state: count for state, count in rows})
    return counts


def replies_by_month(db: Database, year: int, kind: CaseKind, as_of: date) -> dict[int, int]:
    """Replies (of lead and separately handling units) received in each month of ``year`` up to
    ``as_of``, to the cases the statistics of ``year`` count on ``as_of`` (submitted in ``year``, of
    ``kind`` on that day, not withdrawn by then: the cohort is read from the fact timelines, as the
    statistics read it). Months 1–12, each present (0 when none)."""
    cohort = select(CaseFactRow.case_id).where(*cohort_rows_on(CaseFactRow, year, kind, as_of))
    month = func.extract("month", Reply.replied_on)
    with db.read() as session:
        rows = session.execute(
            select(month, func.count())
            .join(Assignment, Assignment.id == Reply.assignment_id)
            .where(
                Assignment.case_id.in_(cohort),
                Assignment.role.in_(ANSWERING),
                Reply.replied_on.between(date(year, 1, 1), min(as_of, date(year, 12, 31))),
            )
            .group_by(month)
        ).all()
    counts = dict.fromkeys(range(1, 13), 0)
    counts.update({int(m): count for m, count in rows})
    return counts
