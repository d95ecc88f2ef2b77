"""`casebook screenshot VIEW -o FILE.png [--lang zh_CN|en]` (for the README and for checking screens)."""

from __future__ import annotations

import argparse

from casebook.cli.arguments import file_path
from casebook.cli.session import CommandLineError, open_database, signed_in_password
from casebook.i18n import noop, translate

VIEWS = (
    "cases",
    "case",
    "history",
    "dashboard",
    "ranking",
    "supervision",
    "projects",
    "opinions",
    "deadlines",
    "follow-ups",
    "reference",
    "settings",
    "audit",
    "accounts",
    "sign-in",
    "guide",
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    shot = commands.add_parser("screenshot", help=translate("Cli", "save a picture of a view of the window"))
    shot.add_argument("view", choices=VIEWS)
    shot.add_argument("-o", "--output", type=file_path, required=True, metavar="FILE.png")
    # also after the view, as `casebook screenshot cases -o x.png --lang en` (the global option stays)
    shot.add_argument(
        "--lang", choices=("zh_CN", "en"), default=argparse.SUPPRESS, help=translate("Cli", "language of the window")
    )
    shot.set_defaults(run=run_screenshot)


def run_screenshot(args: argparse.Namespace) -> int:
    from casebook.ui.screenshot import take_screenshot

    if args.output.suffix.lower() != ".png":
        raise CommandLineError(noop("Cli", "the picture's name must end in .png: {path}"), path=str(args.output))
    if not args.output.resolve().parent.is_dir():
        raise CommandLineError(noop("Cli", "there is no folder {folder}"), folder=str(args.output.parent))

    credentials = None
    if args.view != "sign-in":  # the sign-in dialog's own picture is taken before anyone signs in
        db = open_database(args.db)  # on a database with accounts: signed in as the command's user
        password = signed_in_password()
        if db.actor is not None and password is not None:
            credentials = (db.actor.name, password)
        db.close()
    path = take_screenshot(args.db, args.view, args.output, args.lang or "zh_CN", credentials=credentials)
    print(translate("Cli", "Saved {path}").format(path=path))
    return 0
