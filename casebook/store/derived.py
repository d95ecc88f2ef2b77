"""Derived rows (statistics facts, full-text index) are rebuilt once per changed case per transaction.

A service that changes a case marks it; the outermost write transaction rebuilds the marked cases'
derived rows just before it commits, in the same transaction. An import of a thousand rows, each
a savepoint with several steps, so rebuilds each case once instead of once per step. A ledger's
bulk import writes the fact rows of the new cases it writes from the rows themselves
(:func:`casebook.store.case_facts.write_new_case_facts`) and marks them with
:func:`mark_facts_written`: their other derived rows are rebuilt as any case's, their facts only
when a service changes the case afterwards in the same transaction.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from casebook.store.case_facts import refresh_case_facts
from casebook.store.case_text import refresh_case_text
from casebook.store.list_keys import refresh_cases

CHANGED = "casebook_changed_cases"
FACTS_WRITTEN = "casebook_cases_with_facts_written"


def mark_case_changed(session: Session, case_id: int) -> None:
    session.info.setdefault(CHANGED, set()).add(case_id)
    written: set[int] | None = session.info.get(FACTS_WRITTEN)
    if written:
        written.discard(case_id)


def mark_facts_written(session: Session, case_ids: Iterable[int]) -> None:
    """New cases whose fact rows were written with them: changed, their facts up to date."""
    ids = set(case_ids)
    session.info.setdefault(CHANGED, set()).update(ids)
    session.info.setdefault(FACTS_WRITTEN, set()).update(ids)


def rebuild_changed(session: Session) -> None:
    """Rebuild the derived rows of every case marked in this transaction (call before commit)."""
    changed: set[int] = session.info.pop(CHANGED, set())
    written: set[int] = session.info.pop(FACTS_WRITTEN, set())
    if changed:
        refresh_case_facts(session, changed - written)
        refresh_case_text(session, changed)
        refresh_cases(session.connection(), changed)
