"""The 先进承办单位 ranking as a workbook: one row per unit (名次, 承办单位, 件数, each weighted rate with
its numerator and denominator, 得分) and the formula under the table."""

from __future__ import annotations

from pathlib import Path

from casebook.domain.enums import CaseKind
from casebook.excel import columns as c
from casebook.excel.export_register import ExportSummary
from casebook.excel.sheets import TableSheet, streamed_workbook
from casebook.i18n import noop, translate
from casebook.services.statistics.figures import Statistics
from casebook.services.statistics.ranking import ranking_formula, ranking_rows, weighted_rates

RANK = c.Column("rank", noop("Excel", "Rank"), 6, c.ValueKind.NUMBER)
SCORE = c.Column("score", noop("Excel", "Score"), 8, c.ValueKind.NUMBER)


def export_ranking(stats: Statistics, path: Path) -> ExportSummary:
    if stats.kind is CaseKind.MOTION:
        title = translate("Excel", "Handling units of deputies' motions in {year}: ranking").format(year=stats.year)
    else:
        title = translate("Excel", "Handling units of deputies' suggestions in {year}: ranking").format(year=stats.year)
    weighted = weighted_rates(stats)
    rate_columns = []
    for name, weight in weighted:
        label = f"{name.label}（×{weight}）"
        rate_columns.append(c.Column(f"{name.value}", label, 10, c.ValueKind.PERCENT, literal=True))
        rate_columns.append(c.Column(f"{name.value}_terms", f"{name.label} n/N", 9, c.ValueKind.TEXT, literal=True))
    rows = ranking_rows(stats)
    with streamed_workbook(path, title) as workbook:
        sheet = TableSheet(
            workbook,
            translate("Excel", "Ranking"),
            (RANK, c.HANDLING_UNIT, c.CASES, *rate_columns, SCORE),
            title,
            subtitle=translate("Excel", "As of {date}").format(date=stats.as_of.isoformat()),
            freeze=False,
        )
        sheet.append_rows(
            [
                row.rank,
                row.unit,
                row.cases,
                *(
                    value
                    for term in row.terms
                    for value in (term.value.value, f"{term.value.numerator}/{term.value.denominator}")
                ),
                float(row.score),
            ]
            for row in rows
        )
        sheet.note(ranking_formula(stats))
    return ExportSummary(Path(path), title, tuple(workbook.sheetnames), len(rows))
