"""A year's livelihood projects (民生实事) with their units, milestones, progress reports and rating, as
the window, the command line and the export show them: each milestone's planned and done dates and
whether it is overdue on a given day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from casebook.domain.errors import NotFound
from casebook.domain.projects import ProjectState, milestone_overdue
from casebook.i18n import noop
from casebook.store.database import Database
from casebook.store.models import LivelihoodProject, ProjectUnit


@dataclass(frozen=True)
class MilestoneRow:
    id: int
    project_id: int
    content: str
    planned_on: date
    done_on: date | None
    note: str
    overdue: bool  # not done by the day asked about, and its planned date passed


@dataclass(frozen=True)
class ReportRow:
    id: int
    reported_on: date
    text: str
    year_end: bool


@dataclass(frozen=True)
class ProjectRow:
    id: int
    year: int
    number: str
    title: str
    category: str
    lead_unit: str
    assisting_units: tuple[str, ...]
    session: str | None
    voted_on: date
    votes_for: int | None
    votes_cast: int | None
    state: ProjectState
    finished_on: date | None
    notes: str
    milestones: tuple[MilestoneRow, ...]
    reports: tuple[ReportRow, ...]
    ratings: tuple[tuple[str, int], ...]  # (option, count) in the order given
    rated_on: date | None

    @property
    def overdue_milestones(self) -> int:
        return sum(1 for m in self.milestones if m.overdue)

    @property
    def done_milestones(self) -> int:
        return sum(1 for m in self.milestones if m.done_on is not None)

    @property
    def vote_text(self) -> str:
        """「412/420」, or the votes for alone, or "" when the vote was not recorded."""
        if self.votes_for is None:
            return ""
        return f"{self.votes_for}/{self.votes_cast}" if self.votes_cast is not None else str(self.votes_for)


def project_list(db: Database, year: int | None, day: date) -> list[ProjectRow]:
    """The projects of ``year`` (every year's when None), in number order, as they stand on ``day``."""
    with db.read() as session:
        query = (
            select(LivelihoodProject)
            .options(
                selectinload(LivelihoodProject.lead_unit),
                selectinload(LivelihoodProject.session),
                selectinload(LivelihoodProject.assisting).selectinload(ProjectUnit.unit),
                selectinload(LivelihoodProject.milestones),
                selectinload(LivelihoodProject.reports),
                selectinload(LivelihoodProject.ratings),
            )
            .order_by(LivelihoodProject.year, LivelihoodProject.number, LivelihoodProject.id)
        )
        if year is not None:
            query = query.where(LivelihoodProject.year == year)
        return [_row(found, day) for found in session.scalars(query)]


def project_detail(db: Database, project_id: int, day: date) -> ProjectRow:
    with db.read() as session:
        found = session.get(LivelihoodProject, project_id)
        if found is None:
            raise NotFound(noop("Rule", "There is no livelihood project with id {id}."), id=project_id)
        return _row(found, day)


def project_by_number(db: Database, year: int, number: str) -> int:
    """The id of the project of ``year`` numbered ``number`` (「2023-01」 or just 「1」)."""
    wanted = number.strip()
    with db.read() as session:
        found = session.execute(
            select(LivelihoodProject.number, LivelihoodProject.id).where(LivelihoodProject.year == year)
        )
        numbers = {str(row.number): int(row.id) for row in found}
    if wanted in numbers:
        return numbers[wanted]
    if wanted.isdigit() and f"{year}-{int(wanted):02d}" in numbers:
        return numbers[f"{year}-{int(wanted):02d}"]
    raise NotFound(noop("Rule", "There is no livelihood project {number} of {year}."), number=wanted, year=year)


def _row(found: LivelihoodProject, day: date) -> ProjectRow:
    milestones = tuple(
        MilestoneRow(
            id=m.id,
            project_id=found.id,
            content=m.content,
            planned_on=m.planned_on,
            done_on=m.done_on,
            note=m.note,
            overdue=milestone_overdue(m.planned_on, m.done_on, day),
        )
        for m in sorted(found.milestones, key=lambda m: (m.planned_on, m.id))
    )
    reports = tuple(
        ReportRow(r.id, r.reported_on, r.text, r.year_end)
        for r in sorted(found.reports, key=lambda r: (r.reported_on, r.id))
    )
    return ProjectRow(
        id=found.id,
        year=found.year,
        number=found.number,
        title=found.title,
        category=found.category,
        lead_unit=found.lead_unit.name,
        assisting_units=tuple(link.unit.name for link in found.assisting),
        session=found.session.name if found.session is not None else None,
        voted_on=found.voted_on,
        votes_for=found.votes_for,
        votes_cast=found.votes_cast,
        state=found.state,
        finished_on=found.finished_on,
        notes=found.notes,
        milestones=milestones,
        reports=reports,
        ratings=tuple((r.option, r.count) for r in found.ratings),
        rated_on=found.ratings[0].rated_on if found.ratings else None,
    )
