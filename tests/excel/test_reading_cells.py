"""A sheet's cells as the ledger reader parses them (expat, one handler call per tag): every kind of
cell a workbook holds gives the value openpyxl's own reading gives, and repeated dates and texts are
one object shared by the rows."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl

from casebook.excel.reading import read_workbook
from tests.excel.test_hostile_input import xlsx

CELLS = (
    '<row r="1">'
    '<c r="A1" t="inlineStr"><is><t xml:space="preserve">plain  text </t></is></c>'
    # a rich-text run and its phonetic guide (the guide is no part of the text)
    '<c t="inlineStr"><is><r><rPr><b/></rPr><t>rich</t></r><r><t xml:space="preserve"> run</t></r>'
    '<rPh sb="0" eb="1"><t>PH</t></rPh></is></c>'
    '<c r="D1" t="str"><f>A1</f><v>formula text</v></c>'
    '<c r="E1" t="e"><v>#N/A</v></c>'
    "</row>"
    "<row>"  # no number: the one after the last; cells without a reference follow the one before
    '<c t="b"><v>1</v></c><c><v>3</v></c><c r="C2" t="n"><v>#REF!</v></c>'
    '<c r="D2" t="s"><v>1</v></c><c r="E2"><v></v></c><c r="F2" t="inlineStr"><is><t/></is></c>'
    '<c r="G2" t="s"><v>99</v></c><c r="H2"><v>2.5</v></c>'
    "</row>"
    '<row r="5"><c r="C5" t="d"><v>2024-01-02T00:00:00</v></c>'
    '<c r="B5" t="inlineStr"><is><t>中文&amp;&lt;</t></is></c></row>'
)


def test_every_kind_of_cell_is_read_as_openpyxl_reads_it(tmp_path: Path) -> None:
    path = xlsx(tmp_path / "cells.xlsx", CELLS, shared=["共享", "第二个"])
    rows = read_workbook(path).sheets[0].rows
    assert rows == (
        ("plain  text ", "rich run", None, "formula text", None, None, None, None),
        (True, 3, None, "第二个", None, None, None, 2.5),
        (None,) * 8,
        (None,) * 8,
        (None, "中文&<", datetime(2024, 1, 2), None, None, None, None, None),
    )
    # openpyxl stops at a number cell holding text and at a string index that points nowhere (the
    # ledger reader keeps the row, without the value): without them
    theirs = CELLS.replace('<c r="C2" t="n"><v>#REF!</v></c>', "").replace('<c r="G2" t="s"><v>99</v></c>', "")
    theirs_path = xlsx(tmp_path / "theirs.xlsx", theirs, shared=["共享", "第二个"])
    book = openpyxl.load_workbook(theirs_path, read_only=True, data_only=True)
    read = [tuple(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    book.close()
    differences = {(0, 4)}  # openpyxl keeps an error's text; the ledger has no value there
    for r, row in enumerate(read):
        for c, value in enumerate(row):
            if (r, c) not in differences and value not in (None, ""):
                assert rows[r][c] == value, (r, c)


def test_a_workbook_written_by_openpyxl_reads_back_with_its_merges(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "台账"
    sheet.append(["编号", "标题", "交办日期", "承办单位"])
    sheet.append(["0001", "关于加强停车管理的建议", date(2024, 2, 7), "市交通运输局"])
    sheet.append(["0002", "关于完善公交线路的建议", date(2024, 2, 7), None])
    sheet.merge_cells("D2:D3")
    path = tmp_path / "台账.xlsx"
    book.save(path)
    rows = read_workbook(path).sheets[0].rows
    assert rows[1:] == (
        ("0001", "关于加强停车管理的建议", datetime(2024, 2, 7), "市交通运输局"),
        ("0002", "关于完善公交线路的建议", datetime(2024, 2, 7), "市交通运输局"),
    )
    assert rows[1][2] is rows[2][2]  # one date, shared by the rows


def test_a_sheet_of_inline_strings_keeps_each_repeated_text_once(tmp_path: Path) -> None:
    book = openpyxl.Workbook(write_only=True)  # writes every text inline, in each row again
    sheet = book.create_sheet("台账")
    sheet.append(["编号", "标题", "承办单位"])
    for number in range(1, 4):
        sheet.append([f"{number:04d}", f"关于第{number}项工作的建议", "市住建局"])
    path = tmp_path / "台账.xlsx"
    book.save(path)
    rows = read_workbook(path).sheets[0].rows
    assert [row[2] for row in rows[1:]] == ["市住建局"] * 3
    assert rows[1][2] is rows[2][2] is rows[3][2]
    assert rows[3][1] == "关于第3项工作的建议"
