"""A project list workbook read into the register (bad rows refused with their reason, the rest in),
and the projects' export written and read back."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook, load_workbook

from casebook import clock
from casebook.domain.projects import ProjectState
from casebook.excel.export_projects import export_projects
from casebook.services.ledger.project_list import ProjectListOptions, import_project_list
from casebook.services.queries.projects import project_list
from casebook.services.steps.projects import mark_milestone_done, rate_project, report_progress
from casebook.store.database import Database
from tests.conftest import Seeds


def project_sheet(path: Path) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "清单"
    sheet.append(["2023年镇江市民生实事项目"])
    sheet.append(["填报单位：市人大常委会社会委"])
    sheet.append(["序号", "项目名称（内容）", "大类", "牵头单位", "责任单位", "得票数", "完成时限", "进展情况"])
    sheet.append(
        [
            1,
            "新增4000个公共停车泊位",
            "推进交通出行便利",
            "市交通运输局",
            "市市场监管局、市邮政管理局",
            "401/420",
            datetime(2023, 11, 30),
            "已建成1500个",
        ]
    )
    sheet.append([2, None, "推进交通出行便利", "市交通运输局", None, 390, None, None])
    sheet.append([3, "优化公交出行", "推进交通出行便利", "市交通运输局", None, 388, "2024-03-01", None])
    sheet.append([None, None, None, None, None, None, None, None])
    sheet.append(
        [4, "市区“菜篮子”工程", "改善农村生活环境", "市邮政管理局", "市交通运输局", 410, "2023年10月31日", None]
    )
    workbook.save(path)
    return path


def test_a_project_list_goes_in_with_its_bad_rows_refused(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    path = project_sheet(tmp_path / "list.xlsx")
    options = ProjectListOptions(2023, date(2023, 1, 8), seeds.session_id, 420, date(2023, 6, 30))
    with clock.fixed(date(2023, 7, 1)):
        report = import_project_list(db, path, options)
        rows = project_list(db, 2023, date(2023, 7, 1))
    assert report.sheet == "清单" and report.added == ["2023-01", "2023-04"]
    assert [(r.row, r.title) for r in report.refused] == [(5, ""), (6, "优化公交出行")]
    assert "no name" in report.refused[0].reason
    assert "2024-03-01" in report.refused[1].reason and "2023" in report.refused[1].reason
    assert report.columns["title"] == "项目名称（内容）" and report.columns["planned_on"] == "完成时限"
    first, fourth = rows
    assert (first.votes_for, first.votes_cast, first.session) == (401, 420, "市九届人大二次会议")
    assert first.assisting_units == ("市市场监管局", "市邮政管理局") and first.category == "推进交通出行便利"
    assert [m.planned_on for m in first.milestones] == [date(2023, 11, 30)]
    assert [(r.reported_on, r.text) for r in first.reports] == [(date(2023, 6, 30), "已建成1500个")]
    assert first.state is ProjectState.IN_PROGRESS and fourth.state is ProjectState.VOTED
    assert fourth.milestones[0].planned_on == date(2023, 10, 31)

    with clock.fixed(date(2023, 7, 1)):
        again = import_project_list(db, path, options)
    assert again.added == [] and len(again.refused) == 4  # the numbers are taken: nothing twice
    assert "2023-01" in again.refused[0].reason
    with clock.fixed(date(2023, 7, 1)):
        assert len(project_list(db, 2023, date(2023, 7, 1))) == 2


def test_columns_left_unread_are_named_and_an_unknown_unit_offers_no_missing_option(
    db: Database, seeds: Seeds, tmp_path: Path
) -> None:
    """备注 is no field: the report names it. An unknown unit is refused with its near names only
    (the project import has no --create-missing to offer)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2023年民生实事项目清单"])
    sheet.append(["序号", "项目名称", "牵头部门", "配合部门", "完成时限", "备注"])
    sheet.append([1, "新建社区食堂20家", "市交通局", "", "2023-12-31", "重点"])
    sheet.append([2, "改造老旧小区30个", "市市场监管局", "市邮政管理局", "2023-11-30", ""])
    path = tmp_path / "清单.xlsx"
    book.save(path)
    with clock.fixed(date(2023, 6, 30)):
        report = import_project_list(db, path, ProjectListOptions(2023, date(2023, 1, 8), seeds.session_id))
    assert report.unread == ("备注",)
    assert report.columns["assisting_units"] == "配合部门"
    assert [(r.row, r.reason) for r in report.refused] == [
        (3, "there is no handling unit called “市交通局”; near names: 市交通运输局")
    ]
    assert len(report.added) == 1


