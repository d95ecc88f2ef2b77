"""Open a workbook a clerk hands in, safely, as plain grids of cell values.

A ledger comes by e-mail or USB stick, so the file is checked before any parser sees it: its size,
its kind by content (not by extension: WPS and clerks rename files), encryption, and for .xlsx the
sizes the zip members claim unpacked (Python's zipfile never unpacks more than a member claims, so
checking the claims bounds the work). openpyxl parses XML through defusedxml when it is installed
(it is a dependency), which refuses entity expansion and external entities. Old .xls files
(Excel 97–2003) are read with xlrd. Merged cells are unmerged: every cell of a merged range gets the
range's value, so a unit written once over several rows belongs to each of them.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from posixpath import dirname, join, normpath
from typing import Any, Literal

import openpyxl
import xlrd
from defusedxml.ElementTree import fromstring
from openpyxl.utils.cell import range_boundaries
from xlrd import compdoc, xldate
from xlrd.biffh import XLRDError

from casebook.domain.errors import CasebookError
from casebook.i18n import noop

MiB = 1024 * 1024
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_RELATIONS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}sheet"
_REL_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
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
            merges = {title: _merged_ranges(archive, part) for title, part in parts.items()}
        with warnings.catch_warnings(), path.open("rb") as stream:
            # openpyxl's notes on styles and extensions it does not keep are no concern of a clerk.
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(stream, read_only=True, data_only=True, keep_links=False)
            try:
                sheets = []
                for sheet in book.worksheets:
                    sheet.reset_dimensions()  # some writers state a wrong used range
                    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
                    sheets.append(_grid(sheet.title, rows, merges.get(sheet.title, [])))
            finally:
                book.close()
    except LedgerFileError:
        raise
    except Exception as error:  # whatever the parser trips over, the file is damaged for us
        raise _damaged(name, error) from error
    return tuple(sheets)


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


def _merged_ranges(archive: zipfile.ZipFile, part: str) -> list[str]:
    """The merged ranges of a sheet, found in its XML without parsing it a second time."""
    found: list[bytes] = []
    carry = b""
    with archive.open(part) as stream:
        while chunk := stream.read(4 * MiB):
            data = carry + chunk
            cut = data.rfind(b"<")  # the last element may go on in the next chunk
            found += _MERGE_CELL.findall(data, 0, cut)
            carry = data[cut:]
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
        merges = [(c0 + 1, r0 + 1, c1, r1) for r0, r1, c0, c1 in sheet.merged_cells]
        sheets.append(_fill(sheet.name, rows, merges))
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


def _grid(title: str, rows: list[list[Any]], merged: list[str]) -> SheetGrid:
    return _fill(title, rows, [range_boundaries(ref) for ref in merged])  # type: ignore[misc]


def _fill(title: str, rows: list[list[Any]], merges: list[tuple[int, int, int, int]]) -> SheetGrid:
    """Pad rows to one width, drop trailing empty rows, and give each merged cell its range's value."""
    while rows and all(v is None or v == "" for v in rows[-1]):
        rows.pop()
    width = max((len(r) for r in rows), default=0)
    for row in rows:
        row.extend([None] * (width - len(row)))
    for min_col, min_row, max_col, max_row in merges:
        if min_row > len(rows) or min_col > width:
            continue
        value = rows[min_row - 1][min_col - 1]
        for r in range(min_row - 1, min(max_row, len(rows))):
            for c in range(min_col - 1, min(max_col, width)):
                rows[r][c] = value
    return SheetGrid(title, tuple(tuple(r) for r in rows))


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


def _damaged(name: str, error: Exception) -> LedgerFileError:
    return LedgerFileError(
        noop("Import", "“{name}” is damaged and could not be read ({error})."),
        name=name,
        error=str(error) or type(error).__name__,
    )
