"""并案: joined cases are assigned together, each answered, rated and counted on its own."""

from __future__ import annotations

from datetime import date

import pytest

from casebook.domain.enums import AssignmentRole, CaseState
from casebook.domain.errors import RuleViolation
from casebook.services.queries.case_views import case_detail
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.cases import register_case, withdraw_case
from casebook.services.steps.joint_handling import assign_jointly, joined_case_ids
from casebook.services.steps.ratings import RatingDraft, record_rating
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.services.steps.supervision import link_cases
from casebook.store.database import Database
from tests.conftest import Seeds, courier_draft
from tests.snapshot import table_contents


def three_joined(db: Database, seeds: Seeds) -> list[int]:
    ids = [
        register_case(db, courier_draft(seeds, number=n, title=f"关于缓解停车难的建议（{n}）")).id
        for n in ("31", "32", "33")
    ]
    link_cases(db, ids[0], ids[1], date(2023, 1, 10))
    link_cases(db, ids[1], ids[2], date(2023, 1, 10))  # 31–32–33: one group through 32
    return ids


def test_a_group_is_assigned_together_and_answered_case_by_case(db: Database, seeds: Seeds) -> None:
    ids = three_joined(db, seeds)
    assert joined_case_ids(db, ids[2]) == ids[:2]
    unit = seeds.units["市交通运输局"]
    made = assign_jointly(db, ids[0], unit, AssignmentRole.LEAD, date(2023, 1, 20))
    assert [m.case_id for m in made] == ids
    assert {m.assignment.unit for m in made} == {"市交通运输局"}
    assert {m.assignment.due_on for m in made} == {date(2023, 4, 20)}
    # each case is answered and rated on its own
    record_reply(db, made[0].assignment.id, ReplyDraft(date(2023, 3, 1), "A"))
    record_reply(db, made[1].assignment.id, ReplyDraft(date(2023, 3, 1), "C"))
    record_rating(db, ids[0], RatingDraft(seeds.wei_min, date(2023, 3, 5), "satisfied"))
    figures = compute_statistics(db, 2023, as_of=date(2023, 6, 30)).figures
    assert (figures.total, figures.resolved) == (3, 1)  # every joined case counts, with its own result


def test_a_group_member_that_cannot_be_assigned_stops_the_whole_group(
    db: Database, db_target: str, seeds: Seeds
) -> None:
    ids = three_joined(db, seeds)
    withdraw_case(db, ids[2], date(2023, 1, 15), "代表撤回")
    before = table_contents(db_target)
    with pytest.raises(RuleViolation):
        assign_jointly(db, ids[0], seeds.units["市交通运输局"], AssignmentRole.LEAD, date(2023, 1, 20))
    assert table_contents(db_target) == before


def test_an_unjoined_case_is_assigned_alone(db: Database, seeds: Seeds) -> None:
    alone = register_case(db, courier_draft(seeds, number="40")).id
    made = assign_jointly(db, alone, seeds.units["市交通运输局"], AssignmentRole.LEAD, date(2023, 1, 20))
    assert [m.case_id for m in made] == [alone]
    assert case_detail(db, alone).summary.state is CaseState.ASSIGNED
