"""群众意见 through its steps: registered (numbered per year, anonymous allowed), passed on, answered, fed
back, closed; each refusal is in the clerk's words and changes nothing; every step is in the trail."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from casebook import clock
from casebook.domain.enums import ContactMethod, RatingLevel
from casebook.domain.errors import CasebookError, RuleViolation
from casebook.domain.opinions import OpinionState, StationKind
from casebook.services.admin.stations import (
    add_station,
    rename_station,
    set_station_deputies,
    set_station_retired,
    station_rows,
)
from casebook.services.queries.opinions import OpinionFilter, opinion_count, opinion_detail, opinion_list
from casebook.services.steps.opinions import (
    FeedbackDraft,
    close_opinion,
    pass_on,
    record_answer,
    record_feedback,
    register_opinion,
)
from casebook.store.database import Database
from casebook.store.models import Event, VoterOpinion
from tests.conftest import Seeds
from tests.services.opinion_builder import add_stations, road_lamp

TODAY = date(2023, 12, 1)


def snapshot(db: Database) -> list[tuple[object, ...]]:
    with db.read() as session:
        rows = session.execute(select(VoterOpinion).order_by(VoterOpinion.id)).scalars().all()
        events = session.scalar(select(func.count(Event.id)))
        return [(events,)] + [
            (o.year, o.serial, o.state, o.unit_id, o.passed_on, o.answered_on, o.fed_back_on, o.closed_on) for o in rows
        ]


def test_an_opinion_goes_from_the_voter_to_the_unit_and_back(db: Database, seeds: Seeds) -> None:
    stations = add_stations(db, seeds)
    with clock.fixed(TODAY):
        first = register_opinion(db, road_lamp(stations.huayang, deputy_id=seeds.wei_min, category_id=seeds.category))
        anonymous = register_opinion(
            db, road_lamp(stations.jingkou, voter_name="", voter_contact="", received_on=date(2023, 6, 2))
        )
        of_2022 = register_opinion(db, road_lamp(stations.huayang, received_on=date(2022, 11, 3)))
        pass_on(db, first, seeds.units["市交通运输局"], date(2023, 5, 25))
        record_answer(db, first, date(2023, 6, 30), "已列入7月维修计划，7月15日前修复。")
        record_feedback(
            db, first, FeedbackDraft(date(2023, 7, 20), ContactMethod.PHONE, RatingLevel.SATISFIED, "电话告知，已修好")
        )
        close_opinion(db, first, date(2023, 7, 21))
    assert (first, anonymous, of_2022) == ("Opinion 2023-0001", "Opinion 2023-0002", "Opinion 2022-0001")
    detail = opinion_detail(db, "意见2023-0001")
    assert detail.state is OpinionState.CLOSED
    assert (detail.station, detail.deputy, detail.unit, detail.category) == (
        "华阳街道人大代表联络总站",
        "魏敏",
        "市交通运输局",
        "城乡建设",
    )
    assert (detail.passed_on, detail.answered_on, detail.fed_back_on, detail.closed_on) == (
        date(2023, 5, 25),
        date(2023, 6, 30),
        date(2023, 7, 20),
        date(2023, 7, 21),
    )
    assert detail.voter_view is RatingLevel.SATISFIED and detail.feedback_method is ContactMethod.PHONE
    assert opinion_detail(db, "2023-2").voter_name == ""
    assert [r.number for r in opinion_list(db)] == ["Opinion 2023-0002", "Opinion 2023-0001", "Opinion 2022-0001"]
    assert [r.number for r in opinion_list(db, OpinionFilter(year=2023, station_id=stations.huayang))] == [
        "Opinion 2023-0001"
    ]
    assert opinion_count(db, OpinionFilter(state=OpinionState.REGISTERED)) == 2
    with db.read() as session:
        actions = session.scalars(select(Event.action).where(Event.action.like("%opinion%")).order_by(Event.id)).all()
    assert actions == [
        "register_opinion",
        "register_opinion",
        "register_opinion",
        "pass_on_opinion",
        "answer_opinion",
        "feed_back_opinion",
        "close_opinion",
    ]


@pytest.mark.parametrize(
    ("step", "rule"),
    [
        ("answer before passing on", "opinion_step_order"),
        ("feedback before the answer", "opinion_step_order"),
        ("passed on before received", "opinion_date_before_previous_step"),
        ("answered before passed on", "opinion_date_before_previous_step"),
        ("passed on in the future", "opinion_date_in_future"),
        ("received in the future", "opinion_date_in_future"),
        ("passed on twice", "opinion_step_order"),
        ("no content", "opinion_content"),
        ("closed before feedback", "opinion_step_order"),
    ],
)
def test_refused_steps_change_nothing(db: Database, seeds: Seeds, step: str, rule: str) -> None:
    stations = add_stations(db, seeds)
    unit = seeds.units["市交通运输局"]
    with clock.fixed(TODAY):
        registered = register_opinion(db, road_lamp(stations.huayang))
        passed = register_opinion(db, road_lamp(stations.huayang))
        pass_on(db, passed, unit, date(2023, 5, 22))
        before = snapshot(db)
        attempts = {
            "answer before passing on": lambda: record_answer(db, registered, date(2023, 6, 1), "已答复"),
            "feedback before the answer": lambda: record_feedback(db, passed, FeedbackDraft(date(2023, 6, 1))),
            "passed on before received": lambda: pass_on(db, registered, unit, date(2023, 5, 1)),
            "answered before passed on": lambda: record_answer(db, passed, date(2023, 5, 21), "已答复"),
            "passed on in the future": lambda: pass_on(db, registered, unit, date(2023, 12, 2)),
            "received in the future": lambda: register_opinion(
                db, road_lamp(stations.huayang, received_on=date(2024, 1, 1))
            ),
            "passed on twice": lambda: pass_on(db, passed, unit, date(2023, 5, 23)),
            "no content": lambda: register_opinion(db, road_lamp(stations.huayang, content="  ")),
            "closed before feedback": lambda: close_opinion(db, passed, date(2023, 6, 1)),
        }
        with pytest.raises(RuleViolation) as refused:
            attempts[step]()
    assert refused.value.rule == rule
    assert snapshot(db) == before


def test_refusals_in_chinese(db: Database, seeds: Seeds) -> None:
    from casebook.catalogue import use_language

    stations = add_stations(db, seeds)
    with clock.fixed(TODAY):
        number = register_opinion(db, road_lamp(stations.huayang))
        use_language("zh_CN")
        try:
            with pytest.raises(RuleViolation) as early:
                record_answer(db, number, date(2023, 6, 1), "已答复")
            with pytest.raises(RuleViolation) as future:
                pass_on(db, number, seeds.units["市交通运输局"], date(2023, 12, 5))
            messages = [early.value.message, future.value.message]
        finally:
            use_language("en")
    assert messages == [
        "意见2023-0001：意见尚未转交承办单位，不能录入办理答复；该意见当前为“已登记”",
        "意见2023-0001：日期2023-12-05晚于今天（2023-12-01）",
    ]


def test_stations_are_reference_data(db: Database, seeds: Seeds) -> None:
    stations = add_stations(db, seeds)
    with pytest.raises(CasebookError):
        add_station(db, "京口三组", StationKind.DEPUTY_GROUP)  # its name is taken
    renamed = rename_station(db, stations.jingkou, "京口区第三代表小组")
    assert renamed.name == "京口区第三代表小组" and renamed.kind is StationKind.DEPUTY_GROUP
    assert set_station_deputies(db, stations.jingkou, [seeds.other_deputy, seeds.wei_min]).deputies == ("陈静", "魏敏")
    set_station_retired(db, stations.huayang, True)
    with clock.fixed(TODAY), pytest.raises(RuleViolation) as retired:
        register_opinion(db, road_lamp(stations.huayang))
    assert retired.value.rule == "station_retired"
    rows = station_rows(db)
    assert [(r.name, r.retired) for r in rows] == [("京口区第三代表小组", False), ("华阳街道人大代表联络总站", True)]
    assert [r.name for r in station_rows(db, include_retired=False)] == ["京口区第三代表小组"]


def test_a_unit_an_opinion_went_to_is_retired_not_deleted(db: Database, seeds: Seeds) -> None:
    from casebook.services.admin.reference_admin import delete_item
    from casebook.services.admin.reference_admin_rows import ReferenceKind

    stations = add_stations(db, seeds)
    unit = seeds.units["市邮政管理局"]
    with clock.fixed(TODAY):
        pass_on(db, register_opinion(db, road_lamp(stations.huayang)), unit, date(2023, 5, 21))
    with pytest.raises(RuleViolation) as refused:
        delete_item(db, ReferenceKind.UNIT, unit)
    assert refused.value.rule == "in_use"
    assert opinion_detail(db, "2023-0001").unit == "市邮政管理局"


def test_a_deputy_or_category_an_opinion_names_is_retired_not_deleted(db: Database, seeds: Seeds) -> None:
    from casebook.services.admin.reference_admin import delete_item
    from casebook.services.admin.reference_admin_rows import ReferenceKind

    stations = add_stations(db, seeds)  # 魏敏 receives voters at 华阳
    with clock.fixed(TODAY):
        register_opinion(db, road_lamp(stations.jingkou, category_id=seeds.category))
    for kind, item in ((ReferenceKind.DEPUTY, seeds.wei_min), (ReferenceKind.CATEGORY, seeds.category)):
        with pytest.raises(RuleViolation) as refused:
            delete_item(db, kind, item)
        assert refused.value.rule == "in_use" and "stations or opinions" in refused.value.message
    delete_item(db, ReferenceKind.DEPUTY, seeds.other_deputy)  # named by nothing: deleted
