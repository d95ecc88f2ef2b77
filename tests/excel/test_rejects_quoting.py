"""The rejects workbook quotes formula-looking text as the exports do (safekeeping finding 11)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl

from casebook.excel.reading import read_workbook
from casebook.excel.rejects import write_rejects
from casebook.services.admin.office import get_settings
from casebook.services.ledger.importing import import_ledger
from casebook.services.ledger.rows import read_ledger
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.excel.ledger_files import write_ledger

FORMULA = '=HYPERLINK("http://example.com","点击查看")'


def test_formula_looking_text_of_a_refused_row_is_written_quoted(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    ledger_file = write_ledger(
        tmp_path / "台账.xlsx",
        [
            ["届次会议", "编号", "标题", "领衔代表", "提出日期"],
            ["市九届人大二次会议", "0101", "", "魏敏", date(2023, 1, 7)],  # no title: refused
        ],
    )
    book = openpyxl.load_workbook(ledger_file)  # the cell as text a clerk typed, not as a formula
    cell = book.worksheets[0]["D2"]
    cell.value, cell.data_type = FORMULA, "s"
    book.save(ledger_file)
    grid = read_workbook(ledger_file)
    ledger = read_ledger(grid, get_settings(db))
    report = import_ledger(db, ledger)
    out = tmp_path / "rejects.xlsx"
    assert write_rejects(out, grid, ledger.header_lines, report) == 1
    sheet = openpyxl.load_workbook(out).worksheets[0]
    quoted = [cell for row in sheet.iter_rows() for cell in row if cell.value == FORMULA]
    assert len(quoted) == 1 and quoted[0].data_type == "s" and quoted[0].quotePrefix
