"""The monthly report's 「概况」 sheet: each rate with numerator and denominator next to the previous
year's cohort at the same day and the change in points, the counts, and the office's targets
against the actual. Motions have no rates: an open motion is told by its state (the 「议案」 sheet)."""

from __future__ import annotations

from openpyxl import Workbook

from casebook.domain.enums import CaseKind
from casebook.domain.figure_style import FigureKind
from casebook.domain.metrics import RateName
from casebook.domain.rate_targets import target_text
from casebook.excel import columns as c
from casebook.excel.sheets import TableSheet
from casebook.i18n import translate
from casebook.services.statistics.figures import Statistics, statistics_narrative


def _rate_labels() -> dict[RateName, str]:
    return {name: name.label for name in RateName}


def overview_sheet(workbook: Workbook, stats: Statistics, title: str, subtitle: str) -> None:
    """The rates and the counts; motions have no rates (an open motion is told by its state, in the
    「议案」 sheet, never as 0.0%)."""
    motions = stats.kind is CaseKind.MOTION
    sheet = TableSheet(
        workbook,
        translate("Excel", "Overview"),
        c.COUNT_TABLE if motions else c.RATE_TABLE,
        title,
        subtitle=subtitle,
        sentences=statistics_narrative(stats),
        freeze=False,
        autofilter=False,
    )
    if not motions:
        _rates(sheet, stats)
    _counts(sheet, stats)


def _rates(sheet: TableSheet, stats: Statistics) -> None:
    """Each rate with numerator and denominator beside last year's and the change; then the counts' header."""
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


def _counts(sheet: TableSheet, stats: Statistics) -> None:
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
    if stats.kind is not CaseKind.MOTION:
        _targets(sheet, stats)
    sheet.note(comparison_note(stats))


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


def comparison_note(stats: Statistics) -> str:
    """What the changes are against (every report says the date of the previous figure)."""
    return translate("Excel", "Compared with: the cases of {previous}, as of {date}.").format(
        previous=stats.comparison.label, date=stats.previous_as_of.isoformat()
    )
