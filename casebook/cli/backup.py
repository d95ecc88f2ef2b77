"""`casebook backup [-o FILE]` and `casebook restore FILE`: copies of the database file, and putting
one back (see casebook.store.backup)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebook.cli.arguments import file_path
from casebook.cli.session import DAMAGED, CommandLineError
from casebook.domain.errors import CasebookError
from casebook.i18n import noop, translate
from casebook.paths import default_database_target
from casebook.store.backup import backup_file, database_file
from casebook.store.restore import DEFAULT_WAIT_S, restore_backup

MiB = 1024 * 1024
MAX_WAIT_S = 600


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser(
        "backup",
        help=translate("Cli", "copy the database to a backup file (safe while others are working in it)"),
    )
    backup.add_argument(
        "-o",
        "--output",
        type=file_path,
        metavar="FILE",
        help=translate("Cli", "the backup file or folder (default: a new file in the backups folder)"),
    )
    backup.set_defaults(run=run_backup)
    restore = commands.add_parser(
        "restore",
        help=translate("Cli", "put a backup in place of the database (the current database is kept aside)"),
    )
    restore.add_argument("backup", type=file_path, metavar="FILE", help=translate("Cli", "the backup file to restore"))
    restore.add_argument(
        "--yes",
        action="store_true",
        help=translate(
            "Cli", "restore over a database that cannot be read (damaged) without asking; nobody can sign in to it"
        ),
    )
    restore.add_argument(
        "--wait",
        type=seconds,
        default=DEFAULT_WAIT_S,
        metavar="SECONDS",
        help=translate("Cli", "how long to wait while another program writes to the database (default: {s})").format(
            s=f"{DEFAULT_WAIT_S:g}"
        ),
    )
    restore.set_defaults(run=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    """0: the backup is written; 2: it could not be (nothing was changed)."""
    try:
        report = backup_file(database_file(args.db or default_database_target()), args.output)
    except CasebookError as error:
        return _error(error)
    print(
        translate("Cli", "Backup written to {path} ({size}, schema revision {revision}).").format(
            path=report.path, size=_size(report.size), revision=report.revision or "—"
        )
    )
    if report.replaced is not None:
        print(translate("Cli", "The file that was there before is kept as {path}.").format(path=report.replaced))
    return 0


def seconds(text: str) -> float:
    """A waiting time for the parser: 0 to 600 seconds."""
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0 <= value <= MAX_WAIT_S:
        raise argparse.ArgumentTypeError(
            translate("Cli", "a number of seconds from 0 to {most}, not “{text}”").format(most=MAX_WAIT_S, text=text)
        )
    return value


def run_restore(args: argparse.Namespace) -> int:
    """0: the backup is in place; 2: the file was refused, or not confirmed, and nothing was changed."""
    try:
        database = database_file(args.db or default_database_target())
        if getattr(args, DAMAGED, False) and not args.yes:
            _confirm_over_damaged(database)
        report = restore_backup(database, args.backup, wait=args.wait)
    except CasebookError as error:
        return _error(error)
    print(
        translate("Cli", "Restored {backup} into {database}.").format(
            backup=report.restored_from, database=report.database
        )
    )
    if report.upgraded:
        print(
            translate("Cli", "The backup was at schema revision {before}; it has been upgraded to {after}.").format(
                before=report.backup_revision, after=report.revision
            )
        )
    if report.set_aside is not None:
        print(
            translate("Cli", "The database as it was before the restore is kept in {path}.").format(
                path=report.set_aside
            )
        )
    return 0


def _confirm_over_damaged(database: Path) -> None:
    """Nobody can sign in to a database SQLite cannot read: the computer's user confirms instead."""
    question = translate(
        "Cli",
        "The database {path} cannot be read (it is damaged), so nobody can sign in to it. Its bytes will be kept "
        "aside and the backup put in its place. Type yes to go on: ",
    ).format(path=database)
    if sys.stdin is None or not sys.stdin.isatty():
        raise CommandLineError(
            noop(
                "Cli",
                "The database {path} cannot be read (it is damaged). To restore a backup over it, run restore "
                "again in a terminal to confirm, or add --yes. Nothing was changed.",
            ),
            path=str(database),
        )
    sys.stderr.write(question)
    sys.stderr.flush()
    if sys.stdin.readline().strip().lower() not in ("yes", "y", "是"):
        raise CommandLineError(noop("Cli", "Not confirmed; nothing was changed."))


def _error(error: CasebookError) -> int:
    print(translate("Cli", "Error: {message}").format(message=error.message), file=sys.stderr)
    return 2


def _size(size: int) -> str:
    return f"{size / MiB:.1f} MB" if size >= MiB // 10 else f"{max(1, round(size / 1024))} KB"
