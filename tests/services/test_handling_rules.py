"""The rules the figures rest on, through the services: whose rating counts, no closing on 不满意,
deadlines from the role, an assignment's progress, one current result."""

from __future__ import annotations

from datetime import date

import pytest

from casebook import clock
from casebook.domain.enums import AssignmentProgress, AssignmentRole, CaseState, ContactMethod
from casebook.domain.errors import RuleViolation
from casebook.domain.handling_steps import ClosingReason
from casebook.services.admin.office import update_settings
from casebook.services.queries.case_views import CaseSummary, case_detail
from casebook.services.queries.handling_history import case_steps
from casebook.services.queries.supervision_lists import Tier, supervised_cases
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.assignments import acknowledge_assignment, assign_case
from casebook.services.steps.cases import get_case
from casebook.services.steps.closing import close_case, record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import Database
from tests.conftest import Seeds


def replied_case(db: Database, seeds: Seeds, case: CaseSummary, code: str = "B") -> int:
    lead = assign_case(db, case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))
    record_reply(db, lead.id, ReplyDraft(date(2023, 4, 20), code, ContactMethod.FACE_TO_FACE))
    return lead.id


def figures(db: Database) -> tuple[int, int, int, int]:
    stats = compute_statistics(db, 2023, as_of=date(2023, 12, 31))
    f = stats.figures
    return f.rated, f.satisfied, f.first_rated, f.first_satisfied


def test_a_cosigners_satisfied_rating_never_overrides_the_lead_deputys_unsatisfied_one(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    replied_case(db, seeds, courier_case)
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 5, 4), "unsatisfied"))
    record_rating(db, courier_case.id, RatingDraft(seeds.cosigners[0], date(2023, 5, 5), "satisfied"))
    # both are recorded and shown …
    assert [(r.deputy, r.overall) for r in case_detail(db, courier_case.id).ratings] == [
        ("魏敏", "unsatisfied"),
        ("张伟", "satisfied"),
    ]
    # … but the case counts as rated and unsatisfied, in the first round too
    assert figures(db) == (1, 0, 1, 0)
    with pytest.raises(RuleViolation) as refused:
        close_case(db, courier_case.id, date(2023, 5, 10))
    assert refused.value.rule == "close_on_unsatisfied"
    assert "不满意" in refused.value.message
    assert get_case(db, courier_case.id).state is CaseState.RATED  # nothing written


def test_a_cosigners_rating_alone_is_not_the_cases(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    replied_case(db, seeds, courier_case)
    record_rating(db, courier_case.id, RatingDraft(seeds.cosigners[1], date(2023, 5, 5), "satisfied"))
    assert figures(db) == (0, 0, 0, 0)
    with pytest.raises(RuleViolation) as refused:
        close_case(db, courier_case.id, date(2023, 5, 10))
    assert refused.value.rule == "close_without_counting_rating"


def test_the_least_satisfied_signer_counts_when_the_office_says_so(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    update_settings(db, rating_counts="least_satisfied")
    replied_case(db, seeds, courier_case)
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 5, 4), "satisfied"))
    assert figures(db) == (1, 1, 1, 1)
    record_rating(db, courier_case.id, RatingDraft(seeds.cosigners[0], date(2023, 5, 5), "unsatisfied"))
    assert figures(db) == (1, 0, 1, 0)
    with pytest.raises(RuleViolation):
        update_settings(db, rating_counts="loudest")


def test_closing_on_unsatisfied_is_allowed_after_a_rehandling_round_has_been_rated(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    replied_case(db, seeds, courier_case)
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 5, 4), "unsatisfied"))
    second = rehandle_case(db, courier_case.id, date(2023, 5, 8))
    record_reply(db, second[0].id, ReplyDraft(date(2023, 5, 30), "C"))
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 6, 5), "unsatisfied"))
    closed = close_case(db, courier_case.id, date(2023, 6, 10))
    assert closed.state is CaseState.CLOSED
    assert figures(db) == (1, 0, 1, 0)


