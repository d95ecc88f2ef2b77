"""`casebook demo [--until YEAR]`: fill an empty database with the Zhenjiang demo register (2021–2023)
and seeded years after it, up to this year (or YEAR)."""

from __future__ import annotations

import argparse

from casebook import clock
from casebook.cli.arguments import year
from casebook.cli.session import open_database
from casebook.demo.generator import load_demo
from casebook.i18n import translate
from casebook.services.admin.register_reset import holds_register_data
from casebook.store.migrate import backup_sqlite


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser("demo", help=translate("Cli", "fill an empty database with the demo register"))
    demo.add_argument(
        "--force",
        action="store_true",
        help=translate("Cli", "replace everything in a database that is not empty (a backup is kept)"),
    )
    demo.add_argument(
        "--until",
        type=year,
        help=translate(
            "Cli", "the last year of the demo register (default: this year); 2023 for the seeds' years only"
        ),
    )
    demo.set_defaults(run=run_demo)


def run_demo(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        if args.force and db.path is not None and holds_register_data(db):
            backup = backup_sqlite(db.path, reason="before-demo")
            print(translate("Cli", "Backup of the previous file: {path}").format(path=backup))
        until = args.until if args.until is not None else clock.today().year
        summary = load_demo(db, force=args.force, until=until)
        print(
            translate(
                "Cli", "Demo register loaded: {cases} cases, {deputies} deputies, {units} handling units."
            ).format(cases=summary.cases, deputies=summary.deputies, units=summary.units)
        )
        return 0
    finally:
        db.close()
