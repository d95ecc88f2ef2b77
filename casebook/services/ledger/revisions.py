"""A re-import against what the clerk changed in the program since the last import.

Each import keeps, per case, the values it wrote from the ledger. On the next import a field whose
value in the program differs from that record was changed by a clerk; when the ledger would change
it again, the program's value is kept (and listed) unless the import is told to overwrite.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from casebook.domain.roles import Permission
from casebook.services.ledger.entries import FIELD_NAMES
from casebook.services.steps.cases import CaseDraft
from casebook.store.database import Database
from casebook.store.models import Category, Deputy, Leader, LedgerImportedCase, SpecialCommittee
from casebook.store.models import Delegation as DelegationRow

if TYPE_CHECKING:
    from casebook.services.ledger.report import ImportReport, KeptChange

_NAMED: dict[str, Any] = {
    "lead_deputy_id": Deputy,
    "cosigner_ids": Deputy,
    "delegation_id": DelegationRow,
    "category_id": Category,
    "supervising_committee_id": SpecialCommittee,
    "supervising_leader_id": Leader,
    "leading_leader_id": Leader,
}


def stored(value: object) -> object:
    """A draft value as JSON keeps it."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple):
        return [stored(v) for v in value]
    return value


class Revisions:
    def __init__(self, db: Database, overwrite: bool) -> None:
        self.db, self.overwrite = db, overwrite
        self._kept: list[KeptChange] = []
        self._overwritten: list[KeptChange] = []
        self._row_values: dict[int, dict[str, object]] = {}
        self._values: dict[int, dict[str, object]] = {}

    def reconcile(self, case_id: int, label: str, current: CaseDraft, found: dict[str, object]) -> dict[str, object]:
        """The fields to write: ``found`` (the ledger's), less the clerk's changes unless overwriting."""
        from casebook.services.ledger.report import KeptChange

        with self.db.read() as session:
            record = session.get(LedgerImportedCase, case_id)
            last: dict[str, object] = dict(record.values) if record is not None else {}
        if not last:
            return found
        taken = dict(found)
        for key, value in found.items():
            now = getattr(current, key)
            changed_by_clerk = key in last and last[key] != stored(now)
            if changed_by_clerk and stored(value) != stored(now):
                name = FIELD_NAMES.get(key.removesuffix("_id").removesuffix("_ids"), key)
                if key == "cosigner_ids":
                    name = FIELD_NAMES["cosigners"]
                change = KeptChange(label, name, self._text(key, now), self._text(key, value))
                if self.overwrite:
                    self._overwritten.append(change)
                else:
                    self._kept.append(change)
                    taken[key] = now
        return taken

    def imported(self, case_id: int, found: dict[str, object]) -> None:
        """Remember what this import wrote from the ledger for the case (written by :meth:`write`)."""
        self._row_values[case_id] = {key: stored(value) for key, value in found.items()}

    def keep_row(self, report: ImportReport) -> None:
        report.kept_changes += self._kept
        report.overwritten += self._overwritten
        self._values.update(self._row_values)
        self.forget_row()

    def forget_row(self) -> None:
        self._kept, self._overwritten, self._row_values = [], [], {}

    def write(self) -> None:
        """The values of the rows taken since the last write: a batch at a time, and the rest at the
        end of the import."""
        if not self._values:
            return
        with self.db.write(Permission.EDIT_CASES) as session:
            ids = list(self._values)
            known: dict[int, LedgerImportedCase] = {}
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                known |= {
                    r.case_id: r
                    for r in session.scalars(select(LedgerImportedCase).where(LedgerImportedCase.case_id.in_(chunk)))
                }
            for case_id, values in self._values.items():
                record = known.get(case_id)
                if record is None:
                    session.add(LedgerImportedCase(case_id=case_id, values=values))
                else:
                    record.values = {**record.values, **values}
        self._values.clear()

    def _text(self, key: str, value: object) -> str:
        model = _NAMED.get(key)
        if model is None or value is None:
            return "" if value is None else str(stored(value))
        ids = list(value) if isinstance(value, tuple) else [value]
        with self.db.read() as session:
            found = session.execute(select(model.id, model.name).where(model.id.in_(ids)))
            names: dict[object, object] = {row_id: name for row_id, name in found}
        return "、".join(str(names.get(i, i)) for i in ids)
