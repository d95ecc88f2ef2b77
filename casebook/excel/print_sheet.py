"""The printed register (打印): the columns an office prints, readable on paper.

Sheet 「打印」 of the register export has only the columns chosen in the office settings (by default
序号, 编号, 标题, 领衔代表, 主办单位, 协办单位, 办理结果, 满意度, 备注). It prints on A4 landscape, or A3
when the columns do not fit A4, at 100% (never scaled below 90%, so no text is under 9 pt), with the
header row on every page, every cell wrapped and top-aligned, and each row as tall as its text
(neither Excel nor LibreOffice fits rows when it opens a file).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from casebook.excel import columns as c
from casebook.excel.cell_safety import safe_value
from casebook.excel.columns import Column, ValueKind
from casebook.excel.register_values import Labels, Value
from casebook.excel.sheets import CellStyle, CellValue, text_lines
from casebook.i18n import translate
from casebook.services.queries.case_listing import CaseRow

FONT_SIZE = 10  # points: at the lowest scale below still 9
TITLE_SIZE = 14
LOWEST_SCALE = 90  # percent
CHARACTER_PIXELS = 9
LINE_POINTS = 14.0  # a line of 10-point text, CJK included, with its leading
DATE_FORMAT = "yyyy-mm-dd"
# The sheet's name in either language: a ledger import passes over it when it is not a workbook's
# first sheet (its cases are those of the register sheet before it).
PRINTED_COPY_NAMES = ("打印", "Print")
EMPTY = "无"  # printed in place of an empty list (a clerk's 「无」, not a bare header)

# Paper width in millimetres (landscape), and the printable part after the margins below.
PAPER_WIDTH_MM = {Worksheet.PAPERSIZE_A4: 297.0, Worksheet.PAPERSIZE_A3: 420.0}
SIDE_MARGIN_INCHES = 0.4

_THIN = Side(style="thin", color="808080")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
CELL = Alignment(vertical="top", wrap_text=True)
CENTRED_CELL = Alignment(horizontal="center", vertical="top", wrap_text=True)
HEADER = Alignment(horizontal="center", vertical="center", wrap_text=True)
BODY_FONT = Font(size=FONT_SIZE)
HEADER_FONT = Font(size=FONT_SIZE, bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")


@dataclass(frozen=True)
class PrintColumn:
    column: Column
    value: Callable[[int, CaseRow, Labels], Value]
    centred: bool = False


def _names(names: list[str]) -> str | None:
    return "、".join(names) or None


PRINTABLE: dict[str, PrintColumn] = {
    "serial": PrintColumn(c.PRINT_COLUMNS["serial"], lambda i, _r, _l: i, centred=True),
    "number": PrintColumn(c.PRINT_COLUMNS["number"], lambda _i, r, _l: r.number, centred=True),
    "title": PrintColumn(c.PRINT_COLUMNS["title"], lambda _i, r, _l: r.title),
    "lead_deputy": PrintColumn(c.PRINT_COLUMNS["lead_deputy"], lambda _i, r, _l: r.lead_deputy),
    "cosigners": PrintColumn(c.PRINT_COLUMNS["cosigners"], lambda _i, r, _l: _names(r.cosigners)),
    "delegation": PrintColumn(c.PRINT_COLUMNS["delegation"], lambda _i, r, _l: r.delegation),
    "category": PrintColumn(c.PRINT_COLUMNS["category"], lambda _i, r, _l: r.category),
    "submitted_on": PrintColumn(c.PRINT_COLUMNS["submitted_on"], lambda _i, r, _l: r.submitted_on, centred=True),
    "lead_units": PrintColumn(c.PRINT_COLUMNS["lead_units"], lambda _i, r, _l: _names(r.lead_units + r.separate_units)),
    "assisting_units": PrintColumn(c.PRINT_COLUMNS["assisting_units"], lambda _i, r, _l: _names(r.assisting_units)),
    "assigned_on": PrintColumn(c.PRINT_COLUMNS["assigned_on"], lambda _i, r, _l: r.assigned_on, centred=True),
    "replied_on": PrintColumn(c.PRINT_COLUMNS["replied_on"], lambda _i, r, _l: r.replied_on, centred=True),
    "result": PrintColumn(c.PRINT_COLUMNS["result"], lambda _i, r, _l: r.result_code, centred=True),
    "rating": PrintColumn(c.PRINT_COLUMNS["rating"], lambda _i, r, labels: labels.rating(r.rating), centred=True),
    "state": PrintColumn(c.PRINT_COLUMNS["state"], lambda _i, r, labels: labels.states[r.state]),
    "remarks": PrintColumn(c.PRINT_COLUMNS["remarks"], lambda _i, r, _l: r.remarks),
}


def column_pixels(width: float) -> int:
    """A column's width on paper at 100%, in pixels of 96 dpi: Excel gives a character of its
    default font 7 pixels (and 5 of padding), LibreOffice without that font about 9; the wider
    rule, so the columns fit the paper in both."""
    return math.floor(width * CHARACTER_PIXELS + 5)


def printable_pixels(paper: str | int) -> float:
    """The width of the paper (Excel's paper size code) inside the side margins, in pixels of 96 dpi."""
    return (PAPER_WIDTH_MM[str(paper)] / 25.4 - 2 * SIDE_MARGIN_INCHES) * 96


def print_lines(text: str, width: float, *, bold: bool = False) -> int:
    """How many lines ``text`` takes at :data:`FONT_SIZE` in a column ``width`` characters wide
    (``text_lines`` measures 11-point text; bold Chinese is a little wider)."""
    return text_lines(text, width * 11 / FONT_SIZE / (1.1 if bold else 1.0))


def paper_and_scale(widths: Sequence[float]) -> tuple[str, int]:
    """A4 when the columns fit it at 100%, else A3; the scale that fits the paper's width, never
    below :data:`LOWEST_SCALE` (a wider selection then runs onto a second page across)."""
    needed = sum(column_pixels(width) for width in widths)
    for paper in (Worksheet.PAPERSIZE_A4, Worksheet.PAPERSIZE_A3):
        if needed <= printable_pixels(paper):
            return paper, 100
    fitting = math.floor(100 * printable_pixels(Worksheet.PAPERSIZE_A3) / needed)
    return Worksheet.PAPERSIZE_A3, max(LOWEST_SCALE, fitting)


def chosen_columns(keys: Iterable[str]) -> list[PrintColumn]:
    return [PRINTABLE[key] for key in keys if key in PRINTABLE] or [PRINTABLE[key] for key in ("serial", "title")]


class PrintSheet:
    """The 打印 sheet of a write-only workbook: title, header, one row per case (or 「无」)."""

    def __init__(self, workbook: Workbook, name: str, title: str, keys: Iterable[str], labels: Labels) -> None:
        self.ws = cast(Worksheet, workbook.create_sheet(name))
        self.printed = chosen_columns(keys)
        self.labels = labels
        self.count = 0
        ws = self.ws
        for index, printed in enumerate(self.printed, 1):
            ws.column_dimensions[get_column_letter(index)].width = printed.column.width
        paper, scale = paper_and_scale([p.column.width for p in self.printed])
        ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
        ws.page_setup.paperSize = paper
        ws.page_setup.scale = scale
        ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=False)
        ws.print_options.horizontalCentered = True
        ws.page_margins.left = ws.page_margins.right = SIDE_MARGIN_INCHES
        ws.page_margins.top = ws.page_margins.bottom = 0.6
        ws.page_margins.header = ws.page_margins.footer = 0.3
        ws.print_title_rows = "2:2"  # the header on every page
        ws.freeze_panes = "A3"
        if ws.oddFooter is not None:
            ws.oddFooter.center.text = translate("Excel", "Page &P of &N")
            ws.oddFooter.center.size = FONT_SIZE
        heading = WriteOnlyCell(ws, value=title)
        heading.font = Font(size=TITLE_SIZE, bold=True)
        heading.alignment = HEADER
        ws.row_dimensions[1].height = 28
        if len(self.printed) > 1:
            ws.merged_cells.add(f"A1:{get_column_letter(len(self.printed))}1")
        ws.append([heading])
        titles = [p.column.title for p in self.printed]
        lines = max(print_lines(t, p.column.width, bold=True) for t, p in zip(titles, self.printed, strict=True))
        ws.row_dimensions[2].height = LINE_POINTS * lines + 6
        ws.append([self._cell(t, HEADER, HEADER_FONT, fill=True) for t in titles])
        self.row = 2
        self._styles = [
            CellStyle(
                ws,
                alignment=CENTRED_CELL if p.centred else CELL,
                font=BODY_FONT,
                border=BOX,
                number_format=DATE_FORMAT if p.column.kind is ValueKind.DATE else None,
            )
            for p in self.printed
        ]

    def append_rows(self, rows: Iterable[CaseRow]) -> None:
        for row in rows:
            self.count += 1
            values = [p.value(self.count, row, self.labels) for p in self.printed]
            self._append(values)

    def finish(self) -> None:
        """An empty register prints 「无」 under the header, not a bare header."""
        if self.count == 0:
            self._append([EMPTY] + [None] * (len(self.printed) - 1))

    def _append(self, values: Sequence[Value]) -> None:
        self.row += 1
        lines = 1
        cells = []
        for value, printed, style in zip(values, self.printed, self._styles, strict=True):
            if isinstance(value, str):
                lines = max(lines, print_lines(value, printed.column.width))
            safe = safe_value(self.ws, value)
            if isinstance(safe, Cell):  # text a spreadsheet could take for a formula: a text cell
                safe.alignment = CENTRED_CELL if printed.centred else CELL
                safe.font = BODY_FONT
                safe.border = BOX
                cells.append(safe)
            else:
                cells.append(style.cell(safe))
        self.ws.row_dimensions[self.row].height = LINE_POINTS * lines + 4
        self.ws.append(cells)

    def _cell(self, value: object, alignment: Alignment, font: Font, *, fill: bool = False) -> Cell:
        safe = safe_value(self.ws, value)
        cell = safe if isinstance(safe, Cell) else WriteOnlyCell(self.ws, value=cast(CellValue, safe))
        cell.alignment = alignment
        cell.font = font
        cell.border = BOX
        if fill:
            cell.fill = HEADER_FILL
        return cell
