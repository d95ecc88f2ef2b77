"""Deadlines: each rule and its edge (due today, weekends, re-handling, extensions, working days
across 国庆节 with a swapped Saturday), the chase list, and change-of-unit requests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from casebook.domain import working_days
from casebook.domain.enums import AssignmentRole, AssignmentStatus, ContactMethod
from casebook.domain.errors import RuleViolation
from casebook.domain.workflow import Action, allowed_actions
from casebook.services.admin.holiday_calendar import (
    add_working_days,
    calendar_days,
    is_working_day,
    known_years,
    set_calendar_day,
)
from casebook.services.admin.office import update_settings
from casebook.services.queries.case_views import AssignmentView, CaseSummary, case_detail
from casebook.services.queries.deadlines import deadline_dict, deadline_list, deadline_summary, group_by_unit
from casebook.services.queries.overdue import overdue_assignments
from casebook.services.steps.assignments import (
    assign_case,
    change_unit,
    decide_unit_change,
    extend_deadline,
    request_unit_change,
)
from casebook.services.steps.cases import register_case, withdraw_case
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import Database
from tests.conftest import Seeds, courier_draft
from tests.snapshot import table_contents

LABEL = "市九届人大二次会议 No. 0012"


def refused(db_target: str, step: Callable[[], object], rule: str) -> str:
    """``step`` must raise a RuleViolation with ``rule`` and leave every table as it was."""
    before = table_contents(db_target)
    with pytest.raises(RuleViolation) as caught:
        step()
    assert caught.value.rule == rule
    assert table_contents(db_target) == before
    return caught.value.message


@pytest.fixture
def lead(db: Database, seeds: Seeds, courier_case: CaseSummary) -> AssignmentView:
    return assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))


def listed(db: Database, as_of: date, within_days: int | None = None) -> list[tuple[str, int]]:
    return [(item.unit, item.days_overdue) for item in deadline_list(db, as_of, within_days=within_days)]


# ── the deadlines of an assignment ─────────────────────────────────────────────────────────────


def test_due_today_is_not_overdue_the_day_after_is(db: Database, seeds: Seeds, lead: AssignmentView) -> None:
    assert lead.due_on == date(2023, 5, 10)  # reply within 3 months of assignment
    assert listed(db, date(2023, 5, 10)) == []  # due today: not overdue yet
    assert listed(db, date(2023, 5, 10), within_days=0) == [("市邮政管理局", 0)]  # but due within 0 days
    assert listed(db, date(2023, 5, 11)) == [("市邮政管理局", 1)]
    assert listed(db, date(2023, 5, 3), within_days=7) == [("市邮政管理局", -7)]  # 7 days left
    assert listed(db, date(2023, 5, 3), within_days=6) == []
    assert listed(db, date(2023, 2, 9), within_days=365) == []  # not assigned yet on that day
    assert deadline_summary(db, date(2023, 5, 3)) == (0, 1)
    assert deadline_summary(db, date(2023, 5, 11)) == (1, 0)
    record_reply(db, lead.id, ReplyDraft(date(2023, 5, 20), "A", ContactMethod.PHONE))
    assert listed(db, date(2023, 5, 19)) == [("市邮政管理局", 9)]  # as it stood before the reply
    assert listed(db, date(2023, 5, 20)) == []


def test_assisting_units_opinion_is_their_reply(
    db: Database, seeds: Seeds, courier_case: CaseSummary, lead: AssignmentView
) -> None:
    helper = assign_case(db, courier_case.id, seeds.units["市交通运输局"], AssignmentRole.ASSISTING, date(2023, 2, 10))
    assert helper.due_on == date(2023, 3, 10)  # the opinion to the lead unit within 1 month
    items = deadline_list(db, date(2023, 3, 11))
    assert [(i.unit, i.role, i.days_overdue) for i in items] == [("市交通运输局", AssignmentRole.ASSISTING, 1)]
    record_reply(db, helper.id, ReplyDraft(date(2023, 3, 12), opinion="建议加强非机动车道执法"))
    assert listed(db, date(2023, 3, 12)) == []
    assert overdue_assignments(db, 2023, date(2023, 3, 11)) == []  # the statistics count lead units only


def test_a_due_date_on_a_weekend_stays_there(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    """Months are calendar months: a reply due on a Saturday is due that Saturday, overdue on the
    Sunday. The working-day setting counts only the change-request window (see below): it does not
    move reply deadlines."""
    update_settings(db, change_request_working_days=True)
    unit = seeds.units["市邮政管理局"]
    lead = assign_case(db, courier_case.id, unit, AssignmentRole.LEAD, date(2023, 2, 13))
    assert lead.due_on == date(2023, 5, 13) and lead.due_on.strftime("%a") == "Sat"
    assert listed(db, date(2023, 5, 13)) == []
    assert listed(db, date(2023, 5, 14)) == [("市邮政管理局", 1)]


def test_change_window_ending_on_a_weekend(
    db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary
) -> None:
    """10 calendar days from Wednesday 15 Feb 2023 end on Saturday 25 Feb, and the Saturday counts;
    10 working days end on Wednesday 1 Mar: the working-day rule always ends on a working day."""
    first = assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 15))
    market = seeds.units["市市场监管局"]
    message = refused(
        db_target, lambda: request_unit_change(db, first.id, date(2023, 2, 27), "职能不符"), "change_request_late"
    )
    assert "within 10 days of assignment (by 2023-02-25); 2023-02-27 is too late" in message
    update_settings(db, change_request_working_days=True)
    assert add_working_days(db, date(2023, 2, 15), 10) == date(2023, 3, 1)
    message = refused(
        db_target, lambda: request_unit_change(db, first.id, date(2023, 3, 2), "职能不符"), "change_request_late"
    )
    assert "within 10 working days of assignment (by 2023-03-01); 2023-03-02 is too late" in message
    request = request_unit_change(db, first.id, date(2023, 3, 1), "职能不符", market)
    assert request.pending and request.suggested_unit == "市市场监管局"


def test_rehandling_is_due_one_month_after_the_unsatisfied_rating(
    db: Database, seeds: Seeds, courier_case: CaseSummary, lead: AssignmentView
) -> None:
    record_reply(db, lead.id, ReplyDraft(date(2023, 4, 20), "B", ContactMethod.FACE_TO_FACE))
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 5, 4), "unsatisfied"))
    (again,) = rehandle_case(db, courier_case.id, date(2023, 5, 4))  # sent back on the day of the rating
    assert (again.handling_round, again.assigned_on, again.due_on) == (2, date(2023, 5, 4), date(2023, 6, 4))
    assert listed(db, date(2023, 6, 4)) == []
    items = deadline_list(db, date(2023, 6, 5))
    assert [(i.unit, i.handling_round, i.days_overdue) for i in items] == [("市邮政管理局", 2, 1)]
    assert listed(db, date(2023, 5, 3)) == []  # round 1 was replied, round 2 not yet open


# ── extensions ─────────────────────────────────────────────────────────────────────────────────


def test_extension_up_to_six_months(db: Database, db_target: str, seeds: Seeds, lead: AssignmentView) -> None:
    extension = extend_deadline(db, lead.id, date(2023, 7, 10), "周副市长", date(2023, 5, 5), reason="需跨部门协调")
    assert (extension.previous_due_on, extension.new_due_on, extension.approved_by) == (
        date(2023, 5, 10),
        date(2023, 7, 10),
        "周副市长",
    )
    assert listed(db, date(2023, 5, 11)) == []  # no longer overdue
    assert overdue_assignments(db, 2023, date(2023, 5, 11)) == []  # nor in the statistics
    assert listed(db, date(2023, 7, 11)) == [("市邮政管理局", 1)]
    # A second extension, to exactly 6 months after the assignment: the maximum itself is allowed.
    extend_deadline(db, lead.id, date(2023, 8, 10), "周副市长", date(2023, 7, 1), reason="再次延期")
    detail = case_detail(db, 1)
    assert detail.assignments[0].due_on == date(2023, 8, 10)
    assert [(x.previous_due_on, x.new_due_on) for x in detail.extensions] == [
        (date(2023, 5, 10), date(2023, 7, 10)),
        (date(2023, 7, 10), date(2023, 8, 10)),
    ]
    event = detail.events[-1]
    assert (event.action, event.business_date) == ("extend_deadline", date(2023, 7, 1))
    assert {k: event.details[k] for k in ("unit", "previous_due_on", "new_due_on", "approved_by", "reason")} == {
        "unit": "市邮政管理局",
        "previous_due_on": "2023-07-10",
        "new_due_on": "2023-08-10",
        "approved_by": "周副市长",
        "reason": "再次延期",
    }


def test_extension_refusals(
    db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary, lead: AssignmentView
) -> None:
    message = refused(
        db_target,
        lambda: extend_deadline(db, lead.id, date(2023, 8, 11), "周副市长", date(2023, 5, 5)),
        "extension_beyond_maximum",
    )
    assert message == (
        f"Case {LABEL}: with approval a reply may be extended to at most 6 months after assignment "
        "(by 2023-08-10); 2023-08-11 is too late"
    )
    refused(
        db_target,
        lambda: extend_deadline(db, lead.id, date(2023, 6, 10), "周副市长", date(2023, 5, 11)),
        "extension_after_due_date",
    )
    refused(
        db_target,
        lambda: extend_deadline(db, lead.id, date(2023, 5, 10), "周副市长", date(2023, 5, 1)),
        "extension_not_later",
    )
    refused(
        db_target,
        lambda: extend_deadline(db, lead.id, date(2023, 6, 10), " ", date(2023, 5, 1)),
        "extension_without_approval",
    )
    helper = assign_case(db, courier_case.id, seeds.units["市交通运输局"], AssignmentRole.ASSISTING, date(2023, 2, 10))
    refused(
        db_target,
        lambda: extend_deadline(db, helper.id, date(2023, 4, 10), "周副市长", date(2023, 3, 1)),
        "extension_for_assisting_unit",
    )
    record_reply(db, lead.id, ReplyDraft(date(2023, 4, 20), "A", ContactMethod.PHONE))
    # the case is now replied: the step is not offered at all
    refused(
        db_target,
        lambda: extend_deadline(db, lead.id, date(2023, 6, 10), "周副市长", date(2023, 4, 25)),
        "not_allowed_in_state",
    )


def test_the_maximum_is_an_office_setting(db: Database, db_target: str, lead: AssignmentView) -> None:
    update_settings(db, reply_extended_max_months=4)
    message = refused(
        db_target,
        lambda: extend_deadline(db, lead.id, date(2023, 7, 10), "周副市长", date(2023, 5, 5)),
        "extension_beyond_maximum",
    )
    assert "at most 4 months after assignment (by 2023-06-10)" in message


# ── working days ───────────────────────────────────────────────────────────────────────────────


def test_the_prefilled_calendar_of_2024(db: Database) -> None:
    days = {d.day: d for d in calendar_days(db, 2024)}
    assert days[date(2024, 10, 1)].name == "国庆节" and not days[date(2024, 10, 1)].is_working_day
    assert days[date(2024, 9, 29)].is_working_day and days[date(2024, 9, 29)].name == "国庆节调休上班"  # a Sunday
    assert days[date(2024, 10, 12)].is_working_day  # a Saturday
    assert date(2024, 10, 5) not in days  # a Saturday off anyway: not an exception
    assert is_working_day(db, date(2024, 10, 12)) and not is_working_day(db, date(2024, 10, 4))
    assert is_working_day(db, date(2024, 10, 8)) and not is_working_day(db, date(2024, 10, 13))
    assert {2004, 2024, 2025} <= set(known_years(db))


def test_working_days_across_national_day_2024(
    db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary
) -> None:
    """7 working days from Friday 27 Sep 2024: Sun 29 Sep (调休) and Mon 30 Sep, the holiday from 1
    to 7 Oct, then 8, 9, 10, 11 Oct and Saturday 12 Oct (调休): the 7th is Saturday 12 Oct."""
    assert add_working_days(db, date(2024, 9, 27), 7) == date(2024, 10, 12)
    assert add_working_days(db, date(2024, 9, 27), 0) == date(2024, 9, 27)
    update_settings(db, change_request_days=7, change_request_working_days=True)
    unit = seeds.units["市邮政管理局"]
    first = assign_case(db, courier_case.id, unit, AssignmentRole.LEAD, date(2024, 9, 27))
    message = refused(
        db_target,
        lambda: request_unit_change(db, first.id, date(2024, 10, 13), "不属于本单位职责"),
        "change_request_late",
    )
    assert message == (
        f"Case {LABEL}: a change of handling unit must be asked for within 7 working days of assignment "
        "(by 2024-10-12); 2024-10-13 is too late"
    )
    assert request_unit_change(db, first.id, date(2024, 10, 12), "不属于本单位职责").requested_on == date(2024, 10, 12)


def test_calendar_of_a_later_year_is_entered_by_the_office(db: Database) -> None:
    assert calendar_days(db, 2030) == []
    assert add_working_days(db, date(2030, 9, 30), 1) == date(2030, 10, 1)  # unknown: Monday to Friday
    kept = set_calendar_day(db, date(2030, 10, 1), False, "国庆节")
    assert kept is not None and kept.name == "国庆节"
    set_calendar_day(db, date(2030, 9, 29), True, "国庆节调休上班")  # a Sunday
    assert add_working_days(db, date(2030, 9, 27), 2) == date(2030, 9, 30)
    assert add_working_days(db, date(2030, 9, 30), 1) == date(2030, 10, 2)
    assert [(d.day, d.is_working_day) for d in calendar_days(db, 2030)] == [
        (date(2030, 9, 29), True),
        (date(2030, 10, 1), False),
    ]
    assert set_calendar_day(db, date(2030, 10, 1), True) is None  # a weekday working again: no row kept
    assert [d.day for d in calendar_days(db, 2030)] == [date(2030, 9, 29)]
    with db.read() as session:
        from sqlalchemy import select

        from casebook.store.models import Event

        logged = session.scalars(select(Event).where(Event.action == "set_calendar_day").order_by(Event.id)).all()
        assert [(e.business_date, e.details["is_working_day"]) for e in logged] == [
            (date(2030, 10, 1), False),
            (date(2030, 9, 29), True),
            (date(2030, 10, 1), True),
        ]
        assert logged[-1].details["before"] == {"is_working_day": False, "name": "国庆节"}


def test_working_day_arithmetic() -> None:
    exceptions = {date(2024, 10, 1): False, date(2024, 10, 12): True}
    assert working_days.is_working_day(date(2024, 10, 12), exceptions)
    assert working_days.next_working_day(date(2024, 10, 5), {}) == date(2024, 10, 7)
    assert working_days.working_days_between(date(2024, 9, 30), date(2024, 10, 2), exceptions) == 1
    with pytest.raises(ValueError, match="negative"):
        working_days.add_working_days(date(2024, 10, 1), -1, exceptions)


# ── the chase list ─────────────────────────────────────────────────────────────────────────────


def test_the_list_takes_every_year_and_role_and_leaves_out_what_ended(
    db: Database, seeds: Seeds, courier_case: CaseSummary, lead: AssignmentView
) -> None:
    old = register_case(
        db, courier_draft(seeds, number="0099", title="关于规划建设茅山福道的建议", submitted_on=date(2022, 1, 8))
    )
    separate = assign_case(db, old.id, seeds.units["市交通运输局"], AssignmentRole.SEPARATE, date(2022, 2, 1))
    withdrawn = register_case(db, courier_draft(seeds, number="0100", title="撤回的建议"))
    assign_case(db, withdrawn.id, seeds.units["市市场监管局"], AssignmentRole.LEAD, date(2023, 2, 1))
    withdraw_case(db, withdrawn.id, date(2023, 3, 1))
    items = deadline_list(db, date(2023, 6, 1))
    assert [(i.case_number, i.unit, i.role, i.days_overdue) for i in items] == [
        ("0099", "市交通运输局", AssignmentRole.SEPARATE, 396),  # due 2022-05-01: the longest overdue first
        ("0012", "市邮政管理局", AssignmentRole.LEAD, 22),
    ]
    assert items[0].session == "市九届人大二次会议" and items[0].title == "关于规划建设茅山福道的建议"
    assert [i.case_number for i in deadline_list(db, date(2023, 2, 15))] == ["0099"]  # 0100 was open, not due
    assert [i.case_number for i in deadline_list(db, date(2023, 6, 1), unit_id=separate.unit_id)] == ["0099"]
    assert deadline_dict(items[1]) == {
        "case_number": "0012",
        "session": "市九届人大二次会议",
        "title": "关于加强对快递和外卖服务企业安全管理的建议",
        "unit": "市邮政管理局",
        "role": "lead",
        "handling_round": 1,
        "assigned_on": "2023-02-10",
        "due_on": "2023-05-10",
        "days_overdue": 22,
    }
    moved = change_unit(db, lead.id, seeds.units["市市场监管局"], date(2023, 2, 15))
    assert [(i.unit, i.due_on) for i in deadline_list(db, date(2023, 6, 1)) if i.case_number == "0012"] == [
        ("市市场监管局", moved.due_on)
    ]
    groups = group_by_unit(deadline_list(db, date(2023, 5, 10), within_days=30))
    assert [(g.unit, g.overdue, g.due_soon) for g in groups] == [("市交通运输局", 1, 0), ("市市场监管局", 0, 1)]


# ── a change of handling unit as a request ─────────────────────────────────────────────────────


def test_late_request_is_refused_and_writes_nothing(
    db: Database, db_target: str, seeds: Seeds, lead: AssignmentView
) -> None:
    market = seeds.units["市市场监管局"]
    message = refused(
        db_target,
        lambda: request_unit_change(db, lead.id, date(2023, 2, 21), "职能不符", market),
        "change_request_late",
    )
    assert message == (
        f"Case {LABEL}: a change of handling unit must be asked for within 10 days of assignment "
        "(by 2023-02-20); 2023-02-21 is too late"
    )


def test_request_approved(db: Database, db_target: str, seeds: Seeds, lead: AssignmentView) -> None:
    market = seeds.units["市市场监管局"]
    request = request_unit_change(db, lead.id, date(2023, 2, 15), "职能不符", market)
    assert request.pending and request.unit == "市邮政管理局"
    detail = case_detail(db, 1)
    assert [a.status for a in detail.assignments] == [AssignmentStatus.ACTIVE]  # nothing changes before the decision
    assert [r.id for r in detail.unit_change_requests] == [request.id]
    refused(
        db_target, lambda: request_unit_change(db, lead.id, date(2023, 2, 16), "再次申请"), "change_request_pending"
    )
    decided = decide_unit_change(db, request.id, True, date(2023, 2, 18), note="经研究同意调整", decided_by="人代联委")
    assert (decided.approved, decided.new_unit, decided.decided_by) == (True, "市市场监管局", "人代联委")
    detail = case_detail(db, 1)
    assert [(a.unit, a.status, a.assigned_on, a.due_on) for a in detail.assignments] == [
        ("市邮政管理局", AssignmentStatus.CHANGED, date(2023, 2, 10), date(2023, 5, 10)),
        ("市市场监管局", AssignmentStatus.ACTIVE, date(2023, 2, 18), date(2023, 5, 18)),
    ]
    assert decided.new_assignment_id == detail.assignments[1].id
    assert [e.action for e in detail.events][-2:] == ["request_unit_change", "change_unit"]
    assert detail.events[-1].details["request_id"] == request.id
    assert (detail.events[-1].details["old_unit"], detail.events[-1].details["new_unit"]) == (
        "市邮政管理局",
        "市市场监管局",
    )
    refused(db_target, lambda: decide_unit_change(db, request.id, False, date(2023, 2, 19)), "change_request_decided")


def test_request_refused_keeps_the_assignment(db: Database, db_target: str, seeds: Seeds, lead: AssignmentView) -> None:
    request = request_unit_change(db, lead.id, date(2023, 2, 15), "职能不符")
    refused(db_target, lambda: decide_unit_change(db, request.id, True, date(2023, 2, 18)), "change_without_new_unit")
    refused(
        db_target, lambda: decide_unit_change(db, request.id, False, date(2023, 2, 14)), "date_before_previous_step"
    )
    decided = decide_unit_change(db, request.id, False, date(2023, 2, 18), note="属于本单位职责")
    assert (decided.approved, decided.decision_note, decided.decided_by) == (False, "属于本单位职责", "clerk-wang")
    detail = case_detail(db, 1)
    assert [(a.unit, a.status) for a in detail.assignments] == [("市邮政管理局", AssignmentStatus.ACTIVE)]
    assert detail.events[-1].action == "decide_unit_change" and detail.events[-1].details["approved"] is False
    # Refused, the unit may still ask again within the window (with a better reason).
    again = request_unit_change(db, lead.id, date(2023, 2, 20), "补充说明职能划分", seeds.units["市市场监管局"])
    assert [r.approved for r in case_detail(db, 1).unit_change_requests] == [False, None]
    assert again.pending


def test_change_unit_in_one_step_is_a_request_approved(db: Database, seeds: Seeds, lead: AssignmentView) -> None:
    moved = change_unit(db, lead.id, seeds.units["市市场监管局"], date(2023, 2, 20), reason="职能不符")
    (request,) = case_detail(db, 1).unit_change_requests
    assert (request.requested_on, request.decided_on, request.approved) == (date(2023, 2, 20), date(2023, 2, 20), True)
    assert (request.reason, request.new_assignment_id) == ("职能不符", moved.id)


def test_the_new_steps_are_offered_while_assigned() -> None:
    from casebook.domain.enums import CaseState

    assigned = allowed_actions(CaseState.ASSIGNED)
    assert {Action.REQUEST_UNIT_CHANGE, Action.DECIDE_UNIT_CHANGE, Action.EXTEND_DEADLINE} <= assigned
    assert Action.DECIDE_UNIT_CHANGE in allowed_actions(CaseState.REPLIED)  # a pending request can still be refused
    assert Action.EXTEND_DEADLINE not in allowed_actions(CaseState.REPLIED)
    assert not {Action.REQUEST_UNIT_CHANGE, Action.EXTEND_DEADLINE} & allowed_actions(CaseState.REGISTERED)
