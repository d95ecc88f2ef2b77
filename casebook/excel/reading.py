"""Open a workbook a clerk hands in, safely, as plain grids of cell values.

A ledger comes by e-mail or USB stick, so the file is checked before any parser sees it: its size,
its kind by content (not by extension: WPS and clerks rename files), encryption, and for .xlsx the
sizes the zip members claim unpacked (Python's zipfile never unpacks more than a member claims, so
checking the claims bounds the work). openpyxl parses the workbook's parts (shared strings, styles,
sheet list) through defusedxml (a dependency), which refuses entity expansion and external
entities; the sheets' cells are parsed here by expat with the same refusals, one handler call per
tag, as fast as a bare read-only pass of openpyxl and without its second parse of each sheet. Old .xls files
(Excel 97–2003) are read with xlrd. Merged cells are unmerged: every cell of a merged range gets the
range's value, so a unit written once over several rows belongs to each of them.

A sheet is read as the cells it holds, not as the range it claims: a sheet whose dimension says
A1:Z1048576, or with one stray value a million rows down, costs what its cells cost. A value beyond
the rows and columns a ledger may have, a cell longer than Excel allows, a sheet whose grid would be
too large, or XML entity declarations (a "billion laughs" bomb) refuse the file with one message
naming the place. A cell whose stored value does not fit its declared type (a number cell holding
"#REF!") keeps its text: the row is then refused with a reason, not the whole file.
"""

from __future__ import annotations

import io
import math
import re
import warnings
import zipfile
from collections.abc import Container, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from posixpath import dirname, join, normpath
from typing import IO, Any, Literal
from xml.parsers import expat

import xlrd
from defusedxml.common import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import fromstring
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import coordinate_to_tuple, get_column_letter, range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601
from xlrd import compdoc, xldate
from xlrd.biffh import XLRDError

from casebook.domain.errors import CasebookError
from casebook.excel.cell_safety import clean_name
from casebook.i18n import noop

MiB = 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RELATIONS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# the tags of a sheet's cells as expat names them (namespace "}" name)
_ROW_TAG, _C, _V, _IS, _T, _RUN = (_MAIN[1:] + tag for tag in ("row", "c", "v", "is", "t", "r"))
MAX_CELL_TEXT = 32_767  # Excel's own limit: a longer cell was not written by Excel or WPS
EXCEL_ERRORS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"))
_MERGE_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*[\"']([A-Za-z]{1,3}[0-9]+(?::[A-Za-z]{1,3}[0-9]+)?)[\"']"
)


class LedgerFileError(CasebookError):
    """The file cannot be imported at all (nothing was read into the register)."""


@dataclass(frozen=True)
class ReadLimits:
    max_file_bytes: int = 50 * MiB
    max_unpacked_bytes: int = 400 * MiB  # all members of an .xlsx together, as they claim
    max_ratio: float = 100.0  # unpacked / packed, for a member of over 1 MiB unpacked
    max_members: int = 2_000
    max_rows: int = 100_000  # per sheet
    max_columns: int = 1_000
    max_cells: int = 5_000_000  # rows × columns of a sheet's grid
    max_merges: int = 100_000  # merged ranges per sheet


@dataclass(frozen=True)
class SheetGrid:
    name: str
    rows: tuple[tuple[Any, ...], ...]  # cell values (None when empty), every row as wide as the widest


@dataclass(frozen=True)
class WorkbookGrid:
    file_name: str
    sheets: tuple[SheetGrid, ...]


def read_workbook(path: Path, limits: ReadLimits = ReadLimits()) -> WorkbookGrid:
    """Every worksheet of the .xlsx or .xls at ``path``; :class:`LedgerFileError` when it cannot be."""
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as stream:
            magic = stream.read(8)
    except OSError as error:
        raise LedgerFileError(
            noop("Import", "“{name}” could not be opened: {error}"), name=name, error=error.strerror or str(error)
        ) from error
    if size > limits.max_file_bytes:
        raise LedgerFileError(
            noop("Import", "“{name}” is {size}, over the limit of {limit} for a ledger."),
            name=name,
            size=_megabytes(size),
            limit=_megabytes(limits.max_file_bytes),
        )
    if magic.startswith(ZIP_MAGIC):
        return WorkbookGrid(name, _read_xlsx(path, limits))
    if magic == OLE_MAGIC:
        return WorkbookGrid(name, _read_xls(path))
    raise _not_a_workbook(name)


