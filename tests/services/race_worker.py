"""One side of a race, run as its own process by tests/services/test_races.py.

    python tests/services/race_worker.py demote DB ME PASSWORD OTHER   # signed in as ME, demote OTHER
    python tests/services/race_worker.py reference DB RUN              # what an import creates: 40 deputies,
                                                                       # a session, units (ReferenceBook)

Each opens the database, prints "ready", waits for a line on stdin (the start signal, given to both
sides at once), does its part in one transaction, and prints what happened: "done" or the message.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script from a checkout

from casebook.domain.errors import CasebookError
from casebook.domain.roles import Permission, Role
from casebook.services.admin import accounts
from casebook.services.ledger.reference import ReferenceBook
from casebook.store.backup import NO_BACKUPS
from casebook.store.database import open_database

NAMES = [f"代表{n:02d}" for n in range(40)]


def main() -> int:
    what, target, *rest = sys.argv[1:]
    db = open_database(target, user="importer", backups=NO_BACKUPS)
    if what == "demote":
        accounts.sign_in(db, rest[0], rest[1])
    print("ready", flush=True)
    sys.stdin.readline()
    try:
        if what == "demote":
            accounts.set_role(db, rest[2], Role.CLERK)
        else:
            with db.write(Permission.EDIT_CASES):
                book = ReferenceBook(db)
                book.session("2023年闭会期间", 2023)
                for name in NAMES:
                    book.deputy(name, None)
                    book.unit(f"单位{name[-2:]}")
        print("done", flush=True)
    except CasebookError as error:
        print(error.message, flush=True)
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
