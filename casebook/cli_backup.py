"""`casebook backup [-o FILE]` and `casebook restore FILE`: copies of the database file, and putting
one back (see casebook.store.backup)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from casebook.domain.errors import CasebookError
from casebook.i18n import translate
from casebook.paths import default_database_target
from casebook.store.backup import backup_file, database_file, restore_backup

MiB = 1024 * 1024


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backup = commands.add_parser(
        "backup",
        help=translate("Cli", "copy the database to a backup file (safe while others are working in it)"),
    )
    backup.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help=translate("Cli", "the backup file or folder (default: a new file in the backups folder)"),
    )
    backup.set_defaults(run=run_backup)
    restore = commands.add_parser(
        "restore",
        help=translate("Cli", "put a backup in place of the database (the current database is kept aside)"),
    )
    restore.add_argument("backup", type=Path, metavar="FILE", help=translate("Cli", "the backup file to restore"))
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
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """0: the backup is in place; 2: the file was refused, and nothing was changed."""
    try:
        report = restore_backup(database_file(args.db or default_database_target()), args.backup)
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


def _error(error: CasebookError) -> int:
    print(translate("Cli", "Error: {message}").format(message=error.message), file=sys.stderr)
    return 2


def _size(size: int) -> str:
    return f"{size / MiB:.1f} MB" if size >= MiB // 10 else f"{max(1, round(size / 1024))} KB"
