"""A second program holding a database, for the restore and backup tests (run as its own process).

    python tests/store/holder_worker.py import DB COUNT SECONDS [USER PASSWORD]
                                  # one long import: COUNT cases in one write transaction, committed
                                  # after SECONDS (signed in as USER on a database with accounts);
                                  # SECONDS "release": when a line comes on its standard input
    python tests/store/holder_worker.py lock FILE SECONDS         # an exclusive lock on the whole file, as
                                                                  # Windows holds a file another program has open
    python tests/store/holder_worker.py open DB SECONDS           # the database open with frames in its -wal

Each prints "holding" (flushed) once it holds what it holds, and "done" when it let go.
"""

from __future__ import annotations

import fcntl
import sqlite3
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from a checkout

from casebook.domain.enums import CaseKind
from casebook.domain.roles import Permission
from casebook.services.admin.accounts import sign_in
from casebook.services.steps.cases import CaseDraft, register_case
from casebook.store.backup import NO_BACKUPS
from casebook.store.database import open_database


def say(word: str) -> None:
    sys.stdout.write(word + "\n")
    sys.stdout.flush()


def long_import(path: str, count: int, seconds: str, *account: str) -> None:
    db = open_database(path, user="importer", backups=NO_BACKUPS)
    if account:
        sign_in(db, *account)
    try:
        with db.write(Permission.EDIT_CASES):
            for i in range(count):
                draft = CaseDraft(1, f"导入{i:04d}", CaseKind.SUGGESTION, f"导入的建议{i}", date(2023, 1, 7))
                register_case(db, replace(draft, lead_deputy_id=1))
                if i == 0:
                    say("holding")
            if seconds == "release":
                sys.stdin.readline()
            else:
                time.sleep(float(seconds))
    finally:
        db.close()
    say("done")


def lock_file(path: str, seconds: float) -> None:
    with open(path, "r+b") as stream:
        fcntl.lockf(stream.fileno(), fcntl.LOCK_EX)
        say("holding")
        time.sleep(seconds)
    say("done")


def keep_open(path: str, seconds: float) -> None:
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("CREATE TABLE IF NOT EXISTS note (id INTEGER PRIMARY KEY, text TEXT)")
    connection.executemany("INSERT INTO note (text) VALUES (?)", [("在别的程序里写的",)] * 200)
    connection.commit()
    say("holding")
    time.sleep(seconds)
    connection.close()
    say("done")


if __name__ == "__main__":
    what, target, *rest = sys.argv[1:]
    if what == "import":
        long_import(target, int(rest[0]), rest[1], *rest[2:])
    elif what == "lock":
        lock_file(target, float(rest[0]))
    else:
        keep_open(target, float(rest[0]))
