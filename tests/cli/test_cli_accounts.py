"""Signing in on the command line and `casebook accounts` on real databases: the commands run in the
test's process, signing in at a terminal as a real process on a pseudo-terminal.

The password is given as the clerk's scripts give it (CASEBOOK_PASSWORD, CASEBOOK_NEW_PASSWORD) or
typed at a terminal (a pseudo-terminal here); it never appears in what the program prints or writes.
"""

from __future__ import annotations

import json
import os
import pty
import select
import signal
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import inspect

from casebook.domain.roles import Role
from casebook.services.admin import accounts
from casebook.store.database import Database
from tests.cli_runner import casebook as run_casebook
from tests.excel.ledger_files import write_ledger
from tests.snapshot import table_contents

ADMIN_PASSWORD = "admin-secret-1"
CLERK_PASSWORD = "clerk-secret-2"
VIEWER_PASSWORD = "viewer-secret-3"
SIGN_IN_VARIABLES = ("CASEBOOK_USER", "CASEBOOK_PASSWORD", "CASEBOOK_NEW_PASSWORD")


def environment(**variables: str | None) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in SIGN_IN_VARIABLES}
    env.update({key: value for key, value in variables.items() if value is not None})
    return env


def casebook(
    db_target: str,
    *args: str,
    user: str | None = None,
    password: str | None = None,
    new_password: str | None = None,
    lang: str = "en",
) -> subprocess.CompletedProcess[str]:
    """``casebook --db TARGET ARGS`` with no terminal (standard input empty: nothing can be asked)."""
    return run_casebook(
        "--lang",
        lang,
        "--db",
        str(db_target),
        *args,
        input="",
        env=environment(CASEBOOK_USER=user, CASEBOOK_PASSWORD=password, CASEBOOK_NEW_PASSWORD=new_password),
    )


def as_admin(db_target: str, *args: str, new_password: str | None = None) -> subprocess.CompletedProcess[str]:
    return casebook(db_target, *args, user="li", password=ADMIN_PASSWORD, new_password=new_password)


def office(db: Database) -> None:
    """Accounts made through the services: the admin li (signed in on ``db``), clerk wang, viewer zhao."""
    accounts.create_account(db, "li", Role.ADMIN, ADMIN_PASSWORD)
    accounts.sign_in(db, "li", ADMIN_PASSWORD)
    accounts.create_account(db, "wang", Role.CLERK, CLERK_PASSWORD)
    accounts.create_account(db, "zhao", Role.VIEWER, VIEWER_PASSWORD)


def accounts_json(db_target: str) -> dict[str, dict[str, object]]:
    result = as_admin(db_target, "accounts", "list", "--json")
    assert result.returncode == 0, result.stderr
    return {account["name"]: account for account in json.loads(result.stdout)}


