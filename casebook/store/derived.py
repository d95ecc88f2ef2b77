"""Derived rows (statistics facts, full-text index) are rebuilt once per changed case per transaction.

A service that changes a case marks it; the outermost write transaction rebuilds the marked cases'
derived rows just before it commits, in the same transaction. An import of a thousand rows, each
a savepoint with several steps, so rebuilds each case once instead of once per step.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from casebook.store.case_facts import refresh_case_facts
from casebook.store.case_text import refresh_case_text
from casebook.store.list_keys import refresh_cases

CHANGED = "casebook_changed_cases"


def mark_case_changed(session: Session, case_id: int) -> None:
    session.info.setdefault(CHANGED, set()).add(case_id)


def rebuild_changed(session: Session) -> None:
    """Rebuild the derived rows of every case marked in this transaction (call before commit)."""
    changed: set[int] = session.info.pop(CHANGED, set())
    if changed:
        refresh_case_facts(session, changed)
        refresh_case_text(session, changed)
        refresh_cases(session.connection(), changed)
