"""Every allowed step of the handling workflow writes its change and its event."""

from __future__ import annotations

from datetime import date

from casebook.domain.enums import (
    AssignmentRole,
    AssignmentStatus,
    CaseKind,
    CaseState,
    ContactMethod,
    ContactPerson,
    SupervisionKind,
)
from casebook.domain.workflow import Action
from casebook.services.queries.case_views import CaseSummary, case_detail
from casebook.services.steps.assignments import acknowledge_assignment, assign_case, change_unit
from casebook.services.steps.cases import (
    convert_to_suggestion,
    edit_case,
    find_case,
    get_case,
    register_case,
    withdraw_case,
)
from casebook.services.steps.closing import close_case, record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.services.steps.supervision import add_supervision_record, link_cases
from casebook.store.database import Database
from tests.conftest import Seeds, courier_draft


def actions(db: Database, case_id: int) -> list[str]:
    return [e.action for e in case_detail(db, case_id).events]


def test_register_writes_case_cosigners_and_event(db: Database, seeds: Seeds) -> None:
    case = register_case(
        db, courier_draft(seeds, number=" 0012 ", title="  关于加强对快递和外卖服务企业安全管理的建议 ")
    )
    assert case.state is CaseState.REGISTERED
    assert case.number == "0012"
    assert case.title == "关于加强对快递和外卖服务企业安全管理的建议"
    assert case.lead_deputy == "魏敏"
    assert case.cosigners == ("张伟", "李娜", "王芳")
    assert case.label == "市九届人大二次会议 No. 0012"
    assert case.allowed_actions == {
        Action.EDIT,
        Action.CONVERT_TO_SUGGESTION,
        Action.WITHDRAW,
        Action.ASSIGN,
        Action.SUPERVISE,
        Action.LINK,
    }
    events = case_detail(db, case.id).events
    assert [e.action for e in events] == ["register"]
    assert events[0].user == "clerk-wang"
    assert events[0].business_date == date(2023, 1, 7)
    assert events[0].details["title"] == "关于加强对快递和外卖服务企业安全管理的建议"
    assert events[0].details["cosigner_ids"] == seeds.cosigners
    assert find_case(db, seeds.session_id, "0012") == get_case(db, case.id)


