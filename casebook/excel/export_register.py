"""The register export (台账): every case with every field a clerk keeps, and its handling history.

Sheet 1 「台账」 has one row per case (columns: :data:`casebook.excel.columns.REGISTER`), sheet 2
「办理过程」 one row per step of every case (:data:`casebook.excel.columns.HISTORY`): cases in
register order, each case's steps in business-date order, then in the order they were typed in.
Sheet 3 「打印」 is the register as an office prints it (:mod:`casebook.excel.print_sheet`).
Both sheets have a merged title row (row 1) and the header in row 2. The workbook is streamed
(openpyxl write-only mode), so a register of any size is written in little memory; it is also the
format the ledger import reads back (export, import into an empty database: same statistics).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook

from casebook.domain.enums import CaseKind
from casebook.excel import columns
from casebook.excel.print_sheet import PrintSheet
from casebook.excel.register_values import Labels, history_values, register_values
from casebook.excel.sheets import TableSheet, streamed_workbook
from casebook.i18n import translate
from casebook.services.admin.office import get_settings
from casebook.services.queries.case_listing import CaseFilter, CaseRow, count_cases, iter_case_rows
from casebook.services.queries.handling_history import HandlingStep, handling_steps
from casebook.store.database import Database

# (done, total) → False to stop: the export then raises ExportCancelled and writes no file.
Progress = Callable[[int, int], bool]
PROGRESS_EVERY = 250


class ExportCancelled(Exception):
    """The caller's progress callback asked to stop; no file was written."""


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    title: str
    sheets: tuple[str, ...]
    rows: int  # cases (register, unit lists), units (reports)
    steps: int = 0  # rows of the handling history


def register_title(filters: CaseFilter) -> str:
    """「2022年代表议案建议办理台账」, 「2022年代表建议办理台账」, 「代表议案建议办理台账」…"""
    if filters.year is None:
        if filters.kind is CaseKind.MOTION:
            return translate("Excel", "Register of deputies' motions")
        if filters.kind is CaseKind.SUGGESTION:
            return translate("Excel", "Register of deputies' suggestions")
        return translate("Excel", "Register of deputies' motions and suggestions")
    if filters.kind is CaseKind.MOTION:
        template = translate("Excel", "Register of deputies' motions, {year}")
    elif filters.kind is CaseKind.SUGGESTION:
        template = translate("Excel", "Register of deputies' suggestions, {year}")
    else:
        template = translate("Excel", "Register of deputies' motions and suggestions, {year}")
    return template.format(year=filters.year)


def export_register(
    db: Database, path: Path, filters: CaseFilter | None = None, *, progress: Progress | None = None
) -> ExportSummary:
    """Write the register of the cases of ``filters`` (default: all) to ``path``."""
    filters = filters or CaseFilter()
    settings = get_settings(db)
    labels = Labels.current(settings)
    title = register_title(filters)
    total = count_cases(db, filters) if progress is not None else 0
    with streamed_workbook(path, title) as workbook:
        cases, steps = write_register(
            workbook,
            title,
            iter_case_rows(db, filters),
            handling_steps(db, filters),
            labels,
            progress=progress,
            total=total,
            print_columns=settings.print_columns,
        )
    return ExportSummary(Path(path), title, tuple(workbook.sheetnames), cases, steps)


def write_register(
    workbook: Workbook,
    title: str,
    rows: Iterable[CaseRow],
    steps: Iterable[HandlingStep],
    labels: Labels,
    *,
    progress: Progress | None = None,
    total: int = 0,
    print_columns: Sequence[str] | None = None,
) -> tuple[int, int]:
    """The sheets of the register into ``workbook`` (the printed one when ``print_columns`` are
    given); returns (cases, steps) written."""
    register = TableSheet(workbook, translate("Excel", "Register"), columns.REGISTER, title, empty_text=None)
    history = TableSheet(
        workbook,
        translate("Excel", "Handling history"),
        columns.HISTORY,
        translate("Excel", "{title}: handling history").format(title=title),
        empty_text=None,
    )
    printed = (
        PrintSheet(workbook, translate("Excel", "Print"), title, print_columns, labels)
        if print_columns is not None
        else None
    )
    count = 0
    for row in rows:
        register.append(register_values(row, labels))
        if printed is not None:
            printed.append_rows((row,))
        count += 1
        if progress is not None and count % PROGRESS_EVERY == 0 and not progress(count, 2 * total):
            raise ExportCancelled
    register.finish_table()
    if printed is not None:
        printed.finish()
    step_count = cases_done = 0
    last_case: int | None = None
    for step in steps:
        history.append(history_values(step, labels))
        step_count += 1
        if step.case_id != last_case:
            last_case = step.case_id
            cases_done += 1
            if (
                progress is not None
                and cases_done % PROGRESS_EVERY == 0
                and not progress(total + cases_done, 2 * total)
            ):
                raise ExportCancelled
    history.finish_table()
    if progress is not None:
        progress(2 * total, 2 * total)
    return count, step_count
