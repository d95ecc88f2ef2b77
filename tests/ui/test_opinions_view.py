"""群众意见 in the window: the list filtered by station and state, the chosen one's detail, its steps
through the forms (a refusal kept in its form beside the date), the stations' dialog, and the year's
figures by station; screenshots in Chinese."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from casebook import clock
from casebook.domain.enums import RatingLevel
from casebook.domain.opinions import OpinionState
from casebook.services.queries.opinions import opinion_detail
from casebook.services.steps.opinions import FeedbackDraft, pass_on, record_answer, record_feedback, register_opinion
from casebook.store.database import Database
from casebook.ui.dialogs.step_dialog import StepDialog
from casebook.ui.views.opinion_figures import OpinionFiguresView
from casebook.ui.views.opinions import OpinionView
from tests.conftest import Seeds
from tests.services.opinion_builder import Stations, add_stations, road_lamp
from tests.ui.forms_settle import settle
from tests.ui.operations import answered
from tests.ui.test_step_dialogs import choose, press_ok, set_day

TODAY = date(2023, 12, 1)
SHOTS = Path(os.environ.get("CASEBOOK_SHOTS", "/tmp/casebook-shots"))


def three_opinions(db: Database, seeds: Seeds) -> Stations:
    stations = add_stations(db, seeds)
    unit = seeds.units["市交通运输局"]
    with clock.fixed(TODAY):
        first = register_opinion(db, road_lamp(stations.huayang, deputy_id=seeds.wei_min))
        register_opinion(db, road_lamp(stations.huayang, voter_name="", content="希望增设公交站台", summary=""))
        third = register_opinion(db, road_lamp(stations.jingkou, content="小区垃圾清运不及时", summary="垃圾清运"))
        for number in (first, third):
            pass_on(db, number, unit, date(2023, 5, 22))
        record_answer(db, first, date(2023, 6, 10), "已列入维修计划并修复")
        record_feedback(db, first, FeedbackDraft(date(2023, 6, 12), voter_view=RatingLevel.SATISFIED))
    return stations


def shown(qtbot: QtBot, widget: OpinionView | OpinionFiguresView) -> None:
    qtbot.addWidget(widget)
    widget.resize(1150, 620)
    widget.show()
    qtbot.waitExposed(widget)
    answered(qtbot)


def column(view: OpinionView, index: int) -> list[str]:
    return [view.table.item(r, index).text() for r in range(view.table.rowCount())]


def test_the_list_its_filters_and_the_detail(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    stations = three_opinions(db, seeds)
    view = OpinionView(db)
    with clock.fixed(TODAY):
        shown(qtbot, view)
        assert column(view, 0) == ["Opinion 2023-0003", "Opinion 2023-0002", "Opinion 2023-0001"]
        assert column(view, 3) == ["刘建国", "Anonymous", "刘建国"]
        assert column(view, 4)[1] == "希望增设公交站台"  # no summary: the content
        assert view.summary.text() == "3 opinions; 3 shown"
        view.station_box.setCurrentIndex(view.station_box.findData(stations.huayang))
        answered(qtbot)
        assert column(view, 0) == ["Opinion 2023-0002", "Opinion 2023-0001"]
        view.state_box.setCurrentIndex(view.state_box.findData(OpinionState.FED_BACK.value))
        answered(qtbot)
        assert column(view, 0) == ["Opinion 2023-0001"]
        assert "市交通运输局" in view.detail.text() and "已列入维修计划并修复" in view.detail.text()
        assert view.feedback_button.isEnabled() is False and view.close_button.isEnabled()


def test_the_steps_through_the_forms(qtbot: QtBot, db: Database, seeds: Seeds) -> None:
    stations = add_stations(db, seeds)
    view = OpinionView(db)
    with clock.fixed(TODAY):
        shown(qtbot, view)
        view.ask_new()
        answered(qtbot)
        dialog = view.last_form
        assert isinstance(dialog, StepDialog)
        choose(dialog, "station", stations.huayang)
        set_day(dialog, "day", date(2023, 5, 20))
        voter = dialog.widgets["voter"]
        content = dialog.widgets["content"]
        assert isinstance(voter, QLineEdit) and isinstance(content, QPlainTextEdit)
        press_ok(qtbot, dialog)  # no content: refused beside it, nothing written
        assert dialog.isVisible() and "needs its content" in dialog.field_errors["content"].text()
        content.setPlainText("村道路灯损坏多处")
        press_ok(qtbot, dialog)
        answered(qtbot)
        assert column(view, 0) == ["Opinion 2023-0001"] and column(view, 3) == ["Anonymous"]
        view.ask_pass_on()
        answered(qtbot)
        passing = view.last_form
        assert isinstance(passing, StepDialog)
        choose(passing, "unit", seeds.units["市交通运输局"])
        set_day(passing, "day", date(2023, 5, 1))  # before it was received: refused beside the date
        press_ok(qtbot, passing)
        assert passing.isVisible() and "before the day it was received" in passing.field_errors["day"].text()
        assert opinion_detail(db, "2023-0001").state is OpinionState.REGISTERED
        set_day(passing, "day", date(2023, 5, 22))
        press_ok(qtbot, passing)
        answered(qtbot)
        assert column(view, 6) == ["Passed on"] and view.answer_button.isEnabled()
        answer = view.ask_answer()
        assert answer is not None
        set_day(answer, "day", date(2023, 6, 10))
        text = answer.widgets["answer"]
        assert isinstance(text, QPlainTextEdit)
        text.setPlainText("已修复")
        press_ok(qtbot, answer)
        answered(qtbot)
        feedback = view.ask_feedback()
        assert feedback is not None
        set_day(feedback, "day", date(2023, 6, 12))
        choose(feedback, "view", RatingLevel.BASICALLY_SATISFIED)
        press_ok(qtbot, feedback)
        answered(qtbot)
    detail = opinion_detail(db, "2023-0001")
    assert (detail.state, detail.answer, detail.voter_view) == (
        OpinionState.FED_BACK,
        "已修复",
        RatingLevel.BASICALLY_SATISFIED,
    )
    assert column(view, 6) == ["Fed back"]
    settle()


def test_stations_dialog_and_figures_in_chinese(qtbot: QtBot, db: Database, seeds: Seeds, chinese: None) -> None:
    three_opinions(db, seeds)
    view = OpinionView(db)
    with clock.fixed(TODAY):
        shown(qtbot, view)
        assert column(view, 6) == ["已转交", "已登记", "已反馈"]
        assert column(view, 3)[1] == "匿名"
        SHOTS.mkdir(parents=True, exist_ok=True)
        view.grab().save(str(SHOTS / "opinions_zh.png"))
        stations = view.ask_stations()
        answered(qtbot)
        assert [stations.table.item(r, 0).text() for r in range(stations.table.rowCount())] == [
            "华阳街道人大代表联络总站",
            "京口三组",
        ]
        assert stations.table.item(0, 1).text() == "代表联络站" and stations.table.item(0, 4).text() == "2"
        stations.table.selectRow(1)
        stations.toggle_retired()
        answered(qtbot)
        assert stations.table.item(1, 5).text() == "已停用"
        stations.grab().save(str(SHOTS / "opinion_stations_zh.png"))
        stations.close()
        figures = OpinionFiguresView(db)
        shown(qtbot, figures)
    assert figures.year() == 2023
    assert figures.sentences_label.text().splitlines()[0] == (
        "截至12月1日，各代表联络站共收集群众意见建议3件，及时转交部门办理2件，已办复1件，办复率50.0%。"
    )
    cells = [figures.table.item(0, c).text() for c in range(figures.table.columnCount())]
    assert cells == ["全部站点", "3", "2", "1", "1", "50.0%（1/2）", "100.0%（1/1）", "100.0%（1/1）"]
    assert figures.table.item(1, 0).text() == "华阳街道人大代表联络总站"
    figures.grab().save(str(SHOTS / "opinion_figures_zh.png"))
    settle()


def test_a_stations_sheet_imported_and_the_year_exported(
    qtbot: QtBot, db: Database, seeds: Seeds, tmp_path: Path, chinese: None
) -> None:
    from openpyxl import load_workbook

    from tests.excel.opinion_sheets import write_sheet

    add_stations(db, seeds)
    view = OpinionView(db)
    with clock.fixed(TODAY):
        shown(qtbot, view)
        view.import_from(write_sheet(tmp_path / "华阳.xlsx"))
        answered(qtbot)
        lines = view.file_report.text().splitlines()
        assert lines[0] == "华阳街道人大代表联络总站：登记意见3件，拒收2行"
        assert "第5行未导入：没有名为“市交通局”的承办单位（相近的名称：市交通运输局）" in lines
        assert column(view, 0) == ["意见2023-0003", "意见2023-0002", "意见2023-0001"]
        view.grab().save(str(SHOTS / "opinions_import_zh.png"))
        view.export_to(tmp_path / "群众意见.xlsx", 2023)
        answered(qtbot)
    assert view.file_report.text().startswith("已将3件意见和1个站点写入")
    book = load_workbook(tmp_path / "群众意见.xlsx", read_only=True)
    assert book.sheetnames == ["群众意见", "按站点统计"]
