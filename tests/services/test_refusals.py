"""Every step the rules forbid raises a RuleViolation naming the case and the rule; nothing is written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from casebook.domain.enums import AssignmentRole, CaseKind, ContactMethod
from casebook.domain.errors import CasebookError, NotFound, RuleViolation, StaleVersion
from casebook.domain.roles import Actor, Role
from casebook.services.admin.office import update_settings
from casebook.services.queries.case_views import AssignmentView, CaseSummary
from casebook.services.steps.assignments import acknowledge_assignment, assign_case, change_unit
from casebook.services.steps.cases import convert_to_suggestion, edit_case, register_case, withdraw_case
from casebook.services.steps.closing import close_case, record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.services.steps.supervision import link_cases
from casebook.store.database import Database
from tests.conftest import Seeds, courier_draft
from tests.snapshot import table_contents

LABEL = "市九届人大二次会议 No. 0012"


def refused(
    db_target: str, step: Callable[[], object], rule: str | None, error: type[CasebookError] = RuleViolation
) -> str:
    """Run ``step``; it must raise ``error`` (with ``rule``) and leave every table as it was."""
    before = table_contents(db_target)
    with pytest.raises(error) as caught:
        step()
    if rule is not None:
        assert isinstance(caught.value, RuleViolation)
        assert caught.value.rule == rule
    assert table_contents(db_target) == before
    return caught.value.message


@pytest.fixture
def lead(db: Database, seeds: Seeds, courier_case: CaseSummary) -> AssignmentView:
    return assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))


@pytest.fixture
def replied(db: Database, lead: AssignmentView) -> AssignmentView:
    record_reply(db, lead.id, ReplyDraft(date(2023, 4, 20), "A", ContactMethod.PHONE))
    return lead


def test_duplicate_number_in_a_session(db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary) -> None:
    message = refused(
        db_target, lambda: register_case(db, courier_draft(seeds, title="另一件建议")), "duplicate_number"
    )
    assert message == f"Case {LABEL}: this number is already used by another case of the same session"


def test_edit_onto_another_cases_number(db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary) -> None:
    other = register_case(db, courier_draft(seeds, number="0013"))
    refused(db_target, lambda: edit_case(db, other.id, other.version, courier_draft(seeds)), "duplicate_number")


@pytest.mark.parametrize(
    ("changes", "rule"),
    [
        ({"title": "   "}, "title_required"),
        ({"number": ""}, "number_required"),
        ({"lead_deputy_id": None}, "submitter_required"),
        ({"cosigner_ids": (1,)}, "deputy_twice"),  # 魏敏 (id 1) leads and co-signs
    ],
)
def test_register_needs_its_fields(
    db: Database, db_target: str, seeds: Seeds, changes: dict[str, object], rule: str
) -> None:
    refused(db_target, lambda: register_case(db, courier_draft(seeds, **changes)), rule)


def test_register_with_an_unknown_deputy(db: Database, db_target: str, seeds: Seeds) -> None:
    refused(db_target, lambda: register_case(db, courier_draft(seeds, cosigner_ids=(999,))), None, NotFound)


def test_reply_before_assignment(db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary) -> None:
    # An assignment of another case cannot be used to answer this one before it is assigned.
    other = register_case(db, courier_draft(seeds, number="0099"))
    foreign = assign_case(db, other.id, seeds.units["市交通运输局"], AssignmentRole.LEAD, date(2023, 2, 1))
    withdraw_case(db, other.id, date(2023, 2, 2))
    message = refused(
        db_target, lambda: record_reply(db, foreign.id, ReplyDraft(date(2023, 3, 1), "A")), "not_allowed_in_state"
    )
    assert "Withdrawn" in message


def test_reply_before_assignment_rule(db: Database, db_target: str, seeds: Seeds) -> None:
    from casebook.domain.enums import CaseState
    from casebook.domain.workflow import Action, check_allowed

    with pytest.raises(RuleViolation) as caught:
        check_allowed(Action.REPLY, CaseState.REGISTERED, LABEL)
    assert caught.value.rule == "reply_before_assignment"
    assert caught.value.message == (
        f"Case {LABEL}: a reply can only be recorded after the case has been assigned to a handling unit"
    )


def test_rating_before_any_reply(db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary) -> None:
    draft = RatingDraft(seeds.wei_min, date(2023, 3, 1), "satisfied")
    message = refused(db_target, lambda: record_rating(db, courier_case.id, draft), "rating_before_reply")
    assert LABEL in message


def test_rating_while_lead_unit_has_not_replied(
    db: Database, db_target: str, seeds: Seeds, lead: AssignmentView
) -> None:
    draft = RatingDraft(seeds.wei_min, date(2023, 3, 1), "satisfied")
    refused(db_target, lambda: record_rating(db, 1, draft), "rating_before_reply")


def test_rating_the_deputy_did_not_give(db: Database, db_target: str, seeds: Seeds, replied: AssignmentView) -> None:
    case_id = 1
    not_a_signer = RatingDraft(seeds.other_deputy, date(2023, 5, 1), "satisfied")
    message = refused(db_target, lambda: record_rating(db, case_id, not_a_signer), "rating_by_non_signer")
    assert "陈静" in message
    for level in ("", "很满意"):
        invented = RatingDraft(seeds.wei_min, date(2023, 5, 1), level)
        refused(db_target, lambda d=invented: record_rating(db, case_id, d), "rating_not_given")
    bad_part = RatingDraft(seeds.wei_min, date(2023, 5, 1), "satisfied", handling_level="good")
    refused(db_target, lambda: record_rating(db, case_id, bad_part), "rating_not_given")


def test_second_rating_by_the_same_deputy_in_a_round(
    db: Database, db_target: str, seeds: Seeds, replied: AssignmentView
) -> None:
    record_rating(db, 1, RatingDraft(seeds.wei_min, date(2023, 5, 1), "satisfied"))
    again = RatingDraft(seeds.wei_min, date(2023, 5, 2), "unsatisfied")
    refused(db_target, lambda: record_rating(db, 1, again), "already_rated")


@pytest.mark.parametrize("when", [date(2023, 1, 6), date(2022, 12, 31)])
def test_dates_before_the_submission_date(
    db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary, when: date
) -> None:
    unit = seeds.units["市邮政管理局"]
    message = refused(
        db_target,
        lambda: assign_case(db, courier_case.id, unit, AssignmentRole.LEAD, when),
        "date_before_previous_step",
    )
    assert message == f"Case {LABEL}: the date {when.isoformat()} is before the submission date (2023-01-07)"
    refused(db_target, lambda: withdraw_case(db, courier_case.id, when), "date_before_previous_step")


def test_dates_before_the_previous_step(db: Database, db_target: str, seeds: Seeds, lead: AssignmentView) -> None:
    refused(db_target, lambda: acknowledge_assignment(db, lead.id, date(2023, 2, 9)), "date_before_previous_step")
    refused(
        db_target, lambda: record_reply(db, lead.id, ReplyDraft(date(2023, 2, 1), "A")), "date_before_previous_step"
    )
    record_reply(db, lead.id, ReplyDraft(date(2023, 4, 20), "A"))
    early = RatingDraft(seeds.wei_min, date(2023, 4, 19), "satisfied")
    refused(db_target, lambda: record_rating(db, 1, early), "date_before_previous_step")
    record_rating(db, 1, RatingDraft(seeds.wei_min, date(2023, 5, 1), "satisfied"))
    refused(db_target, lambda: close_case(db, 1, date(2023, 4, 30)), "date_before_previous_step")
    refused(db_target, lambda: record_follow_up(db, 1, date(2023, 4, 1), "A"), "date_before_previous_step")


def test_edit_moving_submission_after_assignment(
    db: Database, db_target: str, seeds: Seeds, lead: AssignmentView
) -> None:
    current = 2  # version after registration and assignment
    draft = courier_draft(seeds, submitted_on=date(2023, 3, 1))
    refused(db_target, lambda: edit_case(db, 1, current, draft), "submitted_after_assignment")


def test_reply_needs_a_result_category_or_an_opinion(
    db: Database, db_target: str, seeds: Seeds, lead: AssignmentView
) -> None:
    refused(db_target, lambda: record_reply(db, lead.id, ReplyDraft(date(2023, 4, 1))), "result_category_required")
    refused(db_target, lambda: record_reply(db, lead.id, ReplyDraft(date(2023, 4, 1), "E")), "result_category_required")
    helper = assign_case(db, 1, seeds.units["市交通运输局"], AssignmentRole.ASSISTING, date(2023, 2, 10))
    refused(db_target, lambda: record_reply(db, helper.id, ReplyDraft(date(2023, 3, 1))), "opinion_required")


def test_reply_twice(db: Database, db_target: str, seeds: Seeds, lead: AssignmentView) -> None:
    helper = assign_case(db, 1, seeds.units["市交通运输局"], AssignmentRole.ASSISTING, date(2023, 2, 10))
    record_reply(db, helper.id, ReplyDraft(date(2023, 3, 1), opinion="同意"))
    refused(
        db_target, lambda: record_reply(db, helper.id, ReplyDraft(date(2023, 3, 2), opinion="再次")), "already_replied"
    )


def test_assign_the_same_unit_twice(db: Database, db_target: str, seeds: Seeds, lead: AssignmentView) -> None:
    unit = seeds.units["市邮政管理局"]
    refused(
        db_target,
        lambda: assign_case(db, 1, unit, AssignmentRole.ASSISTING, date(2023, 2, 11)),
        "unit_already_assigned",
    )


def test_change_of_unit_too_late_or_after_reply(
    db: Database, db_target: str, seeds: Seeds, lead: AssignmentView
) -> None:
    new_unit = seeds.units["市市场监管局"]
    message = refused(db_target, lambda: change_unit(db, lead.id, new_unit, date(2023, 2, 21)), "change_request_late")
    assert "within 10 days of assignment (by 2023-02-20)" in message
    helper = assign_case(db, 1, seeds.units["市交通运输局"], AssignmentRole.ASSISTING, date(2023, 2, 10))
    record_reply(db, helper.id, ReplyDraft(date(2023, 2, 12), opinion="同意"))
    refused(db_target, lambda: change_unit(db, helper.id, new_unit, date(2023, 2, 15)), "change_after_reply")


def test_acknowledge_twice(db: Database, db_target: str, lead: AssignmentView) -> None:
    acknowledge_assignment(db, lead.id, date(2023, 2, 11))
    refused(db_target, lambda: acknowledge_assignment(db, lead.id, date(2023, 2, 12)), "already_acknowledged")


def test_rehandle_and_close_need_a_rating(db: Database, db_target: str, seeds: Seeds, replied: AssignmentView) -> None:
    refused(db_target, lambda: rehandle_case(db, 1, date(2023, 5, 1)), "rehandle_before_rating")
    refused(db_target, lambda: close_case(db, 1, date(2023, 5, 1)), "close_before_rating")
    record_rating(db, 1, RatingDraft(seeds.wei_min, date(2023, 5, 1), "basically_satisfied"))
    refused(db_target, lambda: rehandle_case(db, 1, date(2023, 5, 2)), "rehandle_without_unsatisfied")


def test_steps_on_a_closed_or_withdrawn_case(
    db: Database, db_target: str, seeds: Seeds, replied: AssignmentView
) -> None:
    record_rating(db, 1, RatingDraft(seeds.wei_min, date(2023, 5, 1), "satisfied"))
    closed = close_case(db, 1, date(2023, 5, 5))
    refused(
        db_target, lambda: edit_case(db, 1, closed.version, courier_draft(seeds, title="改")), "not_allowed_in_state"
    )
    refused(db_target, lambda: withdraw_case(db, 1, date(2023, 6, 1)), "not_allowed_in_state")
    unit = seeds.units["市交通运输局"]
    refused(db_target, lambda: assign_case(db, 1, unit, AssignmentRole.LEAD, date(2023, 6, 1)), "not_allowed_in_state")
    refused(db_target, lambda: record_follow_up(db, 1, date(2023, 9, 1), "Z"), "result_category_required")


def test_convert_needs_a_motion(db: Database, db_target: str, courier_case: CaseSummary) -> None:
    refused(db_target, lambda: convert_to_suggestion(db, courier_case.id, date(2023, 1, 8)), "not_a_motion")


def test_kind_is_not_changed_by_edit(db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary) -> None:
    draft = courier_draft(seeds, kind=CaseKind.MOTION)
    refused(db_target, lambda: edit_case(db, courier_case.id, courier_case.version, draft), "kind_changed_by_edit")


def test_link_refusals(db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary) -> None:
    other = register_case(db, courier_draft(seeds, number="0013"))
    refused(db_target, lambda: link_cases(db, courier_case.id, courier_case.id, date(2023, 2, 1)), "link_to_itself")
    link_cases(db, courier_case.id, other.id, date(2023, 2, 1))
    refused(db_target, lambda: link_cases(db, other.id, courier_case.id, date(2023, 2, 2)), "already_linked")


def test_stale_save_names_who_changed_it(db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary) -> None:
    colleague = Database(engine=db.engine, actor=Actor("clerk-li", Role.CLERK))
    edit_case(colleague, courier_case.id, courier_case.version, courier_draft(seeds, body="李的修改"))
    message = refused(
        db_target,
        lambda: edit_case(db, courier_case.id, courier_case.version, courier_draft(seeds, title="王的修改")),
        None,
        StaleVersion,
    )
    assert "was changed by clerk-li at" in message and LABEL in message


def test_unknown_ids(db: Database, db_target: str, seeds: Seeds) -> None:
    refused(db_target, lambda: withdraw_case(db, 404, date(2023, 2, 1)), None, NotFound)
    refused(
        db_target,
        lambda: assign_case(db, 404, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 1)),
        None,
        NotFound,
    )


def test_settings_refuse_undefined_categories(db: Database, db_target: str, seeds: Seeds) -> None:
    refused(db_target, lambda: update_settings(db, resolved_categories=("A", "X")), "unknown_result_category")
    refused(db_target, lambda: update_settings(db, reply_due_months=0), "bad_deadline")
    refused(db_target, lambda: update_settings(db, no_such_setting=1), "unknown_setting")