def _read_xlsx(path: Path, limits: ReadLimits) -> tuple[SheetGrid, ...]:
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            _check_archive(archive, name, limits)
            parts = _sheet_parts(archive, name)
            merges = {title: _merged_ranges(archive, part, name, limits) for title, part in parts.items()}
        with warnings.catch_warnings(), path.open("rb") as stream:
            # openpyxl's notes on styles and extensions it does not keep are no concern of a clerk.
            warnings.simplefilter("ignore")
            # openpyxl gives the shared strings, the sheets and which styles are dates (not its
            # worksheets: opening one parses its whole XML when it states no dimension); the cells
            # are read here, as they are stored.
            reader = ExcelReader(stream, read_only=True, data_only=True, keep_links=False)
            try:
                reader.read_manifest()
                reader.read_strings()
                reader.read_workbook()
                apply_stylesheet(reader.archive, reader.wb)
                book: Any = reader.wb  # openpyxl's objects, with what its stubs leave out
                sheets = []
                for sheet, relation in reader.parser.find_sheets():
                    if relation.target not in reader.valid_files or "chartsheet" in relation.Type:
                        continue  # as openpyxl passes them over
                    cells = _SheetCells(
                        name,
                        sheet.name,
                        reader.shared_strings,
                        book.epoch,
                        book._date_formats,
                        book._timedelta_formats,
                        limits,
                    )
                    with reader.archive.open(relation.target) as source:
                        rows = cells.read(source)
                    sheets.append(_grid(name, sheet.name, rows, merges.get(sheet.name, [])))
            finally:
                reader.archive.close()
    except LedgerFileError:
        raise
    except Exception as error:  # whatever the parser trips over, the file is damaged for us
        raise _damaged(name, error) from error
    return tuple(sheets)


class _SheetCells:
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

    def read(self, source: IO[bytes]) -> list[list[Any]]:
        """The sheet as rows from row 1 and column 1, as wide as its widest row with a value."""
        cells: dict[int, list[Any]] = {}
        parser = expat.ParserCreate(namespace_separator="}")
        _defuse(parser)
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
            depth -= 1

        def text(data: str) -> None:
            if text_depth >= 0:
                texts.append(data)

        parser.StartElementHandler = start
        parser.EndElementHandler = end
        parser.CharacterDataHandler = text
        parser.ParseFile(source)
        if not cells:
            return []
        height = max(cells)
        width = max(len(row) for row in cells.values())
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
        rows: list[list[Any]] = []
        for number in range(1, height + 1):
            row = cells.pop(number, None)
            if row is None:
                rows.append([None] * width)
            else:
                row.extend([None] * (width - len(row)))
                rows.append(row)
        return rows

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
            raise _too_long(self.name, self.title, f"{get_column_letter(column)}{at_row}", len(value))
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
            return self.texts.setdefault(text, text) if len(text) <= 64 else text
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


def _defuse(parser: Any) -> None:
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


def _check_archive(archive: zipfile.ZipFile, name: str, limits: ReadLimits) -> None:
    members = archive.infolist()
    unpacked = sum(m.file_size for m in members)
    suspicious = any(
        m.file_size > MiB and (m.compress_size == 0 or m.file_size / m.compress_size > limits.max_ratio)
        for m in members
    )
    if len(members) > limits.max_members or unpacked > limits.max_unpacked_bytes or suspicious:
        raise LedgerFileError(
            noop(
                "Import",
                "“{name}” would unpack to {size}, far more than a ledger holds, so it was not opened "
                "(it may be a zip bomb).",
            ),
            name=name,
            size=_megabytes(unpacked),
        )


