"""The reports leaders read: the monthly report and the year's 办理情况统计表.

Monthly (as of the month's last day): 「概况」 the sentences of the statistics service, the rates
with numerator and denominator next to the previous year's cohort at the same day and the change
in points, the counts and the office's targets (casebook.excel.report_overview); 「按承办单位」 the
figures per lead unit; 「逾期未答复」 the overdue replies; 「解决率图」 a native Excel bar chart of the
resolution rate by lead unit; 「分类占比」 every class's, category's and rating level's share, 办复率
and 办结率; 「重点建议」 the key suggestions' progress and 「议案」 the motions' state.

Annual: the 办理情况统计表, one row per lead unit (件数, 已答复, 应答复, 按期答复, one column per
result category and per rating level of the office settings, 解决率, 满意率, 办复率) and a total
row, with the statistics' sentences above it, then 「分类占比」, 「按会议」 (the year by session),
「重点建议」 and 「议案」 (motions have no rate columns: an open motion is told by its state).
应答复 and 按期答复 count a unit's replies, as lead or as separately handling unit (the statistics'
on-time rate); the other columns count the cases it leads. Every figure comes from the statistics
service, so the workbook says what `casebook stats` says.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.chart.label import DataLabelList

from casebook import clock
from casebook.domain.comparison import default_as_of
from casebook.domain.comparison import month_end as month_end  # the export command names the month's end too
from casebook.domain.enums import CaseKind, UnitKind
from casebook.domain.metrics import Figures, RateName, percent
from casebook.domain.office_settings import DEFAULT_RESULT_CATEGORIES, OfficeSettings
from casebook.excel import columns as c
from casebook.excel.export_case_lists import case_list_sheets
from casebook.excel.export_decisions import decisions_sheet
from casebook.excel.export_deliberations import deliberations_sheet
from casebook.excel.export_evaluations import evaluations_sheet
from casebook.excel.export_meetings import meetings_sheet
from casebook.excel.export_published import CLOSING_RATE, REPLY_RATE, by_session_sheet, published_sheet
from casebook.excel.export_register import ExportSummary
from casebook.excel.report_overview import comparison_note, overview_sheet
from casebook.excel.sheets import TableSheet, chart_sheet, streamed_workbook
from casebook.i18n import translate
from casebook.services.admin.office import get_settings
from casebook.services.queries.overdue import overdue_assignments
from casebook.services.statistics.by_session import statistics_by_session
from casebook.services.statistics.figures import Statistics, compute_statistics, statistics_narrative
from casebook.services.statistics.outcome_counts import OutcomeCounts, cohort_outcomes
from casebook.services.statistics.published import closed_by_lead_unit
from casebook.services.statistics.sql import Cohort
from casebook.store.database import Database


def export_monthly(
    db: Database,
    path: Path,
    year: int,
    month: int,
    *,
    cohort_year: int | None = None,
    kind: CaseKind = CaseKind.SUGGESTION,
    session_id: int | None = None,
    unit_kind: str | None = None,
) -> ExportSummary:
    """The monthly report of ``year``-``month`` on the cases of ``kind`` submitted in
    ``cohort_year`` (default: ``year``), as of the month's last day."""
    as_of = month_end(year, month)
    cohort = cohort_year or year
    stats = compute_statistics(db, cohort, as_of=as_of, kind=kind, session_id=session_id, unit_kind=unit_kind)
    overdue = overdue_assignments(
        db, cohort, as_of, kind=kind, session_id=session_id, unit_kind=UnitKind(unit_kind) if unit_kind else None
    )
    if kind is CaseKind.MOTION:
        template = translate("Excel", "Handling of deputies' motions: monthly report for {year}-{month:02d}")
    else:
        template = translate("Excel", "Handling of deputies' suggestions: monthly report for {year}-{month:02d}")
    title = template.format(year=year, month=month)
    subtitle = _cohort_line(stats)
    with streamed_workbook(path, title) as workbook:
        overview_sheet(workbook, stats, title, subtitle)
        by_unit, units = _unit_figures(workbook, stats, title, subtitle)
        sheet = TableSheet(workbook, translate("Excel", "Overdue replies"), c.OVERDUE, title, subtitle=subtitle)
        sheet.append_rows(
            [o.session, o.number, o.title, o.unit, o.role.label, o.assigned_on, o.due_on, o.days_overdue]
            for o in overdue
        )
        sheet.finish_table()
        _resolution_chart(workbook, by_unit, units, title)
        published_sheet(workbook, stats, title)  # 分类占比: shares, 办复率, 办结率, satisfaction levels
        case_list_sheets(db, workbook, cohort, kind, stats.settings, title)
    return ExportSummary(Path(path), title, tuple(workbook.sheetnames), len(stats.breakdowns["lead_unit"]))


