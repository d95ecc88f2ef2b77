"""Text that starts like a formula is written as text, whatever column it lands in."""

from __future__ import annotations

import csv
from pathlib import Path

from openpyxl import load_workbook

from casebook.excel import columns
from casebook.excel.cell_safety import MAX_CELL_TEXT, clean_text, looks_like_formula
from casebook.excel.sheets import TableSheet, streamed_workbook
from tests.excel.export_helpers import CSV_ALL_SHEETS, convert_with_libreoffice

TEXTS = ["=1+1", "+86 511 8888", "-保留意见", "@所有代表", '=HYPERLINK("http://example.com","点击")', "\t=2*3"]


def write(path: Path, texts: list[str]) -> None:
    with streamed_workbook(path, "test") as workbook:
        sheet = TableSheet(workbook, "Sheet", (columns.NUMBER, columns.TITLE, columns.UNIT), "=标题")
        for text in texts:
            sheet.append([text, text, text])  # a short-text and two wrapped columns
        sheet.finish_table()


def test_formula_signs_are_kept_as_text(tmp_path: Path) -> None:
    path = tmp_path / "texts.xlsx"
    write(path, TEXTS)
    ws = load_workbook(path)["Sheet"]
    assert ws["A1"].value == "=标题" and ws["A1"].data_type == "s"
    for row, text in enumerate(TEXTS, 3):
        for column in (1, 2, 3):
            cell = ws.cell(row, column)
            assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True), cell.coordinate


def test_libreoffice_shows_the_literal_text(tmp_path: Path) -> None:
    path = tmp_path / "texts.xlsx"
    write(path, TEXTS)
    (written,) = convert_with_libreoffice(path, CSV_ALL_SHEETS, tmp_path / "csv")
    rows = list(csv.reader(written.read_text(encoding="utf-8").splitlines()))
    assert rows[0][0] == "=标题"
    assert [row[:3] for row in rows[2:]] == [[text, text, text] for text in TEXTS]


def test_ordinary_text_stays_plain(tmp_path: Path) -> None:
    path = tmp_path / "plain.xlsx"
    write(path, ["关于加强对快递和外卖服务企业安全管理的建议", "A-1", "2023=2023"])
    ws = load_workbook(path)["Sheet"]
    assert [ws.cell(r, c).quotePrefix for r in (3, 4, 5) for c in (1, 2)] == [False] * 6
    assert not any(looks_like_formula(t) for t in ("关于…", "A-1", " =1", "（=）"))


def test_characters_a_workbook_cannot_hold_are_dropped(tmp_path: Path) -> None:
    assert clean_text("第一段\x0b第二段\x00") == "第一段第二段"
    assert len(clean_text("字" * (MAX_CELL_TEXT + 10))) == MAX_CELL_TEXT
    path = tmp_path / "control.xlsx"
    write(path, ["备注\x0b换行", "=\x01公式"])
    ws = load_workbook(path)["Sheet"]
    assert [ws["A3"].value, ws["B3"].value, ws["A4"].value] == ["备注换行", "备注换行", "=公式"]
