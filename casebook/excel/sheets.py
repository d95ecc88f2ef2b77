"""A streamed (write-only) table sheet the way a clerk prints it.

Every export writes its tables through :class:`TableSheet`: a merged title row (and optional
subtitle and sentences above the table), a styled header row, the rows, then an autofilter over
header and data. The layout that write-only sheets must know before the first row (column widths,
frozen header, print setup: A4 landscape, one page wide, title and header repeated on every page,
page numbers in the footer) is set when the sheet is created.
"""

from __future__ import annotations

import contextlib
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from casebook.excel.cell_safety import FORMULA_SIGNS, MAX_CELL_TEXT, safe_value, text_cell
from casebook.excel.columns import Column, ValueKind
from casebook.i18n import translate

PERCENT_FORMAT = "0.0%"
POINTS_FORMAT = "+0.0;-0.0;0.0"
NO_VALUE = "—"  # a rate with nothing to divide
LINE_HEIGHT = 15.0  # points per line of 11-point text

TITLE_FONT = Font(bold=True, size=16)
SUBTITLE_FONT = Font(size=11, color="404040")
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
TOTAL_FILL = PatternFill("solid", fgColor="F2F2F2")
_THIN = Side(style="thin", color="808080")
BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
CENTERED = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAPPED = Alignment(vertical="top", wrap_text=True)
TOP = Alignment(vertical="top")  # the other cells of a tall row: its text starts at the top
CENTRED_TOP = Alignment(horizontal="center", vertical="top")
SENTENCE = Alignment(horizontal="left", vertical="top", wrap_text=True)

EMPTY_LIST = "无"  # what a printed list with nothing in it says
Converter = Callable[[object], object]
CellValue = str | float | datetime | None  # what openpyxl's stubs accept (a date is a datetime to them)


class CellStyle:
    """A cell style of a write-only sheet, registered with the workbook once; its cells copy the
    registered ids. (Setting a font, border or alignment on a cell looks it up in the workbook's
    lists, hashing the whole style object: the larger part of a large export's time.)"""

    def __init__(
        self,
        ws: Worksheet,
        *,
        alignment: Alignment | None = None,
        font: Font | None = None,
        border: Border | None = None,
        number_format: str | None = None,
    ) -> None:
        model = WriteOnlyCell(ws)
        if alignment is not None:
            model.alignment = alignment
        if font is not None:
            model.font = font
        if border is not None:
            model.border = border
        if number_format is not None:
            model.number_format = number_format
        self.ws = ws
        self.ids: StyleArray = model._style  # type: ignore[attr-defined]  # openpyxl's ids of the style

    def cell(self, value: object) -> Cell:
        return Cell(self.ws, row=1, column=1, value=cast(CellValue, value), style_array=self.ids)

    def text(self, text: str) -> Cell:
        """A cell holding ``text`` as text (already cleaned and not taken for a formula: see
        casebook.excel.cell_safety), even text like "#N/A"."""
        cell = self.cell(text)
        cell.data_type = "s"
        return cell


