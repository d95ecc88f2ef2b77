"""`casebook export KIND -o OUT.xlsx`: the register, the per-unit lists, the monthly report or the
year's statistics table as an Excel workbook (in the language of --lang)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from casebook import clock
from casebook.cli import replies as cli_replies
from casebook.cli.arguments import day, file_path, month, year
from casebook.cli.session import open_database
from casebook.cli.subsets import add_subset_arguments, subset_of
from casebook.domain.comparison import last_complete_month
from casebook.domain.enums import CaseKind
from casebook.i18n import translate
from casebook.services.queries.case_listing import CaseFilter

if TYPE_CHECKING:
    from casebook.excel.export_register import ExportSummary

KINDS = ("register", "units", "monthly", "annual", "reply-forms", "meetings")


class UsageError(Exception):
    """Arguments that do not fit together; the message is already translated."""


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = commands.add_parser(
        "export",
        help=translate("Cli", "write the register, the units' lists or a report to an Excel workbook"),
        description=translate(
            "Cli",
            "register: every case and its handling history; units: one list per handling unit; "
            "monthly: the report as of the month's last day; annual: the year's statistics table; "
            "meetings: the year's meetings with the deputies (三见面).",
        ),
    )
    export.add_argument("kind", choices=KINDS, help=translate("Cli", "what to export"))
    export.add_argument(
        "-o",
        "--output",
        type=file_path,
        required=True,
        metavar="OUT.xlsx",
        help=translate("Cli", "the workbook to write"),
    )
    export.add_argument(
        "--year",
        type=year,
        help=translate("Cli", "year of submission (register, units: only that year; reports: the cohort)"),
    )
    export.add_argument(
        "--month",
        type=month,
        metavar="YYYY-MM",
        help=translate("Cli", "the month of the monthly report (default: the last complete month)"),
    )
    export.add_argument(
        "--as-of",
        type=day,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the date the annual figures stand on (default: the year's last day, or today)"),
    )
    export.add_argument(
        "--kind",
        dest="case_kind",
        choices=[k.value for k in CaseKind],
        help=translate("Cli", "only suggestions or only motions (reports: suggestions unless motions are asked for)"),
    )
    add_subset_arguments(export)  # --session, --unit-kind: the cases of one session, of one kind of unit
    cli_replies.add_unit_choice(export)  # reply-forms: -o names a folder, one workbook per unit
    export.set_defaults(run=run_export)


def run_export(args: argparse.Namespace) -> int:
    """0: written; 1: the file could not be written; 2: arguments that do not fit together."""
    from casebook.excel.export_register import export_register
    from casebook.excel.export_reports import default_annual_as_of, export_annual, export_monthly, month_end
    from casebook.excel.export_units import export_unit_lists

    if args.kind == "reply-forms":
        return cli_replies.run_export_forms(args)
    if args.unit is not None or args.all:
        print(
            translate("Cli", "Error: {message}").format(
                message=translate("Cli", "--unit and --all are only for reply forms")
            ),
            file=sys.stderr,
        )
        return 2
    try:
        _check(args)
    except UsageError as error:
        print(translate("Cli", "Error: {message}").format(message=error), file=sys.stderr)
        return 2
    db = open_database(args.db)
    try:
        kind = CaseKind(args.case_kind) if args.case_kind else None
        subset = subset_of(db, args)
        unit_kind = subset.unit_kind.value if subset.unit_kind else None
        if args.kind == "meetings":
            from casebook.excel.export_meetings import export_meetings

            summary = export_meetings(db, args.output, args.year)
            print(
                translate("Cli", "Meetings with the deputies of {year} written to {path}: {count} meetings.").format(
                    year=args.year, path=summary.path, count=summary.rows
                )
            )
        elif args.kind in ("register", "units"):
            filters = CaseFilter(year=args.year, kind=kind, session_id=subset.session_id, unit_kind=subset.unit_kind)
            if args.kind == "register":
                summary = export_register(db, args.output, filters)
                print(_register_line(summary))
            else:
                summary = export_unit_lists(db, args.output, filters)
                print(_units_line(summary))
        elif args.kind == "monthly":
            year, month = args.month
            summary = export_monthly(
                db,
                args.output,
                year,
                month,
                cohort_year=args.year,
                kind=kind or CaseKind.SUGGESTION,
                session_id=subset.session_id,
                unit_kind=unit_kind,
            )
            print(
                translate("Cli", "Monthly report for {month} written to {path} (as of {date}).").format(
                    month=f"{year}-{month:02d}", path=summary.path, date=month_end(year, month).isoformat()
                )
            )
        else:
            as_of = args.as_of or default_annual_as_of(args.year)
            summary = export_annual(
                db,
                args.output,
                args.year,
                as_of=as_of,
                kind=kind or CaseKind.SUGGESTION,
                session_id=subset.session_id,
                unit_kind=unit_kind,
            )
            print(
                translate("Cli", "Statistics table for {year} written to {path} (as of {date}).").format(
                    year=args.year, path=summary.path, date=as_of.isoformat()
                )
            )
        return 0
    except OSError as error:
        message = translate("Cli", "Could not write {path}: {reason}").format(
            path=args.output, reason=error.strerror or error
        )
        print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
        return 1
    finally:
        db.close()


def _check(args: argparse.Namespace) -> None:
    output: Path = args.output
    if output.suffix.lower() != ".xlsx":
        raise UsageError(translate("Cli", "the workbook's name must end in .xlsx: {path}").format(path=output))
    if not output.parent.is_dir():
        raise UsageError(translate("Cli", "there is no folder {folder}").format(folder=output.parent))
    if args.kind == "monthly":
        # the last complete month by default; a month not over yet has no report (its figures would move)
        last = last_complete_month(clock.today())
        if args.month is None:
            args.month = last
        elif tuple(args.month) > last:
            raise UsageError(
                translate(
                    "Cli", "{month} is not over yet (today is {today}); the last complete month is {last}"
                ).format(
                    month="{}-{:02d}".format(*args.month),
                    today=clock.today().isoformat(),
                    last="{}-{:02d}".format(*last),
                )
            )
        if args.as_of is not None:
            raise UsageError(translate("Cli", "the monthly report stands on the month's last day; leave out --as-of"))
    elif args.kind == "annual":
        if args.year is None:
            raise UsageError(translate("Cli", "the annual statistics table needs --year"))
        if args.month is not None:
            raise UsageError(translate("Cli", "--month is only for the monthly report"))
    elif args.month is not None or args.as_of is not None:
        raise UsageError(translate("Cli", "--month and --as-of are only for the reports (monthly, annual)"))
    if args.kind == "meetings":
        if args.year is None:
            raise UsageError(translate("Cli", "the list of meetings needs --year"))
        if args.session is not None or args.unit_kind is not None or args.case_kind is not None:
            raise UsageError(
                translate(
                    "Cli", "the list of meetings is of the whole year; leave out --session, --unit-kind and --kind"
                )
            )


def _register_line(summary: ExportSummary) -> str:
    return translate("Cli", "Register written to {path}: {cases} cases, {steps} handling steps.").format(
        path=summary.path, cases=summary.rows, steps=summary.steps
    )


def _units_line(summary: ExportSummary) -> str:
    units = len(summary.sheets) if summary.rows else 0
    return translate("Cli", "Lists of assigned cases written to {path}: {units} units, {cases} assignments.").format(
        path=summary.path, units=units, cases=summary.rows
    )