def test_accounts_lifecycle(db_target: str) -> None:
    empty = casebook(db_target, "accounts", "list", user="clerk-liu")
    assert empty.returncode == 0, empty.stderr
    assert empty.stdout.startswith(
        "No accounts: everyone works on this database as its local administrator (clerk-liu)"
    )

    first_clerk = casebook(db_target, "accounts", "add", "wang", "--role", "clerk", new_password=CLERK_PASSWORD)
    assert first_clerk.returncode == 2
    assert first_clerk.stderr.startswith("Error: The first account must be an administrator's")
    short = casebook(db_target, "accounts", "add", "li", "--role", "admin", new_password="short")
    assert (short.returncode, short.stderr) == (2, "Error: A password has at least 8 characters.\n")
    no_password = casebook(db_target, "accounts", "add", "li", "--role", "admin")
    assert no_password.returncode == 2 and "CASEBOOK_NEW_PASSWORD" in no_password.stderr
    assert json.loads(casebook(db_target, "accounts", "list", "--json").stdout) == []

    admin = casebook(
        db_target, "accounts", "add", "li", "--role", "admin", "--full-name", "李明", new_password=ADMIN_PASSWORD
    )
    assert admin.returncode == 0, admin.stderr
    assert admin.stdout.splitlines()[0] == "Account li created (administrator)."
    assert "from now on everyone signs in" in admin.stdout

    # from now on nothing works without signing in, and nothing is asked without a terminal
    anonymous = casebook(db_target, "accounts", "list")
    assert anonymous.returncode == 2
    assert anonymous.stderr.count("\n") == 1 and "--user NAME (or CASEBOOK_USER)" in anonymous.stderr
    no_password = casebook(db_target, "stats", "--year", "2023", user="li")
    assert no_password.returncode == 2 and "CASEBOOK_PASSWORD" in no_password.stderr

    for name, role, password in (("wang", "clerk", CLERK_PASSWORD), ("zhao", "viewer", VIEWER_PASSWORD)):
        added = as_admin(db_target, "accounts", "add", name, "--role", role, new_password=password)
        assert added.returncode == 0, added.stderr
    listed = as_admin(db_target, "accounts", "list")
    assert listed.returncode == 0, listed.stderr
    rows = listed.stdout.splitlines()
    assert rows[0].split()[:4] == ["Account", "Full", "name", "Role"]
    assert [row.split()[0] for row in rows[2:]] == ["li", "wang", "zhao"]
    assert rows[2].split()[1:4] == ["李明", "administrator", "yes"]
    found = accounts_json(db_target)
    assert {name: account["role"] for name, account in found.items()} == {
        "li": "admin",
        "wang": "clerk",
        "zhao": "viewer",
    }
    assert found["wang"]["created_by"] == "li" and found["wang"]["last_sign_in"] is None

    # the global --user works as well as CASEBOOK_USER
    by_option = casebook(db_target, "--user", "wang", "stats", "--year", "2023", password=CLERK_PASSWORD)
    assert by_option.returncode == 0, by_option.stderr

    assert as_admin(db_target, "accounts", "role", "wang", "viewer").stdout == "wang is now viewer.\n"
    assert accounts_json(db_target)["wang"]["role"] == "viewer"
    assert as_admin(db_target, "accounts", "role", "wang", "clerk").returncode == 0

    disabled = as_admin(db_target, "accounts", "disable", "zhao")
    assert disabled.returncode == 0 and disabled.stdout.startswith("zhao is switched off")
    refused = casebook(db_target, "stats", "--year", "2023", user="zhao", password=VIEWER_PASSWORD)
    assert (refused.returncode, refused.stderr) == (
        2,
        "Error: Wrong user name or password, or the account is switched off.\n",
    )
    assert as_admin(db_target, "accounts", "enable", "zhao").returncode == 0
    assert casebook(db_target, "stats", "--year", "2023", user="zhao", password=VIEWER_PASSWORD).returncode == 0

    last_admin = as_admin(db_target, "accounts", "disable", "li")
    assert last_admin.returncode == 2 and "last active administrator" in last_admin.stderr
    assert accounts_json(db_target)["li"]["active"] is True

    clerk_manages = casebook(db_target, "accounts", "list", user="wang", password=CLERK_PASSWORD)
    assert (clerk_manages.returncode, clerk_manages.stderr) == (
        2,
        "Error: wang (clerk) may not manage accounts; ask an administrator.\n",
    )

    reset = as_admin(db_target, "accounts", "reset-password", "zhao", new_password="zhao-new-pass")
    assert (reset.returncode, reset.stdout) == (0, "The password of zhao has been changed.\n")
    assert casebook(db_target, "stats", "--year", "2023", user="zhao", password=VIEWER_PASSWORD).returncode == 2
    assert casebook(db_target, "stats", "--year", "2023", user="zhao", password="zhao-new-pass").returncode == 0

    own = casebook(
        db_target, "accounts", "password", user="wang", password=CLERK_PASSWORD, new_password="wang-new-pass"
    )
    assert (own.returncode, own.stdout) == (0, "Your password has been changed.\n"), own.stderr
    assert casebook(db_target, "stats", "--year", "2023", user="wang", password=CLERK_PASSWORD).returncode == 2
    assert casebook(db_target, "stats", "--year", "2023", user="wang", password="wang-new-pass").returncode == 0

    trail = json.loads(as_admin(db_target, "audit", "--json").stdout)
    steps = [entry["action"] for entry in reversed(trail) if entry["action"] not in ("sign_in", "sign_in_failed")]
    assert steps == [
        "add_account",
        "add_account",
        "add_account",
        "change_account",
        "change_account",
        "disable_account",
        "enable_account",
        "reset_password_account",
        "change_password_account",
    ]
    everything = json.dumps(table_contents(db_target), default=str, ensure_ascii=False) + json.dumps(trail)
    for secret in (ADMIN_PASSWORD, CLERK_PASSWORD, VIEWER_PASSWORD, "zhao-new-pass", "wang-new-pass"):
        assert secret not in everything


