"""Keep the objects an import works with in memory while it needs them.

SQLAlchemy's session forgets an object as soon as nothing else refers to it, so each workflow
service the import calls loaded the case, its session and its units again (about 40 % of an
import's statements). For the length of the import this keeps the reference data it loads (a few
hundred rows at most), and for the length of one ledger row the case's own rows; then it lets them
go, so the memory an import needs does not grow with the number of rows.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

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
