from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from casebook.domain.enums import CaseKind
from casebook.domain.metrics import Figures, Rate, RateName, percent, same_day_a_year_earlier
from casebook.domain.report_sentences import narrative


@pytest.mark.parametrize(
    ("numerator", "denominator", "expected"),
    [
        (188, 250, "75.2"),
        (141, 200, "70.5"),
        (1, 16, "6.3"),  # 6.25 → half up
        (17, 400, "4.3"),  # 4.25 → half up
        (1, 40, "2.5"),
        (1, 3, "33.3"),
        (2, 3, "66.7"),
        (5, 5, "100.0"),
        (0, 7, "0.0"),
        (1, 2000, "0.1"),  # 0.05 → half up
        (1, 2001, "0.0"),  # 0.0499…
    ],
)
def test_percent_one_decimal_half_up(numerator: int, denominator: int, expected: str) -> None:
    assert percent(numerator, denominator) == Decimal(expected)


def test_no_cases_no_rate() -> None:
    assert percent(0, 0) is None
    assert Rate(0, 0).change_from(Rate(1, 2)) is None


def test_change_is_the_difference_of_the_rounded_rates() -> None:
    assert Rate(188, 250).change_from(Rate(141, 200)) == Decimal("4.7")
    # 1/16 = 6.25 → 6.3 and 1/8 = 12.5: the change is 6.2, not 6.25 rounded.
    assert Rate(1, 8).change_from(Rate(1, 16)) == Decimal("6.2")


def test_same_day_a_year_earlier() -> None:
    assert same_day_a_year_earlier(date(2024, 2, 29)) == date(2023, 2, 28)
    assert same_day_a_year_earlier(date(2022, 12, 31)) == date(2021, 12, 31)


@pytest.fixture
def chinese() -> Iterator[None]:
    from casebook.ui.translation import use_language

    use_language("zh_CN")
    yield
    use_language("en")


SEED_2022 = Figures(total=250, resolved=188)
SEED_2021 = Figures(total=200, resolved=141)


def test_the_seed_sentence(chinese: None) -> None:
    sentences = narrative(CaseKind.SUGGESTION, 2022, date(2022, 12, 31), SEED_2022, SEED_2021)
    assert sentences[0] == "全年督办代表建议250件，解决188件，建议解决率达75.2%，同比上升4.7个百分点。"


def test_the_seed_sentence_in_english() -> None:
    sentences = narrative(CaseKind.SUGGESTION, 2022, date(2022, 12, 31), SEED_2022, SEED_2021)
    assert sentences[0] == (
        "In 2022, 250 deputies' suggestions were supervised and 188 resolved; "
        "the resolution rate reached 75.2%, up 4.7 percentage points on the previous year."
    )


@pytest.mark.parametrize(
    ("previous", "ending"),
    [
        (Figures(total=200, resolved=170), "建议解决率达75.2%，同比下降9.8个百分点。"),  # 85.0
        (Figures(total=1000, resolved=752), "建议解决率达75.2%，同比持平。"),
        (Figures(), "建议解决率达75.2%。"),  # no previous cohort: no comparison
    ],
)
def test_down_flat_and_no_comparison(chinese: None, previous: Figures, ending: str) -> None:
    assert narrative(CaseKind.SUGGESTION, 2022, date(2022, 12, 31), SEED_2022, previous)[0].endswith(ending)


def test_inside_the_year_says_as_of(chinese: None) -> None:
    first = narrative(CaseKind.SUGGESTION, 2023, date(2023, 6, 30), SEED_2022, SEED_2021)[0]
    assert first.startswith("截至6月30日，督办代表建议250件")


def test_motions_key_satisfaction_on_time_and_meetings(chinese: None) -> None:
    figures = Figures(
        total=10, resolved=9, rated=8, satisfied=7, replies_due=10, replied_on_time=10, replies=10, met_face_to_face=6
    )
    key = Figures(total=5, resolved=4)
    suggestion = narrative(
        CaseKind.SUGGESTION,
        2022,
        date(2022, 12, 31),
        figures,
        Figures(rated=4, satisfied=4, replies_due=10, replied_on_time=9),
        key,
    )
    assert suggestion[1:] == [
        "其中重点督办建议5件，解决4件，解决率80.0%。",
        "代表反馈测评意见8件，满意和基本满意7件，满意率87.5%，同比下降12.5个百分点。",
        "应答复10件次，按期答复10件次，按期答复率100.0%，同比上升10.0个百分点。",
        "承办单位当面沟通6件次，见面率60.0%。",
    ]
    motion = narrative(CaseKind.MOTION, 2022, date(2022, 12, 31), Figures(total=1, replied=1, resolved=1), Figures())
    assert motion == ["全年办理代表议案1件，已全部办结答复。"]
    open_motions = narrative(CaseKind.MOTION, 2022, date(2022, 12, 31), Figures(total=3, replied=1), Figures())
    assert open_motions == ["全年办理代表议案3件，已办结答复1件。"]  # never 「议案解决率达0.0%」


def test_zero_cases(chinese: None) -> None:
    assert narrative(CaseKind.SUGGESTION, 2024, date(2024, 12, 31), Figures(), Figures()) == ["全年暂无代表建议。"]


def test_rates_are_named_consistently() -> None:
    f = Figures(
        total=4,
        resolved=1,
        accomplished=2,
        rated=2,
        satisfied=1,
        first_rated=2,
        first_satisfied=2,
        replies_due=3,
        replied_on_time=3,
        replies=4,
        met_face_to_face=1,
    )
    assert {name: f.rate(name).value for name in RateName} == {
        RateName.RESOLUTION: Decimal("25.0"),
        RateName.ACCOMPLISHMENT: Decimal("50.0"),
        RateName.SATISFACTION: Decimal("50.0"),
        RateName.FIRST_SATISFACTION: Decimal("100.0"),
        RateName.ON_TIME: Decimal("100.0"),
        RateName.FACE_TO_FACE: Decimal("25.0"),
    }
