"""What stops a workbook from being read at all: :class:`LedgerFileError` with the clerk's message
for each kind of file that is refused, and the limits a ledger's file is held to
(casebook.excel.reading opens the file, casebook.excel.sheet_cells reads its sheets' cells)."""

from __future__ import annotations

from dataclasses import dataclass

from defusedxml.common import DefusedXmlException

from casebook.domain.errors import CasebookError
from casebook.i18n import noop

MiB = 1024 * 1024
MAX_CELL_TEXT = 32_767  # Excel's own limit: a longer cell was not written by Excel or WPS
EXCEL_ERRORS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"))


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


LEDGER_LIMITS = ReadLimits()  # what a ledger's file may be


def megabytes(size: int) -> str:
    return f"{size / MiB:.1f} MB" if size >= MiB // 10 else f"{max(1, round(size / 1024))} KB"


def not_a_workbook(name: str) -> LedgerFileError:
    return LedgerFileError(
        noop("Import", "“{name}” is not an Excel workbook (.xlsx or .xls), so nothing was imported."), name=name
    )


def encrypted(name: str) -> LedgerFileError:
    return LedgerFileError(
        noop(
            "Import",
            "“{name}” is protected by a password. Open it in Excel or WPS, save a copy without the "
            "password, and import that copy.",
        ),
        name=name,
    )


def too_long(name: str, sheet: str, cell: str, length: int) -> LedgerFileError:
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


def damaged(name: str, error: BaseException) -> LedgerFileError:
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
