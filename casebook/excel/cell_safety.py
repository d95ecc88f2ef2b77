"""Text from the register goes into a workbook as text, never as a formula (formula injection).

A title, a remark or a reply typed by a clerk may start with ``=``, ``+``, ``-`` or ``@`` (or a tab
or carriage return, which some programs skip before such a sign). openpyxl would store a value
starting with ``=`` as a formula, and Excel evaluates anything starting with those signs once the
cell is edited. Such text is written as a string cell (``data_type = "s"``, an inline string in
the file) with the quote prefix set (the ``'`` a clerk would type in Excel), so Excel and
LibreOffice show the literal text and keep it text when the cell is edited.

Text is also cleaned of the control characters XML cannot hold (pasted from other programs) and
cut to Excel's limit of 32,767 characters per cell. The sign is looked for in the cleaned text, the
one written: "\x01=HYPERLINK(…)" is a formula once its control character is gone. The full-width
signs (＝ ＋ － ＠), which East Asian input methods type and some spreadsheet programs take for their
ASCII forms when a formula is entered, are treated the same.

Names that become sheet names (a unit's, on its own sheet) are cleaned of every control and format
character (:func:`clean_name`): one of them in a sheet's name makes the whole file unreadable.
"""

from __future__ import annotations

import unicodedata

from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment
from openpyxl.worksheet.worksheet import Worksheet

FORMULA_SIGNS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
MAX_CELL_TEXT = 32_767


def clean_text(text: str) -> str:
    """``text`` without the control characters a workbook cannot hold, within Excel's cell limit."""
    if ILLEGAL_CHARACTERS_RE.search(text):
        text = ILLEGAL_CHARACTERS_RE.sub("", text)
    return text[:MAX_CELL_TEXT]


def clean_name(text: str) -> str:
    """``text`` without control and format characters (a right-to-left override, a zero-width
    space …), for a sheet's name made from data."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cf"))


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet program could take ``text`` for a formula."""
    return text.startswith(FORMULA_SIGNS)


def text_cell(ws: Worksheet, text: str, alignment: Alignment | None = None) -> Cell:
    """A cell of the write-only sheet ``ws`` that holds ``text`` as text, whatever it starts with."""
    cleaned = clean_text(text)
    cell = WriteOnlyCell(ws, value=cleaned)
    cell.data_type = "s"
    if looks_like_formula(cleaned):
        cell.quotePrefix = True
    if alignment is not None:
        cell.alignment = alignment
    return cell


def safe_value(ws: Worksheet, value: object) -> object:
    """``value`` ready for ``ws.append``: text that could be a formula becomes a text cell."""
    if isinstance(value, str):
        text = clean_text(value) if ILLEGAL_CHARACTERS_RE.search(value) or len(value) > MAX_CELL_TEXT else value
        if looks_like_formula(text) or text in ERROR_CODES:  # 「#VALUE!」 as a title stays text, not an error cell
            return text_cell(ws, text)
        return text
    return value
