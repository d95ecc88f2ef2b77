"""Three offices' conventions (issue 16): the figures and the report sentences follow the settings
character for character — two decimals with shares adding to 100; 「办结率」 counting A only with
基本满意 not satisfied; truncation with whole-number class shares and 「解决和正在解决」 = A+B."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from casebook.domain.enums import ContactMethod
from casebook.domain.errors import RuleViolation
from casebook.services.admin.office import get_settings, update_settings
from casebook.services.statistics.export import statistics_dict
from casebook.services.statistics.figures import compute_statistics
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.services.case_builder import build_case

END_2023 = date(2023, 12, 31)


@pytest.fixture
def chinese() -> Iterator[None]:
    from casebook.ui.translation import use_language

    use_language("zh_CN")
    yield
    use_language("en")


@pytest.fixture
def register(db: Database, seeds: Seeds) -> None:
    """Three suggestions of 2023, answered on time and met in person: A 满意, B 基本满意, C 不满意;
    two of them in the category 城乡建设."""
    for number, result, rating in (
        ("1", "A", "satisfied"),
        ("2", "B", "basically_satisfied"),
        ("3", "C", "unsatisfied"),
    ):
        build_case(
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


def figures(db: Database) -> dict[str, Any]:
    return statistics_dict(compute_statistics(db, 2023, as_of=END_2023))


def texts(entries: list[dict[str, Any]]) -> list[str]:
    return [entry["text"] for entry in entries]


def test_the_seeds_conventions(db: Database, register: None, chinese: None) -> None:
    data = figures(db)
    assert texts(data["class_shares"]) == ["33.3%", "33.3%", "33.3%", "0.0%"]
    assert data["narrative_sentences"] == [
        "全年督办代表建议3件，解决1件，建议解决率达33.3%。",
        "代表反馈测评意见3件，满意和基本满意2件，满意率66.7%。",
        "应答复3件次，按期答复3件次，按期答复率100.0%。",
        "承办单位当面沟通3件次，见面率100.0%。",
    ]


def test_two_decimals_with_shares_adding_to_100(db: Database, register: None, chinese: None) -> None:
    update_settings(
        db,
        rate_decimals=2,
        class_share_decimals=2,
        category_share_decimals=2,
        rating_share_decimals=2,
        shares_add_to_100=True,
    )
    data = figures(db)
    assert [(c["code"], c["share"], c["text"]) for c in data["class_shares"]] == [
        ("A", 33.34, "33.34%"),
        ("B", 33.33, "33.33%"),
        ("C", 33.33, "33.33%"),
        ("D", 0.0, "0.00%"),
    ]
    assert texts(data["category_shares"]) == ["66.67%", "33.33%"]
    assert texts(data["rating_levels"]) == ["33.34%", "33.33%", "33.33%"]
    assert (data["resolution_rate"], data["satisfaction_rate"]) == (33.33, 66.67)
    assert data["reply_rate"] == {"numerator": 3, "denominator": 3, "rate": 100.0, "text": "100.00%"}
    assert data["narrative_sentences"] == [
        "全年督办代表建议3件，解决1件，建议解决率达33.33%。",
        "代表反馈测评意见3件，满意和基本满意2件，满意率66.67%。",
        "应答复3件次，按期答复3件次，按期答复率100.00%。",
        "承办单位当面沟通3件次，见面率100.00%。",
    ]


def test_closing_rate_of_a_only_and_basically_satisfied_not_satisfied(
    db: Database, register: None, chinese: None
) -> None:
    options = tuple(replace(option, satisfied=option.code == "satisfied") for option in get_settings(db).rating_options)
    update_settings(
        db, resolution_rate_name="办结率", resolved_word="办结", resolved_categories=("A",), rating_options=options
    )
    data = figures(db)
    assert (data["resolved"], data["resolution_rate"]) == (1, 33.3)
    assert (data["satisfied"], data["satisfaction_rate"]) == (1, 33.3)
    assert data["narrative_sentences"][:2] == [
        "全年督办代表建议3件，办结1件，建议办结率达33.3%。",
        "代表反馈测评意见3件，满意1件，满意率33.3%。",
    ]


def test_truncation_whole_class_shares_and_a_b_resolved(db: Database, register: None, chinese: None) -> None:
    update_settings(
        db,
        rate_rounding="truncate",
        class_share_decimals=0,
        class_share_rounding="truncate",
        rating_share_rounding="truncate",
        resolved_categories=("A", "B"),
        resolution_rate_name="解决和正在解决率",
        resolved_word="解决和正在解决",
    )
    data = figures(db)
    assert texts(data["class_shares"]) == ["33%", "33%", "33%", "0%"]
    assert texts(data["rating_levels"]) == ["33.3%", "33.3%", "33.3%"]
    assert texts(data["category_shares"]) == ["66.7%", "33.3%"]  # category shares keep half up
    assert (data["resolution_rate"], data["satisfaction_rate"]) == (66.6, 66.6)
    assert data["narrative_sentences"][:2] == [
        "全年督办代表建议3件，解决和正在解决2件，建议解决和正在解决率达66.6%。",
        "代表反馈测评意见3件，满意和基本满意2件，满意率66.6%。",
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"rate_decimals": 3}, "rate_decimals"),
        ({"class_share_rounding": "bankers"}, "class_share_rounding"),
        ({"shares_add_to_100": "yes"}, "shares_add_to_100"),
        ({"rating_share_decimals": True}, "rating_share_decimals"),
    ],
)
def test_a_bad_convention_is_refused_and_nothing_changes(db: Database, change: dict[str, Any], message: str) -> None:
    before = get_settings(db)
    with pytest.raises(RuleViolation) as refused:
        update_settings(db, **change)
    assert message in refused.value.message
    assert get_settings(db) == before


def test_the_enumeration_style_lists_every_class_with_its_share(db: Database, register: None, chinese: None) -> None:
    update_settings(db, report_template="enumeration", class_share_decimals=2, shares_add_to_100=True)
    assert figures(db)["narrative_sentences"][0] == (
        "全年督办代表建议3件，其中所提问题已经解决或基本解决的(A类)1件，占33.34%；"
        "正在解决或列入计划逐步解决的(B类)1件，占33.33%；因条件限制需以后解决的(C类)1件，占33.33%；"
        "留作参考的(D类)0件，占0.00%。"
    )


def test_an_office_template_fills_its_placeholders(db: Database, register: None, chinese: None) -> None:
    template = (
        "{period}共交办建议{total}件（比上年{total_change}件），办复率{reply_rate}%，办结率{closing_rate}%，"
        "解决{resolved}件，解决率{resolution_rate}%{change}。"
    )
    update_settings(db, report_template=template, rate_decimals=0)
    sentences = figures(db)["narrative_sentences"]
    assert sentences[0] == "全年共交办建议3件（比上年+3件），办复率100%，办结率0%，解决1件，解决率33%。"
    assert sentences[1] == "代表反馈测评意见3件，满意和基本满意2件，满意率67%。"


@pytest.mark.parametrize(
    ("template", "named"),
    [
        ("{total}件，{unknown}", "“unknown”"),
        ("{0}", "“0”"),
        ("{total:x}件", "“total:x”"),
        ("{total.real}件", "“total.real”"),
        ("{total!r}件", "“total!r”"),
        ("{total", "do not pair up"),
        ("共{total}件}", "do not pair up"),
    ],
)
def test_a_template_it_cannot_fill_is_refused_in_words(db: Database, template: str, named: str) -> None:
    with pytest.raises(RuleViolation) as refused:
        update_settings(db, report_template=template)
    assert named in refused.value.message
    assert "{period} {total} {resolved}" in refused.value.message
    assert "Single" not in refused.value.message and "encountered" not in refused.value.message  # Python's own words
    assert get_settings(db).report_template == ""


def test_braces_meant_as_text_are_written_twice(db: Database, register: None, chinese: None) -> None:
    update_settings(db, report_template="全年{total}件{{含转办}}")
    assert figures(db)["narrative_sentences"][0] == "全年3件{含转办}"
