"""`casebook decision add|list|export`: the year's decisions — 优秀议案建议 and 先进承办单位 — with the
decision's date and document number."""

from __future__ import annotations

import argparse
from typing import Any

from casebook.cli.arguments import day, file_path, year
from casebook.cli.record_lists import listed, named_member, print_records, unit_named
from casebook.cli.record_targets import case_of
from casebook.cli.session import open_database
from casebook.domain.tracked_records import DecisionKind
from casebook.i18n import noop, translate
from casebook.services.queries.decisions import DecisionRow, decision_list
from casebook.services.steps.decisions import DecisionDraft, add_decision


def decision_kind(text: str) -> DecisionKind:
    """A kind by its code or its label (优秀议案建议, 先进承办单位)."""
    message = noop("Rule", "“{text}” is not a kind of decision ({choices})")
    return named_member(DecisionKind, text, "unknown_decision_kind", message)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "decision", help=translate("Cli", "the year's excellent motions and suggestions and advanced handling units")
    )
    actions = command.add_subparsers(dest="decision_action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help=translate("Cli", "mark a case or a unit for a year"))
    add.add_argument("--kind", required=True, help=translate("Cli", "excellent_case (优秀议案建议) or advanced_unit"))
    add.add_argument("--year", type=year, required=True, help=translate("Cli", "the year the decision is about"))
    add.add_argument("--date", type=day, required=True, metavar="YYYY-MM-DD", help=translate("Cli", "the day"))
    add.add_argument("--document", required=True, help=translate("Cli", "the decision's document number"))
    add.add_argument("--case", metavar="NUMBER", help=translate("Cli", "the case (with --session)"))
    add.add_argument("--session", metavar="NAME", help=translate("Cli", "the session"))
    add.add_argument("--unit", metavar="NAME", help=translate("Cli", "the handling unit"))
    add.add_argument("--note", default="")
    add.set_defaults(run=run_add)
    listing = actions.add_parser("list", help=translate("Cli", "list the decisions"))
    listing.add_argument("--year", type=year, help=translate("Cli", "only those of this year"))
    listing.add_argument("--unit", metavar="NAME", help=translate("Cli", "only those of this unit"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    listing.set_defaults(run=run_list)
    export = actions.add_parser("export", help=translate("Cli", "write the list of decisions to a workbook"))
    export.add_argument("--year", type=year, help=translate("Cli", "only those of this year"))
    export.add_argument("-o", "--output", type=file_path, required=True, metavar="FILE.xlsx")
    export.set_defaults(run=run_export)


def run_add(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        case_id = case_of(db, args.case, args.session)
        unit_id = unit_named(db, args.unit)
        draft = DecisionDraft(
            decision_kind(args.kind), args.year, args.date, args.document, case_id, unit_id, args.note
        )
        new_id = add_decision(db, draft)
        row = next(r for r in decision_list(db, year=args.year) if r.id == new_id)
        print(translate("Cli", "Recorded: {subject}, {decision}").format(subject=row.subject, decision=row.sentence))
        return 0
    finally:
        db.close()


def run_list(args: argparse.Namespace) -> int:
    rows = listed(args, decision_list)
    headers = [
        translate("Cli", "Year"),
        translate("Cli", "Kind"),
        translate("Cli", "Case or unit"),
        translate("Cli", "Title"),
        translate("Cli", "Document number"),
        translate("Cli", "Date"),
    ]
    table = [
        [str(r.year), r.kind.label, r.subject, r.title or "", r.document_number, r.decided_on.isoformat()] for r in rows
    ]
    print_records(args.json, [decision_dict(row) for row in rows], headers, table)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from casebook.excel.export_decisions import export_decisions

    db = open_database(args.db)
    try:
        summary = export_decisions(db, args.output, args.year)
    finally:
        db.close()
    print(translate("Cli", "Wrote {count} decisions to {path}").format(count=summary.rows, path=summary.path))
    return 0


def decision_dict(row: DecisionRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "kind": row.kind.value,
        "year": row.year,
        "date": row.decided_on.isoformat(),
        "document_number": row.document_number,
        "case": row.case,
        "title": row.title,
        "lead_deputy": row.lead_deputy,
        "unit": row.unit,
        "note": row.note,
    }
