"""`casebook letters assignment|reminder|report [--unit U | --all] [--as-of D] -o DIR`: the letters to
handling units as Word documents, one per unit (交办通知 with its 签收回执, 催办函, 办理情况通报)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebook import clock
from casebook.cli.arguments import day, file_path, output_folder_problem
from casebook.cli.replies import add_unit_choice
from casebook.cli.session import open_database
from casebook.i18n import translate
from casebook.services.queries.letters import LETTER_TITLES, assignment_letters, reminder_letters, report_letters
from casebook.services.queries.reply_forms import unit_named

BUILDERS = {"assignment": assignment_letters, "reminder": reminder_letters, "report": report_letters}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "letters",
        help=translate("Cli", "write the letters to handling units (.docx): assignment, reminder or report"),
        description=translate(
            "Cli",
            "assignment: 交办通知 with its 签收回执 (each unit's open cases); reminder: 催办函 (overdue and nearly "
            "due cases); report: 办理情况通报 (each unit's figures of the year).",
        ),
    )
    command.add_argument("kind", choices=tuple(BUILDERS), help=translate("Cli", "which letter"))
    add_unit_choice(command)
    command.add_argument(
        "--as-of", type=day, metavar="YYYY-MM-DD", help=translate("Cli", "the letters' date (default: today)")
    )
    command.add_argument(
        "-o", "--output", type=file_path, required=True, metavar="DIR", help=translate("Cli", "the folder to write to")
    )
    command.set_defaults(run=run_letters)


def run_letters(args: argparse.Namespace) -> int:
    """0: written (or nothing to write); 1: a file could not be written; 2: no folder to write in (the
    last one of -o is made when its parent exists)."""
    from casebook.excel.letter_files import write_letters

    folder: Path = args.output
    problem = output_folder_problem(folder)
    if problem is not None:
        print(translate("Cli", "Error: {message}").format(message=problem), file=sys.stderr)
        return 2
    as_of = args.as_of or clock.today()
    db = open_database(args.db)
    try:
        unit_id = unit_named(db, args.unit)[0] if args.unit else None
        letters = BUILDERS[args.kind](db, as_of, unit_id)
        try:
            written = write_letters(db, letters, folder)
        except OSError as error:
            message = translate("Cli", "Could not write {path}: {reason}").format(
                path=folder, reason=error.strerror or error
            )
            print(translate("Cli", "Error: {message}").format(message=message), file=sys.stderr)
            return 1
    finally:
        db.close()
    for letter in written:
        print(f"{letter.unit}: {LETTER_TITLES[letter.kind]} → {letter.path}")
    print(
        translate("Cli", "{letters} letters written for {units} units (dated {date}).").format(
            letters=len(written), units=len({w.unit for w in written}), date=as_of.isoformat()
        )
    )
    return 0
