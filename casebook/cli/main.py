"""The command line: `casebook [--db X] [--lang L] [COMMAND]`; with no command it opens the window."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import cast

from casebook import __version__, clock
from casebook.cli import accounts as cli_accounts
from casebook.cli import attachments as cli_attachments
from casebook.cli import audit as cli_audit
from casebook.cli import backup as cli_backup
from casebook.cli import case as cli_case
from casebook.cli import deadlines as cli_deadlines
from casebook.cli import decisions as cli_decisions
from casebook.cli import deliberations as cli_deliberations
from casebook.cli import demo as cli_demo
from casebook.cli import evaluations as cli_evaluations
from casebook.cli import export as cli_export
from casebook.cli import ledger_import as cli_import
from casebook.cli import letters as cli_letters
from casebook.cli import meetings as cli_meetings
from casebook.cli import ranking as cli_ranking
from casebook.cli import replies as cli_replies
from casebook.cli import screenshot as cli_screenshot
from casebook.cli import session as cli_session
from casebook.cli import settings as cli_settings
from casebook.cli import similar as cli_similar
from casebook.cli import stats as cli_stats
from casebook.cli import supervision as cli_supervision
from casebook.cli.arguments import CommandParser
from casebook.domain.errors import CasebookError
from casebook.i18n import translate
from casebook.paths import DATABASE_ENV, log_dir
from casebook.store.failures import storage_problem
from casebook.store.migrate import head_revision

Command = Callable[[argparse.Namespace], int]
EXIT_DEFECT = 70  # EX_SOFTWARE
LOG_FILE = "casebook.log"  # the window's log file too (casebook.ui.error_handling)


def build_parser() -> argparse.ArgumentParser:
    parser = CommandParser(
        prog="casebook",
        description=translate(
            "Cli", "Casebook: the register of deputies' motions and suggestions (代表议案建议办理台账)."
        ),
    )
    parser.add_argument("--version", action="version", version=f"casebook {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=translate("Cli", "database file or SQLAlchemy URL (default: {env} or the user data folder)").format(
            env=DATABASE_ENV
        ),
    )
    parser.add_argument("--lang", choices=("zh_CN", "en"), default=None, help=translate("Cli", "language of messages"))
    parser.add_argument(
        "--user",
        dest="sign_in_user",
        metavar="NAME",
        help=translate(
            "Cli",
            "on a database with accounts: the account to sign in with (default: {user_env}); the password is "
            "taken from {password_env} or asked for",
        ).format(user_env=cli_session.USER_ENV, password_env=cli_session.PASSWORD_ENV),
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help=translate("Cli", "show the full traceback of an unexpected error (for whoever looks after Casebook)"),
    )
    # every command's parser is a CommandParser too (argparse makes them of the parent's class)
    commands = cast(
        "argparse._SubParsersAction[argparse.ArgumentParser]", parser.add_subparsers(dest="command", metavar="COMMAND")
    )
    init = commands.add_parser("init", help=translate("Cli", "create or upgrade the database and show its revision"))
    init.set_defaults(run=run_init)
    cli_stats.add_parser(commands)
    cli_settings.add_parser(commands)
    cli_ranking.add_parser(commands)
    cli_demo.add_parser(commands)
    cli_import.add_parser(commands)
    cli_export.add_parser(commands)
    cli_screenshot.add_parser(commands)
    cli_backup.add_parser(commands)
    cli_deadlines.add_parser(commands)
    cli_similar.add_parser(commands)
    cli_audit.add_parser(commands)
    cli_accounts.add_parser(commands)
    cli_supervision.add_parser(commands)
    cli_case.add_parser(commands)
    cli_replies.add_parser(commands)
    cli_letters.add_parser(commands)
    cli_attachments.add_parser(commands)
    cli_evaluations.add_parser(commands)
    cli_decisions.add_parser(commands)
    cli_deliberations.add_parser(commands)
    cli_meetings.add_parser(commands)
    return parser


def run_init(args: argparse.Namespace) -> int:
    db = cli_session.open_database(args.db)
    try:
        report = db.migration
        revision = report.after if report is not None else head_revision()
        print(translate("Cli", "Database: {location}").format(location=db.location))
        if report is not None and report.before is None:
            print(translate("Cli", "Created at schema revision {revision} (the newest).").format(revision=revision))
        elif report is not None and report.before != report.after:
            print(
                translate("Cli", "Upgraded from schema revision {before} to {after} (the newest).").format(
                    before=report.before, after=report.after
                )
            )
        else:
            print(translate("Cli", "At schema revision {revision} (the newest).").format(revision=revision))
        if report is not None and report.backup is not None:
            print(translate("Cli", "Backup of the previous file: {path}").format(path=report.backup))
        return 0
    finally:
        db.close()


def run_window(args: argparse.Namespace) -> int:
    from casebook.ui.application import run

    return run(args.db, args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    language = _language_from(argv)
    _use_language(language)
    args = build_parser().parse_args(argv)
    run: Command | None = getattr(args, "run", None)
    if run is None:
        return run_window(args)
    try:
        with cli_session.signing_in(args):  # on a database with accounts, every command signs in
            return run(args)
    except CasebookError as error:
        print(translate("Cli", "Error: {message}").format(message=error.message), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(file=sys.stderr)
        return 130
    except BrokenPipeError:  # `casebook … | head -1`: the reader has gone; say nothing more
        _quiet_stdout()
        return 1
    except Exception as error:
        if args.debug:
            raise
        problem = storage_problem(error)
        if problem is not None:
            print(
                translate("Cli", "Error: {message}").format(message=f"{problem.what} {problem.advice}"), file=sys.stderr
            )
            return 1
        return _defect(error)


def _defect(error: BaseException) -> int:
    """A defect: one line for the clerk, the traceback in the log file; exit code 70."""
    path = log_dir() / LOG_FILE
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"{clock.now().isoformat()} ERROR casebook.cli.main: {error!r}\n")
            log.write("".join(traceback.format_exception(error)))
    print(
        translate(
            "Cli",
            "Error: Casebook met an unexpected error ({kind}). The details were written to {path}; "
            "run the command again with --debug to see them here.",
        ).format(kind=type(error).__name__, path=path),
        file=sys.stderr,
    )
    return EXIT_DEFECT


def _quiet_stdout() -> None:
    """Point stdout at the null device, so that Python's own flush at exit finds no broken pipe."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


def _language_from(argv: list[str]) -> str:
    """--lang is read before the parser is built so that --help is translated too."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return "zh_CN"


def _use_language(language: str) -> None:
    from casebook.catalogue import use_language  # our strings without loading Qt

    with contextlib.suppress(FileNotFoundError):  # an unknown language: stay with the English source texts
        use_language(language)
