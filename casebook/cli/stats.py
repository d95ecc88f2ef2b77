"""`casebook stats`: the figures of a cohort as of a date, as sentences and tables or as JSON."""

from __future__ import annotations

import argparse
import importlib
import json
import sys

from casebook.cli.arguments import day, year
from casebook.cli.session import open_database
from casebook.cli.subsets import add_subset_arguments, subset_of
from casebook.cli.text_table import render_table
from casebook.domain.enums import CaseKind
from casebook.domain.errors import RuleViolation
from casebook.domain.metrics import Figures, Rate, RateName
from casebook.domain.report_sentences import format_rate
from casebook.i18n import noop, translate
from casebook.services.statistics.by_session import (
    SessionColumn,
    by_session_dict,
    cell_text,
    column_values,
    row_labels,
    statistics_by_session,
)
from casebook.services.statistics.export import statistics_dict
from casebook.services.statistics.figures import Statistics, compute_statistics, statistics_narrative

# The tracked kinds that are not cases (issue 21): kind → the module whose ``run(args) -> int``
# prints their figures (imported only when asked for).
OTHER_KINDS: dict[str, str] = {
    "project": "casebook.cli.project_stats",
    "opinion": "casebook.cli.opinion_stats",
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stats = commands.add_parser("stats", help=translate("Cli", "figures of a year's cases as of a date"))
    stats.add_argument("--year", type=year, required=True, help=translate("Cli", "year of submission (the cohort)"))
    stats.add_argument(
        "--as-of",
        type=day,
        metavar="YYYY-MM-DD",
        help=translate(
            "Cli", "the date the figures stand on (default: the year's last day, or today while the year lasts)"
        ),
    )
    stats.add_argument(
        "--kind",
        choices=[k.value for k in CaseKind] + list(OTHER_KINDS),
        default=CaseKind.SUGGESTION.value,
        help=translate(
            "Cli", "suggestions (default), motions, livelihood projects (project) or voters' opinions (opinion)"
        ),
    )
    add_subset_arguments(stats)
    stats.add_argument(
        "--by-session",
        action="store_true",
        help=translate("Cli", "one table with a column per session of the year (meeting, interim) and the year"),
    )
    stats.add_argument("--by-station", action="store_true", help=translate("Cli", "opinions: a row per station"))
    stats.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    stats.set_defaults(run=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    if args.by_station and args.kind != "opinion":  # told, not ignored
        raise RuleViolation(
            "stats_by_station",
            noop("Rule", "--by-station: only the opinions of the public are counted by station (--kind opinion)."),
        )
    if args.kind in OTHER_KINDS:
        run: object = importlib.import_module(OTHER_KINDS[args.kind]).run
        assert callable(run)
        result = run(args)
        assert isinstance(result, int)
        return result
    db = open_database(args.db)
    try:
        subset = subset_of(db, args)
        unit_kind = subset.unit_kind.value if subset.unit_kind else None
        if args.by_session:
            if subset.session_id is not None:
                print(
                    translate("Cli", "Error: {message}").format(
                        message=translate("Cli", "--by-session shows every session; leave out --session")
                    ),
                    file=sys.stderr,
                )
                return 2
            columns = statistics_by_session(
                db, args.year, as_of=args.as_of, kind=CaseKind(args.kind), unit_kind=unit_kind
            )
            if args.json:
                print(json.dumps(by_session_dict(columns), ensure_ascii=False, indent=2))
            else:
                print(render_by_session(columns))
            return 0
        stats = compute_statistics(
            db, args.year, as_of=args.as_of, kind=CaseKind(args.kind), session_id=subset.session_id, unit_kind=unit_kind
        )
        if args.json:
            print(json.dumps(statistics_dict(stats), ensure_ascii=False, indent=2))
        else:
            print(render_text(stats))
        return 0
    finally:
        db.close()


def render_by_session(columns: list[SessionColumn]) -> str:
    values = [column_values(column.stats) for column in columns]
    rows = [[label, *(cell_text(value[key]) for value in values)] for key, label in row_labels()]
    whole = columns[-1].stats
    title = translate("Statistics", "{year} by session (as of {date})").format(
        year=whole.year, date=whole.as_of.isoformat()
    )
    return "\n".join([title, render_table([translate("Statistics", "Figure"), *(c.name for c in columns)], rows)])


def _rate_cell(rate: Rate) -> str:
    return f"{format_rate(rate.value)}% ({rate.numerator}/{rate.denominator})"


def render_text(stats: Statistics) -> str:
    rate_labels = {name: name.label for name in RateName}
    rate_rows = [
        [
            label,
            _rate_cell(stats.figures.rate(name)),
            _rate_cell(stats.previous.rate(name)),
            format_rate(stats.change(name)),
        ]
        for name, label in rate_labels.items()
    ]
    count_labels = {
        "total": translate("Statistics", "Cases"),
        "assigned": translate("Statistics", "Assigned"),
        "replied": translate("Statistics", "Replied"),
        "resolved": translate("Statistics", "Resolved"),
        "accomplished": translate("Statistics", "Accomplished"),
        "rated": translate("Statistics", "Rated"),
        "satisfied": translate("Statistics", "Satisfied"),
        "replies_due": translate("Statistics", "Replies due"),
        "replied_on_time": translate("Statistics", "Replied on time"),
        "overdue": translate("Statistics", "Overdue"),
        "met_face_to_face": translate("Statistics", "Met in person"),
    }
    count_rows = [
        [label, str(getattr(stats.figures, name)), str(getattr(stats.previous, name))]
        for name, label in count_labels.items()
    ]
    this_year = translate("Statistics", "{year} (as of {date})").format(year=stats.year, date=stats.as_of.isoformat())
    last_year = translate("Statistics", "{previous} (as of {date})").format(
        previous=stats.comparison.label, date=stats.previous_as_of.isoformat()
    )
    unit_rows = [_unit_row(row.name, row.figures) for row in stats.breakdowns["lead_unit"]]
    parts = [
        *statistics_narrative(stats),
        "",
        render_table([translate("Statistics", "Figure"), this_year, last_year], count_rows),
        "",
        render_table(
            [translate("Statistics", "Rate"), this_year, last_year, translate("Statistics", "Change (points)")],
            rate_rows,
        ),
        "",
        translate("Statistics", "By lead unit"),
        render_table(
            [
                translate("Statistics", "Unit"),
                translate("Statistics", "Cases"),
                translate("Statistics", "Resolved"),
                rate_labels[RateName.RESOLUTION],
                rate_labels[RateName.ON_TIME],
                rate_labels[RateName.SATISFACTION],
            ],
            unit_rows,
        ),
    ]
    return "\n".join(parts)


def _unit_row(name: str, figures: Figures) -> list[str]:
    return [
        name,
        str(figures.total),
        str(figures.resolved),
        format_rate(figures.rate(RateName.RESOLUTION).value),
        format_rate(figures.rate(RateName.ON_TIME).value),
        format_rate(figures.rate(RateName.SATISFACTION).value),
    ]
