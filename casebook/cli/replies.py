"""`casebook export reply-forms -o DIR` (one 单位答复表 per unit) and `casebook import-replies FORM.xlsx…`
(the returned forms' rows as replies, or with --dry-run what they would record)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from casebook import clock
from casebook.cli.arguments import output_folder_problem
from casebook.cli.session import open_database
from casebook.i18n import translate
from casebook.services.queries.reply_forms import unit_forms, unit_named
from casebook.services.steps.unit_replies import ReplyImport, take_replies


def add_unit_choice(parser: argparse.ArgumentParser) -> None:
    """--unit U | --all, for the commands that write one file per unit."""
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--unit", metavar="UNIT", help=translate("Cli", "only this handling unit"))
    which.add_argument("--all", action="store_true", help=translate("Cli", "every handling unit (the default)"))


def run_export_forms(args: argparse.Namespace) -> int:
    """`export reply-forms`: 0 written; 1 the folder cannot be written; 2 arguments that do not fit."""
    from casebook.excel.reply_forms import write_reply_forms

    folder: Path = args.output
    problem = output_folder_problem(folder)
    if problem is not None:
        return _usage(problem)
    if args.month is not None or args.as_of is not None or args.case_kind is not None:
        return _usage(translate("Cli", "reply forms take --unit or --all and --year only"))
    db = open_database(args.db)
    try:
        unit_id = unit_named(db, args.unit)[0] if args.unit else None
        forms = unit_forms(db, clock.today(), unit_id=unit_id, year=args.year)
        try:
            written = write_reply_forms(db, forms, folder)
        except OSError as error:
            message = translate("Cli", "Could not write {path}: {reason}").format(
                path=folder, reason=error.strerror or error
            )
            print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
            return 1
        for form in written:
            print(
                translate("Cli", "{unit}: {cases} open cases → {path}").format(
                    unit=form.unit, cases=form.cases, path=form.path
                )
            )
        print(
            translate("Cli", "Reply forms written: {forms} units, {cases} cases.").format(
                forms=len(written), cases=sum(f.cases for f in written)
            )
        )
        return 0
    finally:
        db.close()


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "import-replies",
        help=translate("Cli", "read the units' returned reply forms: each filled row becomes the unit's reply"),
    )
    command.add_argument("forms", nargs="+", type=Path, metavar="FORM.xlsx", help=translate("Cli", "returned forms"))
    command.add_argument("--unit", metavar="UNIT", help=translate("Cli", "refuse forms of any other unit"))
    command.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "show what the forms would record, and change nothing")
    )
    command.add_argument("--json", action="store_true", help=translate("Cli", "print the outcome as JSON"))
    command.set_defaults(run=run_import_replies)


def run_import_replies(args: argparse.Namespace) -> int:
    """0: every filled row recorded; 1: some rows or forms refused (the rest recorded)."""
    from casebook.excel.reply_forms import read_reply_form

    db = open_database(args.db)
    try:
        unit_id = unit_named(db, args.unit)[0] if args.unit else None
        forms = [read_reply_form(path) for path in args.forms]
        report = take_replies(db, forms, unit_id=unit_id, dry_run=args.dry_run)
    finally:
        db.close()
    if args.json:
        print(json.dumps(report_dict(report), ensure_ascii=False, indent=2))
    else:
        for line in report_lines(report):
            print(line)
    return 1 if report.refused else 0


def report_dict(report: ReplyImport) -> dict[str, Any]:
    return {
        "dry_run": report.dry_run,
        "recorded": [
            {
                "form": r.form,
                "row": r.line,
                "case": r.case,
                "unit": r.unit,
                "replied_on": r.replied_on.isoformat(),
                "result": r.result_code,
            }
            for r in report.recorded
        ],
        "refused": [{"form": r.form, "row": r.line, "reason": r.reason} for r in report.refused],
        "blank_rows": report.blank_rows,
    }


def report_lines(report: ReplyImport) -> list[str]:
    lines = [
        (
            translate("Cli", "Dry run: {recorded} replies would be recorded, {refused} refused; nothing was changed.")
            if report.dry_run
            else translate("Cli", "{recorded} replies recorded, {refused} refused.")
        ).format(recorded=len(report.recorded), refused=len(report.refused))
    ]
    for refused in report.refused:
        where = (
            translate("Cli", "{form}, row {row}").format(form=refused.form, row=refused.line)
            if refused.line is not None
            else refused.form
        )
        lines.append(f"  {where}: {refused.reason}")
    return lines


def _usage(message: str) -> int:
    print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
    return 2
