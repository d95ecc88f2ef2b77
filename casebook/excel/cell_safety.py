"""Text from the register goes into a workbook as text, never as a formula (formula injection).

A title, a remark or a reply typed by a clerk may start with ``=``, ``+``, ``-`` or ``@`` (or a tab
or carriage return, which some programs skip before such a sign). openpyxl would store a value
starting with ``=`` as a formula, and Excel evaluates anything starting with those signs once the
cell is edited. Such text is written as a string cell (``data_type = "s"``, an inline string in
the file) with the quote prefix set (the ``'`` a clerk would type in Excel), so Excel and
LibreOffice show the literal text and keep it text when the cell is edited.

Text is also cleaned of the control characters XML cannot hold (pasted from other programs) and
cut to Excel's limit of 32,767 characters per cell.
"""

from __future__ import annotations

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_SIGNS = ("=", "+", "-", "@", "\t", "\r")
MAX_CELL_TEXT = 32_767


def clean_text(text: str) -> str:
    """``text`` without the control characters a workbook cannot hold, within Excel's cell limit."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text[:MAX_CELL_TEXT]


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet program could take ``text`` for a formula."""
    return text.startswith(FORMULA_SIGNS)


def text_cell(ws: Worksheet, text: str, alignment: Alignment | None = None) -> Cell:
    """A cell of the write-only sheet ``ws`` that holds ``text`` as text, whatever it starts with."""
    cell = WriteOnlyCell(ws, value=clean_text(text))
    cell.data_type = "s"
    if looks_like_formula(text):
        cell.quotePrefix = True
    if alignment is not None:
        cell.alignment = alignment
    return cell


def safe_value(ws: Worksheet, value: object) -> object:
    """``value`` ready for ``ws.append``: text that could be a formula becomes a text cell."""
    if isinstance(value, str):
        if looks_like_formula(value):
            return text_cell(ws, value)
        if ILLEGAL_CHARACTERS_RE.search(value) or len(value) > MAX_CELL_TEXT:
            return clean_text(value)
    return value