class TableSheet:
    """One sheet of a write-only workbook holding one table (see the module docstring)."""

    def __init__(
        self,
        workbook: Workbook,
        name: str,
        columns: Sequence[Column],
        heading: str,
        *,
        subtitle: str | None = None,
        sentences: Sequence[str] = (),
        freeze: bool = True,
        autofilter: bool = True,
        empty_text: str | None = EMPTY_LIST,
        centred_dates: bool = False,
    ) -> None:
        # A write-only sheet: it has the layout attributes of a Worksheet (openpyxl copies them), but
        # rows can only be appended.
        self.ws = cast(Worksheet, workbook.create_sheet(name))
        self.columns = tuple(columns)
        self.autofilter = autofilter
        self.empty_text = empty_text  # written under the header of a table with no rows
        self.last_column = get_column_letter(len(self.columns))
        self.row = 0  # the last row written
        self.header_row = 2 + (subtitle is not None) + len(sentences)
        text_kinds = (ValueKind.TEXT, ValueKind.LONG_TEXT)
        self._texts = [index for index, column in enumerate(self.columns) if column.kind in text_kinds]
        self._wrapped = [
            (index, column.width) for index, column in enumerate(self.columns) if column.kind is ValueKind.LONG_TEXT
        ]
        # a list for paper (a unit's list): its dates centred, clear of the next column's text
        self._centred = [i for i, column in enumerate(self.columns) if column.kind is ValueKind.DATE and centred_dates]
        self._converted = [
            (index, self._rate_converter(column))
            for index, column in enumerate(self.columns)
            if column.kind in (ValueKind.PERCENT, ValueKind.POINTS)
        ]
        ws = self.ws
        self._wrapped_style = CellStyle(ws, alignment=WRAPPED)
        self._top_style = CellStyle(ws, alignment=TOP)
        self._centred_style = CellStyle(ws, alignment=CENTRED_TOP)
        for index, column in enumerate(self.columns, 1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        if freeze:
            ws.freeze_panes = f"A{self.header_row + 1}"
        _print_setup(ws)
        if sentences:  # the sentences are printed once, the header on every page
            ws.print_title_rows = f"{self.header_row}:{self.header_row}"
        else:
            ws.print_title_rows = f"1:{self.header_row}"
        self._merged_row(heading, TITLE_FONT, CENTERED, height=30)
        if subtitle is not None:
            self._merged_row(subtitle, SUBTITLE_FONT, CENTERED, height=18)
        width = sum(column.width for column in self.columns)
        for sentence in sentences:
            self._merged_row(sentence, None, SENTENCE, height=_wrapped_height(sentence, width))
        self.header([column.title for column in self.columns])
        self.first_data_row = self.row + 1

    def header(self, titles: Sequence[str]) -> None:
        """A header row (the table's own, or a second small table further down)."""
        lines = max(
            (text_lines(title, column.width) for title, column in zip(titles, self.columns, strict=False)), default=1
        )
        self.ws.row_dimensions[self.row + 1].height = LINE_HEIGHT * lines + 4
        cells = []
        for title in titles:
            cell = text_cell(self.ws, title, CENTERED)
            cell.font = BOLD
            cell.fill = HEADER_FILL
            cell.border = BOX
            cells.append(cell)
        self._append(cells)

    def append(self, values: Sequence[object]) -> None:
        """One data row; each value as its column's kind wants it (a shorter row leaves the last
        columns empty)."""
        self.append_rows((values,))

    def append_rows(self, rows: Iterable[Sequence[object]]) -> None:
        """Data rows. Text that could be taken for a formula is written as text; text longer than
        its column wraps, and its row gets the height of its longest cell: neither Excel nor
        LibreOffice fits rows to their text when they open a file, so without it a long title
        would spill over the rows below. This is the hot loop of a large export: a cell gets a
        style of its own only when it needs one."""
        ws = self.ws
        append = ws.append
        dimensions = ws.row_dimensions
        texts, wrapped, converted, centred = self._texts, self._wrapped, self._converted, self._centred
        row = self.row
        for values in rows:
            row += 1
            cells = list(values)
            size = len(cells)
            for index in texts:
                if index < size:
                    value = cells[index]
                    # text that needs no care: printable (no control character), not like a formula
                    if value.__class__ is str and not (
                        value.isprintable() and not value.startswith(FORMULA_SIGNS) and len(value) <= MAX_CELL_TEXT
                    ):
                        cells[index] = safe_value(ws, value)
            lines = 1
            for index, width in wrapped:
                if index < size:
                    value = values[index]
                    if value.__class__ is str and (len(value) * 2 > width or "\n" in value):
                        needed = text_lines(value, width)
                        if needed > 1:
                            lines = max(lines, needed)
                            cells[index] = self._wrapped_cell(cells[index])
            for index, convert in converted:
                if index < size:
                    cells[index] = convert(cells[index])
            for index in centred:
                if index < size and cells[index] is not None:
                    cells[index] = self._centred_cell(cells[index])
            if lines > 1:
                dimensions[row].height = LINE_HEIGHT * lines + 2
                # the other cells of the tall row at its top (None: nothing to show; a Cell: wrapped
                # already, or a text or rate cell of its own)
                top = self._top_style.cell
                cells = [cell if cell is None or isinstance(cell, Cell) else top(cell) for cell in cells]
            append(cells)
        self.row = row

    def _centred_cell(self, value: object) -> Cell:
        return self._centred_style.cell(value)

    def _wrapped_cell(self, value: object) -> Cell:
        """``value`` (safe text, or a text cell already) wrapped in its column."""
        if isinstance(value, Cell):
            value.alignment = WRAPPED
            return value
        return self._wrapped_style.text(cast(str, value))

    def total(self, values: Sequence[object]) -> None:
        """A bold total row below the data (outside the autofilter, so sorting leaves it last)."""
        self.finish_table()
        cells: list[object] = []
        for index, value in enumerate(values):
            converter = dict(self._converted).get(index)
            converted = converter(value) if converter is not None else safe_value(self.ws, value)
            cell = (
                converted if isinstance(converted, Cell) else WriteOnlyCell(self.ws, value=cast(CellValue, converted))
            )
            cell.font = BOLD
            cell.fill = TOTAL_FILL
            cells.append(cell)
        self._append(cells)

    def note(self, text: str) -> None:
        """A sentence across the whole width (below a table: how to read it)."""
        width = sum(column.width for column in self.columns)
        self._merged_row(text, None, SENTENCE, height=_wrapped_height(text, width))

    def blank(self) -> None:
        self._append([])

    def finish_table(self) -> None:
        """Put the autofilter over the header and the data written so far (once). A table without
        rows says so (「无」) instead of printing a bare header."""
        if self.empty_text is not None and self.row < self.first_data_row:
            self._append([text_cell(self.ws, self.empty_text)])
        self.empty_text = None
        if self.autofilter:
            self.ws.auto_filter.ref = f"A{self.header_row}:{self.last_column}{max(self.row, self.header_row)}"
            self.autofilter = False

    def _append(self, cells: Sequence[object]) -> None:
        self.ws.append(list(cells))
        self.row += 1

    def _merged_row(self, text: str, font: Font | None, alignment: Alignment, *, height: float) -> None:
        row = self.row + 1
        cell = text_cell(self.ws, text, alignment)
        if font is not None:
            cell.font = font
        self.ws.row_dimensions[row].height = height
        if len(self.columns) > 1:
            self.ws.merged_cells.add(f"A{row}:{self.last_column}{row}")
        self._append([cell])

    def _rate_converter(self, column: Column) -> Converter:
        ws = self.ws
        number_format = PERCENT_FORMAT if column.kind is ValueKind.PERCENT else POINTS_FORMAT
        scale = 100 if column.kind is ValueKind.PERCENT else 1

        style = CellStyle(ws, number_format=number_format)

        def rate(value: object) -> object:
            if value is None:
                return text_cell(ws, NO_VALUE, CENTERED)
            if isinstance(value, Decimal | int | float):
                exact = Decimal(value) / scale if isinstance(value, Decimal | int) else value / scale
                return style.cell(float(exact))
            return safe_value(ws, value)

        return rate


def chart_sheet(workbook: Workbook, name: str, heading: str) -> Worksheet:
    """A sheet for a chart: the report's title in A1, printed on one landscape page."""
    ws = cast(Worksheet, workbook.create_sheet(name))
    _print_setup(ws)
    ws.page_setup.fitToHeight = 1
    ws.print_options.gridLines = False
    cell = text_cell(ws, heading)
    cell.font = TITLE_FONT
    ws.row_dimensions[1].height = 30
    ws.append([cell])
    return ws


def _print_setup(ws: Worksheet) -> None:
    ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.print_options.gridLines = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if ws.oddFooter is not None:
        ws.oddFooter.center.text = translate("Excel", "Page &P of &N")


def text_units(text: str) -> int:
    """The width of ``text`` in Excel's character widths, roughly: a Chinese character (three bytes
    in UTF-8) takes two, a Latin one (one byte) takes one."""
    return (len(text.encode("utf-8")) + len(text)) // 2


def text_lines(text: str, width: float) -> int:
    """How many lines ``text`` takes when wrapped in a column ``width`` characters wide."""
    usable = max(width - 1.0, 1.0)
    return sum(max(1, math.ceil(text_units(part) / usable)) for part in text.split("\n"))


def _wrapped_height(text: str, width: float) -> float:
    """The height of a merged, wrapped row (applications do not fit merged rows themselves)."""
    return LINE_HEIGHT * text_lines(text, width * 0.95) + 4


_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def sheet_names(names: Iterable[str], *, limit: int = 31) -> list[str]:
    """Names Excel accepts, in the same order: at most 31 characters, none of []:*?/\\, not
    empty, not 'History' (reserved by Excel), and unique regardless of case."""
    used: set[str] = set()
    result = []
    for name in names:
        base = _FORBIDDEN.sub("_", name).strip().strip("'")[:limit] or "_"
        candidate, n = base, 1
        while candidate.casefold() in used or candidate.casefold() == "history":
            n += 1
            suffix = f"({n})"
            candidate = base[: limit - len(suffix)] + suffix
        used.add(candidate.casefold())
        result.append(candidate)
    return result


@contextmanager
def streamed_workbook(path: Path, title: str) -> Iterator[Workbook]:
    """A write-only workbook, saved to ``path`` when the block ends. It is written to a temporary
    file beside ``path`` first, then put in place, so a failed or cancelled export never leaves half
    a file where the clerk expects the workbook (nor an older one replaced by it)."""
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "Casebook"
    workbook.properties.title = title
    try:
        yield workbook
    except BaseException:
        _discard(workbook)
        raise
    path = Path(path)
    temporary = path.with_name(f".{path.stem}.{os.getpid()}.partial.xlsx")
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def _discard(workbook: Workbook) -> None:
    """Close the sheets' streams and remove their temporary files (openpyxl does both on save)."""
    with tempfile.TemporaryDirectory() as folder, contextlib.suppress(Exception):
        workbook.save(Path(folder) / "discarded.xlsx")
