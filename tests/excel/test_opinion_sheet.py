"""A station's opinion sheet read into the register (the station from its title row, each row's steps
from its columns, bad rows refused with their reason and the rest in), and the year's export read back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from casebook import clock
from casebook.domain.enums import RatingLevel
from casebook.domain.errors import RuleViolation
from casebook.domain.opinions import OpinionState
from casebook.excel.export_opinions import export_opinions
from casebook.excel.reading import read_workbook
from casebook.services.ledger.opinion_sheet import import_opinion_sheet
from casebook.services.queries.opinions import opinion_count, opinion_detail
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.excel.opinion_sheets import write_sheet
from tests.services.opinion_builder import add_stations

TODAY = date(2023, 12, 1)


def sheets(path: Path) -> list[tuple[str, tuple[tuple[object, ...], ...]]]:
    return [(s.name, s.rows) for s in read_workbook(path).sheets]


def test_a_stations_sheet_goes_in_with_its_bad_rows_refused(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    add_stations(db, seeds)
    path = write_sheet(tmp_path / "华阳.xlsx")
    with clock.fixed(TODAY):
        report = import_opinion_sheet(db, sheets(path))
    assert report.station == "华阳街道人大代表联络总站"
    assert report.registered == ["Opinion 2023-0001", "Opinion 2023-0002", "Opinion 2023-0003"]
    assert [(r.row, r.content) for r in report.refused] == [(5, "小区垃圾清运不及时"), (6, "菜市场周边停车难")]
    assert report.refused[0].reason == "there is no handling unit called “市交通局” (near names: 市交通运输局)"
    assert report.refused[1].reason == "the date 2024-01-05 is after today (2023-12-01)"
    assert report.dated_by_earlier_step == 1  # 赵敏's row: passed on without a 转交日期
    first = opinion_detail(db, "2023-0001")
    assert (first.state, first.deputy, first.unit, first.voter_view) == (
        OpinionState.FED_BACK,
        "魏敏",
        "市交通运输局",
        RatingLevel.SATISFIED,
    )
    assert (first.passed_on, first.answered_on, first.fed_back_on) == (
        date(2023, 5, 22),
        date(2023, 6, 10),
        date(2023, 6, 12),
    )
    anonymous = opinion_detail(db, "2023-0002")
    assert (anonymous.voter_name, anonymous.state) == ("", OpinionState.REGISTERED)
    being_handled = opinion_detail(db, "2023-0003")
    assert (being_handled.state, being_handled.passed_on, being_handled.answer) == (
        OpinionState.PASSED_ON,
        date(2023, 5, 21),
        "",
    )


def test_other_headers_are_read_and_an_answer_is_never_dropped(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    """A township's own headings (转办部门, 办理结果, 备注): the unit and the answer are read; a column of
    no field is named as not read; an answer without a unit is refused with its reason, not dropped."""
    from openpyxl import Workbook

    add_stations(db, seeds)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["京口三组群众意见登记表"])
    sheet.append(["编号", "日期", "群众姓名", "反映问题", "转办部门", "办理结果", "备注"])
    sheet.append([1, "2023.3.5", "张三", "村口路灯坏了", "市交通运输局", "已修复", "回访"])
    sheet.append([2, "2023-03-06", "李四", "垃圾清运不及时", "", "已清运", ""])
    sheet.append([3, "2023-03-07", "王五", None, "市住建局", None, "电话反映"])  # no opinion: said, not dropped
    sheet.append(["合计", None, None, "3件", None, None, None])
    sheet.append(["注：本表由联络站每月汇总。"])
    path = tmp_path / "京口三组.xlsx"
    book.save(path)
    with clock.fixed(TODAY):
        report = import_opinion_sheet(db, sheets(path))
    assert report.registered == ["Opinion 2023-0001"]
    assert (report.columns["unit"], report.columns["answer"], report.unread) == ("转办部门", "办理结果", ("备注",))
    assert [(r.row, r.reason) for r in report.refused] == [
        (4, "the row has an answer or a feedback but no unit it was passed on to"),
        (5, "the row has no opinion (意见内容)"),
    ]
    opinion = opinion_detail(db, "2023-0001")
    assert (opinion.state, opinion.unit, opinion.answer) == (OpinionState.ANSWERED, "市交通运输局", "已修复")
    assert "Columns not read (no field of an opinion has that name): 备注" in report.lines()


def test_a_sheet_without_its_station_is_refused_whole(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    add_stations(db, seeds)
    path = write_sheet(tmp_path / "无站点.xlsx", title="群众意见建议登记表")
    with clock.fixed(TODAY), pytest.raises(RuleViolation) as refused:
        import_opinion_sheet(db, sheets(path))
    assert refused.value.rule == "opinion_sheet_station"
    assert opinion_count(db) == 0
    with clock.fixed(TODAY):
        report = import_opinion_sheet(db, sheets(path), station="京口三组")
    assert report.station == "京口三组" and len(report.registered) == 3


def test_the_export_lists_the_opinions_and_counts_by_station(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    add_stations(db, seeds)
    with clock.fixed(TODAY):
        import_opinion_sheet(db, sheets(write_sheet(tmp_path / "华阳.xlsx")))
        written = export_opinions(db, tmp_path / "意见.xlsx", 2023)
    assert (written.opinions, written.stations) == (3, 1)
    book = load_workbook(written.path, read_only=True)
    opinions, stations = (list(book[name].iter_rows(values_only=True)) for name in written.sheets)
    header = opinions.index(next(r for r in opinions if r[0] == "Number"))
    rows = opinions[header + 1 :]
    assert [(r[0], r[1], r[3], r[8], r[14]) for r in rows] == [
        ("Opinion 2023-0001", "华阳街道人大代表联络总站", "刘建国", "市交通运输局", "Fed back"),
        ("Opinion 2023-0002", "华阳街道人大代表联络总站", "Anonymous", None, "Registered"),
        ("Opinion 2023-0003", "华阳街道人大代表联络总站", "赵敏", "市交通运输局", "Passed on"),
    ]
    assert rows[0][2].date() == date(2023, 5, 20)
    station_row = next(r for r in stations if r[0] == "华阳街道人大代表联络总站")
    assert station_row[3:7] == (3, 2, 1, 1)
    assert station_row[7] == pytest.approx(0.5) and station_row[8] == pytest.approx(1.0)
    assert any(r[0] and str(r[0]).startswith("As of 2023-12-01, the liaison stations collected 3") for r in stations)
