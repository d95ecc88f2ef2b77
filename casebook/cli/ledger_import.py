"""`casebook import LEDGER.xlsx`: take a ledger (台账) into the register, or see what it would do."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebook.cli.arguments import day
from casebook.cli.session import open_database
from casebook.i18n import translate
from casebook.services.admin.office import get_settings
from casebook.services.ledger.headers import parse_column_maps
from casebook.services.ledger.importing import import_ledger
from casebook.services.ledger.mappings import MappingError, load_mappings, merged, parse_value_maps
from casebook.services.ledger.report import rejection_line, summary_lines
from casebook.services.ledger.rows import open_ledger, stream_ledger
from casebook.services.ledger.sessions import LedgerSessions, SessionYearUnknown

REJECTIONS_SHOWN = 50


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "import", help=translate("Cli", "import a ledger (.xlsx or .xls): new cases are added, known ones updated")
    )
    command.add_argument("ledger", type=Path, metavar="LEDGER.xlsx", help=translate("Cli", "the ledger workbook"))
    command.add_argument(
        "--session", metavar="NAME", help=translate("Cli", "put every case in this session (created if missing)")
    )
    command.add_argument(
        "--session-date",
        type=day,
        metavar="YYYY-MM-DD",
        help=translate("Cli", "the first day of a session the import creates (gives its year and the implied dates)"),
    )
    command.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help=translate(
            "Cli", "read a column as a field (所在代表团=delegation), or not at all (联系电话=); remembered, repeatable"
        ),
    )
    command.add_argument(
        "--map-value",
        action="append",
        default=[],
        metavar="WORDING=CLASS",
        help=translate(
            "Cli", "read a result, rating or contact wording as a class or level (暂缓解决=C); remembered, repeatable"
        ),
    )
    command.add_argument(
        "--overwrite",
        action="store_true",
        help=translate("Cli", "take the ledger's values even where a clerk changed them since the last import"),
    )
    command.add_argument(
        "--dry-run", action="store_true", help=translate("Cli", "show what the import would do, and change nothing")
    )
    command.add_argument(
        "--rejects",
        type=Path,
        metavar="OUT.xlsx",
        help=translate("Cli", "write the refused rows, with the reason for each, to this workbook"),
    )
    command.set_defaults(run=run_import)


def run_import(args: argparse.Namespace) -> int:
    """0: every row taken; 1: some rows refused (listed, and written to --rejects); 2: the file
    cannot be imported at all, and nothing was changed."""
    from casebook.excel.reading import read_workbook
    from casebook.excel.rejects import write_rejects
    from casebook.excel.workbook_errors import LedgerFileError

    try:
        # checked before the database is even opened; its rows are read as they are parsed
        # (streamed: what is held does not grow with the file)
        workbook = open_ledger(args.ledger)
    except LedgerFileError as error:
        print(translate("Cli", "Error: {message}").format(message=error.message), file=sys.stderr)
        return 2
    db = open_database(args.db)
    try:
        try:
            settings = get_settings(db)
            given = merged(parse_column_maps(args.map), parse_value_maps(args.map_value, settings))
            ledger = stream_ledger(workbook, settings, merged(load_mappings(db), given))
            if (
                args.session is None
                and ledger.cases
                and not any(map(LedgerSessions(ledger, None, None).of_case, ledger.cases))
            ):
                # said once, not on every row: the file names no session and the clerk gave none
                print(
                    translate("Cli", "Error: {message}").format(
                        message=translate(
                            "Cli",
                            "the ledger names no session (届次会议) in a column, a title row or a sheet name: "
                            'import it with --session NAME, e.g. --session "市九届人大二次会议" (created if '
                            "missing). Nothing was imported.",
                        )
                    ),
                    file=sys.stderr,
                )
                return 2
            report = import_ledger(
                db,
                ledger,
                session_name=args.session,
                session_date=args.session_date,
                dry_run=args.dry_run,
                mappings=given,
                overwrite=args.overwrite,
            )
        except (LedgerFileError, SessionYearUnknown, MappingError) as error:
            print(translate("Cli", "Error: {message}").format(message=error.message), file=sys.stderr)
            return 2
    finally:
        db.close()
    for line in summary_lines(report):
        print(line)
    rejections = report.all_rejections
    for rejection in rejections[:REJECTIONS_SHOWN]:
        print(rejection_line(rejection))
    if len(rejections) > REJECTIONS_SHOWN:
        print(translate("Import", "… and {count} more refused rows.").format(count=len(rejections) - REJECTIONS_SHOWN))
    if args.rejects is not None and rejections:
        written = write_rejects(args.rejects, read_workbook(args.ledger), ledger.header_lines, report)
        print(translate("Import", "Refused rows written to {path} ({count}).").format(path=args.rejects, count=written))
    return 1 if rejections else 0
