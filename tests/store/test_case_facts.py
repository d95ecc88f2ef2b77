"""The fact timelines kept step by step by the services equal a rebuild from the histories."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from casebook.domain.enums import AssignmentRole, ContactMethod
from casebook.services.steps.assignments import assign_case, change_unit
from casebook.services.steps.cases import edit_case, get_case
from casebook.services.steps.closing import close_case, record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.case_facts import rebuild_all_facts
from casebook.store.database import Database
from casebook.store.models import CaseFactRow, UnitFactRow
from tests.conftest import Seeds, courier_draft
from tests.services.case_builder import build_case


def fact_rows(db: Database) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    with db.read() as session:
        cases = [
            tuple(r)
            for r in session.execute(select(CaseFactRow.__table__).order_by(*CaseFactRow.__table__.primary_key))
        ]
        units = [
            tuple(r)
            for r in session.execute(select(UnitFactRow.__table__).order_by(*UnitFactRow.__table__.primary_key))
        ]
    return cases, units


def test_incremental_facts_equal_a_rebuild(db: Database, seeds: Seeds) -> None:
    one = build_case(
        db,
        seeds,
        "1",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 4, 1),
        result="B",
        contact=ContactMethod.FACE_TO_FACE,
        rated_on=date(2023, 4, 20),
        rating="unsatisfied",
    )
    second = rehandle_case(db, one.case_id, date(2023, 4, 25))
    record_reply(db, second[0].id, ReplyDraft(date(2023, 5, 20), "A"))
    record_rating(db, one.case_id, RatingDraft(seeds.wei_min, date(2023, 5, 30), "satisfied"))
    close_case(db, one.case_id, date(2023, 6, 1))
    record_follow_up(db, one.case_id, date(2024, 1, 10), "A")
    two = build_case(db, seeds, "2", assigned_on=date(2023, 2, 1))
    change_unit(db, two.assignment_id or 0, seeds.units["市市场监管局"], date(2023, 2, 3))
    assign_case(db, two.case_id, seeds.units["市交通运输局"], AssignmentRole.SEPARATE, date(2023, 2, 4))
    current = get_case(db, two.case_id)
    edit_case(
        db,
        two.case_id,
        current.version,
        courier_draft(seeds, number="2", title="建议2", is_key=False, category_id=None, supervising_leader_id=None),
    )
    kept = fact_rows(db)
    assert kept[0] and kept[1]
    with db.engine.begin() as connection:
        assert rebuild_all_facts(connection) == 2
    assert fact_rows(db) == kept
