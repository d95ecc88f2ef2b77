"""The reports leaders read: the monthly report and the year's 办理情况统计表.

Monthly (as of the month's last day): 「概况」 the sentences of the statistics service, the rates
with numerator and denominator next to the previous year's cohort at the same day and the change
in points, and the counts; 「按承办单位」 the figures per lead unit; 「逾期未答复」 the overdue
replies; 「解决率图」 a native Excel bar chart of the resolution rate by lead unit.

Annual: the 办理情况统计表, one row per lead unit (件数, 已答复, 应答复, 按期答复, one column per
result category and per rating level of the office settings, 解决率, 满意率) and a total row, with
the statistics' sentences above it. 应答复 and 按期答复 count a unit's replies, as lead or as
separately handling unit (the statistics' on-time rate); the other columns count the cases it
leads. Every figure comes from the statistics service, so the workbook says what `casebook stats`
says.
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
from casebook.domain.enums import CaseKind
from casebook.domain.figure_style import FigureKind
from casebook.domain.metrics import Figures, RateName, percent
from casebook.domain.office_settings import DEFAULT_RESULT_CATEGORIES, OfficeSettings
from casebook.domain.rate_targets import target_text
from casebook.excel import columns as c
from casebook.excel.export_decisions import decisions_sheet
from casebook.excel.export_evaluations import evaluations_sheet
from casebook.excel.export_published import REPLY_RATE, published_sheet
from casebook.excel.export_register import ExportSummary
from casebook.excel.sheets import TableSheet, chart_sheet, streamed_workbook
from casebook.i18n import translate
from casebook.services.admin.office import get_settings
from casebook.services.queries.overdue import overdue_assignments
from casebook.services.statistics.figures import Statistics, compute_statistics, statistics_narrative
from casebook.services.statistics.outcome_counts import OutcomeCounts, cohort_outcomes
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
) -> ExportSummary:
    """The monthly report of ``year``-``month`` on the cases of ``kind`` submitted in
    ``cohort_year`` (default: ``year``), as of the month's last day."""
    as_of = month_end(year, month)
    cohort = cohort_year or year
    stats = compute_statistics(db, cohort, as_of=as_of, kind=kind, session_id=session_id)
    overdue = overdue_assignments(db, cohort, as_of, kind=kind, session_id=session_id)
    if kind is CaseKind.MOTION:
        template = translate("Excel", "Handling of deputies' motions: monthly report for {year}-{month:02d}")
    else:
        template = translate("Excel", "Handling of deputies' suggestions: monthly report for {year}-{month:02d}")
    title = template.format(year=year, month=month)
    subtitle = _cohort_line(stats)
    with streamed_workbook(path, title) as workbook:
        _overview(workbook, stats, title, subtitle)
        by_unit, units = _unit_figures(workbook, stats, title, subtitle)
        sheet = TableSheet(workbook, translate("Excel", "Overdue replies"), c.OVERDUE, title, subtitle=subtitle)
        sheet.append_rows(
            [o.session, o.number, o.title, o.unit, o.role.label, o.assigned_on, o.due_on, o.days_overdue]
            for o in overdue
        )
        sheet.finish_table()
        _resolution_chart(workbook, by_unit, units, title)
    return ExportSummary(Path(path), title, tuple(workbook.sheetnames), len(stats.breakdowns["lead_unit"]))


def _cohort_line(stats: Statistics) -> str:
    if stats.kind is CaseKind.MOTION:
        template = translate("Excel", "Motions submitted in {year}; figures as of {date}")
    else:
        template = translate("Excel", "Suggestions submitted in {year}; figures as of {date}")
    return template.format(year=stats.year, date=stats.as_of.isoformat())


def _rate_labels() -> dict[RateName, str]:
    return {name: name.label for name in RateName}