def _sheet_parts(archive: zipfile.ZipFile, name: str) -> dict[str, str]:
    """Worksheet title → its part in the archive; refuses a zip that is no spreadsheet (.docx, …)."""
    names = set(archive.namelist())
    if "_rels/.rels" not in names or "[Content_Types].xml" not in names:
        raise _not_a_workbook(name)
    package = fromstring(archive.read("_rels/.rels"))
    workbook = next(
        (r.get("Target", "") for r in package.iter(_RELATIONS) if r.get("Type", "").endswith("/officeDocument")), ""
    )
    workbook = workbook.lstrip("/")
    types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
    if not workbook or workbook not in names or not re.search(r"spreadsheetml|ms-excel", types):
        raise _not_a_workbook(name)
    folder = dirname(workbook)
    rels_name = join(folder, "_rels", workbook.rsplit("/", 1)[-1] + ".rels")
    targets: dict[str, str] = {}
    if rels_name in names:
        for relation in fromstring(archive.read(rels_name)).iter(_RELATIONS):
            target = relation.get("Target", "")
            targets[relation.get("Id", "")] = target.lstrip("/") if target.startswith("/") else join(folder, target)
    parts = {}
    for sheet in fromstring(archive.read(workbook)).iter(_SHEET):
        part = normpath(targets.get(sheet.get(_REL_ID, ""), ""))
        if part in names:
            parts[sheet.get("name", "")] = part
    return parts


def _number(raw: str) -> int | float:
    try:
        return int(raw)
    except ValueError:
        return float(raw)


def _merged_ranges(archive: zipfile.ZipFile, part: str, name: str, limits: ReadLimits) -> list[str]:
    """The merged ranges of a sheet, found in its XML without parsing it a second time."""
    found: list[bytes] = []
    carry = b""
    with archive.open(part) as stream:
        while chunk := stream.read(MiB):  # a chunk at a time: what is held does not grow with the sheet
            data = carry + chunk
            cut = data.rfind(b"<")  # the last element may go on in the next chunk
            found += _MERGE_CELL.findall(data, 0, cut)
            carry = data[cut:]
            if len(found) > limits.max_merges:
                raise _damaged(name, ValueError(f"more than {limits.max_merges:,} merged ranges in {part}"))
    found += _MERGE_CELL.findall(carry)
    return [ref.decode("ascii") for ref in found]


def _read_xls(path: Path) -> tuple[SheetGrid, ...]:
    name = path.name
    data = path.read_bytes()
    log = io.StringIO()  # xlrd reports oddities there, not on the console
    try:
        streams = {entry.name for entry in compdoc.CompDoc(data, logfile=log).dirlist}
    except Exception as error:
        raise _damaged(name, error) from error
    if streams & {"EncryptedPackage", "EncryptionInfo"}:
        raise _encrypted(name)
    if not streams & {"Workbook", "Book", "WORKBOOK", "BOOK"}:
        raise _not_a_workbook(name)
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, logfile=log)
    except XLRDError as error:
        if "encrypt" in str(error).lower():
            raise _encrypted(name) from error
        raise _damaged(name, error) from error
    except Exception as error:
        raise _damaged(name, error) from error
    sheets = []
    for sheet in book.sheets():
        rows = [[_xls_value(cell, book.datemode) for cell in sheet.row(r)] for r in range(sheet.nrows)]
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
                    raise _too_long(name, sheet.name, f"{get_column_letter(c)}{r}", len(value))
        merges = [(c0 + 1, r0 + 1, c1, r1) for r0, r1, c0, c1 in sheet.merged_cells]
        sheets.append(_fill(name, sheet.name, rows, merges))
    return tuple(sheets)


