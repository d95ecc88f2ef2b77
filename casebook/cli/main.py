"""The command line: `casebook [--db X] [--lang L] [COMMAND]`; with no command it opens the window."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
import traceback
from collections.abc import Callable, Sequence
from typing import NoReturn, cast

from casebook import clock
from casebook.cli.arguments import CommandParser
from casebook.cli.environment import PASSWORD_ENV, USER_ENV
from casebook.domain.errors import CasebookError
from casebook.i18n import translate
from casebook.paths import DATABASE_ENV, log_dir

# Every command by the word typed, and its module in casebook.cli (whose ``add_parser`` declares it and
# whose ``run`` functions it calls), in the order of `casebook --help`. A module is imported only when
# one of its commands is typed (or for --help, or a word that is no command): `casebook stats …` does
# not load the import, the export or the window, and `casebook` alone (the window) loads none. To add
# a command: one line here.
COMMANDS: dict[str, str] = {
    "stats": "stats",
    "settings": "settings",
    "ranking": "ranking",
    "demo": "demo",
    "import": "ledger_import",
    "export": "export",
    "screenshot": "screenshot",
    "backup": "backup",
    "restore": "backup",
    "overdue": "deadlines",
    "holidays": "deadlines",
    "similar": "similar",
    "audit": "audit",
    "accounts": "accounts",
    "supervision": "supervision",
    "case": "case",
    "import-replies": "replies",
    "letters": "letters",
    "attach": "attachments",
    "evaluation": "evaluations",
    "decision": "decisions",
    "deliberation": "deliberations",
    "meeting": "meetings",
    "projects": "projects",
    "opinions": "opinions",
    "stations": "stations",
}
INIT = "init"  # the one command of this module
OPTIONS_WITH_VALUE = ("--db", "--lang", "--user")  # the main parser's options that take a value

Command = Callable[[argparse.Namespace], int]
EXIT_DEFECT = 70  # EX_SOFTWARE
LOG_FILE = "casebook.log"  # the window's log file too (casebook.ui.error_handling)


class _Version(argparse.Action):
    """``--version``: argparse's, with the installed version looked up only when asked for (see
    casebook.__getattr__), not each time the parser is built (every start of the window)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, help=help)

    def __call__(self, parser: argparse.ArgumentParser, *_args: object) -> NoReturn:
        from casebook import __version__

        print(f"casebook {__version__}")
        parser.exit()


def build_parser(
    modules: Sequence[str] | None = None, kind: type[CommandParser] = CommandParser
) -> argparse.ArgumentParser:
    """The parser of every command; given ``modules`` (see :func:`modules_needed`), of their commands
    only (the other modules are not imported)."""
    parser = kind(
        prog="casebook",
        description=translate(
            "Cli", "Casebook: the register of deputies' motions and suggestions (代表议案建议办理台账)."
        ),
    )
    parser.add_argument(
        "--version", action=_Version, help=translate("Argparse", "show program's version number and exit")
    )
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
        ).format(user_env=USER_ENV, password_env=PASSWORD_ENV),
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
    init = commands.add_parser(INIT, help=translate("Cli", "create or upgrade the database and show its revision"))
    init.set_defaults(run=run_init)
    for module in dict.fromkeys(COMMANDS.values()) if modules is None else modules:
        importlib.import_module(f"casebook.cli.{module}").add_parser(commands)
    return parser


def run_init(args: argparse.Namespace) -> int:
    from casebook.cli.session import open_database
    from casebook.store.migrate import head_revision

    db = open_database(args.db)
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


def read_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """``argv`` read by the parser of the command typed (its module alone imported), in the clerk's
    language; for the window (no command), without our catalogue (see :func:`_window_arguments`)."""
    modules = modules_needed(argv)
    args = _window_arguments(argv) if modules == [] else None
    if args is None:  # a command, its help, or a mistake: told in the clerk's language
        _use_language(_language_from(list(argv)))
        args = build_parser(modules).parse_args(argv)
    return args


class _Mistake(Exception):
    pass


class _QuietParser(CommandParser):
    """Tells a mistake by raising it (see :func:`_window_arguments`)."""

    def error(self, message: str) -> NoReturn:
        raise _Mistake(message)


def _window_arguments(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of `casebook` without a command (the window), read before our catalogue is
    loaded (the window installs Qt's translators: reading the catalogue would only delay its first
    frame); None when ``argv`` names a command or has a mistake (then it is read again, and the
    mistake told, in the clerk's language)."""
    try:
        args, rest = build_parser([], _QuietParser).parse_known_args(argv)
    except (_Mistake, argparse.ArgumentError):
        return None
    return args if not rest and args.command is None else None


def run_window(args: argparse.Namespace) -> int:
    from casebook.ui.application import run

    return run(args.db, args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    args = read_arguments(list(sys.argv[1:] if argv is None else argv))
    run: Command | None = getattr(args, "run", None)
    if run is None:
        return run_window(args)
    from casebook.cli.session import signing_in
    from casebook.store.failures import storage_problem

    try:
        with signing_in(args):  # on a database with accounts, every command signs in
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


def modules_needed(argv: Sequence[str]) -> list[str] | None:
    """The command modules the parser of ``argv`` needs: the typed command's; none for the window
    (no command) or ``init``; None (every one) for --help alone or a word that is no command, so that
    argparse lists them all."""
    words = iter(argv)
    for word in words:
        if word in OPTIONS_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return _modules_of(word)
        elif word in ("-h", "--help", "--"):
            return None
    return []


def _modules_of(command: str) -> list[str] | None:
    if command == INIT:
        return []
    return [COMMANDS[command]] if command in COMMANDS else None


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
