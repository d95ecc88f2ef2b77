"""`casebook accounts ...`: the accounts of an office database (an administrator's work), and
`casebook accounts password` to change one's own password.

New passwords come from CASEBOOK_NEW_PASSWORD or are typed twice in the terminal, never shown.
"""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from typing import Any

from casebook.cli.session import NEW_PASSWORD_ENV, CommandLineError, new_password, open_database, signed_in_password
from casebook.cli.text_table import render_table
from casebook.domain.roles import Permission, Role
from casebook.i18n import noop, translate
from casebook.services.admin import accounts
from casebook.services.admin.accounts import AccountView

ROLES = tuple(role.value for role in Role)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    command = commands.add_parser(
        "accounts",
        help=translate("Cli", "the accounts of an office database: list, add, role, disable, enable, passwords"),
    )
    actions = command.add_subparsers(dest="accounts_action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help=translate("Cli", "list the accounts with their role and last sign-in"))
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON for other programs"))
    listing.set_defaults(run=run_list)

    add = actions.add_parser(
        "add",
        help=translate(
            "Cli", "create an account (the first one must be an administrator's); the password from {env} or asked"
        ).format(env=NEW_PASSWORD_ENV),
    )
    add.add_argument("name", metavar="NAME", help=translate("Cli", "the name typed to sign in, without spaces"))
    add.add_argument(
        "--role", required=True, choices=ROLES, help=translate("Cli", "admin, clerk or viewer (read and export only)")
    )
    add.add_argument("--full-name", default="", metavar="TEXT", help=translate("Cli", "the person's full name"))
    add.set_defaults(run=run_add)

    role = actions.add_parser("role", help=translate("Cli", "give an account another role"))
    role.add_argument("name", metavar="NAME")
    role.add_argument("role", metavar="ROLE", choices=ROLES, help=translate("Cli", "admin, clerk or viewer"))
    role.set_defaults(run=run_role)

    disable = actions.add_parser(
        "disable", help=translate("Cli", "switch an account off: it can no longer sign in, its history stays")
    )
    disable.add_argument("name", metavar="NAME")
    disable.set_defaults(run=run_disable)
    enable = actions.add_parser("enable", help=translate("Cli", "switch an account on again"))
    enable.add_argument("name", metavar="NAME")
    enable.set_defaults(run=run_enable)

    reset = actions.add_parser(
        "reset-password", help=translate("Cli", "set a new password for an account (e.g. a forgotten one)")
    )
    reset.add_argument("name", metavar="NAME")
    reset.set_defaults(run=run_reset_password)

    own = actions.add_parser("password", help=translate("Cli", "change your own password"))
    own.set_defaults(run=run_own_password)


def run_list(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        found = accounts.list_accounts(db)
        local = db.signed_in().name
    finally:
        db.close()
    if args.json:
        print(json.dumps([account_dict(account) for account in found], ensure_ascii=False, indent=2))
    elif not found:
        print(
            translate(
                "Cli",
                "No accounts: everyone works on this database as its local administrator ({name}), without "
                "signing in. The first account, an administrator's, is made with: casebook accounts add NAME "
                "--role admin",
            ).format(name=local)
        )
    else:
        print(render_accounts(found))
    return 0


def run_add(args: argparse.Namespace) -> int:
    role = Role(args.role)
    db = open_database(args.db)
    try:
        db.require(Permission.MANAGE_ACCOUNTS)  # before asking for a password
        first = not accounts.has_accounts(db)
        account = accounts.create_account(db, args.name, role, new_password(args.name.strip()), args.full_name)
    finally:
        db.close()
    print(translate("Cli", "Account {name} created ({role}).").format(name=account.name, role=account.role.label))
    if first:
        print(
            translate(
                "Cli",
                "This database has accounts now: from now on everyone signs in, in the window and on the "
                "command line (--user {name} and the password in CASEBOOK_PASSWORD, or typed when asked).",
            ).format(name=account.name)
        )
    return 0


def run_role(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        account = accounts.set_role(db, args.name, Role(args.role))
    finally:
        db.close()
    print(translate("Cli", "{name} is now {role}.").format(name=account.name, role=account.role.label))
    return 0


def run_disable(args: argparse.Namespace) -> int:
    return _set_active(args, active=False)


def run_enable(args: argparse.Namespace) -> int:
    return _set_active(args, active=True)


def _set_active(args: argparse.Namespace, *, active: bool) -> int:
    db = open_database(args.db)
    try:
        account = accounts.set_active(db, args.name, active)
    finally:
        db.close()
    if active:
        print(translate("Cli", "{name} is switched on and can sign in again.").format(name=account.name))
    else:
        print(
            translate("Cli", "{name} is switched off: the account can no longer sign in; its history stays.").format(
                name=account.name
            )
        )
    return 0


def run_reset_password(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        db.require(Permission.MANAGE_ACCOUNTS)  # before asking for a password
        accounts.reset_password(db, args.name, new_password(args.name.strip()))
    finally:
        db.close()
    print(translate("Cli", "The password of {name} has been changed.").format(name=args.name.strip()))
    return 0


def run_own_password(args: argparse.Namespace) -> int:
    db = open_database(args.db)
    try:
        actor = db.signed_in()
        current = signed_in_password()
        if actor.account_id is None or current is None:
            raise CommandLineError(
                noop("Cli", "This database has no accounts, so there is no password to change; nothing was changed.")
            )
        accounts.change_own_password(db, current, new_password(actor.name))
    finally:
        db.close()
    print(translate("Cli", "Your password has been changed."))
    return 0


def account_dict(account: AccountView) -> dict[str, Any]:
    return {
        "id": account.id,
        "name": account.name,
        "full_name": account.full_name,
        "role": account.role.value,
        "active": account.active,
        "created_at": _time(account.created_at),
        "created_by": account.created_by,
        "last_sign_in": _time(account.last_sign_in),
    }


def render_accounts(found: list[AccountView]) -> str:
    yes, no = translate("Cli", "yes"), translate("Cli", "no")
    return render_table(
        [
            translate("Cli", "Account"),
            translate("Cli", "Full name"),
            translate("Cli", "Role"),
            translate("Cli", "Active"),
            translate("Cli", "Last sign-in"),
            translate("Cli", "Created"),
        ],
        [
            [
                account.name,
                account.full_name,
                account.role.label,
                yes if account.active else no,
                _shown(account.last_sign_in),
                translate("Cli", "{time} by {user}").format(time=_shown(account.created_at), user=account.created_by),
            ]
            for account in found
        ],
        numeric_from=6,
    )


def _time(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None


def _shown(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M") if moment is not None else "—"
