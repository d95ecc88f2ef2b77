"""`casebook evaluation add|list`: evaluations beyond the deputy's rating (人大评议, 第三方评估, the
office's own kinds), of a case or of a handling unit for a year."""

from __future__ import annotations

import argparse
from decimal import Decimal, InvalidOperation
from typing import Any

from casebook.cli.arguments import day, year
from casebook.cli.record_lists import listed, print_records, unit_named
from casebook.cli.record_targets import case_of
from casebook.cli.session import open_database
from casebook.i18n import translate
from casebook.services.queries.evaluations import EvaluationRow, evaluation_list
from casebook.services.steps.evaluations import EvaluationDraft, add_evaluation


def score(text: str) -> Decimal:
    """A score from 0 to 100 (one decimal kept)."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        value = Decimal(-1)
    if not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        raise argparse.ArgumentTypeError(translate("Cli", "a score from 0 to 100, not “{text}”").format(text=text))
    return value


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "evaluation", help=translate("Cli", "evaluations of a case or a unit (人大评议, 第三方评估 …)")
    )
    actions = command.add_subparsers(dest="evaluation_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=translate("Cli", "record an evaluation"))
    add.add_argument(
        "--kind", required=True, help=translate("Cli", "人大评议, 第三方评估 or a kind of the office settings")
    )
    add.add_argument("--unit", metavar="NAME", help=translate("Cli", "the handling unit evaluated (with --year)"))
    add.add_argument("--year", type=year, help=translate("Cli", "the year of the unit's handling evaluated"))
    add.add_argument("--case", metavar="NUMBER", help=translate("Cli", "the case evaluated (with --session)"))
    add.add_argument("--session", metavar="NAME", help=translate("Cli", "the session"))
    add.add_argument("--score", type=score, help=translate("Cli", "the score, 0 to 100"))
    add.add_argument("--grade", help=translate("Cli", "the grade (优秀, 良好 … of the office settings)"))
    add.add_argument("--evaluator", required=True, help=translate("Cli", "who evaluated"))
    add.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the day"))
    add.add_argument("--comments", default="", help=translate("Cli", "comments"))
    add.set_defaults(run=run_add)
    listing = actions.add_parser("list", help=translate("Cli", "list the evaluations"))
    listing.add_argument("--year", type=year, help=translate("Cli", "only those of this year"))
    listing.add_argument("--unit", metavar="NAME", help=translate("Cli", "only those of this unit"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    listing.set_defaults(run=run_list)


def run_add(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        case_id = case_of(db, args.case, args.session)
        unit_id = unit_named(db, args.unit)
        draft = EvaluationDraft(
            kind=args.kind,
            evaluator=args.evaluator,
            evaluated_on=args.date,
            case_id=case_id,
            unit_id=unit_id,
            year=args.year,
            score=args.score,
            grade=args.grade,
            comments=args.comments,
        )
        evaluation_id = add_evaluation(db, draft)
        row = next(r for r in evaluation_list(db, unit_id=unit_id, case_id=case_id) if r.id == evaluation_id)
        print(
            translate("Cli", "Recorded: {kind} of {subject}, {result}").format(
                kind=row.kind_label, subject=row.subject, result=row.result
            )
        )
        return 0
    finally:
        db.close()


def run_list(args: argparse.Namespace) -> int:
    rows = listed(args, evaluation_list)
    headers = [
        translate("Cli", "Date"),
        translate("Cli", "Kind"),
        translate("Cli", "Evaluated"),
        translate("Cli", "Year"),
        translate("Cli", "Score or grade"),
        translate("Cli", "Evaluator"),
    ]
    table = [
        [r.evaluated_on.isoformat(), r.kind_label, r.subject, str(r.year or ""), r.result, r.evaluator] for r in rows
    ]
    print_records(args.json, [evaluation_dict(row) for row in rows], headers, table)
    return 0


def evaluation_dict(row: EvaluationRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind,
        "kind_label": row.kind_label,
        "case": row.case,
        "case_title": row.case_title,
        "unit": row.unit,
        "year": row.year,
        "score": None if row.score is None else float(row.score),
        "grade": row.grade,
        "evaluator": row.evaluator,
        "date": row.evaluated_on.isoformat(),
        "comments": row.comments,
    }
