"""`casebook stats --kind opinion --year Y [--as-of D] [--json] [--by-station]`: the year's 群众意见 —
counts, the rates with what is divided by what, the counts by station, and the report's sentences."""

from __future__ import annotations

import argparse
import json

from casebook.cli.session import open_database
from casebook.cli.subsets import refuse_case_options
from casebook.cli.text_table import render_table
from casebook.domain.opinion_figures import OpinionFigures, OpinionRateName
from casebook.i18n import noop, translate
from casebook.services.statistics.opinions import OpinionStatistics, opinion_statistics, opinion_statistics_dict


def run(args: argparse.Namespace) -> int:
    refuse_case_options(
        args,
        "opinion_stats_option",
        noop("Rule", "{options}: the figures of opinions of the public are by year (--year, --as-of, --by-station)."),
    )
    db = open_database(args.db)
    try:
        stats = opinion_statistics(db, args.year, as_of=args.as_of)
    finally:
        db.close()
    if args.json:
        print(json.dumps(opinion_statistics_dict(stats), ensure_ascii=False, indent=2))
    else:
        print(render_text(stats, by_station=bool(getattr(args, "by_station", False))))
    return 0


def _rate_cell(stats: OpinionStatistics, figures: OpinionFigures, name: OpinionRateName) -> str:
    rate = figures.rate(name)
    return f"{stats.rate_text(name, figures)} ({rate.numerator}/{rate.denominator})"


def _count_headers() -> list[str]:
    return [
        translate("Statistics", "Received"),
        translate("Statistics", "Passed on"),
        translate("Statistics", "Answered"),
        translate("Statistics", "Fed back"),
        *(name.label for name in OpinionRateName),
    ]


def _cells(stats: OpinionStatistics, figures: OpinionFigures) -> list[str]:
    counts = [figures.received, figures.passed_on, figures.answered, figures.fed_back]
    return [*(str(n) for n in counts), *(_rate_cell(stats, figures, name) for name in OpinionRateName)]


def render_text(stats: OpinionStatistics, *, by_station: bool = False) -> str:
    title = translate("Statistics", "Opinions of the public received in {year} (as of {date})").format(
        year=stats.year, date=stats.as_of.isoformat()
    )
    lines = [title, "", *stats.sentences, ""]
    rows = [[translate("Statistics", "All stations"), *_cells(stats, stats.figures)]]
    if by_station:
        rows += [[row.name, *_cells(stats, row.figures)] for row in stats.by_station]
    lines.append(render_table([translate("Statistics", "Station"), *_count_headers()], rows))
    return "\n".join(lines)