def _cohort_line(stats: Statistics) -> str:
    if stats.kind is CaseKind.MOTION:
        template = translate("Excel", "Motions submitted in {year}; figures as of {date}")
    else:
        template = translate("Excel", "Suggestions submitted in {year}; figures as of {date}")
    line = template.format(year=stats.year, date=stats.as_of.isoformat())
    if stats.unit_kind is not None:  # a subset says which (「交由政府部门办理的」)
        line += translate("Excel", "; handled by: {kind}").format(kind=UnitKind(stats.unit_kind).label)
    return line


def _figures_row(name: str, figures: Figures) -> list[object]:
    return [
        name,
        figures.total,
        figures.replied,
        figures.resolved,
        figures.rate(RateName.RESOLUTION).value,
        figures.accomplished,
        figures.rate(RateName.ACCOMPLISHMENT).value,
        figures.replies_due,
        figures.replied_on_time,
        figures.rate(RateName.ON_TIME).value,
        figures.rated,
        figures.satisfied,
        figures.rate(RateName.SATISFACTION).value,
        figures.overdue,
    ]


def _unit_figures(workbook: Workbook, stats: Statistics, title: str, subtitle: str) -> tuple[TableSheet, int]:
    """The 按承办单位 sheet and its number of unit rows."""
    sheet = TableSheet(workbook, translate("Excel", "By lead unit"), c.UNIT_FIGURES, title, subtitle=subtitle)
    units = stats.breakdowns["lead_unit"]
    sheet.append_rows(_figures_row(row.name, row.figures) for row in units)
    sheet.total(_figures_row(translate("Excel", "Total"), stats.figures))
    sheet.note(translate("Excel", "A case with several lead units is counted under each; the total counts it once."))
    return sheet, len(units)


def _resolution_chart(workbook: Workbook, by_unit: TableSheet, units: int, title: str) -> None:
    """A bar per lead unit, in the order of the table, read from the 按承办单位 sheet."""
    ws = chart_sheet(workbook, translate("Excel", "Resolution rate chart"), title)
    if units <= 0:
        return
    rate_column = c.UNIT_FIGURES.index(c.RESOLUTION_RATE) + 1
    chart = BarChart()
    chart.type = "bar"  # horizontal bars: the unit names read across
    chart.style = 10
    chart.title = translate("Excel", "Resolution rate by lead unit")
    chart.legend = None
    data = Reference(
        by_unit.ws,
        min_col=rate_column,
        min_row=by_unit.header_row,
        max_row=by_unit.header_row + units,
    )
    names = Reference(by_unit.ws, min_col=1, min_row=by_unit.first_data_row, max_row=by_unit.header_row + units)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(names)
    chart.x_axis.scaling.orientation = "maxMin"  # the first unit of the table on top
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.y_axis.majorGridlines = None
    chart.dataLabels = DataLabelList(
        showVal=True, showCatName=False, showSerName=False, showLegendKey=False, showPercent=False
    )
    chart.dataLabels.numFmt = "0.0%"
    chart.width = 25
    chart.height = max(8.0, 0.5 * units + 3)
    ws.add_chart(chart, "A3")


def default_annual_as_of(year: int, today: date | None = None) -> date:
    """The year's last day, or today while the year is not over (domain.comparison.default_as_of)."""
    return default_as_of(year, today or clock.today())


