"""The year's 群众意见 figures: counts by each step's date as of a day, the rates with numerator and
denominator in the office's rounding, by station, and the sentences in the office's words."""

from __future__ import annotations

from datetime import date

from casebook import clock
from casebook.catalogue import use_language
from casebook.domain.enums import RatingLevel
from casebook.domain.opinion_figures import OpinionFigures, OpinionRateName
from casebook.services.statistics.opinions import opinion_statistics, opinion_statistics_dict
from casebook.services.steps.opinions import FeedbackDraft, pass_on, record_answer, record_feedback, register_opinion
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.services.opinion_builder import add_stations, road_lamp

VIEWS = (RatingLevel.SATISFIED, RatingLevel.BASICALLY_SATISFIED, RatingLevel.UNSATISFIED)


def six_opinions(db: Database, seeds: Seeds) -> None:
    """Six opinions of 2023 (four at 华阳, two at 京口三组): five passed on, four answered, three fed back
    (满意, 基本满意, 不满意); and one of 2022 that does not count in 2023."""
    stations = add_stations(db, seeds)
    unit = seeds.units["市交通运输局"]
    with clock.fixed(date(2023, 12, 31)):
        register_opinion(db, road_lamp(stations.huayang, received_on=date(2022, 12, 30)))
        numbers = [
            register_opinion(db, road_lamp(stations.huayang, received_on=date(2023, 3, d))) for d in (1, 2, 3, 4)
        ]
        numbers += [register_opinion(db, road_lamp(stations.jingkou, received_on=date(2023, 4, d))) for d in (1, 2)]
        for i, number in enumerate(numbers[:5]):
            pass_on(db, number, unit, date(2023, 5, 1 + i))
        for i, number in enumerate(numbers[:4]):
            record_answer(db, number, date(2023, 6, 1 + i), "已办理")
        for i, number in enumerate(numbers[:3]):
            record_feedback(db, number, FeedbackDraft(date(2023, 7, 1 + i), voter_view=VIEWS[i]))


def test_the_year_as_of_its_end_and_as_of_a_day_inside_it(db: Database, seeds: Seeds) -> None:
    six_opinions(db, seeds)
    with clock.fixed(date(2024, 2, 1)):
        year = opinion_statistics(db, 2023)
        june = opinion_statistics(db, 2023, as_of=date(2023, 6, 2))
    assert year.as_of == date(2023, 12, 31)
    assert year.figures == OpinionFigures(
        received=6, passed_on=5, answered=4, fed_back=3, closed=0, viewed=3, satisfied=2
    )
    assert [year.rate_text(name) for name in OpinionRateName] == ["80.0%", "75.0%", "66.7%"]
    assert [(row.name, row.figures.received, row.figures.answered) for row in year.by_station] == [
        ("华阳街道人大代表联络总站", 4, 4),
        ("京口三组", 2, 0),
    ]
    assert june.figures == OpinionFigures(received=6, passed_on=5, answered=2, fed_back=0, viewed=0, satisfied=0)
    assert june.rate_text(OpinionRateName.ANSWER) == "40.0%"
    data = opinion_statistics_dict(year)
    assert data["rates"]["answer_rate"] == {"numerator": 4, "denominator": 5, "rate": 80.0, "text": "80.0%"}
    assert data["by_station"][1]["rates"]["answer_rate"] == {
        "numerator": 0,
        "denominator": 1,
        "rate": 0.0,
        "text": "0.0%",
    }


def test_the_sentences_in_the_offices_words(db: Database, seeds: Seeds) -> None:
    six_opinions(db, seeds)
    use_language("zh_CN")
    try:
        with clock.fixed(date(2024, 2, 1)):
            sentences = opinion_statistics(db, 2023).sentences
    finally:
        use_language("en")
    assert sentences == [
        "全年各代表联络站共收集群众意见建议6件，及时转交部门办理5件，已办复4件，办复率80.0%。",
        "已向群众反馈办理结果3件，反馈率75.0%。",
        "表达评价意见的群众3人次中，满意和基本满意2人次，群众满意率66.7%。",
    ]


def test_a_year_without_opinions(db: Database) -> None:
    with clock.fixed(date(2024, 2, 1)):
        stats = opinion_statistics(db, 2023)
    assert stats.figures == OpinionFigures() and stats.by_station == ()
    assert stats.sentences == ["In 2023, no opinions from the public were registered."]
    assert stats.rate_text(OpinionRateName.ANSWER) == "—"
