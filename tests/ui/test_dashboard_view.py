"""The dashboard over a real register, driven offscreen through its own widgets, in Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCharts import QBarCategoryAxis
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from casebook import clock
from casebook.domain.enums import CaseKind, CaseState, ContactMethod
from casebook.domain.metrics import RateName
from casebook.excel.export_reports import export_annual
from casebook.services.statistics.dashboard import case_years, cases_by_state, replies_by_month
from casebook.services.statistics.figures import compute_statistics
from casebook.store.database import Database
from casebook.ui.translation import use_language
from casebook.ui.views.dashboard import DashboardView, RateTile
from tests.conftest import Seeds
from tests.services.case_builder import build_case
from tests.ui.operations import answered

ALL_YEAR = date(2023, 12, 31)  # a past year opens at its last day


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Iterator[None]:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield


@pytest.fixture
def chinese() -> Iterator[None]:
    use_language("zh_CN")
    yield
    use_language("en")


@pytest.fixture
def register(db: Database, seeds: Seeds) -> None:
    """2022: four suggestions, two resolved (50.0%), all answered on time, nobody met in person.
    2023: five suggestions and one motion; by 30 June two of the suggestions are resolved, by the
    year's end three (case 4 is answered, late, on 1 July)."""
    b = dict(db=db, seeds=seeds)
    for i, result in enumerate("AACC"):
        build_case(
            **b,
            number=f"22-{i}",
            submitted_on=date(2022, 1, 7),
            assigned_on=date(2022, 2, 1),
            replied_on=date(2022, 3, 1),
            result=result,
        )
    build_case(
        **b,
        number="1",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 3, 10),
        result="A",
        contact=ContactMethod.FACE_TO_FACE,
        rated_on=date(2023, 3, 20),
        rating="satisfied",
    )
    build_case(
        **b,
        number="2",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 4, 15),
        result="A",
        contact=ContactMethod.PHONE,
        rated_on=date(2023, 4, 25),
        rating="unsatisfied",
    )
    build_case(
        **b,
        number="3",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 4, 20),
        result="B",
        contact=ContactMethod.MEETING,
    )
    build_case(
        **b, number="4", unit="市市场监管局", assigned_on=date(2023, 2, 1), replied_on=date(2023, 7, 1), result="A"
    )
    build_case(**b, number="5")
    build_case(
        **b,
        number="M1",
        kind=CaseKind.MOTION,
        unit="市交通运输局",
        assigned_on=date(2023, 2, 1),
        replied_on=date(2023, 3, 1),
    )


def shown(qtbot: QtBot, db: Database) -> DashboardView:
    view = DashboardView(db)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    answered(qtbot)  # the figures are read on a worker
    return view


def tile_texts(tile: RateTile) -> tuple[str, str, str, str]:
    return (tile.title_label.text(), tile.value_label.text(), tile.fraction_label.text(), tile.change_label.text())


def test_the_year_figures_in_chinese(qtbot: QtBot, db: Database, register: None, chinese: None) -> None:
    view = shown(qtbot, db)
    assert (view.year(), view.case_kind(), view.as_of()) == (2023, CaseKind.SUGGESTION, ALL_YEAR)
    assert view.kind_box.currentText() == "建议"
    assert view.sentences() == [
        "全年督办代表建议5件，解决3件，建议解决率达60.0%，同比上升10.0个百分点。",
        "代表反馈测评意见2件，满意和基本满意1件，满意率50.0%。",
        "应答复4件次，按期答复3件次，按期答复率75.0%，同比下降25.0个百分点。",
        "承办单位当面沟通2件次，见面率50.0%。",
    ]
    assert view.sentence_label.text() == "".join(view.sentences())
    assert view.sentence_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert tile_texts(view.tiles[RateName.RESOLUTION]) == ("解决率", "60.0%", "3/5", "▲ 同比上升10.0个百分点")
    assert tile_texts(view.tiles[RateName.ACCOMPLISHMENT]) == ("办成率", "80.0%", "4/5", "▲ 同比上升30.0个百分点")
    assert tile_texts(view.tiles[RateName.SATISFACTION]) == ("满意率", "50.0%", "1/2", "无上年同期数据")
    assert tile_texts(view.tiles[RateName.ON_TIME]) == ("按期答复率", "75.0%", "3/4", "▼ 同比下降25.0个百分点")
    assert tile_texts(view.tiles[RateName.FACE_TO_FACE]) == ("见面率", "50.0%", "2/4", "▲ 同比上升50.0个百分点")
    assert view.tiles[RateName.RESOLUTION].explanation_label.text() == "解决件数/总件数"
    assert "#1b7f3b" in view.tiles[RateName.RESOLUTION].change_label.styleSheet()  # up: green
    assert "#c62828" in view.tiles[RateName.ON_TIME].change_label.styleSheet()  # down: red
    assert view.copy_button.text() == "复制"
    assert (view.monthly_button.text(), view.annual_button.text()) == ("导出月报", "导出年报")


