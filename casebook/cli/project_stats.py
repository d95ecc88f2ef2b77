"""`casebook stats --kind project --year Y [--as-of D] [--json]`: the year's livelihood projects —
counts, rates (numerator, denominator, rate, text) and the report's sentences."""

from __future__ import annotations

import argparse
import json

from casebook.cli.session import open_database
from casebook.cli.subsets import refuse_case_options
from casebook.cli.text_table import render_table
from casebook.domain.project_figures import ProjectFigures, ProjectRateName
from casebook.i18n import noop, translate
from casebook.services.statistics.projects import ProjectStatistics, project_statistics, project_statistics_dict

COUNT_LABELS = {
    "voted": noop("Statistics", "Projects voted"),
    "in_progress": noop("Statistics", "In progress"),
    "done": noop("Statistics", "Done"),
    "not_done": noop("Statistics", "Not done"),
    "on_schedule": noop("Statistics", "On schedule"),
    "behind_schedule": noop("Statistics", "Behind schedule"),
    "milestones": noop("Statistics", "Milestones"),
    "milestones_due": noop("Statistics", "Milestones due"),
    "milestones_done": noop("Statistics", "Milestones done"),
    "milestones_on_time": noop("Statistics", "Milestones on time"),
    "milestones_overdue": noop("Statistics", "Milestones overdue"),
    "rated_projects": noop("Statistics", "Projects rated"),
    "rating_votes": noop("Statistics", "Rating votes"),
    "satisfied_votes": noop("Statistics", "Satisfied votes"),
}


def run(args: argparse.Namespace) -> int:
    refuse_case_options(
        args,
        "project_stats_option",
        noop("Rule", "{options}: the figures of livelihood projects are by year only (--year, --as-of, --json)."),
    )
    db = open_database(args.db)
    try:
        stats = project_statistics(db, args.year, args.as_of)
    finally:
        db.close()
    if args.json:
        print(json.dumps(project_statistics_dict(stats), ensure_ascii=False, indent=2))
    else:
        print(render_text(stats))
    return 0


def render_text(stats: ProjectStatistics) -> str:
    title = translate("Statistics", "Livelihood projects of {year} (as of {date})").format(
        year=stats.year, date=stats.as_of.isoformat()
    )
    counts = [
        [translate("Statistics", COUNT_LABELS[name]), str(getattr(stats.figures, name))]
        for name in ProjectFigures.counts()
    ]
    rates = []
    for name in ProjectRateName:
        rate = stats.figures.rate(name)
        value = stats.style.percent(rate.numerator, rate.denominator)
        rates.append([name.label, f"{stats.style.text(value)} ({rate.numerator}/{rate.denominator})"])
    figure = translate("Statistics", "Figure")
    return "\n".join(
        [
            title,
            render_table([figure, translate("Statistics", "Count")], counts),
            render_table([figure, translate("Statistics", "Rate")], rates),
            *stats.sentences,
        ]
    )