def export_annual(
    db: Database,
    path: Path,
    year: int,
    *,
    as_of: date | None = None,
    kind: CaseKind = CaseKind.SUGGESTION,
    session_id: int | None = None,
    unit_kind: str | None = None,
) -> ExportSummary:
    """The 办理情况统计表 of the cases of ``kind`` submitted in ``year``, as of ``as_of`` (default:
    the year's last day, or today while the year is not over)."""
    as_of = as_of or default_annual_as_of(year)
    stats = compute_statistics(db, year, as_of=as_of, kind=kind, session_id=session_id, unit_kind=unit_kind)
    outcomes = cohort_outcomes(db, year, as_of, kind=kind, session_id=session_id, unit_kind=unit_kind)
    settings = get_settings(db)
    if kind is CaseKind.MOTION:
        title = translate("Excel", "Handling of deputies' motions in {year}: statistics table").format(year=year)
    else:
        title = translate("Excel", "Handling of deputies' suggestions in {year}: statistics table").format(year=year)
    result_codes = [category.code for category in settings.result_categories]
    motions = kind is CaseKind.MOTION  # told by their state (the 「议案」 sheet), not by rates
    rate_columns = () if motions else (c.RESOLUTION_RATE, c.SATISFACTION_RATE, REPLY_RATE, CLOSING_RATE)
    closed = closed_by_lead_unit(db, Cohort(year, kind.value, stats.as_of, session_id, unit_kind))
    rating_codes = [option.code for option in settings.rating_options]
    table = (
        c.HANDLING_UNIT,
        c.CASES,
        c.REPLIED,
        c.REPLIES_DUE,
        c.REPLIED_ON_TIME,
        *_result_columns(settings),
        *(c.count_column(f"rating_{o.code}", o.label) for o in settings.rating_options),
        *rate_columns,
    )

    def row(name: str, figures: Figures, counts: OutcomeCounts, closed_cases: int) -> list[object]:
        return [
            name,
            figures.total,
            figures.replied,
            figures.replies_due,
            figures.replied_on_time,
            *(counts.results[code] for code in result_codes),
            *(counts.ratings[code] for code in rating_codes),
            *(
                ()
                if motions
                else (
                    figures.rate(RateName.RESOLUTION).value,
                    figures.rate(RateName.SATISFACTION).value,
                    percent(figures.replied, figures.total),
                    percent(closed_cases, figures.total),
                )
            ),
        ]

    with streamed_workbook(path, title) as workbook:
        sheet = TableSheet(
            workbook,
            translate("Excel", "Statistics table"),
            table,
            title,
            subtitle=_cohort_line(stats),
            sentences=statistics_narrative(stats),
            freeze=False,
        )
        sheet.append_rows(
            row(
                unit.name,
                unit.figures,
                outcomes.by_lead_unit.get(unit.key, OutcomeCounts()) if unit.key else OutcomeCounts(),
                closed.get(unit.key, 0) if unit.key else 0,
            )
            for unit in stats.breakdowns["lead_unit"]
        )
        sheet.total(row(translate("Excel", "Total"), stats.figures, outcomes.overall, stats.published.closed))
        sheet.note(comparison_note(stats))
        sheet.note(
            translate("Excel", "A case with several lead units is counted under each; the total counts it once.")
        )
        satisfied = [option.label for option in settings.rating_options if option.satisfied]
        sheet.note(
            translate("Excel", "Resolved: result {resolved}. Satisfaction rate: ({satisfied}) / rated.").format(
                resolved="、".join(settings.resolved_categories), satisfied=" + ".join(satisfied)
            )
        )
        published_sheet(workbook, stats, title)
        if session_id is None:
            by_session_sheet(
                workbook, statistics_by_session(db, year, as_of=as_of, kind=kind, unit_kind=unit_kind), title
            )
        case_list_sheets(db, workbook, year, kind, settings, title)
        meetings_sheet(workbook, db, year, title)  # 三见面
        evaluations_sheet(workbook, db, year, title)
        decisions_sheet(workbook, db, year, title)
        deliberations_sheet(workbook, db, year, title, as_of)
    return ExportSummary(Path(path), title, tuple(workbook.sheetnames), len(stats.breakdowns["lead_unit"]))


def _result_columns(settings: OfficeSettings) -> list[c.Column]:
    """One count column per result category: 解决(A)… for the default categories, the office's own
    label and code otherwise."""
    defaults = {category.code: category.label for category in DEFAULT_RESULT_CATEGORIES}
    result = []
    for category in settings.result_categories:
        if defaults.get(category.code) == category.label and category.code in c.RESULT_HEADERS:
            column = c.Column(f"result_{category.code}", c.RESULT_HEADERS[category.code], 8, c.ValueKind.NUMBER)
        else:
            column = c.count_column(f"result_{category.code}", f"{category.label}({category.code})")
        result.append(column)
    return result