def test_charts_in_chinese(qtbot: QtBot, db: Database, register: None, chinese: None) -> None:
    view = shown(qtbot, db)
    assert view.unit_chart.chart().title() == "各主办单位解决率"
    assert view.unit_chart.bars() == [("市市场监管局  1/1", 100.0), ("市邮政管理局  2/3", pytest.approx(66.7))]
    assert view.state_chart.chart().title() == "2023年件数（按当前办理状态）"
    assert view.state_chart.slices() == [("已登记：1件", 1), ("已答复：2件", 2), ("已测评：2件", 2)]
    assert view.month_chart.chart().title() == "2023年各月收到答复件次"
    assert view.month_chart.bars() == [0, 0, 1, 2, 0, 0, 1, 0, 0, 0, 0, 0]
    (months,) = view.month_chart.chart().axes(Qt.Orientation.Horizontal)
    assert isinstance(months, QBarCategoryAxis)
    assert months.categories()[0] == "1月" and months.count() == 12


def test_an_earlier_as_of_date_drops_the_later_reply(qtbot: QtBot, db: Database, register: None, chinese: None) -> None:
    view = shown(qtbot, db)
    edit = view.as_of_edit
    assert edit.calendarPopup()
    edit.setFocus()
    for section, digits in (("YearSection", "2023"), ("MonthSection", "06"), ("DaySection", "30")):
        edit.setSelectedSection(getattr(edit.Section, section))  # as a click into that part of the date
        qtbot.keyClicks(edit, digits)
    assert view.as_of() == date(2023, 6, 30)
    answered(qtbot)
    # Case 4's reply of 1 July is not there yet: two resolved of five, against 2 of 4 by 30 June 2022.
    assert view.sentences()[0] == "截至6月30日，督办代表建议5件，解决2件，建议解决率达40.0%，同比下降10.0个百分点。"
    assert tile_texts(view.tiles[RateName.RESOLUTION]) == ("解决率", "40.0%", "2/5", "▼ 同比下降10.0个百分点")
    assert tile_texts(view.tiles[RateName.FACE_TO_FACE])[1:3] == ("66.7%", "2/3")
    assert view.unit_chart.bars() == [("市邮政管理局  2/3", pytest.approx(66.7)), ("市市场监管局  0/1", 0.0)]
    assert view.month_chart.bars() == [0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0]


def test_the_kind_and_the_year_are_chosen_in_their_boxes(
    qtbot: QtBot, db: Database, register: None, chinese: None
) -> None:
    view = shown(qtbot, db)
    assert (view.year_box.minimum(), view.year_box.maximum()) == (2022, max(2023, clock.today().year))
    view.kind_box.setCurrentIndex(view.kind_box.findText("议案"))
    assert view.case_kind() is CaseKind.MOTION
    answered(qtbot)
    assert view.sentences()[0] == "全年办理代表议案1件，已全部办结答复。"  # a motion has no resolution rate
    assert view.unit_chart.bars() == [("市交通运输局  1/1", 100.0)]
    # The charts are refilled, not rebuilt: one series and the same axes, whatever was shown before.
    for chart in (view.unit_chart, view.state_chart, view.month_chart):
        assert len(chart.chart().series()) == 1
        assert len(chart.chart().axes()) == (0 if chart is view.state_chart else 2)
    assert view.state_chart.slices() == [("已答复：1件", 1)]
    view.kind_box.setCurrentIndex(view.kind_box.findText("建议"))
    answered(qtbot)
    view.year_box.stepDown()
    assert view.year() == 2022
    answered(qtbot)
    assert view.sentences()[0] == "全年督办代表建议4件，解决2件，建议解决率达50.0%。"
    assert tile_texts(view.tiles[RateName.RESOLUTION])[1:] == ("50.0%", "2/4", "无上年同期数据")
    assert view.month_chart.bars() == [0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0]


def test_an_empty_register_shows_this_year_and_no_rates(qtbot: QtBot, db: Database, chinese: None) -> None:
    view = shown(qtbot, db)
    assert view.year() == clock.today().year
    today = clock.today()
    period = "全年" if (today.month, today.day) == (12, 31) else f"截至{today.month}月{today.day}日，"
    assert view.sentences() == [f"{period}暂无代表建议。"]
    assert tile_texts(view.tiles[RateName.RESOLUTION]) == ("解决率", "—", "0/0", "无上年同期数据")
    assert view.unit_chart.bars() == []
    assert view.state_chart.slices() == []
    assert view.month_chart.bars() == [0] * 12


