"""The year's decisions as a list: 优秀议案建议 (with each case's title and lead deputy) and 先进承办单位,
each with the decision's date and document number — a sheet of the annual export, or a workbook of
its own (`casebook decision export`)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from casebook.excel import columns as c
from casebook.excel.export_register import ExportSummary
from casebook.excel.sheets import TableSheet, streamed_workbook
from casebook.i18n import noop, translate
from casebook.services.queries.decisions import decision_list
from casebook.store.database import Database

DECISION_COLUMNS = (
    c.Column("year", noop("Excel", "Year"), 8, c.ValueKind.NUMBER),
    c.Column("kind", noop("Excel", "Decision"), 20, c.ValueKind.TEXT),
    c.Column("subject", noop("Excel", "Case or unit"), 30, c.ValueKind.LONG_TEXT),
    c.Column("title", noop("Excel", "Title"), 40, c.ValueKind.LONG_TEXT),
    c.Column("lead_deputy", noop("Excel", "Lead deputy"), 12, c.ValueKind.TEXT),
    c.Column("document_number", noop("Excel", "Document number"), 22, c.ValueKind.TEXT),
    c.Column("decided_on", noop("Excel", "Decided on"), 12, c.ValueKind.DATE),
    c.Column("note", noop("Excel", "Note"), 30, c.ValueKind.LONG_TEXT),
)


def decisions_sheet(workbook: Workbook, db: Database, year: int | None, title: str) -> int:
    """One row per decision (of ``year``, or of every year); returns how many."""
    rows = decision_list(db, year=year)
    heading = (
        translate("Excel", "Excellent motions and suggestions and advanced handling units of {year}").format(year=year)
        if year is not None
        else translate("Excel", "Excellent motions and suggestions and advanced handling units")
    )
    sheet = TableSheet(workbook, translate("Excel", "Decisions"), DECISION_COLUMNS, heading, subtitle=title)
    sheet.append_rows(
        [
            row.year,
            row.kind.label,
            row.subject,
            row.title or "",
            row.lead_deputy or "",
            row.document_number,
            row.decided_on,
            row.note,
        ]
        for row in rows
    )
    sheet.finish_table()
    return len(rows)


def export_decisions(db: Database, path: Path, year: int | None = None) -> ExportSummary:
    """A workbook with the list of decisions alone."""
    title = translate("Excel", "Year decisions")
    with streamed_workbook(path, title) as workbook:
        count = decisions_sheet(workbook, db, year, title)
    return ExportSummary(Path(path), title, tuple(workbook.sheetnames), count)
