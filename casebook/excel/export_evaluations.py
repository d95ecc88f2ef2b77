"""The annual export's 「评议评估」 sheet: every evaluation of the year beyond the deputies' ratings
(人大评议, 第三方评估, the office's own kinds), of units for the year and of the year's cases."""

from __future__ import annotations

from openpyxl import Workbook

from casebook.excel import columns as c
from casebook.excel.sheets import TableSheet
from casebook.i18n import noop, translate
from casebook.services.queries.evaluations import evaluation_list
from casebook.store.database import Database

EVALUATION_COLUMNS = (
    c.Column("evaluated_on", noop("Excel", "Date"), 12, c.ValueKind.DATE),
    c.Column("kind", noop("Excel", "Kind of evaluation"), 22, c.ValueKind.TEXT),
    c.Column("subject", noop("Excel", "Unit or case evaluated"), 30, c.ValueKind.LONG_TEXT),
    c.Column("case_title", noop("Excel", "Title"), 36, c.ValueKind.LONG_TEXT),
    c.Column("score", noop("Excel", "Score"), 8, c.ValueKind.NUMBER),
    c.Column("grade", noop("Excel", "Grade"), 8, c.ValueKind.TEXT),
    c.Column("evaluator", noop("Excel", "Evaluator"), 20, c.ValueKind.TEXT),
    c.Column("comments", noop("Excel", "Comments"), 40, c.ValueKind.LONG_TEXT),
)


def evaluations_sheet(workbook: Workbook, db: Database, year: int, title: str) -> None:
    """One row per evaluation of ``year``, by date (an empty list says 「无」)."""
    sheet = TableSheet(
        workbook,
        translate("Excel", "Evaluations"),
        EVALUATION_COLUMNS,
        translate("Excel", "Evaluations of {year}").format(year=year),
        subtitle=title,
    )
    sheet.append_rows(
        [
            row.evaluated_on,
            row.kind_label,
            row.subject,
            row.case_title or "",
            float(row.score) if row.score is not None else None,
            row.grade or "",
            row.evaluator,
            row.comments,
        ]
        for row in evaluation_list(db, year=year)
    )
    sheet.finish_table()
