from __future__ import annotations

from datetime import date

from casebook.domain.enums import AssignmentRole, CaseState, ContactMethod
from casebook.services.queries.case_listing import CaseFilter, count_cases, iter_case_rows
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.closing import record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.services.case_builder import build_case


def test_rows_carry_every_ledger_field(db: Database, seeds: Seeds) -> None:
    one = build_case(db, seeds, "12", assigned_on=date(2023, 2, 1), is_key=True, category_id=seeds.category)
    helper = assign_case(db, one.case_id, seeds.units["市交通运输局"], AssignmentRole.ASSISTING, date(2023, 2, 2))
    record_reply(db, helper.id, ReplyDraft(date(2023, 2, 20), opinion="同意"))
    record_reply(db, one.assignment_id or 0, ReplyDraft(date(2023, 4, 1), "B", ContactMethod.FACE_TO_FACE))
    record_rating(db, one.case_id, RatingDraft(seeds.wei_min, date(2023, 4, 10), "satisfied"))
    record_follow_up(db, one.case_id, date(2023, 9, 1), "A")
    build_case(db, seeds, "2")
    build_case(db, seeds, "3", submitted_on=date(2022, 1, 7))
    rows = list(iter_case_rows(db, CaseFilter(year=2023)))
    assert [r.number for r in rows] == ["2", "12"]  # register order: by number, numerically
    row = rows[1]
    assert row.session == "市九届人大二次会议"
    assert row.lead_deputy == "魏敏" and row.cosigners == ["张伟", "李娜", "王芳"]
    assert row.category == "城乡建设" and row.is_key and row.supervising_leader == "周副主任"
    assert row.lead_units == ["市邮政管理局"] and row.assisting_units == ["市交通运输局"]
    assert (row.assigned_on, row.due_on, row.replied_on) == (date(2023, 2, 1), date(2023, 5, 1), date(2023, 4, 1))
    assert row.result_code == "A"  # the follow-up's result is the latest
    assert (row.rating, row.rated_on, row.state) == ("satisfied", date(2023, 4, 10), CaseState.RATED)
    assert count_cases(db, CaseFilter(year=2023)) == 2
    assert count_cases(db, CaseFilter(lead_unit_id=seeds.units["市邮政管理局"])) == 1
