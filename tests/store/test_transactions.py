"""Nested writes are savepoints of one transaction; a rehearsal leaves nothing behind."""

from __future__ import annotations

from datetime import date

import pytest

from casebook.domain.errors import RuleViolation
from casebook.domain.roles import Permission
from casebook.services.steps.cases import find_case, register_case
from casebook.store.database import Database
from tests.conftest import Seeds, courier_draft
from tests.snapshot import table_contents


def test_a_failed_inner_step_rolls_back_only_itself(db: Database, seeds: Seeds) -> None:
    with db.write(Permission.EDIT_CASES):
        register_case(db, courier_draft(seeds, number="1"))
        with pytest.raises(RuleViolation):
            register_case(db, courier_draft(seeds, number="1"))  # duplicate: refused, savepoint rolled back
        register_case(db, courier_draft(seeds, number="2"))
        assert find_case(db, seeds.session_id, "2") is not None  # reads see the open transaction
    assert find_case(db, seeds.session_id, "1") is not None
    assert find_case(db, seeds.session_id, "2") is not None


def test_an_error_in_the_outer_block_loses_everything(db: Database, db_target: str, seeds: Seeds) -> None:
    before = table_contents(db_target)
    with pytest.raises(ZeroDivisionError), db.write(Permission.EDIT_CASES):
        register_case(db, courier_draft(seeds, number="1"))
        raise ZeroDivisionError
    assert table_contents(db_target) == before


def test_a_rehearsal_sees_its_changes_then_keeps_nothing(db: Database, db_target: str, seeds: Seeds) -> None:
    before = table_contents(db_target)
    with db.rehearsal(Permission.EDIT_CASES):
        case = register_case(db, courier_draft(seeds, number="1", submitted_on=date(2023, 1, 7)))
        assert find_case(db, seeds.session_id, "1") == case
    assert table_contents(db_target) == before
