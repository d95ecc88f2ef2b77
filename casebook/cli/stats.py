"""`casebook stats`: the figures of a cohort as of a date, as sentences and tables or as JSON."""

from __future__ import annotations

import argparse
import json

from casebook.cli.arguments import day, year
from casebook.cli.session import open_database
from casebook.cli.text_table import render_table
from casebook.domain.enums import CaseKind
from casebook.domain.metrics import Figures, Rate, RateName
from casebook.domain.report_sentences import format_rate
from casebook.i18n import translate
from casebook.services.admin.reference import session_by_name
from casebook.services.statistics.export import statistics_dict
from casebook.services.statistics.figures import Statistics, compute_statistics, statistics_narrative


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
        choices=[k.value for k in CaseKind],
        default=CaseKind.SUGGESTION.value,
        help=translate("Cli", "suggestions (default) or motions"),
    )
    stats.add_argument("--session", metavar="NAME", help=translate("Cli", "only the cases of this session"))
    stats.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    stats.set_defaults(run=run_stats)


def run_stats(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        session_id = session_by_name(db, args.session).id if args.session else None
        stats = compute_statistics(db, args.year, as_of=args.as_of, kind=CaseKind(args.kind), session_id=session_id)
        if args.json:
            print(json.dumps(statistics_dict(stats), ensure_ascii=False, indent=2))
        else:
            print(render_text(stats))
        return 0
    finally:
        db.close()


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
