"""The read services behind the exports: handling history, overdue replies, per-unit lists, and
the result and rating counts of the statistics table."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event

from casebook.domain.enums import (
    AssignmentRole,
    CaseKind,
    CaseState,
    ContactMethod,
    ContactPerson,
    SupervisionKind,
    UnitKind,
)
from casebook.domain.workflow import Action
from casebook.services.queries.case_listing import CaseFilter, iter_case_rows
from casebook.services.queries.handling_history import case_steps, handling_steps
from casebook.services.queries.overdue import overdue_assignments
from casebook.services.queries.unit_lists import unit_case_lists
from casebook.services.statistics.figures import compute_statistics
from casebook.services.statistics.outcome_counts import cohort_outcomes
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.excel.export_helpers import build_rich_register
from tests.services.case_builder import build_case

STEP_NAMES = {
    Action.ASSIGN: "Assign",
    Action.ACKNOWLEDGE: "Acknowledge receipt",
    Action.CHANGE_UNIT: "Change handling unit",
    Action.REPLY: "Reply",
    Action.RATE: "Record rating",
    Action.REHANDLE: "Re-handle",
    Action.CLOSE: "Close",
    Action.FOLLOW_UP: "Follow-up review",
    Action.LINK: "Handle jointly",
    Action.SUPERVISE: "Supervision",
}


def test_every_step_of_a_case_in_date_order(db: Database, seeds: Seeds) -> None:
    rich = build_rich_register(db, seeds)
    steps = [s for s in handling_steps(db) if s.case_id == rich.courier]
    assert [(s.action, s.on, s.unit, s.role, s.handling_round) for s in steps] == [
        (Action.LINK, date(2023, 1, 12), None, None, None),
        (Action.ASSIGN, date(2023, 1, 20), "市邮政管理局", AssignmentRole.LEAD, 1),
        (Action.ASSIGN, date(2023, 1, 20), "市交通运输局", AssignmentRole.ASSISTING, 1),
        (Action.ACKNOWLEDGE, date(2023, 1, 22), "市邮政管理局", AssignmentRole.LEAD, 1),
        (Action.CHANGE_UNIT, date(2023, 1, 25), "市市场监管局", AssignmentRole.LEAD, 1),
        (Action.ACKNOWLEDGE, date(2023, 1, 26), "市市场监管局", AssignmentRole.LEAD, 1),
        (Action.LINK, date(2023, 2, 1), None, None, None),
        (Action.REPLY, date(2023, 2, 10), "市交通运输局", AssignmentRole.ASSISTING, 1),
        (Action.SUPERVISE, date(2023, 3, 1), None, None, None),
        (Action.REPLY, date(2023, 3, 20), "市市场监管局", AssignmentRole.LEAD, 1),
        (Action.RATE, date(2023, 3, 30), None, None, 1),
        (Action.REHANDLE, date(2023, 4, 5), None, None, 2),
        (Action.REPLY, date(2023, 4, 25), "市市场监管局", AssignmentRole.LEAD, 2),
        (Action.RATE, date(2023, 5, 1), None, None, 2),
        (Action.CLOSE, date(2023, 5, 10), None, None, 2),
        (Action.FOLLOW_UP, date(2023, 9, 1), None, None, None),
    ]
    change = steps[4]
    assert (change.previous_unit, change.due_on) == ("市邮政管理局", date(2023, 4, 25))
    assert [(s.linked_session, s.linked_number) for s in steps if s.action is Action.LINK] == [
        ("市九届人大二次会议", "0013"),
        ("2023年闭会期间", "0014"),
    ]
    assisting_reply, supervision, lead_reply, rating = steps[7], steps[8], steps[9], steps[10]
    assert assisting_reply.text == "同意主办单位意见" and assisting_reply.result_code is None
    assert (supervision.supervision_kind, supervision.text, supervision.participants) == (
        SupervisionKind.SITE_VISIT,
        "实地察看快递网点",
        "周副主任",
    )
    assert (lead_reply.result_code, lead_reply.contact_method, lead_reply.contact_person, lead_reply.text) == (
        "B",
        ContactMethod.FACE_TO_FACE,
        ContactPerson.UNIT_HEAD,
        "-保留意见",
    )
    assert (rating.deputy, rating.overall, rating.handling_level, rating.result_level, rating.text) == (
        "魏敏",
        "unsatisfied",
        "basically_satisfied",
        "unsatisfied",
        "再落实",
    )
    # the second round is due a month from the unsatisfied rating (3-30), not from its own start
    assert (steps[11].due_on, steps[15].result_code, steps[15].text) == (date(2023, 4, 30), "A", "已落实")


def test_decisions_withdrawal_and_links_on_both_sides(db: Database, seeds: Seeds) -> None:
    rich = build_rich_register(db, seeds)
    steps = [(s.action, s.on, s.text, s.linked_number) for s in handling_steps(db) if s.case_id == rich.motion]
    assert steps == [
        (Action.CONVERT_TO_SUGGESTION, date(2023, 1, 10), "大会主席团", None),
        (Action.LINK, date(2023, 1, 12), None, "0012"),
        (Action.WITHDRAW, date(2023, 1, 20), "代表撤回", None),
    ]
    assert [s.action for s in handling_steps(db, CaseFilter(session_id=seeds.interim_id))] == [Action.LINK]


def test_steps_are_read_with_the_same_few_queries_whatever_the_number_of_cases(db: Database, seeds: Seeds) -> None:
    def statements_and_steps() -> tuple[list[str], int]:
        statements: list[tuple[str, object]] = []

        def record(*args: object) -> None:
            statements.append((str(args[2]), args[3]))

        event.listen(db.engine, "before_cursor_execute", record)
        try:
            count = len(list(handling_steps(db)))
        finally:
            event.remove(db.engine, "before_cursor_execute", record)
        selects = [text for text, _ in statements if text.lstrip().startswith("SELECT")]
        assert all(not parameters or len(parameters) <= 20 for _, parameters in statements)  # no list of case ids
        return selects, count

    for number in range(1, 4):
        build_case(db, seeds, str(number), assigned_on=date(2023, 2, 1), replied_on=date(2023, 3, 1))
    few, steps = statements_and_steps()
    assert steps == 3 * 2  # assigned, replied
    for number in range(4, 31):
        build_case(db, seeds, str(number), assigned_on=date(2023, 2, 1), replied_on=date(2023, 3, 1))
    many, steps = statements_and_steps()
    assert steps == 30 * 2
    assert many == few  # the same statements: one per table, not one per case or per batch of cases
    assert len(many) <= 10


def test_a_filtered_history_is_the_whole_history_of_the_filtered_cases(db: Database, seeds: Seeds) -> None:
    build_rich_register(db, seeds)  # its courier case changed its lead unit: 市邮政管理局 → 市市场监管局
    build_case(db, seeds, "21", assigned_on=date(2023, 2, 1), replied_on=date(2023, 3, 1))
    everything = list(handling_steps(db))
    filters = [
        CaseFilter(lead_unit_id=seeds.units["市市场监管局"]),  # a subquery on assignments
        CaseFilter(lead_unit_id=seeds.units["市邮政管理局"]),
        CaseFilter(unit_kind=UnitKind.GOVERNMENT),
        CaseFilter(include_withdrawn=False),
        CaseFilter(session_id=seeds.interim_id),
        CaseFilter(kind=CaseKind.MOTION),
    ]
    for case_filter in filters:
        cases = {row.id for row in iter_case_rows(db, case_filter)}
        assert list(handling_steps(db, case_filter)) == [s for s in everything if s.case_id in cases], case_filter
    assert {s.case_id for s in handling_steps(db, filters[0])} != {s.case_id for s in handling_steps(db, filters[1])}


def test_the_steps_of_some_cases_come_in_the_order_asked(db: Database, seeds: Seeds) -> None:
    rich = build_rich_register(db, seeds)
    everything = list(handling_steps(db))
    with db.read() as session:
        steps = case_steps(session, [rich.motion, rich.courier, 999_999])
    assert steps == [s for s in everything if s.case_id == rich.motion] + [
        s for s in everything if s.case_id == rich.courier
    ]


def test_overdue_replies_are_those_the_statistics_count(db: Database, seeds: Seeds) -> None:
    build_case(db, seeds, "1", assigned_on=date(2023, 2, 1))  # due 2023-05-01, never replied
    build_case(db, seeds, "2", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 1))
    build_case(db, seeds, "3", assigned_on=date(2023, 2, 1), replied_on=date(2023, 6, 1))  # late
    build_case(db, seeds, "4", assigned_on=date(2023, 5, 1))  # not due yet
    as_of = date(2023, 5, 31)
    overdue = overdue_assignments(db, 2023, as_of)
    assert [(o.number, o.unit, o.due_on, o.days_overdue) for o in overdue] == [
        ("1", "市邮政管理局", date(2023, 5, 1), 30),
        ("3", "市邮政管理局", date(2023, 5, 1), 30),
    ]
    assert compute_statistics(db, 2023, as_of=as_of).figures.overdue == len(overdue)
    assert [o.number for o in overdue_assignments(db, 2023, date(2023, 6, 30))] == ["1"]


def test_each_unit_has_its_list_with_its_own_dates(db: Database, seeds: Seeds) -> None:
    rich = build_rich_register(db, seeds)
    lists = {unit_list.unit: unit_list.cases for unit_list in unit_case_lists(db)}
    assert set(lists) == {"市市场监管局", "市交通运输局"}  # the unit changed away keeps no list
    (supervised,) = lists["市市场监管局"]
    assert (supervised.case_id, supervised.role, supervised.handling_round) == (rich.courier, AssignmentRole.LEAD, 2)
    assert (supervised.assigned_on, supervised.replied_on, supervised.result_code, supervised.state) == (
        date(2023, 4, 5),
        date(2023, 4, 25),
        "A",
        CaseState.CLOSED,
    )
    assert [c.role for c in lists["市交通运输局"]] == [AssignmentRole.ASSISTING]


def test_result_and_rating_counts_add_up_to_the_statistics(db: Database, seeds: Seeds) -> None:
    for number, result, rating in (
        ("1", "A", "satisfied"),
        ("2", "A", "basically_satisfied"),
        ("3", "B", "unsatisfied"),
    ):
        build_case(
            db,
            seeds,
            number,
            assigned_on=date(2023, 2, 1),
            replied_on=date(2023, 4, 1),
            result=result,
            rated_on=date(2023, 4, 10),
            rating=rating,
        )
    build_case(
        db, seeds, "4", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 1), result="C", unit="市交通运输局"
    )
    outcomes = cohort_outcomes(db, 2023, date(2023, 12, 31))
    assert outcomes.overall.results == {"A": 2, "B": 1, "C": 1}
    assert outcomes.overall.ratings == {"satisfied": 1, "basically_satisfied": 1, "unsatisfied": 1}
    assert outcomes.by_lead_unit[seeds.units["市交通运输局"]].results == {"C": 1}
    stats = compute_statistics(db, 2023, as_of=date(2023, 12, 31))
    assert outcomes.overall.results["A"] == stats.figures.resolved
    assert sum(outcomes.overall.ratings.values()) == stats.figures.rated
    assert cohort_outcomes(db, 2023, date(2023, 3, 31)).overall.results == {}  # nothing replied yet
