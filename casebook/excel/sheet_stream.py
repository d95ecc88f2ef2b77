"""A workbook read as it is parsed, a sheet's rows one at a time: what is held does not grow with the
file (the command line's and the benchmark's import; the window's preview reads the grid whole).

The file is checked as :func:`casebook.excel.reading.read_workbook` checks it, and its rows are the
grid's rows: the same values, merged cells unmerged the same way. Each sheet gives its first rows
at once (its title rows and header are among them: what the header is looked for in) and the rest
as they are parsed; its rows are padded to the width of its first rows (the header's columns), a
longer row keeps its length. The rows of a sheet are read once, before the next sheet is asked for.
An .xls file (read whole by xlrd anyway) is given the same way from its grid.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import range_boundaries

from casebook.excel.cell_safety import clean_name
from casebook.excel.reading import _check_archive, _read_xls, _sheet_parts, _xlsx_sheets, workbook_kind
from casebook.excel.workbook_errors import LEDGER_LIMITS, LedgerFileError, ReadLimits, damaged

Row = list[Any]


@dataclass
class SheetStream:
    """One sheet: ``rows`` its first rows, the rest given by :meth:`rows_from`."""

    name: str
    rows: tuple[Row, ...]
    rest: Iterator[Row]

    def rows_from(self, index: int) -> Iterator[tuple[int, Sequence[Any]]]:
        """The rows from ``index`` (0-based) on, with their index; once."""
        return enumerate(islice(chain(self.rows, self.rest), index, None), index)


@dataclass(frozen=True)
class WorkbookStream:
    file_name: str
    sheets: Iterator[SheetStream]


def stream_workbook(path: Path, head_rows: int, limits: ReadLimits = LEDGER_LIMITS) -> WorkbookStream:
    """The worksheets of the .xlsx or .xls at ``path``, each with its first ``head_rows`` rows;
    :class:`LedgerFileError` when the file cannot be read (now for what is checked before the
    cells, while its rows are read for a cell)."""
    name = path.name
    if workbook_kind(path, limits) == "xls":
        grid = _read_xls(path)
        return WorkbookStream(name, (SheetStream(s.name, tuple(map(list, s.rows[:head_rows])), iter([])) for s in grid))
    try:
        import zipfile

        with zipfile.ZipFile(path) as archive:
            _check_archive(archive, name, limits)
            _sheet_parts(archive, name)
    except LedgerFileError:
        raise
    except Exception as error:
        raise damaged(name, error) from error
    return WorkbookStream(name, _sheets(path, limits, head_rows))


def _sheets(path: Path, limits: ReadLimits, head_rows: int) -> Generator[SheetStream, None, None]:
    name = path.name
    sheets = _xlsx_sheets(path, limits)
    try:
        for title, cells, source, merged in sheets:
            merges = [range_boundaries(ref) for ref in merged]
            rows = _guarded(name, _unmerged(name, title, _padded(cells.stream(source), head_rows), merges))
            head = tuple(islice(rows, head_rows))
            yield SheetStream(clean_name(title).strip() or "_", head, rows)
            rows.close()  # the next sheet: this one's rows are not read further
    except LedgerFileError:
        raise
    except Exception as error:  # whatever the parser trips over, the file is damaged for us
        raise damaged(name, error) from error
    finally:
        sheets.close()


def _guarded(name: str, rows: Iterator[Row]) -> Generator[Row, None, None]:
    try:
        yield from rows
    except LedgerFileError:
        raise
    except Exception as error:
        raise damaged(name, error) from error


def _padded(rows: Iterator[Row], head_rows: int) -> Iterator[Row]:
    """The rows, each as wide as the widest of the first ``head_rows`` at least."""
    head = list(islice(rows, head_rows))
    width = max((len(row) for row in head), default=0)
    for row in chain(head, rows):
        if len(row) < width:
            row.extend([None] * (width - len(row)))
        yield row


def _unmerged(name: str, title: str, rows: Iterator[Row], merges: list[Any]) -> Iterator[Row]:
    """The rows with each merged cell given its range's value (as the grid's ``_fill`` does;
    ranges filling the sheet over and over are a damaged file)."""
    waiting = sorted(merges, key=lambda merge: merge[1])  # (min_col, min_row, max_col, max_row)
    next_merge = 0
    active: list[tuple[int, int, int, Any]] = []  # (first column, last column, last row, value)
    filled = 0
    for number, row in enumerate(rows, 1):
        while next_merge < len(waiting) and waiting[next_merge][1] <= number:
            min_col, min_row, max_col, max_row = waiting[next_merge]
            next_merge += 1
            if min_row == number and min_col <= len(row):
                active.append((min_col - 1, max_col, max_row, row[min_col - 1]))
        if active:
            for first, last, _, value in active:
                for column in range(first, min(last, len(row))):
                    row[column] = value
                filled += max(min(last, len(row)) - first, 0)
            if filled > 4 * number * max(len(row), 1):
                raise damaged(name, ValueError(f"overlapping merged ranges in sheet {title}"))
            active = [merge for merge in active if merge[2] > number]
        yield row
