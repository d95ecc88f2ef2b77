"""The statistics as of a date: every metric, the previous year, breakdowns, honesty of as-of."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from casebook.domain.enums import AssignmentRole, CaseKind, ContactMethod
from casebook.domain.metrics import Figures, RateName
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.assignments import assign_case, change_unit
from casebook.services.steps.cases import convert_to_suggestion, withdraw_case
from casebook.services.steps.closing import record_follow_up
from casebook.services.steps.ratings import RatingDraft, record_rating, rehandle_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.services.case_builder import build_case

END_2023 = date(2023, 12, 31)


def test_an_empty_cohort_has_no_rates(db: Database, seeds: Seeds) -> None:
    stats = compute_statistics(db, 2023, as_of=END_2023)
    assert stats.figures == Figures()
    assert stats.rate(RateName.RESOLUTION).value is None
    assert stats.change(RateName.RESOLUTION) is None
    assert stats.breakdowns["lead_unit"] == ()
    assert stats.unit_ranking == ()


def test_counts_and_rates_of_a_small_cohort(db: Database, seeds: Seeds) -> None:
    b = dict(db=db, seeds=seeds)
    build_case(
        **b,
        number="1",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 4, 1),
        result="A",
        contact=ContactMethod.FACE_TO_FACE,
        rated_on=date(2023, 4, 20),
        rating="satisfied",
    )
    build_case(
        **b,
        number="2",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 5, 10),
        result="B",
        contact=ContactMethod.PHONE,
        rated_on=date(2023, 5, 20),
        rating="unsatisfied",
    )  # late reply
    build_case(
        **b,
        number="3",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 3, 1),
        result="C",
        contact=ContactMethod.MEETING,
        rated_on=date(2023, 3, 20),
        rating="basically_satisfied",
    )
    build_case(**b, number="4", assigned_on=date(2023, 2, 1))  # overdue since 1 May
    build_case(**b, number="5", assigned_on=date(2023, 11, 1))  # due in February: not yet due
    build_case(**b, number="6")  # registered only
    gone = build_case(**b, number="7")
    withdraw_case(db, gone.case_id, date(2023, 1, 20))  # leaves the cohort
    build_case(**b, number="M1", kind=CaseKind.MOTION)  # another kind

    f = compute_statistics(db, 2023, as_of=END_2023).figures
    assert f == Figures(
        total=6,
        assigned=5,
        replied=3,
        resolved=1,
        accomplished=2,
        rated=3,
        satisfied=2,
        first_rated=3,
        first_satisfied=2,
        replies_due=4,
        replied_on_time=2,
        overdue=1,
        replies=3,
        met_face_to_face=2,
    )
    assert f.rate(RateName.RESOLUTION).value == Decimal("16.7")  # 1/6
    assert f.rate(RateName.ACCOMPLISHMENT).value == Decimal("33.3")
    assert f.rate(RateName.SATISFACTION).value == Decimal("66.7")
    assert f.rate(RateName.ON_TIME).value == Decimal("50.0")
    assert f.rate(RateName.FACE_TO_FACE).value == Decimal("66.7")
    motions = compute_statistics(db, 2023, as_of=END_2023, kind=CaseKind.MOTION).figures
    assert motions.total == 1


def test_as_of_is_honest_about_business_dates(db: Database, seeds: Seeds) -> None:
    built = build_case(db, seeds, "1", assigned_on=date(2023, 2, 1))
    march = compute_statistics(db, 2023, as_of=date(2023, 3, 31)).figures
    assert (march.replied, march.resolved) == (0, 0)
    # Typed in today, with the business date of last March: the March figures change.
    record_reply(db, built.assignment_id or 0, ReplyDraft(date(2023, 3, 15), "A", ContactMethod.FACE_TO_FACE))
    march = compute_statistics(db, 2023, as_of=date(2023, 3, 31)).figures
    assert (march.replied, march.resolved, march.met_face_to_face) == (1, 1, 1)
    # ...and the figures of a date before the reply do not.
    before = compute_statistics(db, 2023, as_of=date(2023, 3, 14)).figures
    assert (before.replied, before.resolved) == (0, 0)


def test_a_reply_dated_after_the_as_of_date_changes_nothing(db: Database, seeds: Seeds) -> None:
    build_case(db, seeds, "1", assigned_on=date(2023, 2, 1))
    snapshot = compute_statistics(db, 2023, as_of=date(2023, 6, 30))
    other = build_case(db, seeds, "2", assigned_on=date(2023, 2, 1))
    record_reply(db, other.assignment_id or 0, ReplyDraft(date(2023, 7, 1), "A"))
    again = compute_statistics(db, 2023, as_of=date(2023, 6, 30))
    assert again.figures.resolved == snapshot.figures.resolved == 0
    assert again.figures.total == 2


def test_follow_up_changes_the_result_from_its_date_on(db: Database, seeds: Seeds) -> None:
    built = build_case(
        db,
        seeds,
        "1",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 4, 1),
        result="B",
        rated_on=date(2023, 4, 10),
    )
    record_follow_up(db, built.case_id, date(2024, 3, 1), "A", measures="已建成")
    assert compute_statistics(db, 2023, as_of=END_2023).figures.resolved == 0
    assert compute_statistics(db, 2023, as_of=date(2024, 3, 1)).figures.resolved == 1


def test_latest_rating_and_first_round_satisfaction(db: Database, seeds: Seeds) -> None:
    built = build_case(
        db,
        seeds,
        "1",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 4, 1),
        rated_on=date(2023, 4, 10),
        rating="unsatisfied",
    )
    second = rehandle_case(db, built.case_id, date(2023, 4, 15))
    record_reply(db, second[0].id, ReplyDraft(date(2023, 5, 1), "A"))
    record_rating(db, built.case_id, RatingDraft(seeds.wei_min, date(2023, 5, 10), "satisfied"))
    stats = compute_statistics(db, 2023, as_of=END_2023)
    assert stats.figures.rate(RateName.SATISFACTION).value == Decimal("100.0")
    assert stats.figures.rate(RateName.FIRST_SATISFACTION).value == Decimal("0.0")
    between = compute_statistics(db, 2023, as_of=date(2023, 5, 5)).figures
    assert (between.rated, between.satisfied) == (1, 0)
    # Two replies due (round 1 on 2023-05-01, round 2 on 2023-05-15), both made in time.
    assert (stats.figures.replies_due, stats.figures.replied_on_time) == (2, 2)


def test_converted_motion_counts_as_a_suggestion_from_its_decision(db: Database, seeds: Seeds) -> None:
    motion = build_case(db, seeds, "M1", kind=CaseKind.MOTION)
    convert_to_suggestion(db, motion.case_id, date(2023, 1, 8))
    assert compute_statistics(db, 2023, as_of=date(2023, 1, 7)).figures.total == 0
    assert compute_statistics(db, 2023, as_of=date(2023, 1, 7), kind=CaseKind.MOTION).figures.total == 1
    assert compute_statistics(db, 2023, as_of=END_2023).figures.total == 1


def test_a_changed_unit_is_not_overdue_and_the_new_one_is_measured(db: Database, seeds: Seeds) -> None:
    built = build_case(db, seeds, "1", assigned_on=date(2023, 2, 1))
    change_unit(db, built.assignment_id or 0, seeds.units["市市场监管局"], date(2023, 2, 5))
    stats = compute_statistics(db, 2023, as_of=END_2023)
    assert (stats.figures.replies_due, stats.figures.overdue) == (1, 1)
    units = {row.name: row.figures for row in stats.breakdowns["lead_unit"]}
    assert set(units) == {"市市场监管局"}
    assert units["市市场监管局"].overdue == 1


def test_previous_year_at_the_same_day_and_change(db: Database, seeds: Seeds) -> None:
    for i in range(4):  # 2022: 1 of 4 resolved by 30 June (25.0%)
        build_case(
            db,
            seeds,
            f"22-{i}",
            submitted_on=date(2022, 1, 7),
            assigned_on=date(2022, 2, 1),
            replied_on=date(2022, 3, 1) if i == 0 else date(2022, 9, 1),
            result="A",
        )
    for i in range(2):  # 2023: 1 of 2 resolved by 30 June (50.0%)
        build_case(
            db,
            seeds,
            f"23-{i}",
            assigned_on=date(2023, 2, 1),
            replied_on=date(2023, 3, 1) if i == 0 else date(2023, 9, 1),
            result="A",
        )
    stats = compute_statistics(db, 2023, as_of=date(2023, 6, 30))
    assert stats.previous_as_of == date(2022, 6, 30)
    assert (stats.previous.total, stats.previous.resolved) == (4, 1)
    assert stats.change(RateName.RESOLUTION) == Decimal("25.0")
    year_end = compute_statistics(db, 2023, as_of=END_2023)
    assert year_end.previous.resolved == 4
    assert year_end.change(RateName.RESOLUTION) == Decimal("0.0")  # 100.0% both years: 持平


def test_breakdowns_and_ranking(db: Database, seeds: Seeds) -> None:
    build_case(
        db,
        seeds,
        "1",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 3, 1),
        result="A",
        contact=ContactMethod.FACE_TO_FACE,
        rated_on=date(2023, 3, 10),
        is_key=True,
        category_id=seeds.category,
    )
    build_case(
        db,
        seeds,
        "2",
        unit="市中级人民法院",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 6, 1),
        result="D",
        contact=ContactMethod.LETTER,
        rated_on=date(2023, 6, 10),
        rating="unsatisfied",
    )
    second_unit = build_case(db, seeds, "3", assigned_on=date(2023, 2, 1))
    assign_case(db, second_unit.case_id, seeds.units["市中级人民法院"], AssignmentRole.LEAD, date(2023, 2, 1))
    stats = compute_statistics(db, 2023, as_of=END_2023)
    units = {row.name: row.figures for row in stats.breakdowns["lead_unit"]}
    assert (units["市邮政管理局"].total, units["市邮政管理局"].resolved) == (2, 1)
    assert (units["市中级人民法院"].total, units["市中级人民法院"].overdue) == (2, 1)
    keys = {row.name: row.figures.total for row in stats.breakdowns["key"]}
    assert keys == {"Key": 1, "Ordinary": 2}
    categories = {row.name: row.figures.total for row in stats.breakdowns["category"]}
    assert categories == {"城乡建设": 1, "(none)": 2}
    assert [s.unit for s in stats.unit_ranking] == ["市邮政管理局", "市中级人民法院"]
    assert stats.unit_ranking[0].rank == 1 and stats.unit_ranking[0].score > stats.unit_ranking[1].score


def test_changing_what_counts_as_resolved_changes_the_figures(db: Database, seeds: Seeds) -> None:
    from casebook.services.admin.office import update_settings

    build_case(
        db,
        seeds,
        "1",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 3, 1),
        result="A",
        rated_on=date(2023, 3, 10),
        rating="basically_satisfied",
    )
    build_case(db, seeds, "2", assigned_on=date(2023, 2, 1), replied_on=date(2023, 3, 1), result="B")
    assert compute_statistics(db, 2023, as_of=END_2023).figures.resolved == 1
    update_settings(db, resolved_categories=("A", "B"))  # 「解决和正在解决」
    assert compute_statistics(db, 2023, as_of=END_2023).figures.resolved == 2
    from dataclasses import replace

    from casebook.services.admin.office import get_settings

    strict = tuple(replace(o, satisfied=o.code == "satisfied") for o in get_settings(db).rating_options)
    update_settings(db, rating_options=strict)
    assert compute_statistics(db, 2023, as_of=END_2023).figures.satisfied == 0
