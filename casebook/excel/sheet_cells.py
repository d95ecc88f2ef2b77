"""A worksheet's cells streamed from its XML by expat, with defusedxml's refusals (no entity
declarations, no external references): one handler call per tag, as fast as a bare read-only pass
of openpyxl and without its second parse of each sheet (see casebook.excel.reading)."""

from __future__ import annotations

import math
from collections.abc import Container, Iterator, Sequence
from datetime import datetime
from typing import IO, Any
from xml.parsers import expat

from defusedxml.common import EntitiesForbidden, ExternalReferenceForbidden
from openpyxl.utils.cell import coordinate_to_tuple, get_column_letter
from openpyxl.utils.datetime import from_excel, from_ISO8601

from casebook.excel.workbook_errors import EXCEL_ERRORS, MAX_CELL_TEXT, LedgerFileError, ReadLimits, too_long
from casebook.i18n import noop

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# the tags of a sheet's cells as expat names them (namespace "}" name)
_ROW_TAG, _C, _V, _IS, _T, _RUN = (_MAIN[1:] + tag for tag in ("row", "c", "v", "is", "t", "r"))
# the distinct short texts of inline strings kept once when a sheet is streamed: its names, units
# and wordings come early and repeat; its titles never repeat, and are not kept beyond this
STREAMED_TEXTS_KEPT = 4_096


