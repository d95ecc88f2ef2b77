"""The deliberations and inquiries of a year with their follow-up items (整改清单) as a list: one row per
item (a deliberation without items has one row of its own), with its due and done dates and whether
it is overdue — a sheet of the annual export, or a workbook of its own (`casebook deliberation export`)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from casebook.excel import columns as c
from casebook.excel.export_register import ExportSummary
from casebook.excel.sheets import TableSheet, streamed_workbook
from casebook.i18n import noop, translate
from casebook.services.queries.deliberations import deliberation_list
from casebook.store.database import Database

DELIBERATION_COLUMNS = (
    c.Column("held_on", noop("Excel", "Date"), 12, c.ValueKind.DATE),
    c.Column("kind", noop("Excel", "Kind"), 14, c.ValueKind.TEXT),
    c.Column("title", noop("Excel", "Title"), 30, c.ValueKind.LONG_TEXT),
    c.Column("units", noop("Excel", "Units questioned"), 22, c.ValueKind.LONG_TEXT),
    c.Column("item", noop("Excel", "Follow-up item"), 36, c.ValueKind.LONG_TEXT),
    c.Column("unit", noop("Excel", "Unit responsible"), 16, c.ValueKind.TEXT),
    c.Column("due_on", noop("Excel", "Due on"), 12, c.ValueKind.DATE),
    c.Column("done_on", noop("Excel", "Done on"), 12, c.ValueKind.DATE),
    c.Column("state", noop("Excel", "State"), 8, c.ValueKind.TEXT),
)


def deliberations_sheet(workbook: Workbook, db: Database, year: int | None, title: str, day: date) -> int:
    """The rows of ``year``'s deliberations (every year's when None) as they stand on ``day``; returns
    how many follow-up items."""
    rows = sorted(deliberation_list(db, day, year=year), key=lambda r: (r.held_on, r.id))
    heading = (
        translate("Excel", "Deliberations and inquiries of {year} and their follow-up items").format(year=year)
        if year is not None
        else translate("Excel", "Deliberations and inquiries and their follow-up items")
    )
    subtitle = translate("Excel", "{title}; overdue as of {date}").format(title=title, date=day.isoformat())
    sheet = TableSheet(
        workbook, translate("Excel", "Follow-up lists"), DELIBERATION_COLUMNS, heading, subtitle=subtitle
    )
    lines: list[list[object]] = []
    for row in rows:
        head: list[object] = [row.held_on, row.kind.label, row.title, "、".join(row.units)]
        if not row.items:
            lines.append([*head, "", "", None, None, ""])
        for item in row.items:
            if item.done_on is not None:
                state = translate("Excel", "Done")
            else:
                state = translate("Excel", "Overdue") if item.overdue else translate("Excel", "Open")
            lines.append([*head, item.content, item.unit or "", item.due_on, item.done_on, state])
    sheet.append_rows(lines)
    sheet.finish_table()
    return sum(len(row.items) for row in rows)


def export_deliberations(db: Database, path: Path, year: int | None, day: date) -> ExportSummary:
    """A workbook with the list alone."""
    title = translate("Excel", "Deliberations and inquiries")
    with streamed_workbook(path, title) as workbook:
        count = deliberations_sheet(workbook, db, year, title, day)
    return ExportSummary(Path(path), title, tuple(workbook.sheetnames), count)
