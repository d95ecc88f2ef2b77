"""The printed register (打印 sheet) and the printed lists: readable on paper, measured in the file.

A4 or A3 landscape at a scale that keeps every font at 9 pt or more, the columns fitting the paper's
width, the header row repeated, wrapped and top-aligned cells, rows as tall as their text, dates as
dates in columns wide enough; each unit's own result; 「无」 in an empty list."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from casebook.domain.enums import AssignmentRole, ContactMethod
from casebook.excel.export_register import export_register
from casebook.excel.export_units import export_unit_lists
from casebook.excel.print_sheet import column_pixels, print_lines, printable_pixels
from casebook.services.admin.reference_admin_settings import save_settings
from casebook.services.queries.case_listing import CaseFilter, count_cases
from casebook.services.queries.case_views import CaseSummary
from casebook.services.steps.assignments import assign_case
from casebook.services.steps.replies import ReplyDraft, record_reply
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.excel.export_helpers import convert_with_libreoffice, demo_database, install_chinese
from tests.registers import DemoRegister

PRINT_HEADERS_ZH = ["序号", "编号", "标题", "领衔代表", "主办单位", "协办单位", "办理结果", "满意度", "备注"]


@pytest.fixture(scope="module")
def demo(demo_register: DemoRegister, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from demo_database(demo_register, tmp_path_factory, "print-demo")


def fonts_of(ws: Worksheet) -> set[float]:
    return {float(cell.font.sz or 11) for row in ws.iter_rows() for cell in row if cell.value is not None}


def assert_prints_readably(ws: Worksheet) -> None:
    """The page setup and the cells of a printed sheet, as measured in the file."""
    assert ws.page_setup.orientation == "landscape"
    assert str(ws.page_setup.paperSize) in (Worksheet.PAPERSIZE_A4, Worksheet.PAPERSIZE_A3)
    scale = int(ws.page_setup.scale or 100)
    assert not ws.sheet_properties.pageSetUpPr.fitToPage  # no shrinking to fit: the scale is the scale
    assert min(fonts_of(ws)) * scale / 100 >= 9  # no text under 9 pt on paper
    widths = [ws.column_dimensions[cell.column_letter].width for cell in ws[2]]
    assert sum(column_pixels(w) for w in widths) * scale / 100 <= printable_pixels(ws.page_setup.paperSize)
    assert ws.print_title_rows == "$2:$2"  # the header on every page


def test_the_printed_register_of_the_demo(demo: Database, tmp_path: Path) -> None:
    install_chinese()
    path = tmp_path / "台账.xlsx"
    export_register(demo, path, CaseFilter(year=2022))
    book = load_workbook(path)
    assert book.sheetnames == ["台账", "办理过程", "打印"]  # the exchange format's two sheets stay first
    ws = book["打印"]
    assert [cell.value for cell in ws[2]] == PRINT_HEADERS_ZH
    assert_prints_readably(ws)
    assert str(ws.page_setup.paperSize) == Worksheet.PAPERSIZE_A4 and int(ws.page_setup.scale) == 100
    rows = list(ws.iter_rows(min_row=3))
    assert len(rows) == count_cases(demo, CaseFilter(year=2022)) >= 250  # withdrawn ones too, as in 台账
    assert [row[0].value for row in rows[:3]] == [1, 2, 3]
    for row in rows:
        assert all(cell.alignment.vertical == "top" and cell.alignment.wrap_text for cell in row)
        lines = max(print_lines(str(c.value), ws.column_dimensions[c.column_letter].width) for c in row)
        height = ws.row_dimensions[row[0].row].height
        assert height >= 14 * lines  # tall enough for its longest text …
        assert height <= 14 * lines + 4  # … and no taller
    assert {row[7].value for row in rows} <= {"满意", "基本满意", "不满意", None}
    convert_with_libreoffice(path, "pdf", tmp_path / "pdf")


def test_dates_print_as_dates_in_wide_enough_columns(demo: Database, tmp_path: Path) -> None:
    save_settings(demo, print_columns=("serial", "number", "title", "submitted_on", "replied_on", "result"))
    path = tmp_path / "register.xlsx"
    export_register(demo, path, CaseFilter(year=2023))
    ws = load_workbook(path)["Print"]
    assert [c.value for c in ws[2]] == ["No. (serial)", "No.", "Title", "Submitted on", "Replied on", "Result"]
    first = ws[3]
    assert isinstance(first[3].value, datetime) and first[3].number_format == "yyyy-mm-dd"
    for letter in "DE":
        assert ws.column_dimensions[letter].width >= 12  # 「2023-05-04」 never runs into 「A」
    assert_prints_readably(ws)
    save_settings(
        demo,
        print_columns=(
            "serial",
            "number",
            "title",
            "lead_deputy",
            "lead_units",
            "assisting_units",
            "result",
            "rating",
            "remarks",
        ),
    )


def test_every_printable_column_fits_a3_at_nine_points(demo: Database, tmp_path: Path) -> None:
    from casebook.domain.office_settings import DEFAULT_PRINT_COLUMNS, PRINTABLE_COLUMNS

    save_settings(demo, print_columns=PRINTABLE_COLUMNS)
    path = tmp_path / "wide.xlsx"
    export_register(demo, path, CaseFilter(year=2023))
    ws = load_workbook(path)["Print"]
    assert len(ws[2]) == len(PRINTABLE_COLUMNS)
    assert str(ws.page_setup.paperSize) == Worksheet.PAPERSIZE_A3
    assert min(fonts_of(ws)) * int(ws.page_setup.scale) / 100 >= 9
    save_settings(demo, print_columns=DEFAULT_PRINT_COLUMNS)


def test_an_unknown_print_column_is_refused(demo: Database) -> None:
    from casebook.domain.errors import RuleViolation

    with pytest.raises(RuleViolation):
        save_settings(demo, print_columns=("serial", "salary"))
    with pytest.raises(RuleViolation):
        save_settings(demo, print_columns=())


def test_an_empty_list_prints_none(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    install_chinese()
    path = tmp_path / "empty.xlsx"
    export_register(db, path)
    ws = load_workbook(path)["打印"]
    assert ws["A3"].value == "无"
    units = tmp_path / "units.xlsx"
    export_unit_lists(db, units)
    sheet = load_workbook(units).worksheets[0]
    assert [row[0] for row in sheet.iter_rows(min_row=3, values_only=True)] == ["无"]


def test_each_unit_s_list_shows_its_own_result(
    db: Database, seeds: Seeds, courier_case: CaseSummary, tmp_path: Path
) -> None:
    lead = assign_case(db, courier_case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))
    helper = assign_case(db, courier_case.id, seeds.units["市交通运输局"], AssignmentRole.ASSISTING, date(2023, 2, 10))
    record_reply(db, helper.id, ReplyDraft(date(2023, 3, 1), None, ContactMethod.PHONE, summary="协办意见已送主办单位"))
    record_reply(db, lead.id, ReplyDraft(date(2023, 4, 20), "A", ContactMethod.FACE_TO_FACE))
    path = tmp_path / "units.xlsx"
    export_unit_lists(db, path)
    book = load_workbook(path)
    result_column = 10  # 办理结果 in columns.UNIT_LIST
    lead_row = next(book["市邮政管理局"].iter_rows(min_row=4, values_only=True))
    helper_row = next(book["市交通运输局"].iter_rows(min_row=4, values_only=True))
    assert lead_row[result_column] == "A"
    assert helper_row[result_column] is None  # the assisting unit's opinion has no result of its own


def test_the_units_lists_of_the_demo_print_at_nine_points(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "units.xlsx"
    export_unit_lists(demo, path, CaseFilter(year=2022))
    book = load_workbook(path)
    for ws in book.worksheets[:3]:
        assert ws.page_setup.orientation == "landscape" and ws.sheet_properties.pageSetUpPr.fitToPage
        letters = [cell.column_letter for cell in ws[3]]
        needed = sum(column_pixels(ws.column_dimensions[letter].width) for letter in letters)
        scale = min(1.0, printable_pixels(ws.page_setup.paperSize) / needed)  # fitted to the page's width
        assert min(fonts_of(ws)) * scale >= 9
        dates = [row[6] for row in ws.iter_rows(min_row=4)]
        assert all(cell.alignment.horizontal == "center" for cell in dates)  # clear of the next column
    convert_with_libreoffice(path, "pdf", tmp_path / "pdf")
