"""The handling rules as pure functions: whose rating counts, closing, deadlines by role."""

from __future__ import annotations

from datetime import date

import pytest

from casebook.domain.case_facts import AssignmentHistory, CaseHistory, Span, facts_on
from casebook.domain.enums import AssignmentRole, AssignmentStatus, CaseKind
from casebook.domain.errors import RuleViolation
from casebook.domain.handling_steps import ClosingReason, check_close, due_on_for, rehandling_due_on
from casebook.domain.office_settings import OfficeSettings
from casebook.domain.ratings import RatingCount, SignerRating, counting_rating, is_resolved, is_satisfied, round_rating

SETTINGS = OfficeSettings()
OPTIONS = SETTINGS.rating_options
LEAD_UNSATISFIED = SignerRating(1, 1, date(2023, 5, 4), "unsatisfied", by_lead=True)
COSIGNER_SATISFIED = SignerRating(2, 1, date(2023, 5, 5), "satisfied", by_lead=False)


def test_the_lead_deputys_rating_counts_and_a_cosigners_never_replaces_it() -> None:
    ratings = [LEAD_UNSATISFIED, COSIGNER_SATISFIED]
    assert counting_rating(ratings, RatingCount.LEAD_DEPUTY, OPTIONS) == LEAD_UNSATISFIED
    assert counting_rating([COSIGNER_SATISFIED], RatingCount.LEAD_DEPUTY, OPTIONS) is None


def test_the_least_satisfied_signer_counts_under_that_setting() -> None:
    lead_satisfied = SignerRating(3, 1, date(2023, 5, 4), "satisfied", by_lead=True)
    cosigner_basic = SignerRating(4, 1, date(2023, 5, 3), "basically_satisfied", by_lead=False)
    assert round_rating([lead_satisfied, cosigner_basic], 1, RatingCount.LEAST_SATISFIED, OPTIONS) == cosigner_basic


def test_the_latest_rated_round_counts() -> None:
    second = SignerRating(5, 2, date(2023, 6, 20), "satisfied", by_lead=True)
    assert counting_rating([LEAD_UNSATISFIED, second], RatingCount.LEAD_DEPUTY, OPTIONS) == second


def test_close_refused_on_unsatisfied_in_the_first_round_without_a_reason() -> None:
    with pytest.raises(RuleViolation) as refused:
        check_close("No. 12", SETTINGS, 1, [LEAD_UNSATISFIED, COSIGNER_SATISFIED], date(2023, 5, 10), None)
    assert refused.value.rule == "close_on_unsatisfied"
    check_close("No. 12", SETTINGS, 1, [LEAD_UNSATISFIED], date(2023, 5, 10), ClosingReason(date(2023, 5, 9), "同意"))
    second = SignerRating(6, 2, date(2023, 6, 20), "unsatisfied", by_lead=True)
    check_close("No. 12", SETTINGS, 2, [LEAD_UNSATISFIED, second], date(2023, 6, 30), None)


def test_deadlines_follow_the_role() -> None:
    assert due_on_for(date(2023, 2, 10), AssignmentRole.LEAD, SETTINGS) == date(2023, 5, 10)
    assert due_on_for(date(2023, 2, 10), AssignmentRole.SEPARATE, SETTINGS) == date(2023, 5, 10)
    assert due_on_for(date(2023, 2, 10), "assisting", SETTINGS) == date(2023, 3, 10)
    assert rehandling_due_on(date(2023, 5, 4), date(2023, 5, 10), SETTINGS) == date(2023, 6, 4)


def test_definitions_of_resolved_satisfied_valid_and_overdue() -> None:
    assert is_resolved(SETTINGS, "A") and not is_resolved(SETTINGS, "B") and not is_resolved(SETTINGS, None)
    assert is_satisfied(SETTINGS, "basically_satisfied") and not is_satisfied(SETTINGS, "unsatisfied")
    span = Span(date(2023, 1, 1), date(2023, 2, 1))
    assert span.covers(date(2023, 1, 1)) and span.covers(date(2023, 1, 31)) and not span.covers(date(2023, 2, 1))
    a = AssignmentHistory(1, AssignmentRole.LEAD, AssignmentStatus.ACTIVE, date(2023, 2, 10), date(2023, 5, 10))
    assert not a.overdue(date(2023, 5, 10)) and a.overdue(date(2023, 5, 11))


def test_facts_count_the_lead_deputys_rating() -> None:
    history = CaseHistory(
        submitted_on=date(2023, 1, 7),
        submitted_kind=CaseKind.SUGGESTION,
        kind=CaseKind.SUGGESTION,
        ratings=(LEAD_UNSATISFIED, COSIGNER_SATISFIED),
    )
    facts = facts_on(history, date(2023, 12, 31))
    assert (facts.rating, facts.first_rating) == ("unsatisfied", "unsatisfied")
