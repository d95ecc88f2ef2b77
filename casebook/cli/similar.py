"""`casebook similar "TEXT"`: the cases of any year most similar to a title or some words; and
`casebook similar --clusters`: the groups of similar cases submitted again in different years."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from casebook.cli.arguments import decimal_number, file_path, whole_number
from casebook.cli.session import open_database
from casebook.cli.text_table import render_table
from casebook.domain.years import EARLIEST_YEAR, LATEST_YEAR
from casebook.i18n import translate
from casebook.services.admin.office import get_settings
from casebook.services.queries.similar import (
    CLUSTER_MIN_SCORE,
    DEFAULT_MIN_SCORE,
    Cluster,
    SimilarCase,
    resubmitted_clusters,
    similar_cases,
)
from casebook.store.database import Database


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    similar = commands.add_parser(
        "similar",
        help=translate("Cli", "find earlier cases similar to a title, or the cases submitted again year after year"),
        description=translate(
            "Cli",
            "With TEXT: the cases of any year whose title or content is most similar to it, with a score "
            "from 0 to 1. With --clusters: the groups of similar cases of different years, unresolved groups first.",
        ),
    )
    similar.add_argument("text", nargs="?", metavar="TEXT", help=translate("Cli", "a title or some words"))
    similar.add_argument(
        "--clusters", action="store_true", help=translate("Cli", "list the groups of cases submitted again")
    )
    similar.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    similar.add_argument(
        "--limit",
        type=whole_number(1, 10_000),
        default=10,
        metavar="N",
        help=translate("Cli", "at most N cases (default 10)"),
    )
    similar.add_argument(
        "--min-score",
        type=decimal_number(0, 1),
        metavar="S",
        help=translate("Cli", "the lowest score shown (default {similar} for TEXT, {clusters} for --clusters)").format(
            similar=DEFAULT_MIN_SCORE, clusters=CLUSTER_MIN_SCORE
        ),
    )
    similar.add_argument(
        "--min-years",
        type=whole_number(1, LATEST_YEAR - EARLIEST_YEAR + 1),
        default=2,
        metavar="N",
        help=translate("Cli", "groups spanning at least N years (default 2)"),
    )
    similar.add_argument(
        "-o", "--output", type=file_path, metavar="OUT.xlsx", help=translate("Cli", "write the groups to this workbook")
    )
    similar.set_defaults(run=run_similar)


def run_similar(args: argparse.Namespace) -> int:
    """0: done; 1: the workbook could not be written; 2: arguments that do not fit together."""
    problem = _problem(args)
    if problem is not None:
        print(translate("Cli", "Error: {message}").format(message=problem), file=sys.stderr)
        return 2
    db = open_database(args.db)
    try:
        if args.clusters:
            return _clusters(db, args)
        min_score = DEFAULT_MIN_SCORE if args.min_score is None else args.min_score
        found = similar_cases(db, args.text, limit=args.limit, min_score=min_score)
        if args.json:
            print(json.dumps([_case_dict(case) for case in found], ensure_ascii=False, indent=2))
        else:
            print(render_matches(db, found))
        return 0
    finally:
        db.close()


def _problem(args: argparse.Namespace) -> str | None:
    if args.clusters == bool(args.text):
        return translate("Cli", "give either a TEXT to look for or --clusters")
    if args.limit < 1:
        return translate("Cli", "--limit must be at least 1")
    if args.min_years < 1:
        return translate("Cli", "--min-years must be at least 1")
    if args.min_score is not None and not 0 <= args.min_score <= 1:
        return translate("Cli", "--min-score must be between 0 and 1")
    if args.output is not None:
        if not args.clusters:
            return translate("Cli", "-o is only for --clusters")
        if args.output.suffix.lower() != ".xlsx":
            return translate("Cli", "the workbook's name must end in .xlsx: {path}").format(path=args.output)
        if not args.output.parent.is_dir():
            return translate("Cli", "there is no folder {folder}").format(folder=args.output.parent)
    return None


def _clusters(db: Database, args: argparse.Namespace) -> int:
    from casebook.excel.export_similar import export_similar_clusters

    min_score = CLUSTER_MIN_SCORE if args.min_score is None else args.min_score
    clusters = resubmitted_clusters(db, min_years=args.min_years, min_score=min_score)
    if args.output is not None:
        try:
            summary = export_similar_clusters(
                db, args.output, min_years=args.min_years, min_score=min_score, clusters=clusters
            )
        except OSError as error:
            message = translate("Cli", "Could not write {path}: {reason}").format(
                path=args.output, reason=error.strerror or error
            )
            print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
            return 1
        print(
            translate(
                "Cli", "Groups of cases submitted again written to {path}: {groups} groups, {cases} cases."
            ).format(path=summary.path, groups=len(clusters), cases=summary.rows)
        )
    elif args.json:
        print(json.dumps([_cluster_dict(cluster) for cluster in clusters], ensure_ascii=False, indent=2))
    else:
        print(render_clusters(db, clusters))
    return 0


def _case_dict(case: SimilarCase) -> dict[str, Any]:
    return {
        "case_id": case.case_id,
        "case_number": case.number,
        "session": case.session,
        "year": case.year,
        "title": case.title,
        "result": case.result,
        "rating": case.rating,
        "score": round(case.score, 3),
    }


def _cluster_dict(cluster: Cluster) -> dict[str, Any]:
    return {
        "resolved": cluster.resolved,
        "years": list(cluster.years),
        "cases": [
            {
                "case_id": case.case_id,
                "case_number": case.number,
                "session": case.session,
                "year": case.year,
                "title": case.title,
                "deputy": case.lead_deputy,
                "result": case.result,
                "rating": case.rating,
                "resolved": case.resolved,
            }
            for case in cluster.cases
        ],
    }


def render_matches(db: Database, found: list[SimilarCase]) -> str:
    if not found:
        return translate("Cli", "No similar case.")
    ratings = {option.code: option.label for option in get_settings(db).rating_options}
    return render_table(
        [
            translate("Cli", "Year"),
            translate("Cli", "Session"),
            translate("Cli", "No."),
            translate("Cli", "Title"),
            translate("Cli", "Result"),
            translate("Cli", "Rating"),
            translate("Cli", "Score"),
        ],
        [
            [
                str(case.year),
                case.session,
                case.number,
                case.title,
                case.result or "",
                ratings.get(case.rating, case.rating) if case.rating else "",
                f"{case.score:.2f}",
            ]
            for case in found
        ],
        numeric_from=6,
    )


def render_clusters(db: Database, clusters: list[Cluster]) -> str:
    if not clusters:
        return translate("Cli", "No group of similar cases submitted in different years.")
    ratings = {option.code: option.label for option in get_settings(db).rating_options}
    headers = [
        translate("Cli", "Year"),
        translate("Cli", "Session"),
        translate("Cli", "No."),
        translate("Cli", "Title"),
        translate("Cli", "Lead deputy"),
        translate("Cli", "Result"),
        translate("Cli", "Rating"),
    ]
    parts = []
    for number, cluster in enumerate(clusters, 1):
        state = translate("Cli", "resolved in some year") if cluster.resolved else translate("Cli", "never resolved")
        parts.append(
            translate("Cli", "Group {number}: {cases} cases of {years}, {state}").format(
                number=number,
                cases=cluster.size,
                years="、".join(str(year) for year in cluster.years),
                state=state,
            )
        )
        rows = [
            [
                str(case.year),
                case.session,
                case.number,
                case.title,
                case.lead_deputy or "",
                case.result or "",
                ratings.get(case.rating, case.rating) if case.rating else "",
            ]
            for case in cluster.cases
        ]
        parts.extend([render_table(headers, rows, numeric_from=len(headers)), ""])
    return "\n".join(parts).rstrip()