def test_copy_puts_the_sentences_on_the_clipboard(qtbot: QtBot, db: Database, register: None, chinese: None) -> None:
    view = shown(qtbot, db)
    qtbot.mouseClick(view.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "".join(view.sentences())
    assert view.copy_button.text() == "已复制"
    qtbot.waitUntil(lambda: view.copy_button.text() == "复制", timeout=3000)


def test_export_buttons_ask_for_a_file_and_emit_the_request(
    qtbot: QtBot, db: Database, register: None, chinese: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[tuple[str, str, str]] = []
    answers = [str(tmp_path / "十一月月报"), str(tmp_path / "年报.xlsx"), ""]

    def save_file_name(parent: object, caption: str, suggested: str, filters: str) -> tuple[str, str]:
        asked.append((caption, Path(suggested).name, filters))
        return answers.pop(0), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_file_name))
    view = shown(qtbot, db)
    with qtbot.waitSignal(view.export_requested) as monthly:
        qtbot.mouseClick(view.monthly_button, Qt.MouseButton.LeftButton)
    assert monthly.args == ["monthly", str(tmp_path / "十一月月报.xlsx")]
    with qtbot.waitSignal(view.export_requested) as annual:
        qtbot.mouseClick(view.annual_button, Qt.MouseButton.LeftButton)
    assert annual.args == ["annual", str(tmp_path / "年报.xlsx")]
    with qtbot.assertNotEmitted(view.export_requested):  # the clerk cancelled the dialog
        qtbot.mouseClick(view.monthly_button, Qt.MouseButton.LeftButton)
    monthly_name = "2023年代表建议办理情况月报（2023年12月）.xlsx"  # the as-of date's month, being over
    assert asked[0] == ("导出月报", monthly_name, "Excel工作簿 (*.xlsx)")
    assert asked[1][:2] == ("导出年报", "2023年代表建议办理情况年报.xlsx")
    # The next dialog opens in the folder of the last export.
    assert Path(asked[2][1]).name.endswith(".xlsx")
    assert QSettings().value("dashboard/export_folder") == str(tmp_path)


def test_the_dashboard_counts_agree_with_the_statistics(db: Database, register: None) -> None:
    assert case_years(db).default_year(date(2030, 5, 1)) == 2023
    assert case_years(db).default_year(date(2023, 5, 1)) == 2023
    for as_of in (date(2023, 3, 31), date(2023, 6, 30), date(2023, 12, 31)):
        months = replies_by_month(db, 2023, CaseKind.SUGGESTION, as_of)
        figures = compute_statistics(db, 2023, as_of=as_of).figures
        assert sum(months.values()) == figures.replies
    states = cases_by_state(db, 2023, CaseKind.SUGGESTION)
    assert states[CaseState.CLOSED] == 0 and sum(states.values()) == 5


def test_the_dashboard_and_the_annual_export_give_the_same_change_for_the_same_date(
    qtbot: QtBot, db: Database, register: None, chinese: None, tmp_path: Path
) -> None:
    view = shown(qtbot, db)
    assert view.comparison_label.text() == "同比：2022年，截至2022-12-31。"
    view.as_of_edit.setDate(QDate(2023, 6, 30))
    answered(qtbot)
    assert view.comparison_label.text() == "同比：2022年，截至2022-06-30。"
    tile = tile_texts(view.tiles[RateName.RESOLUTION])
    assert tile[3] == "▼ 同比下降10.0个百分点"
    path = export_annual(db, tmp_path / "年报.xlsx", 2023, as_of=view.as_of()).path
    sheet = load_workbook(path).worksheets[0]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    texts = [row[0] for row in rows]
    assert view.sentences()[0] in texts  # 「截至6月30日，…同比下降10.0个百分点。」 in both
    assert "同比下降10.0个百分点" in view.sentences()[0]
    assert "比较对象：2022年的件，截至2022-06-30。" in texts


def test_a_past_year_opens_at_its_end_and_no_date_after_today_can_be_chosen(
    qtbot: QtBot, db: Database, register: None
) -> None:
    view = shown(qtbot, db)
    assert view.as_of() == date(2023, 12, 31)
    view.year_box.setValue(2022)
    assert view.as_of() == date(2022, 12, 31)
    assert view.as_of_edit.maximumDate().toPython() == clock.today()
    view.year_box.setValue(clock.today().year)
    assert view.as_of() == clock.today()
    answered(qtbot)
    with clock.fixed(date(clock.today().year, 12, 6)):
        assert view.report_month() == (clock.today().year, 11)  # December is not over yet


def test_projects_and_opinions_have_their_own_tabs(qtbot: QtBot, demo_db: Database, chinese: None) -> None:
    """统计 › 民生实事 and 群众意见: each kind's figures in a tab of its own, read when the tab is shown."""
    with clock.fixed(date(2023, 6, 30)):
        view = DashboardView(demo_db)
        qtbot.addWidget(view)
        view.resize(1200, 800)
        view.show()
        qtbot.waitExposed(view)
        assert [view.tabs.tabText(i) for i in range(view.tabs.count())] == ["议案建议", "民生实事", "群众意见"]
        view.tabs.setCurrentWidget(view.projects)
        view.projects.year.setValue(2022)
        qtbot.waitUntil(lambda: "2022年票决产生民生实事项目40项" in view.projects.sentences.text(), timeout=20_000)
        view.tabs.setCurrentWidget(view.opinions)
        qtbot.waitUntil(lambda: "共收集群众意见建议30件" in view.opinions.sentences_label.text(), timeout=20_000)
        view.opinions.year_box.setValue(2022)  # the years known come with the first answer
        qtbot.waitUntil(lambda: "共收集群众意见建议42件" in view.opinions.sentences_label.text(), timeout=20_000)
        assert view.opinions.table.rowCount() > 1  # all stations, then each station
