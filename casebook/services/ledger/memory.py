"""What an import keeps in memory: what it needs while it needs it, and nothing that grows with the file.

- :class:`ObjectPins`: SQLAlchemy's session forgets an object as soon as nothing else refers to it,
  so each workflow service the import calls loaded the case, its session and its units again (a
  quarter of an import's statements). For the length of the import this keeps the reference data
  it loads (a few hundred rows at most), and for the length of one ledger row the case's own rows.
- :func:`settle`: the transaction's audit trail (each event's field-by-field changes), the links of
  the events' hash chain and the cases' fact rows are otherwise all kept until the commit. Every
  :data:`BATCH` rows they are written for the rows taken so far, with the same functions the commit
  calls, inside the import's one transaction. The content is the same: a row's changes all happen
  while the row is taken, the chain links the events in id order either way, and a case's fact rows
  are rebuilt from its history either way. (One exception: a 并案 with a case further down the
  file is done at the end, and its changes are then on the 并案's event, or on one of their own,
  not on the case's first event of the import.) The chain's links only on SQLite, whose write lock
  the import holds anyway: on PostgreSQL linking takes the chain's lock until the commit, and every
  other clerk's save would wait for the whole import (or two imports could wait for each other).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from casebook.store import audit_chain, audit_trail
from casebook.store.derived import rebuild_changed
from casebook.store.models import (
    Category,
    CongressSession,
    Delegation,
    Deputy,
    HandlingUnit,
    Leader,
    OfficeSetting,
    SpecialCommittee,
)

_REFERENCE = (Category, CongressSession, Delegation, Deputy, HandlingUnit, Leader, OfficeSetting, SpecialCommittee)


class ObjectPins:
    """Strong references to the objects ``session`` loads or adds, until :meth:`end_row`."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.reference: dict[int, object] = {}
        self.row: list[object] = []

    def __enter__(self) -> ObjectPins:
        event.listen(self.session, "loaded_as_persistent", self._pin)
        event.listen(self.session, "pending_to_persistent", self._pin)
        return self

    def __exit__(self, *_: Any) -> None:
        event.remove(self.session, "loaded_as_persistent", self._pin)
        event.remove(self.session, "pending_to_persistent", self._pin)
        self.end_row()
        self.reference.clear()

    def _pin(self, _session: Session, instance: object) -> None:
        if isinstance(instance, _REFERENCE):
            self.reference[id(instance)] = instance
        else:
            self.row.append(instance)

    def end_row(self) -> None:
        """The row is taken or refused: its objects may go."""
        self.row.clear()


BATCH = 500  # rows between two settlements
# The cyclic garbage collector while an import runs: an import makes a few dozen short-lived dicts
# and tuples a row (none in a cycle), and with the usual threshold (700 new objects) the collector
# ran every few rows and walked the ledger's rows each time (a sixth of the import's time).
IMPORT_GC_THRESHOLD = 50_000
_collector = threading.Lock()
_importing = 0


@contextmanager
def rare_collections() -> Iterator[None]:
    """For the length of the import, the objects made before it (the ledger's rows) are left out
    of the collector's walks (:func:`gc.freeze`) and it runs after 50,000 new objects rather than
    700; cycles are still collected. Put back when the last import running in the process ends."""
    global _importing
    with _collector:
        if _importing == 0:
            _collector_before[:] = gc.get_threshold()
            gc.freeze()
            gc.set_threshold(IMPORT_GC_THRESHOLD, *_collector_before[1:])
        _importing += 1
    try:
        yield
    finally:
        with _collector:
            _importing -= 1
            if _importing == 0:
                gc.set_threshold(*_collector_before)
                gc.unfreeze()


_collector_before: list[int] = [700, 10, 10]
IMPORT_CACHE_KIB = 8_192  # SQLite's page cache while an import writes (the connection's own is 64 MiB)


@contextmanager
def small_page_cache(session: Session) -> Iterator[None]:
    """On SQLite, a smaller page cache for the length of the import: the bulk path's batches
    otherwise fill the connection's whole cache with the transaction's pages (+100 MB for 10,000
    rows, +40 MB with this one, at the same speed). The connection's own size is put back after."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or 0)}")


def settle(session: Session, user: str) -> None:
    """Write the trail, the chain's links and the fact rows of everything done so far (between two
    rows: no row's savepoint is open)."""
    audit_trail.write_trail(session, user)
    rebuild_changed(session)
    if session.connection().dialect.name == "sqlite":
        audit_chain.seal(session)
