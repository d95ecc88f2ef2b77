"""`casebook ranking`: the 先进承办单位 ranking of a year with its formula and each term, as a table,
as JSON or written to a workbook."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from casebook.cli.arguments import day, year
from casebook.cli.session import open_database
from casebook.cli.subsets import add_subset_arguments, subset_of
from casebook.cli.text_table import render_table
from casebook.domain.enums import CaseKind
from casebook.domain.report_sentences import format_rate
from casebook.i18n import translate
from casebook.services.statistics.figures import compute_statistics
from casebook.services.statistics.ranking import ranking_dict, ranking_formula, ranking_rows


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ranking = commands.add_parser(
        "ranking", help=translate("Cli", "the handling units ranked by their weighted rates (先进承办单位)")
    )
    ranking.add_argument("--year", type=year, required=True, help=translate("Cli", "year of submission (the cohort)"))
    ranking.add_argument(
        "--as-of", type=day, metavar="YYYY-MM-DD", help=translate("Cli", "the date the figures stand on")
    )
    ranking.add_argument(
        "--kind",
        choices=[k.value for k in CaseKind],
        default=CaseKind.SUGGESTION.value,
        help=translate("Cli", "suggestions (default) or motions"),
    )
    add_subset_arguments(ranking)
    ranking.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    ranking.add_argument("-o", "--output", type=Path, metavar="OUT.xlsx", help=translate("Cli", "write a workbook"))
    ranking.set_defaults(run=run_ranking)


def run_ranking(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        subset = subset_of(db, args)
        stats = compute_statistics(
            db,
            args.year,
            as_of=args.as_of,
            kind=CaseKind(args.kind),
            session_id=subset.session_id,
            unit_kind=subset.unit_kind.value if subset.unit_kind else None,
        )
    finally:
        db.close()
    if args.output is not None:
        from casebook.excel.export_ranking import export_ranking  # openpyxl only when a workbook is asked for

        summary = export_ranking(stats, args.output)
        print(
            translate("Cli", "Ranking of {count} units written to {file}.").format(count=summary.rows, file=args.output)
        )
    if args.json:
        print(json.dumps(ranking_dict(stats), ensure_ascii=False, indent=2))
    elif args.output is None:
        rows = ranking_rows(stats)
        names = [term.rate for term in rows[0].terms] if rows else []
        headers = [
            translate("Statistics", "Rank"),
            translate("Statistics", "Unit"),
            translate("Statistics", "Cases"),
            *(name.label for name in names),
            translate("Statistics", "Score"),
        ]
        table = [
            [
                str(row.rank),
                row.unit,
                str(row.cases),
                *(
                    f"{format_rate(term.value.value)} ({term.value.numerator}/{term.value.denominator})"
                    for term in row.terms
                ),
                format_rate(row.score),
            ]
            for row in rows
        ]
        print(render_table(headers, table))
        print(ranking_formula(stats))
    return 0
