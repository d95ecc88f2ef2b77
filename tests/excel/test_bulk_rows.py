"""The ids the bulk path counts on SQLite (casebook.services.ledger.bulk_writes.BulkRows): a row's id
is known as it is added, one more than the table's largest, and a row refused and taken out again
gives its id back, also when the step-by-step path registers a case (or adds a deputy) before the
next row."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from casebook.domain.enums import CaseKind, CaseState
from casebook.domain.roles import Permission
from casebook.services.admin.reference import add_deputy
from casebook.services.ledger.bulk_writes import BulkRows, Pending
from casebook.services.steps.cases import register_case
from casebook.store.database import Database
from casebook.store.models import Case, Deputy
from tests.conftest import Seeds, courier_draft


def _case_values(seeds: Seeds, number: str) -> dict[str, Any]:
    return {"session_id": seeds.session_id, "number": number, "kind": CaseKind.SUGGESTION, "title": "关于…的建议"}


def test_an_id_given_out_and_taken_back_is_read_again_after_a_case_registered_step_by_step(
    db: Database, seeds: Seeds, db_backend: str
) -> None:
    with db.write(Permission.EDIT_CASES) as session:
        rows = BulkRows(session)
        if db_backend == "postgresql":  # the ids come back from the INSERT: a Pending row until then
            added = rows.add("case_record", {**_case_values(seeds, "0901"), "state": CaseState.REGISTERED})
            assert added == Pending("case_record", 0)
            return
        largest = session.execute(select(func.max(Case.id))).scalar() or 0
        deputies = session.execute(select(func.max(Deputy.id))).scalar() or 0
        before = rows.mark()
        new_deputy = rows.deputy_id(session)  # a deputy the row names, new to the register
        rows.add("deputy", {"id": new_deputy, "name": "新代表"})
        assert new_deputy == deputies + 1
        assert rows.add("case_record", _case_values(seeds, "0901")) == largest + 1
        assert rows.add("case_record", _case_values(seeds, "0902")) == largest + 2
        rows.roll_back_to(before)  # the rules refused the row: it goes the step-by-step way
        rows.write(session)
        assert add_deputy(db, "新代表").id == deputies + 1
        registered = register_case(db, courier_draft(seeds, number="0903"))
        assert registered.id == largest + 1
        assert rows.deputy_id(session) == deputies + 2
        assert rows.add("case_record", _case_values(seeds, "0904")) == largest + 2
        assert type(rows.add("case_cosigner", {"case_id": largest + 2})) is Pending  # no id of its own