def test_same_number_in_another_session_is_allowed(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    other = register_case(db, courier_draft(seeds, session_id=seeds.interim_id, submitted_on=date(2023, 3, 1)))
    assert other.number == courier_case.number and other.id != courier_case.id


def test_edit_records_old_and_new_values_and_bumps_version(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    new_cosigners = (seeds.cosigners[2], seeds.cosigners[0])
    edited = edit_case(
        db,
        courier_case.id,
        courier_case.version,
        courier_draft(seeds, title="关于加强快递和外卖服务企业安全管理的建议", cosigner_ids=new_cosigners),
    )
    assert edited.title == "关于加强快递和外卖服务企业安全管理的建议"
    assert edited.cosigners == ("王芳", "张伟")
    assert edited.version == courier_case.version + 1
    event = case_detail(db, courier_case.id).events[-1]
    assert event.action == "edit"
    assert event.details["changes"]["title"] == {
        "old": "关于加强对快递和外卖服务企业安全管理的建议",
        "new": "关于加强快递和外卖服务企业安全管理的建议",
    }
    assert event.details["changes"]["cosigner_ids"] == {"old": seeds.cosigners, "new": list(new_cosigners)}


def test_edit_without_changes_writes_no_event(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    same = edit_case(db, courier_case.id, courier_case.version, courier_draft(seeds))
    assert same.version == courier_case.version
    assert actions(db, courier_case.id) == ["register"]


def test_motion_handled_as_suggestion_keeps_history(db: Database, seeds: Seeds) -> None:
    motion = register_case(
        db, courier_draft(seeds, number="M01", kind=CaseKind.MOTION, title="聚焦共同富裕，持续增进民生福祉")
    )
    converted = convert_to_suggestion(db, motion.id, date(2023, 1, 8), decided_by="大会主席团")
    assert converted.kind is CaseKind.SUGGESTION
    assert converted.submitted_kind is CaseKind.MOTION
    assert actions(db, motion.id) == ["register", "convert_to_suggestion"]
    assert case_detail(db, motion.id).events[-1].details == {"decided_by": "大会主席团"}


def test_withdraw(db: Database, courier_case: CaseSummary) -> None:
    withdrawn = withdraw_case(db, courier_case.id, date(2023, 1, 20), reason="代表申请撤回")
    assert withdrawn.state is CaseState.WITHDRAWN
    assert withdrawn.allowed_actions == frozenset()
    assert case_detail(db, courier_case.id).events[-1].details == {"reason": "代表申请撤回"}


def test_full_lifecycle_with_rehandling_and_follow_up(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    case_id = courier_case.id
    lead = assign_case(db, case_id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))
    assert lead.due_on == date(2023, 5, 10)  # three months by default
    helper = assign_case(db, case_id, seeds.units["市交通运输局"], AssignmentRole.ASSISTING, date(2023, 2, 10))
    assert helper.due_on == date(2023, 3, 10)  # assisting opinion within one month
    assert get_case(db, case_id).state is CaseState.ASSIGNED

    acknowledged = acknowledge_assignment(db, lead.id, date(2023, 2, 13))
    assert acknowledged.acknowledged_on == date(2023, 2, 13)

    record_reply(db, helper.id, ReplyDraft(date(2023, 3, 1), opinion="建议加强非机动车道执法"))
    assert get_case(db, case_id).state is CaseState.ASSIGNED  # the lead unit has not replied yet

    reply = record_reply(
        db,
        lead.id,
        ReplyDraft(date(2023, 4, 20), "B", ContactMethod.FACE_TO_FACE, ContactPerson.UNIT_HEAD, "已制定整治方案"),
    )
    assert reply.result_code == "B"
    assert get_case(db, case_id).state is CaseState.REPLIED

    first = record_rating(db, case_id, RatingDraft(seeds.wei_min, date(2023, 5, 4), "unsatisfied", comment="落实不够"))
    assert first.handling_round == 1 and first.entered_by == "clerk-wang"
    assert get_case(db, case_id).state is CaseState.RATED

    second_round = rehandle_case(db, case_id, date(2023, 5, 10))
    # due 1 month from the unsatisfied rating (5-04), not from the day re-handling was recorded (5-10)
    assert [(a.unit, a.handling_round, a.due_on) for a in second_round] == [("市邮政管理局", 2, date(2023, 6, 4))]
    summary = get_case(db, case_id)
    assert summary.state is CaseState.ASSIGNED and summary.handling_round == 2

    record_reply(db, second_round[0].id, ReplyDraft(date(2023, 6, 5), "A", ContactMethod.MEETING, summary="已落实"))
    record_rating(
        db, case_id, RatingDraft(seeds.wei_min, date(2023, 6, 20), "satisfied", "satisfied", "basically_satisfied")
    )
    closed = close_case(db, case_id, date(2023, 6, 30))
    assert closed.state is CaseState.CLOSED
    assert closed.allowed_actions == {Action.FOLLOW_UP, Action.SUPERVISE, Action.LINK}

    record_follow_up(db, case_id, date(2024, 3, 1), "A", measures="全市快递网点安全检查全覆盖")

    detail = case_detail(db, case_id)
    statuses = {(a.unit, a.handling_round): a.status for a in detail.assignments}
    assert statuses == {
        ("市邮政管理局", 1): AssignmentStatus.SUPERSEDED,
        ("市交通运输局", 1): AssignmentStatus.SUPERSEDED,
        ("市邮政管理局", 2): AssignmentStatus.ACTIVE,
    }
    assert [(r.handling_round, r.overall) for r in detail.ratings] == [(1, "unsatisfied"), (2, "satisfied")]
    assert [(r.handling_round, r.result_code) for r in detail.replies] == [(1, None), (1, "B"), (2, "A")]
    assert [f.result_code for f in detail.follow_ups] == ["A"]
    assert [e.action for e in detail.events] == [
        "register",
        "assign",
        "assign",
        "acknowledge",
        "reply",
        "reply",
        "rate",
        "rehandle",
        "reply",
        "rate",
        "close",
        "follow_up",
    ]
    assert all(e.user == "clerk-wang" for e in detail.events)
    assert detail.summary.version == len(detail.events)  # every step saved the case once


def test_change_of_unit_within_the_window(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    first = assign_case(db, courier_case.id, seeds.units["市市场监管局"], AssignmentRole.LEAD, date(2023, 2, 10))
    replacement = change_unit(db, first.id, seeds.units["市邮政管理局"], date(2023, 2, 20), reason="职能不符")
    assert replacement.unit == "市邮政管理局"
    assert replacement.assigned_on == date(2023, 2, 20)
    assert replacement.due_on == date(2023, 5, 20)
    detail = case_detail(db, courier_case.id)
    assert [(a.unit, a.status) for a in detail.assignments] == [
        ("市市场监管局", AssignmentStatus.CHANGED),
        ("市邮政管理局", AssignmentStatus.ACTIVE),
    ]
    assert detail.events[-1].details["old_unit"] == "市市场监管局"
    assert detail.events[-1].details["new_unit"] == "市邮政管理局"


def test_separate_units_each_reply_before_the_case_is_replied(
    db: Database, seeds: Seeds, courier_case: CaseSummary
) -> None:
    a = assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.SEPARATE, date(2023, 2, 10))
    b = assign_case(db, courier_case.id, seeds.units["市市场监管局"], AssignmentRole.SEPARATE, date(2023, 2, 10))
    record_reply(db, a.id, ReplyDraft(date(2023, 4, 1), "A"))
    assert get_case(db, courier_case.id).state is CaseState.ASSIGNED
    record_reply(db, b.id, ReplyDraft(date(2023, 4, 2), "C"))
    assert get_case(db, courier_case.id).state is CaseState.REPLIED


def test_every_cosigner_can_rate(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    lead = assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))
    record_reply(db, lead.id, ReplyDraft(date(2023, 4, 1), "A"))
    record_rating(db, courier_case.id, RatingDraft(seeds.wei_min, date(2023, 4, 10), "satisfied"))
    record_rating(db, courier_case.id, RatingDraft(seeds.cosigners[0], date(2023, 4, 11), "basically_satisfied"))
    assert [r.deputy for r in case_detail(db, courier_case.id).ratings] == ["魏敏", "张伟"]


def test_supervision_records_and_joint_handling(db: Database, seeds: Seeds, courier_case: CaseSummary) -> None:
    record = add_supervision_record(
        db,
        courier_case.id,
        SupervisionKind.SITE_VISIT,
        date(2023, 3, 15),
        participants="周副主任、财经委",
        notes="实地察看快递分拨中心",
        leader_id=seeds.congress_leader,
    )
    assert record.kind is SupervisionKind.SITE_VISIT
    other = register_case(db, courier_draft(seeds, number="0013", title="关于规范外卖骑手管理的建议"))
    link_cases(db, courier_case.id, other.id, date(2023, 2, 1))
    assert case_detail(db, courier_case.id).linked_case_ids == (other.id,)
    assert case_detail(db, other.id).linked_case_ids == (courier_case.id,)
    assert actions(db, courier_case.id) == ["register", "supervise", "link"]
    assert actions(db, other.id) == ["register", "link"]