def test_a_wrong_password_is_refused_and_changes_nothing(db: Database, db_target: str) -> None:
    office(db)
    before = table_contents(db_target)
    result = casebook(
        db_target,
        "accounts",
        "add",
        "qian",
        "--role",
        "clerk",
        user="li",
        password="not-the-password",
        new_password="qian-password",
    )
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == "Error: Wrong user name or password, or the account is switched off.\n"
    assert "not-the-password" not in result.stderr
    after = table_contents(db_target)
    assert after["account"] == before["account"]  # no qian, and no sign-in time for li
    assert _without(after, "event") == _without(before, "event")
    new_events = after["event"][len(before["event"]) :]
    assert len(new_events) == 1 and "sign_in_failed" in new_events[0] and "li" in new_events[0]
    assert "not-the-password" not in str(after["event"])

    unknown = casebook(db_target, "accounts", "list", user="nobody", password=ADMIN_PASSWORD)
    assert unknown.returncode == 2 and unknown.stderr == result.stderr  # the same answer for an unknown name


def test_a_viewer_and_a_clerk_may_not_write(db: Database, db_target: str, tmp_path: Path) -> None:
    office(db)
    ledger = write_ledger(
        tmp_path / "台账.xlsx",
        [
            ["届次会议", "编号", "标题", "领衔代表", "提出日期"],
            ["市九届人大二次会议", "0101", "关于加强停车管理的建议", "魏敏", date(2023, 1, 7)],
        ],
    )
    before = table_contents(db_target)
    refusals = {
        ("zhao", "demo"): "Error: zhao (viewer) may not change reference data; ask an administrator.\n",
        (
            "zhao",
            "import",
            str(ledger),
        ): "Error: zhao (viewer) may not register and handle cases; ask an administrator.\n",
        ("zhao", "import", str(ledger), "--dry-run"): (
            "Error: zhao (viewer) may not register and handle cases; ask an administrator.\n"
        ),
        ("zhao", "holidays", "--set", "2024-10-08", "--working"): (
            "Error: zhao (viewer) may not change reference data; ask an administrator.\n"
        ),
        ("wang", "demo"): "Error: wang (clerk) may not change reference data; ask an administrator.\n",
        (
            "wang",
            "accounts",
            "role",
            "wang",
            "admin",
        ): "Error: wang (clerk) may not manage accounts; ask an administrator.\n",
    }
    passwords = {"zhao": VIEWER_PASSWORD, "wang": CLERK_PASSWORD}
    for (user, *command), message in refusals.items():
        result = casebook(db_target, *command, user=user, password=passwords[user])
        assert (result.returncode, result.stderr) == (2, message), command
    after = table_contents(db_target)
    trail = ("event", "event_chain_head", "account")  # the sign-ins' events and the chain's newest link
    assert _without(after, *trail) == _without(before, *trail)
    columns = [column["name"] for column in inspect(db.engine).get_columns("account")]
    no_sign_in = [columns.index("last_sign_in")]
    assert [_no_sign_in(row, *no_sign_in) for row in after["account"]] == [
        _no_sign_in(row, *no_sign_in) for row in before["account"]
    ]
    new_events = after["event"][len(before["event"]) :]
    assert len(new_events) == len(refusals)
    assert all("sign_in" in row and "sign_in_failed" not in row for row in new_events)

    # what only looks works for every role
    for user in ("zhao", "wang"):
        for command in (("stats", "--year", "2023"), ("overdue",), ("audit", "--limit", "3"), ("holidays",)):
            looked = casebook(db_target, *command, user=user, password=passwords[user])
            assert looked.returncode == 0, (user, command, looked.stderr)
    assert casebook(db_target, "import", str(ledger), user="wang", password=CLERK_PASSWORD).returncode == 0


