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
import re
import warnings
import zipfile
from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from posixpath import dirname, join, normpath
from typing import IO, Any, Literal

import xlrd
from defusedxml.ElementTree import fromstring
from openpyxl.reader.excel import ExcelReader
from openpyxl.styles.stylesheet import apply_stylesheet
from openpyxl.utils.cell import get_column_letter, range_boundaries
from xlrd import compdoc, xldate
from xlrd.biffh import XLRDError

from casebook.excel.cell_safety import clean_name
from casebook.excel.sheet_cells import SheetCells
from casebook.excel.workbook_errors import (
    LEDGER_LIMITS,
    MAX_CELL_TEXT,
    LedgerFileError,
    MiB,
    ReadLimits,
    damaged,
    encrypted,
    megabytes,
    not_a_workbook,
    too_long,
)
from casebook.i18n import noop

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RELATIONS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_MERGE_CELL = re.compile(
    rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b[^>]*?\bref\s*=\s*[\"']([A-Za-z]{1,3}[0-9]+(?::[A-Za-z]{1,3}[0-9]+)?)[\"']"
)


@dataclass(frozen=True)
class SheetGrid:
    name: str
    rows: tuple[tuple[Any, ...], ...]  # cell values (None when empty), every row as wide as the widest

    def rows_from(self, index: int) -> Iterator[tuple[int, Sequence[Any]]]:
        """The rows from ``index`` (0-based) on, with their index (as :class:`SheetStream` gives them)."""
        return enumerate(islice(self.rows, index, None), index)


@dataclass(frozen=True)
class WorkbookGrid:
    file_name: str
    sheets: tuple[SheetGrid, ...]


def read_workbook(path: Path, limits: ReadLimits = LEDGER_LIMITS) -> WorkbookGrid:
    """Every worksheet of the .xlsx or .xls at ``path``; :class:`LedgerFileError` when it cannot be."""
    if workbook_kind(path, limits) == "xlsx":
        return WorkbookGrid(path.name, _read_xlsx(path, limits))
    return WorkbookGrid(path.name, _read_xls(path))


def workbook_kind(path: Path, limits: ReadLimits) -> Literal["xlsx", "xls"]:
    """What the file at ``path`` is by its content, once its size is checked (:class:`LedgerFileError`
    when it cannot be opened, is too large, or is no workbook)."""
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
            size=megabytes(size),
            limit=megabytes(limits.max_file_bytes),
        )
    if magic.startswith(ZIP_MAGIC):
        return "xlsx"
    if magic == OLE_MAGIC:
        return "xls"
    raise not_a_workbook(name)


def _read_xlsx(path: Path, limits: ReadLimits) -> tuple[SheetGrid, ...]:
    name = path.name
    try:
        sheets = _xlsx_sheets(path, limits)
        return tuple(_grid(name, title, cells.read(source), merges) for title, cells, source, merges in sheets)
    except LedgerFileError:
        raise
    except Exception as error:  # whatever the parser trips over, the file is damaged for us
        raise damaged(name, error) from error


def _xlsx_sheets(path: Path, limits: ReadLimits) -> Generator[tuple[str, SheetCells, IO[bytes], list[str]], None, None]:
    """Each worksheet of the .xlsx: its title, its cell reader, its XML (open until the next
    sheet is asked for) and its merged ranges. The file is checked first (see the module)."""
    name = path.name
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
            for sheet, relation in reader.parser.find_sheets():
                if relation.target not in reader.valid_files or "chartsheet" in relation.Type:
                    continue  # as openpyxl passes them over
                cells = SheetCells(
                    name,
                    sheet.name,
                    reader.shared_strings,
                    book.epoch,
                    book._date_formats,
                    book._timedelta_formats,
                    limits,
                )
                with reader.archive.open(relation.target) as source:
                    yield sheet.name, cells, source, merges.get(sheet.name, [])
        finally:
            reader.archive.close()


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
            size=megabytes(unpacked),
        )


def _sheet_parts(archive: zipfile.ZipFile, name: str) -> dict[str, str]:
    """Worksheet title → its part in the archive; refuses a zip that is no spreadsheet (.docx, …)."""
    names = set(archive.namelist())
    if "_rels/.rels" not in names or "[Content_Types].xml" not in names:
        raise not_a_workbook(name)
    package = fromstring(archive.read("_rels/.rels"))
    workbook = next(
        (r.get("Target", "") for r in package.iter(_RELATIONS) if r.get("Type", "").endswith("/officeDocument")), ""
    )
    workbook = workbook.lstrip("/")
    types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
    if not workbook or workbook not in names or not re.search(r"spreadsheetml|ms-excel", types):
        raise not_a_workbook(name)
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
                raise damaged(name, ValueError(f"more than {limits.max_merges:,} merged ranges in {part}"))
    found += _MERGE_CELL.findall(carry)
    return [ref.decode("ascii") for ref in found]


def _read_xls(path: Path) -> tuple[SheetGrid, ...]:
    name = path.name
    data = path.read_bytes()
    log = io.StringIO()  # xlrd reports oddities there, not on the console
    try:
        streams = {entry.name for entry in compdoc.CompDoc(data, logfile=log).dirlist}
    except Exception as error:
        raise damaged(name, error) from error
    if streams & {"EncryptedPackage", "EncryptionInfo"}:
        raise encrypted(name)
    if not streams & {"Workbook", "Book", "WORKBOOK", "BOOK"}:
        raise not_a_workbook(name)
    try:
        book = xlrd.open_workbook(file_contents=data, formatting_info=True, logfile=log)
    except XLRDError as error:
        if "encrypt" in str(error).lower():
            raise encrypted(name) from error
        raise damaged(name, error) from error
    except Exception as error:
        raise damaged(name, error) from error
    sheets = []
    for sheet in book.sheets():
        rows = [[_xls_value(cell, book.datemode) for cell in sheet.row(r)] for r in range(sheet.nrows)]
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                if isinstance(value, str) and len(value) > MAX_CELL_TEXT:
                    raise too_long(name, sheet.name, f"{get_column_letter(c)}{r}", len(value))
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
            raise damaged(name, ValueError(f"overlapping merged ranges in sheet {title}"))
        value = rows[min_row - 1][min_col - 1]
        for r in range(min_row - 1, last_row):
            for c in range(min_col - 1, last_col):
                rows[r][c] = value
    # A name with control characters (an old .xls written in another encoding) could not even be
    # written back in the rejects workbook.
    return SheetGrid(clean_name(title).strip() or "_", tuple(tuple(r) for r in rows))
