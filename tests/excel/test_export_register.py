"""The register export (台账 + 办理过程), written from real databases and read back."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from casebook.excel import columns
from casebook.excel.export_register import ExportCancelled, export_register
from casebook.services.queries.case_listing import CaseFilter, count_cases
from casebook.services.queries.handling_history import handling_steps
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.excel.export_helpers import (
    COURIER_STEPS,
    CSV_ALL_SHEETS,
    FORMULA_TEXTS,
    build_rich_register,
    convert_with_libreoffice,
    demo_database,
    install_chinese,
)
from tests.registers import DemoRegister
from tests.services.case_builder import build_case

REGISTER_HEADERS_ZH = [
    *("届次会议", "编号", "类型", "标题", "提出日期", "领衔代表", "联名代表", "代表团", "类别", "重点督办"),
    *("确定机关", "督办领导", "督办专委会", "领衔办理领导", "主办单位", "协办单位", "分办单位", "交办日期"),
    *("答复期限", "签收日期", "答复日期", "办理结果", "沟通方式", "代表意见", "测评日期", "办理状态", "办结日期"),
    *("督办次数", "备注"),
]
HISTORY_HEADERS_ZH = [
    *("届次会议", "编号", "步骤", "日期", "单位", "角色", "办理轮次", "答复期限", "办理结果", "沟通方式"),
    *("沟通人员", "代表", "测评意见", "办理工作测评", "办理结果测评", "说明"),
]
COURIER_STEPS_ZH = [
    *("并案", "交办", "交办", "签收", "调整承办单位", "签收", "并案", "答复", "督办", "答复", "测评", "重新办理"),
    *("答复", "测评", "办结", "回头看"),
]


def rows_of(ws: Worksheet, first: int = 3) -> list[tuple[object, ...]]:
    return list(ws.iter_rows(min_row=first, values_only=True))


def by_header(ws: Worksheet, row: int) -> dict[str, object]:
    return {str(h.value): ws.cell(row, h.column).value for h in ws[2]}


def test_register_sheet_has_a_row_per_case_with_every_field(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    build_rich_register(db, seeds)
    path = tmp_path / "register.xlsx"
    summary = export_register(db, path)
    assert (summary.rows, summary.sheets) == (3, ("Register", "Handling history", "Print"))
    book = load_workbook(path)
    ws = book["Register"]
    assert ws["A1"].value == "Register of deputies' motions and suggestions"
    assert [c.value for c in ws[2]] == [column.title for column in columns.REGISTER]
    assert [r[1] for r in rows_of(ws)] == ["0012", "0013", "0014"]
    courier = by_header(ws, 3)
    assert courier == {
        "Session": "市九届人大二次会议",
        "No.": "0012",
        "Type": "Suggestion",
        "Title": "关于加强对快递和外卖服务企业安全管理的建议",
        "Submitted on": datetime(2023, 1, 7),
        "Lead deputy": "魏敏",
        "Co-signing deputies": "张伟、李娜、王芳",
        "Delegation": None,
        "Category": "城乡建设",
        "Key supervision": "Yes",
        "Designated by": "大会主席团",
        "Supervising leader": "周副主任",
        "Supervising committee": "财政经济委员会",
        "Government leader leading the handling": None,
        "Lead units": "市市场监管局",
        "Assisting units": None,  # the assisting unit worked in the first round only
        "Separately handling units": None,
        "Assigned on": datetime(2023, 1, 20),
        "Reply due": datetime(2023, 4, 30),  # re-handling: a month from the unsatisfied rating (3-30)
        "Acknowledged on": None,
        "Replied on": datetime(2023, 4, 25),
        "Result": "A",
        "Contact method": "Phone",
        "Deputy's opinion": "满意",  # the office's own label of the rating option
        "Rated on": datetime(2023, 5, 1),
        "State": "Closed",
        "Closed on": datetime(2023, 5, 10),
        "Supervision records": 1,
        "Remarks": "=1+1",
    }
    assert ws["E3"].number_format == "yyyy-mm-dd" and ws["E3"].is_date
    motion = by_header(ws, 4)
    assert (motion["Type"], motion["State"], motion["Key supervision"]) == ("Suggestion", "Withdrawn", "No")


def test_register_layout_for_screen_and_print(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    build_rich_register(db, seeds)
    path = tmp_path / "register.xlsx"
    export_register(db, path, CaseFilter(year=2023))
    book = load_workbook(path)
    for ws, last in ((book["Register"], "AC"), (book["Handling history"], "P")):
        assert [str(r) for r in ws.merged_cells.ranges] == [f"A1:{last}1"]
        assert ws["A1"].font.b and ws["A1"].alignment.horizontal == "center"
        assert ws.freeze_panes == "A3"
        assert ws.auto_filter.ref == f"A2:{last}{ws.max_row}"
        assert ws.print_title_rows == "$1:$2"
        setup = ws.page_setup
        assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == ("landscape", 9, 1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
        assert ws.column_dimensions["A"].width == columns.SESSION.width
    assert book["Register"]["A1"].value == "Register of deputies' motions and suggestions, 2023"
    assert book["Register"].column_dimensions["D"].width == columns.TITLE.width
    assert book["Register"]["B2"].font.b


def test_history_sheet_has_every_step_in_order(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    build_rich_register(db, seeds)
    path = tmp_path / "register.xlsx"
    summary = export_register(db, path)
    ws = load_workbook(path)["Handling history"]
    assert [c.value for c in ws[2]] == [column.title for column in columns.HISTORY]
    rows = rows_of(ws)
    assert summary.steps == len(rows) == len(list(handling_steps(db)))
    courier = [
        (step, on.date(), unit, role, handling_round, note)
        for _, number, step, on, unit, role, handling_round, *_, note in rows
        if number == "0012"
    ]
    assert courier == COURIER_STEPS
    rating = next(r for r in rows if r[1] == "0012" and r[2] == "Record rating")
    assert rating[11:15] == ("魏敏", "不满意", "基本满意", "不满意")
    reply = next(r for r in rows if r[1] == "0012" and r[2] == "Reply" and r[4] == "市市场监管局")
    assert reply[7:11] == (datetime(2023, 4, 25), "B", "Face to face", "Unit head")
    assert [(r[1], r[2], r[15]) for r in rows if r[1] != "0012"] == [
        ("0013", "Handle as a suggestion", "大会主席团"),
        ("0013", "Handle jointly", "0012"),
        ("0013", "Withdraw", "代表撤回"),
        ("0014", "Handle jointly", "市九届人大二次会议 No. 0012"),
    ]


@pytest.fixture
def chinese() -> Iterator[None]:
    install_chinese()
    yield


def test_register_in_chinese_follows_the_exchange_format(
    db: Database, seeds: Seeds, tmp_path: Path, chinese: None
) -> None:
    build_rich_register(db, seeds)
    path = tmp_path / "register.xlsx"
    export_register(db, path, CaseFilter(year=2023))
    book = load_workbook(path)
    assert book.sheetnames == ["台账", "办理过程", "打印"]  # the exchange format's two, then the printout
    cases, history = book["台账"], book["办理过程"]
    assert cases["A1"].value == "2023年代表议案建议办理台账"
    assert [c.value for c in cases[2]] == REGISTER_HEADERS_ZH
    assert [c.value for c in history[2]] == HISTORY_HEADERS_ZH
    assert (cases["C3"].value, cases["J3"].value, cases["X3"].value, cases["Z3"].value) == (
        "建议",
        "是",
        "满意",
        "已办结",
    )
    steps = [(r[2], r[5], r[15]) for r in rows_of(history) if r[1] == "0012"]
    assert [s[0] for s in steps] == COURIER_STEPS_ZH
    assert steps[4] == ("调整承办单位", "主办单位", "原单位：市邮政管理局")
    assert steps[6][2] == "2023年闭会期间第0014号"
    assert steps[8][2] == "实地察看：实地察看快递网点（参加人员：周副主任）"
    assert [r[2] for r in rows_of(history) if r[1] == "0013"] == ["转为建议", "并案", "撤回"]


def test_formula_like_text_is_written_as_text(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    build_rich_register(db, seeds)
    path = tmp_path / "register.xlsx"
    export_register(db, path)
    book = load_workbook(path)
    cases, history = book["Register"], book["Handling history"]
    for cell in (cases["AC3"], cases["D4"], cases["D5"], history.cell(12, 16)):
        assert cell.value in FORMULA_TEXTS and cell.data_type == "s" and cell.quotePrefix, cell.coordinate
    written = convert_with_libreoffice(path, CSV_ALL_SHEETS, tmp_path / "csv")
    assert [p.name for p in written] == [
        "register-Handling history.csv",
        "register-Print.csv",
        "register-Register.csv",
    ]
    text = {p.name: list(csv.reader(p.read_text(encoding="utf-8").splitlines())) for p in written}
    register = text["register-Register.csv"]
    assert register[2][28] == "=1+1" and register[3][3] == "@所有代表" and register[4][3] == "=1+1"
    assert [register[2][1], text["register-Handling history.csv"][11][15]] == ["0012", "-保留意见"]


def test_an_empty_register_is_a_valid_workbook(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.xlsx"
    summary = export_register(db, path)
    assert (summary.rows, summary.steps) == (0, 0)
    book = load_workbook(path)
    assert book["Register"].auto_filter.ref == "A2:AC2"
    assert book["Handling history"].max_row == 2
    convert_with_libreoffice(path, "pdf", tmp_path / "pdf")


def test_a_cancelled_export_leaves_no_file(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    for number in range(300):
        build_case(db, seeds, str(number))
    path = tmp_path / "register.xlsx"
    seen: list[tuple[int, int]] = []

    def stop(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(ExportCancelled):
        export_register(db, path, progress=stop)
    assert seen == [(250, 600)]
    assert not any(p.suffix == ".xlsx" for p in tmp_path.iterdir())


@pytest.fixture(scope="module")
def demo(demo_register: DemoRegister, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from demo_database(demo_register, tmp_path_factory, "register-demo")


def test_the_demo_register_opens_in_libreoffice(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "demo-register.xlsx"
    summary = export_register(demo, path)
    assert summary.rows == count_cases(demo) == 688
    assert summary.steps == len(list(handling_steps(demo)))
    book = load_workbook(path, read_only=True)
    assert sum(1 for _ in book["Register"].iter_rows(values_only=True)) == 2 + 688
    book.close()
    written = convert_with_libreoffice(path, CSV_ALL_SHEETS, tmp_path / "csv")
    lines = {p.name: p.read_text(encoding="utf-8").count("\n") for p in written}
    assert lines["demo-register-Register.csv"] >= 2 + 688
    assert lines["demo-register-Handling history.csv"] >= 2 + summary.steps