def test_restore_needs_an_administrator(db: Database, db_target: str, tmp_path: Path) -> None:
    if "://" in db_target:
        return  # a server database is not restored from a file
    office(db)
    backup = as_admin(db_target, "backup", "-o", str(tmp_path / "copy.sqlite"))
    assert backup.returncode == 0, backup.stderr
    viewer_backup = casebook(db_target, "backup", "-o", str(tmp_path / "other.sqlite"))
    assert viewer_backup.returncode == 2 and "--user NAME" in viewer_backup.stderr
    before = table_contents(db_target)
    restore = casebook(db_target, "restore", str(tmp_path / "copy.sqlite"), user="wang", password=CLERK_PASSWORD)
    assert (restore.returncode, restore.stderr) == (
        2,
        "Error: wang (clerk) may not manage accounts; ask an administrator.\n",
    )
    trail = ("event", "event_chain_head", "account")  # the sign-in's event and the chain's newest link
    assert _without(table_contents(db_target), *trail) == _without(before, *trail)


def test_signing_in_at_a_terminal(db: Database, db_target: str) -> None:
    """Without CASEBOOK_USER and CASEBOOK_PASSWORD a terminal asks for both; the password is not echoed."""
    office(db)
    transcript, status = _in_terminal(db_target, ["accounts", "list"], ["li", ADMIN_PASSWORD])
    assert status == 0, transcript
    assert "User name: li" in transcript and "Password for li: " in transcript
    assert "administrator" in transcript.split("Password for li: ", 1)[1]
    assert ADMIN_PASSWORD not in transcript

    transcript, status = _in_terminal(
        db_target, ["accounts", "reset-password", "zhao"], ["li", ADMIN_PASSWORD, "zhao-pass-1", "zhao-pass-2"]
    )
    assert status == 2 and "The two passwords are not the same; nothing was changed." in transcript
    transcript, status = _in_terminal(
        db_target, ["accounts", "reset-password", "zhao"], ["li", ADMIN_PASSWORD, "zhao-pass-1", "zhao-pass-1"]
    )
    assert status == 0 and "The password of zhao has been changed." in transcript
    assert "zhao-pass-1" not in transcript
    assert casebook(db_target, "audit", "--limit", "1", user="zhao", password="zhao-pass-1").returncode == 0


def _in_terminal(db_target: str, args: list[str], answers: list[str]) -> tuple[str, int]:
    """Run casebook on a pseudo-terminal, typing each answer when asked; the transcript and exit status."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: the terminal is its stdin, stdout and controlling terminal
        os.execve(
            sys.executable,
            [sys.executable, "-m", "casebook", "--lang", "en", "--db", db_target, *args],
            environment(),
        )
    transcript = b""
    pending = list(answers)
    try:
        while True:
            if not select.select([fd], [], [], 60)[0]:  # stuck: end the child, the test fails below
                os.kill(pid, signal.SIGKILL)
                break
            try:
                chunk = os.read(fd, 1024)
            except OSError:  # the child has ended and closed the terminal
                break
            if not chunk:
                break
            transcript += chunk
            if pending and transcript.endswith(b": "):  # a prompt waiting for its answer
                os.write(fd, pending.pop(0).encode() + b"\n")
    finally:
        os.close(fd)
        _, status = os.waitpid(pid, 0)
    return transcript.decode("utf-8", "replace").replace("\r\n", "\n"), os.waitstatus_to_exitcode(status)


def _without(contents: dict[str, list[tuple[object, ...]]], *tables: str) -> dict[str, list[tuple[object, ...]]]:
    return {table: rows for table, rows in contents.items() if table not in tables}


def _no_sign_in(row: tuple[object, ...], column: int) -> tuple[object, ...]:
    """An account row without its last sign-in time."""
    return row[:column] + row[column + 1 :]