def _overview(workbook: Workbook, stats: Statistics, title: str, subtitle: str) -> None:
    sheet = TableSheet(
        workbook,
        translate("Excel", "Overview"),
        c.RATE_TABLE,
        title,
        subtitle=subtitle,
        sentences=statistics_narrative(stats),
        freeze=False,
        autofilter=False,
    )
    for name, label in _rate_labels().items():
        rate, previous = stats.figures.rate(name), stats.previous.rate(name)
        sheet.append(
            [
                label,
                rate.numerator,
                rate.denominator,
                rate.value,
                previous.numerator,
                previous.denominator,
                previous.value,
                stats.change(name),
            ]
        )
    sheet.blank()
    sheet.header([column.title for column in c.COUNT_TABLE])
    counts = {
        "total": c.CASES.title,
        "assigned": translate("Excel", "Assigned"),
        "replied": c.REPLIED.title,
        "resolved": c.RESOLVED.title,
        "accomplished": c.ACCOMPLISHED.title,
        "rated": c.RATED.title,
        "satisfied": c.SATISFIED.title,
        "replies_due": c.REPLIES_DUE.title,
        "replied_on_time": c.REPLIED_ON_TIME.title,
        "overdue": c.OVERDUE_COUNT.title,
        "met_face_to_face": translate("Excel", "Met in person"),
    }
    for count, label in counts.items():
        sheet.append([label, getattr(stats.figures, count), getattr(stats.previous, count)])
    _targets(sheet, stats)
    sheet.note(_comparison_note(stats))


def _targets(sheet: TableSheet, stats: Statistics) -> None:
    """The office's targets (「力争办成率达到80%」) against the actual, under the rates; none: nothing."""
    targets = stats.targets()
    if not targets:
        return
    style = stats.settings.figure_style(FigureKind.RATE)
    sheet.blank()
    sheet.header(
        [
            translate("Excel", "Target"),
            c.NUMERATOR.title,
            c.DENOMINATOR.title,
            translate("Excel", "Actual"),
            translate("Excel", "Target (%)"),
            translate("Excel", "Short by (points)"),
            translate("Excel", "Where it stands"),
        ]
    )
    for target in targets:
        gap = None if target.gap is None else float(target.gap)
        sheet.append(
            [
                target.rate.label,
                target.numerator,
                target.denominator,
                target.actual,
                float(target.target),
                gap,
                target_text(target, style),
            ]
        )


def _comparison_note(stats: Statistics) -> str:
    """What the changes are against (every report says the date of the previous figure)."""
    return translate("Excel", "Compared with: the cases of {previous}, as of {date}.").format(
        previous=stats.comparison.label, date=stats.previous_as_of.isoformat()
    )


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
) -> ExportSummary:
    """The 办理情况统计表 of the cases of ``kind`` submitted in ``year``, as of ``as_of`` (default:
    the year's last day, or today while the year is not over)."""
    as_of = as_of or default_annual_as_of(year)
    stats = compute_statistics(db, year, as_of=as_of, kind=kind, session_id=session_id)
    outcomes = cohort_outcomes(db, year, as_of, kind=kind, session_id=session_id)
    settings = get_settings(db)
    if kind is CaseKind.MOTION:
        title = translate("Excel", "Handling of deputies' motions in {year}: statistics table").format(year=year)
    else:
        title = translate("Excel", "Handling of deputies' suggestions in {year}: statistics table").format(year=year)
    result_codes = [category.code for category in settings.result_categories]
    rating_codes = [option.code for option in settings.rating_options]
    table = (
        c.HANDLING_UNIT,
        c.CASES,
        c.REPLIED,
        c.REPLIES_DUE,
        c.REPLIED_ON_TIME,
        *_result_columns(settings),
        *(c.count_column(f"rating_{o.code}", o.label) for o in settings.rating_options),
        c.RESOLUTION_RATE,
        c.SATISFACTION_RATE,
        REPLY_RATE,
    )

    def row(name: str, figures: Figures, counts: OutcomeCounts) -> list[object]:
        return [
            name,
            figures.total,
            figures.replied,
            figures.replies_due,
            figures.replied_on_time,
            *(counts.results[code] for code in result_codes),
            *(counts.ratings[code] for code in rating_codes),
            figures.rate(RateName.RESOLUTION).value,
            figures.rate(RateName.SATISFACTION).value,
            percent(figures.replied, figures.total),
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
            )
            for unit in stats.breakdowns["lead_unit"]
        )
        sheet.total(row(translate("Excel", "Total"), stats.figures, outcomes.overall))
        sheet.note(_comparison_note(stats))
        sheet.note(
            translate("Excel", "A case with several lead units is counted under each; the total counts it once.")
        )
        sheet.note(
            translate(
                "Excel", "Resolved: result {resolved}. Satisfaction rate: (satisfied + basically satisfied) / rated."
            ).format(resolved="、".join(settings.resolved_categories))
        )
        published_sheet(workbook, stats, title)
        evaluations_sheet(workbook, db, year, title)
        decisions_sheet(workbook, db, year, title)
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