def _xls_value(cell: xlrd.sheet.Cell, datemode: Literal[0, 1]) -> Any:
    kind, value = cell.ctype, cell.value
    if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK, xlrd.XL_CELL_ERROR):
        return None
    if kind == xlrd.XL_CELL_DATE:
        try:
            return xldate.xldate_as_datetime(float(value), datemode)
        except (xldate.XLDateError, ValueError, OverflowError):
            return value
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if kind == xlrd.XL_CELL_NUMBER and float(value).is_integer():
        return int(value)
    return value


def _grid(name: str, title: str, rows: list[list[Any]], merged: list[str]) -> SheetGrid:
    return _fill(name, title, rows, [range_boundaries(ref) for ref in merged])  # type: ignore[misc]


def _fill(name: str, title: str, rows: list[list[Any]], merges: list[tuple[int, int, int, int]]) -> SheetGrid:
    """Pad rows to one width, drop trailing empty rows, and give each merged cell its range's value.

    Excel's merged ranges never overlap, so together they cover at most the sheet once: ranges that
    would fill it over and over are a damaged (or hostile) file, not a ledger."""
    while rows and all(v is None or v == "" for v in rows[-1]):
        rows.pop()
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        row.extend([None] * (width - len(row)))
    budget = 4 * len(rows) * width
    for min_col, min_row, max_col, max_row in merges:
        if min_row > len(rows) or min_col > width:
            continue
        last_row, last_col = min(max_row, len(rows)), min(max_col, width)
        budget -= max(last_row - min_row + 1, 0) * max(last_col - min_col + 1, 0)
        if budget < 0:
            raise _damaged(name, ValueError(f"overlapping merged ranges in sheet {title}"))
        value = rows[min_row - 1][min_col - 1]
        for r in range(min_row - 1, last_row):
            for c in range(min_col - 1, last_col):
                rows[r][c] = value
    # A name with control characters (an old .xls written in another encoding) could not even be
    # written back in the rejects workbook.
    return SheetGrid(clean_name(title).strip() or "_", tuple(tuple(r) for r in rows))


def _megabytes(size: int) -> str:
    return f"{size / MiB:.1f} MB" if size >= MiB // 10 else f"{max(1, round(size / 1024))} KB"


def _not_a_workbook(name: str) -> LedgerFileError:
    return LedgerFileError(
        noop("Import", "“{name}” is not an Excel workbook (.xlsx or .xls), so nothing was imported."), name=name
    )


def _encrypted(name: str) -> LedgerFileError:
    return LedgerFileError(
        noop(
            "Import",
            "“{name}” is protected by a password. Open it in Excel or WPS, save a copy without the "
            "password, and import that copy.",
        ),
        name=name,
    )


def _too_long(name: str, sheet: str, cell: str, length: int) -> LedgerFileError:
    return LedgerFileError(
        noop(
            "Import",
            "Cell {cell} of sheet “{sheet}” in “{name}” holds {length} characters, more than Excel allows "
            "in a cell ({limit}), so the file was not made by Excel or WPS and was not imported.",
        ),
        name=name,
        sheet=sheet,
        cell=cell,
        length=f"{length:,}",
        limit=f"{MAX_CELL_TEXT:,}",
    )


def _damaged(name: str, error: BaseException) -> LedgerFileError:
    """One line for the clerk: what the innermost parser said (openpyxl wraps it in a long notice)."""
    causes = [error]
    while len(causes) < 10:
        last = causes[-1]
        cause = last.__cause__ or (None if last.__suppress_context__ else last.__context__)
        if cause is None:
            break
        causes.append(cause)
    if any(isinstance(cause, DefusedXmlException) for cause in causes):
        return LedgerFileError(
            noop(
                "Import",
                "“{name}” contains XML entity declarations or external references, which no workbook "
                "has (they are a way to attack the programs that open a file), so it was not opened.",
            ),
            name=name,
        )
    innermost = causes[-1]
    lines = (str(innermost) or type(innermost).__name__).splitlines()
    return LedgerFileError(
        noop("Import", "“{name}” is damaged and could not be read ({error})."),
        name=name,
        error=lines[0][:300] if lines else type(innermost).__name__,
    )
