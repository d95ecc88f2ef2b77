"""The figures published reports give (issue 16): class, category and rating-level shares, 办复率,
办结率, units, 并案, motions handled as suggestions and the change in the number of cases."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest

from casebook.domain.enums import AssignmentRole, CaseKind, ContactMethod
from casebook.services.statistics.export import statistics_dict
from casebook.services.statistics.figures import compute_statistics
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.cases import convert_to_suggestion
from casebook.services.steps.closing import close_case
from casebook.services.steps.supervision import link_cases
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.services.case_builder import build_case

END_2023 = date(2023, 12, 31)


def register(db: Database, seeds: Seeds) -> None:
    """2023: six suggestions (A, A, B, C, one replied without rating, one not replied) and a motion
    handled as a suggestion; one assisting and one court unit; two cases joined; one closed.
    2022: two suggestions."""
    built = {}
    for number, result, rating in (("1", "A", "satisfied"), ("2", "A", "satisfied"), ("3", "B", "basically_satisfied")):
        built[number] = build_case(
            db,
            seeds,
            number,
            assigned_on=date(2023, 2, 1),
            replied_on=date(2023, 4, 1),
            result=result,
            contact=ContactMethod.FACE_TO_FACE,
            rated_on=date(2023, 4, 10),
            rating=rating,
            category_id=seeds.category if number != "3" else None,
        )
    build_case(
        db,
        seeds,
        "4",
        unit="市中级人民法院",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 4, 2),
        result="C",
        rated_on=date(2023, 4, 12),
        rating="unsatisfied",
    )
    build_case(db, seeds, "5", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 3), result="D")
    waiting = build_case(db, seeds, "6", assigned_on=date(2023, 2, 1))
    assign_case(db, waiting.case_id, seeds.units["市市场监管局"], AssignmentRole.ASSISTING, date(2023, 2, 1))
    link_cases(db, built["1"].case_id, built["2"].case_id, date(2023, 2, 2))
    close_case(db, built["1"].case_id, date(2023, 5, 1))
    motion = build_case(db, seeds, "M1", kind=CaseKind.MOTION)
    convert_to_suggestion(db, motion.case_id, date(2023, 1, 20))
    for number in ("22-1", "22-2"):
        build_case(db, seeds, number, submitted_on=date(2022, 1, 7))


def test_published_figures_have_their_numerators_and_denominators(db: Database, seeds: Seeds) -> None:
    register(db, seeds)
    data = statistics_dict(compute_statistics(db, 2023, as_of=END_2023))
    assert data["total"] == 7
    assert [(c["code"], c["count"], c["share"], c["text"]) for c in data["class_shares"]] == [
        ("A", 2, 28.6, "28.6%"),
        ("B", 1, 14.3, "14.3%"),
        ("C", 1, 14.3, "14.3%"),
        ("D", 1, 14.3, "14.3%"),
    ]
    assert data["class_shares"][0]["label"] == "所提问题已经解决或基本解决"
    assert [(c["code"], c["count"], c["text"]) for c in data["category_shares"]] == [
        ("", 5, "71.4%"),
        (str(seeds.category), 2, "28.6%"),
    ]
    assert [(r["code"], r["count"], r["text"]) for r in data["rating_levels"]] == [
        ("satisfied", 2, "50.0%"),
        ("basically_satisfied", 1, "25.0%"),
        ("unsatisfied", 1, "25.0%"),
    ]
    assert [r["count"] for r in data["first_rating_levels"]] == [2, 1, 1]
    assert data["reply_rate"] == {"numerator": 5, "denominator": 7, "rate": 71.4, "text": "71.4%"}
    assert data["closing_rate"] == {"numerator": 1, "denominator": 7, "rate": 14.3, "text": "14.3%"}
    assert data["units"] == {"lead": 2, "all": 3, "by_kind": {"court": 1, "government": 2}}
    assert (data["joint_cases"], data["converted_motions"], data["total_change"]) == (2, 1, 5)
    assert "1 were motions handled as suggestions" in data["narrative"]


def test_counts_stand_on_the_as_of_date(db: Database, seeds: Seeds) -> None:
    register(db, seeds)
    data = statistics_dict(compute_statistics(db, 2023, as_of=date(2023, 3, 1)))
    assert data["reply_rate"]["numerator"] == 0 and data["closing_rate"]["numerator"] == 0
    assert data["joint_cases"] == 2 and data["units"]["all"] == 3
    assert [c["count"] for c in data["class_shares"]] == [0, 0, 0, 0]
    assert data["rating_levels"][0]["share"] is None and data["rating_levels"][0]["text"] == "—"
    early = statistics_dict(compute_statistics(db, 2023, as_of=date(2023, 1, 10)))
    assert (early["total"], early["converted_motions"], early["units"]["all"]) == (6, 0, 0)


def test_the_demo_register_keeps_its_figures_and_adds_the_published_ones(demo_db: Database) -> None:
    stats = compute_statistics(demo_db, 2022)
    data = statistics_dict(stats)
    assert (data["total"], data["resolved"], data["resolution_rate"], data["resolution_rate_change"]) == (
        250,
        188,
        75.2,
        4.7,
    )
    assert sum(c["count"] for c in data["class_shares"]) <= data["replied"]
    assert data["class_shares"][0]["count"] == 188
    assert sum(c["count"] for c in data["category_shares"]) == 250
    assert sum(r["count"] for r in data["rating_levels"]) == data["rated"]
    assert data["total_change"] == 250 - data["previous"]["total"]
    assert data["units"]["lead"] == len(data["by_unit"]) and data["units"]["all"] >= data["units"]["lead"]
    assert sum(data["units"]["by_kind"].values()) == data["units"]["all"]


def test_no_meeting_rate_for_a_register_that_records_no_contact_method(db: Database, seeds: Seeds) -> None:
    for number in ("1", "2"):
        build_case(db, seeds, number, assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 1))
    sentences = statistics_dict(compute_statistics(db, 2023, as_of=END_2023))["narrative_sentences"]
    assert len(sentences) == 2 and not any("in person" in s or "meeting rate" in s for s in sentences)
    build_case(db, seeds, "3", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 1), contact=ContactMethod.PHONE)
    sentences = statistics_dict(compute_statistics(db, 2023, as_of=END_2023))["narrative_sentences"]
    assert sentences[-1] == "Units met the deputies in person for 0 of 3 replies; the meeting rate was 0.0%."


@pytest.fixture
def chinese() -> Iterator[None]:
    from casebook.ui.translation import use_language

    use_language("zh_CN")
    yield
    use_language("en")


def test_motions_are_told_as_answered_never_with_a_rate(db: Database, seeds: Seeds, chinese: None) -> None:
    build_case(db, seeds, "M1", kind=CaseKind.MOTION, assigned_on=date(2023, 2, 1))
    build_case(db, seeds, "M2", kind=CaseKind.MOTION, assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 1))
    open_motion = statistics_dict(compute_statistics(db, 2023, as_of=END_2023, kind=CaseKind.MOTION))
    assert open_motion["narrative_sentences"] == [
        "全年办理代表议案2件，已办结答复1件。",
        "应答复2件次，按期答复1件次，按期答复率50.0%。",
    ]
    assert "解决率" not in open_motion["narrative"]
    build_case(
        db,
        seeds,
        "M3",
        kind=CaseKind.MOTION,
        submitted_on=date(2022, 1, 7),
        assigned_on=date(2022, 2, 1),
        replied_on=date(2022, 4, 1),
    )
    answered = statistics_dict(compute_statistics(db, 2022, kind=CaseKind.MOTION))
    assert answered["narrative_sentences"][0] == "全年办理代表议案1件，已全部办结答复。"