def test_a_list_grouped_under_its_categories_headings_with_a_total_and_a_note(
    db: Database, seeds: Seeds, tmp_path: Path
) -> None:
    """The seeds' style, 「10大类40项」: each 大类 a heading merged across its projects' rows, no 大类
    column; a 合计 row and a note under the list are no projects."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["2023年镇江市民生实事项目"])
    sheet.append(["序号", "项目名称", "牵头单位"])
    sheet.append(["一、推进交通出行便利"])
    sheet.merge_cells("A3:C3")
    sheet.append([1, "新增4000个公共停车泊位", "市交通运输局"])
    sheet.append([2, "优化公交出行", "市交通运输局"])
    sheet.append(["二、改善农村生活环境"])
    sheet.merge_cells("A6:C6")
    sheet.append([3, "市区“菜篮子”工程", "市邮政管理局"])
    sheet.append(["合计", "3项", None])
    sheet.append(["注：完成时限以市政府文件为准。"])
    path = tmp_path / "清单.xlsx"
    book.save(path)
    with clock.fixed(date(2023, 6, 30)):
        report = import_project_list(db, path, ProjectListOptions(2023, date(2023, 1, 8), seeds.session_id))
        rows = project_list(db, 2023, date(2023, 6, 30))
    assert report.refused == [] and report.added == ["2023-01", "2023-02", "2023-03"]
    assert [(r.title, r.category) for r in rows] == [
        ("新增4000个公共停车泊位", "推进交通出行便利"),
        ("优化公交出行", "推进交通出行便利"),
        ("市区“菜篮子”工程", "改善农村生活环境"),
    ]


def test_the_export_read_back(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    options = ProjectListOptions(2023, date(2023, 1, 8), seeds.session_id, 420, date(2023, 6, 30))
    with clock.fixed(date(2024, 1, 20)):
        import_project_list(db, project_sheet(tmp_path / "list.xlsx"), options)
        first, _ = project_list(db, 2023, date(2024, 1, 20))
        mark_milestone_done(db, first.milestones[0].id, date(2023, 11, 28), "提前建成")
        report_progress(db, first.id, date(2023, 12, 20), "全年新增泊位4120个。", outcome=ProjectState.DONE)
        rate_project(db, first.id, date(2024, 1, 10), {"满意": 380, "基本满意": 30, "不满意": 10})
        summary = export_projects(db, tmp_path / "projects.xlsx", 2023, date(2024, 1, 20))
    assert (summary.rows, summary.steps) == (2, 2)
    workbook = load_workbook(summary.path, read_only=True)
    projects, milestones = workbook.worksheets
    rows = [row for row in projects.iter_rows(values_only=True) if row and row[0] in ("2023-01", "2023-04")]
    assert rows[0][:8] == (
        "2023-01",
        "新增4000个公共停车泊位",
        "推进交通出行便利",
        "市交通运输局",
        "市市场监管局、市邮政管理局",
        datetime(2023, 1, 8),
        401,
        420,
    )
    assert rows[0][8:14] == ("Done", datetime(2023, 12, 20), 1, 1, 0, "满意380、基本满意30、不满意10")
    assert rows[1][8] == "Voted" and rows[1][12] == 1  # its milestone of 31 October is overdue
    lines = [row for row in milestones.iter_rows(values_only=True) if row and row[0] in ("2023-01", "2023-04")]
    assert [(line[0], line[3], line[4], line[5]) for line in lines] == [
        ("2023-01", datetime(2023, 11, 30), datetime(2023, 11, 28), "Done"),
        ("2023-04", datetime(2023, 10, 31), None, "Overdue"),
    ]