def test_closing_on_unsatisfied_with_the_deputys_agreement_is_recorded_and_counted_unsatisfied(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    replied_case(db, seeds, courier_case)
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 5, 4), "unsatisfied"))
    with pytest.raises(RuleViolation) as no_note:
        close_case(db, courier_case.id, date(2023, 5, 10), ClosingReason(date(2023, 5, 9), "  "))
    assert no_note.value.rule == "close_reason_without_note"
    with pytest.raises(RuleViolation) as too_early:
        close_case(db, courier_case.id, date(2023, 5, 10), ClosingReason(date(2023, 5, 1), "代表同意办结"))
    assert too_early.value.rule == "close_reason_date"
    closed = close_case(
        db, courier_case.id, date(2023, 5, 10), ClosingReason(date(2023, 5, 9), "代表同意办结：受财力所限，明年再议")
    )
    assert closed.state is CaseState.CLOSED
    event = case_detail(db, courier_case.id).events[-1]
    assert event.action == "close"
    assert event.details["reason"] == "代表同意办结：受财力所限，明年再议"
    assert event.details["deputy_agreed_on"] == "2023-05-09"
    with db.read() as session:
        closing = [s for s in case_steps(session, [courier_case.id]) if s.action == "close"]
    assert closing and closing[0].text == "代表同意办结：受财力所限，明年再议"
    assert figures(db) == (1, 0, 1, 0)


def test_rehandling_follows_the_counting_rating_only(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    replied_case(db, seeds, courier_case)
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 5, 4), "satisfied"))
    record_rating(db, courier_case.id, RatingDraft(seeds.cosigners[0], date(2023, 5, 5), "unsatisfied"))
    with pytest.raises(RuleViolation) as refused:
        rehandle_case(db, courier_case.id, date(2023, 5, 8))
    assert refused.value.rule == "rehandle_without_unsatisfied"
    assert close_case(db, courier_case.id, date(2023, 5, 10)).state is CaseState.CLOSED


def test_an_assisting_unit_is_due_one_month_after_assignment_even_given_the_plain_role_value(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    # a form's combo box hands over "assisting", the enum's plain value
    helper = assign_case(db, courier_case.id, seeds.units["市交通运输局"], "assisting", date(2023, 2, 10))  # type: ignore[arg-type]
    assert helper.role is AssignmentRole.ASSISTING
    assert helper.due_on == date(2023, 3, 10)
    lead = assign_case(db, courier_case.id, seeds.units["市邮政管理局"], "lead", date(2023, 2, 10))  # type: ignore[arg-type]
    assert lead.due_on == date(2023, 5, 10)


def test_an_assignments_status_follows_its_reply_and_the_case(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    lead = assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))
    helper = assign_case(db, courier_case.id, seeds.units["市交通运输局"], AssignmentRole.ASSISTING, date(2023, 2, 10))
    assert lead.progress is AssignmentProgress.ASSIGNED
    acknowledge_assignment(db, lead.id, date(2023, 2, 12))

    def progress() -> dict[str, AssignmentProgress]:
        return {a.unit: a.progress for a in case_detail(db, courier_case.id).assignments}

    assert progress() == {"市邮政管理局": AssignmentProgress.ACKNOWLEDGED, "市交通运输局": AssignmentProgress.ASSIGNED}
    record_reply(db, helper.id, ReplyDraft(date(2023, 3, 1), opinion="同意主办单位意见"))
    record_reply(db, lead.id, ReplyDraft(date(2023, 4, 20), "A", ContactMethod.FACE_TO_FACE))
    assert set(progress().values()) == {AssignmentProgress.REPLIED}
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 5, 4), "satisfied"))
    close_case(db, courier_case.id, date(2023, 5, 10))
    assert set(progress().values()) == {AssignmentProgress.CLOSED}


def test_a_follow_up_review_is_the_cases_current_result_in_the_case_view_and_the_lists(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    replied_case(db, seeds, courier_case, "B")
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 5, 4), "basically_satisfied"))
    close_case(db, courier_case.id, date(2023, 5, 10))
    record_follow_up(db, courier_case.id, date(2023, 11, 1), "A", "已全部落实")
    with clock.fixed(date(2023, 10, 31)):
        assert case_detail(db, courier_case.id).current_result == "B"
    with clock.fixed(date(2023, 11, 1)):
        detail = case_detail(db, courier_case.id)
        supervised = supervised_cases(db, Tier.LEADER, seeds.congress_leader, date(2023, 11, 1))
    assert detail.current_result == "A" and detail.counting_rating == "basically_satisfied"
    assert [f.result_code for f in detail.follow_ups] == ["A"]
    assert [c.result_code for c in supervised] == ["A"]