class SheetCells:
    """The values of one worksheet's cells, streamed from its XML by expat (entity declarations and
    external references refused, as defusedxml refuses them), one handler call per tag."""

    def __init__(
        self,
        name: str,
        title: str,
        shared_strings: Sequence[Any],
        epoch: datetime,
        date_styles: Container[int],
        duration_styles: Container[int],
        limits: ReadLimits,
    ) -> None:
        self.name, self.title, self.limits = name, title, limits
        self.shared_strings = shared_strings
        self.epoch = epoch
        self.date_styles, self.duration_styles = date_styles, duration_styles
        self.dates: dict[tuple[str, bool], Any] = {}
        self.texts: dict[str, str] = {}
        self.texts_kept = 1 << 62  # how many texts are kept once (the whole sheet read: all)

    def read(self, source: IO[bytes]) -> list[list[Any]]:
        """The sheet as rows from row 1 and column 1, as wide as its widest row with a value."""
        cells: dict[int, list[Any]] = {}
        self._parser(cells, [0]).ParseFile(source)
        if not cells:
            return []
        height = max(cells)
        width = max(len(row) for row in cells.values())
        self._check_size(height, width)
        rows: list[list[Any]] = []
        for number in range(1, height + 1):
            row = cells.pop(number, None)
            if row is None:
                rows.append([None] * width)
            else:
                row.extend([None] * (width - len(row)))
                rows.append(row)
        return rows

    def stream(self, source: IO[bytes], chunk: int = 1 << 16) -> Iterator[list[Any]]:
        """The sheet's rows from row 1, each as soon as the XML has closed it (an empty list for a
        row without a value before the last row with one): what is held does not grow with the
        sheet. Rows as wide as their last value (the caller pads them). A sheet whose rows are not
        in ascending order (Excel and WPS always write them so) is refused as damaged."""
        cells: dict[int, list[Any]] = {}
        closed = [0]
        self.texts_kept = STREAMED_TEXTS_KEPT
        parser = self._parser(cells, closed)
        emitted = width = 0  # rows given so far; the widest of them
        while True:
            data = source.read(chunk)
            parser.Parse(data, not data)
            if cells and min(cells) <= emitted:
                raise ValueError(f"the rows of sheet {self.title!r} are not in ascending order")
            # the rows closed so far, up to the last with a value (the empty rows after it wait
            # for a row with a value below them: the rows after the last value are no rows)
            last = max((n for n in cells if not data or n <= closed[0]), default=emitted)
            while emitted < last:
                emitted += 1
                row = cells.pop(emitted, None)
                if row is None:
                    row = []
                width = max(width, len(row))
                self._check_size(emitted, width)
                yield row
            if not data:
                return

    def _check_size(self, height: int, width: int) -> None:
        if height * width > self.limits.max_cells:
            raise LedgerFileError(
                noop(
                    "Import",
                    "Sheet “{sheet}” of “{name}” spans {rows} rows and {columns} columns, far more than a "
                    "ledger holds, so the file was not imported.",
                ),
                sheet=self.title,
                name=self.name,
                rows=height,
                columns=width,
            )

    def _parser(self, cells: dict[int, list[Any]], closed: list[int]) -> Any:
        """An expat parser that keeps each cell's value in ``cells`` (row number → values) and the
        number of the last row it closed in ``closed[0]``."""
        parser = expat.ParserCreate(namespace_separator="}")
        defuse(parser)
        parser.buffer_text = True
        parser.buffer_size = 1 << 16
        # where the parser is: the depths of the open row, cell, inline string and text (-1: none)
        depth = 0
        row_depth = cell_depth = inline_depth = text_depth = -1
        in_run = False  # in a rich-text run of an inline string (not in its phonetic guide)
        row_number = column = 0
        cell: dict[str, str] = {}
        texts: list[str] = []
        raw: str | None = None
        inline: list[str] | None = None
        value_of, store = self._value, self._store

        def start(tag: str, attributes: dict[str, str]) -> None:
            nonlocal depth, row_depth, cell_depth, inline_depth, text_depth, in_run
            nonlocal row_number, column, cell, raw, inline
            depth += 1
            if cell_depth >= 0:
                if depth == cell_depth + 1:
                    if tag == _V and raw is None:
                        text_depth = depth
                        texts.clear()
                    elif tag == _IS and inline is None:
                        inline_depth, inline = depth, []
                elif inline_depth >= 0 and tag == _T and (depth == inline_depth + 1 or in_run):
                    text_depth = depth
                    texts.clear()
                elif inline_depth >= 0 and depth == inline_depth + 1:
                    in_run = tag == _RUN
            elif tag == _C and depth == row_depth + 1:
                cell_depth, cell, raw, inline = depth, attributes, None, None
            elif tag == _ROW_TAG:
                number = attributes.get("r")
                row_number = int(number) if number is not None and number.isdigit() else row_number + 1
                row_depth, column = depth, 0

        def end(_tag: str) -> None:
            nonlocal depth, row_depth, cell_depth, inline_depth, text_depth, in_run, column, raw
            if depth == text_depth:
                text_depth = -1
                if inline_depth >= 0 and inline is not None:
                    inline.append("".join(texts))
                else:
                    raw = "".join(texts)
            elif depth == cell_depth:
                cell_depth = inline_depth = -1
                column = store(cells, cell, row_number, column, value_of(cell, raw, inline))
            elif depth == inline_depth:
                inline_depth = -1
            elif depth == inline_depth + 1:
                in_run = False
            elif depth == row_depth:
                row_depth = -1
                closed[0] = row_number
            depth -= 1

        def text(data: str) -> None:
            if text_depth >= 0:
                texts.append(data)

        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = text
        return parser

    def _store(
        self, cells: dict[int, list[Any]], cell: dict[str, str], row_number: int, column: int, value: Any
    ) -> int:
        """Keep one cell's value; the cell's column (the next cell without a reference follows it)."""
        reference = cell.get("r")
        if reference:
            try:
                at_row, column = coordinate_to_tuple(reference)
            except Exception:
                at_row = 0
            if at_row < 1:
                raise ValueError(f"the cell reference {reference!r} of sheet {self.title!r} is not valid") from None
        else:
            at_row, column = row_number, column + 1
        if value is None or value == "":
            return column
        if at_row > self.limits.max_rows or column > self.limits.max_columns:
            if isinstance(value, str) and not value.strip():
                return column
            raise self._beyond(at_row, column)
        if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
            raise too_long(self.name, self.title, f"{get_column_letter(column)}{at_row}", len(value))
        row = cells.get(at_row)
        if row is None:
            row = cells[at_row] = []
        if len(row) < column:
            row.extend([None] * (column - len(row)))
        row[column - 1] = value
        return column

    def _value(self, cell: dict[str, str], raw: str | None, inline: list[str] | None) -> Any:
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            if inline is None:
                return None
            text = "".join(inline)
            # a sheet written with inline strings (not a shared table) repeats its names and units
            # in every row: each text is kept once
            if len(text) > 64:
                return text
            kept = self.texts.get(text)
            if kept is None:
                kept = text
                if len(self.texts) < self.texts_kept:  # streamed: a bounded number (titles never repeat)
                    self.texts[text] = text
            return kept
        if not raw or kind == "e" or raw in EXCEL_ERRORS:
            return None  # an error (#N/A, #REF! …) is no value, as in an old .xls
        try:
            if kind == "n":
                number = _number(raw)
                style = int(cell.get("s") or 0)
                if style in self.date_styles and math.isfinite(number):
                    key = (raw, style in self.duration_styles)
                    found = self.dates.get(key)
                    if found is None:  # a ledger's dates repeat: each is made once, and shared
                        found = self.dates[key] = from_excel(number, self.epoch, timedelta=key[1])
                    return found
                return number
            if kind == "s":
                index = int(raw)
                return self.shared_strings[index] if index >= 0 else None
            if kind == "b":
                return bool(int(raw))
            if kind == "d":
                return from_ISO8601(raw)  # type: ignore[no-untyped-call]
        except (ValueError, IndexError, OverflowError, TypeError):
            # A value that does not fit its type (a number cell holding «#REF!»): keep its text, and
            # let the row be judged by what it holds. A string index that points nowhere holds nothing.
            return None if kind == "s" else raw
        return raw  # "str": a formula's text result, as written

    def _beyond(self, row: int, column: int) -> LedgerFileError:
        return LedgerFileError(
            noop(
                "Import",
                "“{name}” has a value in cell {cell} of sheet “{sheet}”, outside the {rows} rows and {columns} "
                "columns a ledger may have. Delete what is below or right of the ledger and import it again.",
            ),
            name=self.name,
            cell=f"{get_column_letter(min(column, 18_278))}{row}",
            sheet=self.title,
            rows=f"{self.limits.max_rows:,}",
            columns=f"{self.limits.max_columns:,}",
        )


def defuse(parser: Any) -> None:
    """Refuse entity declarations and external references, as defusedxml does (a "billion laughs")."""

    def entity(name: str, _parameter: bool, value: str | None, base: str | None, *ids: str | None) -> None:
        raise EntitiesForbidden(name, value, base, ids[0], ids[1], ids[2])

    def unparsed(name: str, base: str | None, system: str | None, public: str | None, notation: str | None) -> None:
        raise EntitiesForbidden(name, None, base, system, public, notation)

    def external(context: str, base: str | None, system: str | None, public: str | None) -> int:
        raise ExternalReferenceForbidden(context, base, system, public)

    parser.EntityDeclHandler = entity
    parser.UnparsedEntityDeclHandler = unparsed
    parser.ExternalEntityRefHandler = external


def _number(raw: str) -> int | float:
    try:
        return int(raw)
    except ValueError:
        return float(raw)
