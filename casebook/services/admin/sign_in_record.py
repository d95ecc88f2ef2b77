"""What signing in leaves behind, without making a read write: throttling and the sign-in events.

- **Throttling**: after :data:`FREE_TRIES` wrong passwords in a row for an account, each further try
  must wait (1, 2, 4 … seconds, doubling, at most :data:`LONGEST_WAIT_S`) after the last one; a try
  too soon is refused without looking at the password. Names no account has share one count (of the
  last quarter of an hour). The count is read from the audit trail's own sign-in events.
- **Recording**: a sign-in, a refused one and a throttled one (``sign_in_throttled``, which does not
  count as a wrong password) are events on the account, with the
  account's own name, never the text typed (a password typed into the name field stays unwritten).
  Each is written at once when the database takes it within a moment; on a database another program
  is writing to (a long import) it is written with the user's next change, and on a read-only one it
  is skipped: signing in never waits for, nor fails on, a write.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from casebook import clock
from casebook.store.database import Database
from casebook.store.engine import BUSY_TIMEOUT_MS
from casebook.store.failures import storage_problem
from casebook.store.models import Account, Event

FREE_TRIES = 5
LONGEST_WAIT_S = 30.0
UNKNOWN_NAMES_WINDOW = timedelta(minutes=15)
QUICK_WRITE_MS = 250
SIGN_IN_ACTIONS = ("sign_in", "sign_in_failed")


def wait_after(failures: int) -> float:
    """Seconds a try must wait after ``failures`` wrong passwords in a row: 0 for the first five,
    then 1, 2, 4 … up to 30."""
    if failures < FREE_TRIES:
        return 0.0
    return min(LONGEST_WAIT_S, 2.0 ** (failures - FREE_TRIES))


def seconds_to_wait(session: Session, account: Account | None) -> float:
    """How long this name must still wait before its next try (0: it may try now)."""
    query = select(Event.action, Event.recorded_at).where(
        Event.entity == Account.__tablename__, Event.action.in_(SIGN_IN_ACTIONS)
    )
    if account is None:
        since = clock.now() - UNKNOWN_NAMES_WINDOW
        query = query.where(Event.entity_id.is_(None), Event.recorded_at >= since)
    else:
        query = query.where(Event.entity_id == account.id)
    rows = session.execute(query.order_by(Event.id.desc()).limit(64)).all()
    failures = 0
    for row in rows:
        if row.action != "sign_in_failed":
            break
        failures += 1
    if not failures:
        return 0.0
    elapsed = float((clock.now() - rows[0].recorded_at).total_seconds())
    return max(0.0, wait_after(failures) - elapsed)


def record(db: Database, action: str, account: Account | None, *, signed_in: bool = False) -> None:
    """Write a sign-in event now if the database takes it at once, else with the next write."""
    account_id = account.id if account is not None else None
    name = account.name if account is not None else None

    def write(session: Session) -> None:
        session.add(
            Event(
                case_id=None,
                action=action,
                business_date=None,
                recorded_at=clock.now(),
                user=name or "?",
                details={"name": name} if name is not None else {},
                entity=Account.__tablename__,
                entity_id=account_id,
                changes=[],
            )
        )
        if signed_in and account_id is not None:
            stored = session.get(Account, account_id)
            if stored is not None:
                stored.last_sign_in = clock.now()

    if not _write_quickly(db, write):
        db.deferred.append(write)


def _write_quickly(db: Database, write: Callable[[Session], None]) -> bool:
    """``write`` in a transaction of its own that waits a moment at most for another writer;
    ``False`` when the database is busy or read-only (nothing written)."""
    sqlite = db.engine.dialect.name == "sqlite"
    with db.engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql(f"PRAGMA busy_timeout = {QUICK_WRITE_MS}")
            connection.commit()  # the session below begins (and commits) a transaction of its own
        try:
            with Session(bind=connection) as session, session.begin():
                if not sqlite:
                    session.connection().exec_driver_sql(f"SET LOCAL lock_timeout = '{QUICK_WRITE_MS}ms'")
                write(session)
            return True
        except OperationalError as error:
            problem = storage_problem(error)
            if problem is None or problem.kind not in ("locked", "read_only"):
                raise
            return False
        finally:
            if sqlite:
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
                connection.commit()
