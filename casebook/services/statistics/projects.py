"""The figures of a year's livelihood projects (民生实事) as of a date: counts, rates and sentences
(definitions in casebook.domain.project_figures), and the same as JSON-ready data (`stats --kind
project --json`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from casebook import clock
from casebook.domain.comparison import check_as_of, default_as_of
from casebook.domain.figure_style import FigureKind, FigureStyle
from casebook.domain.project_figures import ProjectFigures, ProjectRateName, project_sentences
from casebook.domain.projects import ProjectState, milestone_on_time, milestone_overdue
from casebook.services.admin.office import get_settings
from casebook.services.queries.projects import ProjectRow, project_list
from casebook.services.statistics.export import join_sentences, rate_dict
from casebook.store.database import Database


@dataclass(frozen=True)
class ProjectStatistics:
    year: int
    as_of: date
    figures: ProjectFigures
    style: FigureStyle
    by_category: tuple[tuple[str, ProjectFigures], ...]

    @property
    def sentences(self) -> list[str]:
        return project_sentences(self.year, self.as_of, self.figures, self.style)


def project_statistics(db: Database, year: int, as_of: date | None = None) -> ProjectStatistics:
    """The figures of ``year``'s projects as of ``as_of``; a date after today is refused. By default
    today, up to the end of the following year: the deputies rate a year's projects after its
    year-end report, often in the first weeks of the next year, and that rating is the year's."""
    today = clock.today()
    day = check_as_of(as_of, today) if as_of is not None else default_project_as_of(year, today)
    settings = get_settings(db)
    rows = [row for row in project_list(db, year, day) if row.voted_on <= day]
    satisfied = set(settings.project_satisfied_options)
    categories: dict[str, list[ProjectRow]] = {}
    for row in rows:
        categories.setdefault(row.category, []).append(row)
    return ProjectStatistics(
        year,
        day,
        figures_of(rows, day, satisfied),
        settings.figure_style(FigureKind.RATE),
        tuple((name, figures_of(part, day, satisfied)) for name, part in categories.items()),
    )


def default_project_as_of(year: int, today: date) -> date:
    """Today, up to the end of the year after ``year`` (its year-end rating is given in the next one)."""
    return default_as_of(year + 1, today)


def figures_of(rows: list[ProjectRow], day: date, satisfied: set[str]) -> ProjectFigures:
    counts = dict.fromkeys(ProjectFigures.counts(), 0)
    for row in rows:
        reported = row.finished_on is not None and row.finished_on <= day
        done = reported and row.state is ProjectState.DONE
        not_done = reported and row.state is ProjectState.NOT_DONE
        overdue = sum(1 for m in row.milestones if milestone_overdue(m.planned_on, m.done_on, day))
        started = any(m.done_on is not None and m.done_on <= day for m in row.milestones) or any(
            r.reported_on <= day for r in row.reports
        )
        counts["voted"] += 1
        counts["done"] += done
        counts["not_done"] += not_done
        counts["in_progress"] += not reported and started
        counts["on_schedule"] += not not_done and overdue == 0
        counts["behind_schedule"] += not not_done and overdue > 0
        counts["milestones"] += len(row.milestones)
        counts["milestones_due"] += sum(1 for m in row.milestones if m.planned_on <= day)
        counts["milestones_done"] += sum(1 for m in row.milestones if m.done_on is not None and m.done_on <= day)
        counts["milestones_on_time"] += sum(
            1 for m in row.milestones if m.planned_on <= day and milestone_on_time(m.planned_on, m.done_on, day)
        )
        counts["milestones_overdue"] += overdue
        if row.rated_on is not None and row.rated_on <= day:
            counts["rated_projects"] += 1
            counts["rating_votes"] += sum(count for _, count in row.ratings)
            counts["satisfied_votes"] += sum(count for option, count in row.ratings if option in satisfied)
    return ProjectFigures(**counts)


def project_statistics_dict(stats: ProjectStatistics) -> dict[str, Any]:
    """The figures as `stats --kind project --json` prints them: each rate as {numerator, denominator,
    rate, text} like the cases' rates."""
    sentences = stats.sentences
    return {
        "kind": "project",
        "year": stats.year,
        "as_of": stats.as_of.isoformat(),
        "counts": {name: getattr(stats.figures, name) for name in ProjectFigures.counts()},
        "rates": {name.value: rate_dict(stats.figures.rate(name), stats.style) for name in ProjectRateName},
        "by_category": [
            {
                "category": name,
                "counts": {key: getattr(figures, key) for key in ProjectFigures.counts()},
                "rates": {rate.value: rate_dict(figures.rate(rate), stats.style) for rate in ProjectRateName},
            }
            for name, figures in stats.by_category
        ],
        "narrative": join_sentences(sentences),
        "narrative_sentences": sentences,
    }
