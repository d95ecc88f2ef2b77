"""The rejects workbook: every row the import refused, with its original cells and the reason.

One sheet per sheet of the ledger that had refused rows, with that sheet's header rows, then the
refused rows as they were in the file (dates stay dates), then two columns more: the row's number
in the ledger and the reason. A clerk corrects the rows there and imports the workbook again.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from casebook.excel.cell_safety import looks_like_formula
from casebook.excel.reading import WorkbookGrid
from casebook.i18n import translate
from casebook.services.ledger.report import ImportReport, Rejection

_HEADER_FONT = Font(bold=True)
_REASON_FILL = PatternFill("solid", fgColor="FFF2CC")
_SHEET_NAME_MAX = 31


def write_rejects(
    path: Path, grid: WorkbookGrid, header_lines: dict[str, tuple[int, ...]], report: ImportReport
) -> int:
    """Write the refused rows of ``report`` to ``path`` (.xlsx); returns how many rows were written."""
    by_sheet: dict[str, list[Rejection]] = defaultdict(list)
    for rejection in report.all_rejections:
        by_sheet[rejection.source.sheet].append(rejection)
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]
    written = 0
    for sheet in grid.sheets:
        rejections = sorted(by_sheet.get(sheet.name, []), key=lambda r: r.source.line)
        if not rejections:
            continue
        out = book.create_sheet(_sheet_title(sheet.name, book))
        width = len(sheet.rows[0]) if sheet.rows else 0
        for line in header_lines.get(sheet.name, ()):
            _append(out, sheet.rows[line - 1], [translate("Import", "Row"), translate("Import", "Reason")])
            for cell in out[out.max_row]:
                cell.font = _HEADER_FONT
        for rejection in rejections:
            index = rejection.source.line - 1
            cells = sheet.rows[index] if 0 <= index < len(sheet.rows) else (None,) * width
            _append(out, cells, [rejection.source.line, rejection.reason])
            reason = out.cell(out.max_row, width + 2)
            reason.fill = _REASON_FILL
            reason.alignment = Alignment(wrap_text=True, vertical="top")
            written += 1
        out.column_dimensions[get_column_letter(width + 2)].width = 60
        out.freeze_panes = out.cell(len(header_lines.get(sheet.name, ())) + 1, 1)
    if not book.worksheets:
        book.create_sheet(translate("Import", "Refused rows"))
    book.save(path)
    return written


def _append(out: Worksheet, cells: tuple[Any, ...], extra: list[Any]) -> None:
    row = out.max_row + 1 if out.max_row > 1 or out.cell(1, 1).value is not None else 1
    for column, value in enumerate([*cells, *extra], 1):
        cell = out.cell(row, column)
        if isinstance(value, str):
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell.data_type = "s"  # kept as the text it was, even when it starts with “=”
            if looks_like_formula(cell.value):  # and quoted as the exports quote it (cell_safety)
                cell.quotePrefix = True
        elif isinstance(value, datetime | date):
            cell.value = value
            cell.number_format = (
                "yyyy-mm-dd" if not isinstance(value, datetime) or not value.time() else "yyyy-mm-dd hh:mm"
            )
        else:
            cell.value = value


def _sheet_title(name: str, book: Workbook) -> str:
    title = "".join(ch for ch in name if ch not in "[]:*?/\\")[:_SHEET_NAME_MAX] or "Sheet"
    base, n = title, 2
    while title in book.sheetnames:
        suffix = f" ({n})"
        title, n = base[: _SHEET_NAME_MAX - len(suffix)] + suffix, n + 1
    return title
