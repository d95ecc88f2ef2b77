"""The year's 群众意见 as a workbook: the opinions one per row (number, station, voter, content, the unit
it went to, the answer, the feedback and where it stands), and the counts by station with the year's
rates and the report's sentences (`casebook opinions export`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook

from casebook.domain.opinion_figures import OpinionFigures, OpinionRateName
from casebook.excel import columns as c
from casebook.excel.sheets import TableSheet, streamed_workbook
from casebook.i18n import noop, translate
from casebook.services.queries.opinions import OpinionFilter, opinion_list
from casebook.services.statistics.opinions import OpinionStatistics, opinion_statistics
from casebook.store.database import Database

OPINION_COLUMNS = (
    c.Column("number", noop("Excel", "Number"), 15, c.ValueKind.TEXT),
    c.Column("station", noop("Excel", "Station"), 22, c.ValueKind.LONG_TEXT),
    c.Column("received_on", noop("Excel", "Received on"), c.DATE_WIDTH, c.ValueKind.DATE),
    c.Column("voter", noop("Excel", "Voter"), 10, c.ValueKind.TEXT),
    c.Column("contact", noop("Excel", "Contact"), 14, c.ValueKind.TEXT),
    c.Column("deputy", noop("Excel", "Deputy who received it"), 10, c.ValueKind.TEXT),
    c.Column("content", noop("Excel", "Opinion"), 36, c.ValueKind.LONG_TEXT),
    c.Column("category", noop("Excel", "Category"), 10, c.ValueKind.TEXT),
    c.Column("unit", noop("Excel", "Passed on to"), 16, c.ValueKind.LONG_TEXT),
    c.Column("passed_on", noop("Excel", "Passed on"), c.DATE_WIDTH, c.ValueKind.DATE),
    c.Column("answered_on", noop("Excel", "Answered on"), c.DATE_WIDTH, c.ValueKind.DATE),
    c.Column("answer", noop("Excel", "Answer"), 30, c.ValueKind.LONG_TEXT),
    c.Column("fed_back_on", noop("Excel", "Fed back on"), c.DATE_WIDTH, c.ValueKind.DATE),
    c.Column("voter_view", noop("Excel", "Voter's view"), 10, c.ValueKind.TEXT),
    c.Column("state", noop("Excel", "State"), 8, c.ValueKind.TEXT),
)
STATION_COLUMNS = (
    c.Column("station", noop("Excel", "Station"), 26, c.ValueKind.LONG_TEXT),
    c.Column("kind", noop("Excel", "Kind"), 12, c.ValueKind.TEXT),
    c.Column("area", noop("Excel", "Town or district"), 14, c.ValueKind.TEXT),
    c.Column("received", noop("Excel", "Opinions received"), 8, c.ValueKind.NUMBER),
    c.Column("passed_on", noop("Excel", "Opinions passed on"), 8, c.ValueKind.NUMBER),
    c.Column("answered", noop("Excel", "Opinions answered"), 8, c.ValueKind.NUMBER),
    c.Column("fed_back", noop("Excel", "Opinions fed back"), 8, c.ValueKind.NUMBER),
    c.Column("answer_rate", noop("Excel", "Answer rate"), 9, c.ValueKind.PERCENT),
    c.Column("feedback_rate", noop("Excel", "Feedback rate"), 9, c.ValueKind.PERCENT),
    c.Column("satisfaction_rate", noop("Excel", "Voters' satisfaction rate"), 11, c.ValueKind.PERCENT),
)


@dataclass(frozen=True)
class OpinionExport:
    path: Path
    sheets: tuple[str, ...]
    opinions: int
    stations: int


def opinions_sheet(workbook: Workbook, db: Database, year: int) -> int:
    rows = sorted(opinion_list(db, OpinionFilter(year=year), limit=None), key=lambda r: r.serial)
    sheet = TableSheet(
        workbook,
        translate("Excel", "Opinions"),
        OPINION_COLUMNS,
        translate("Excel", "Opinions and suggestions of the public, {year}").format(year=year),
    )
    sheet.append_rows(
        [
            r.number,
            r.station,
            r.received_on,
            r.voter_name or translate("Excel", "Anonymous"),
            r.voter_contact,
            r.deputy or "",
            r.content,
            r.category or "",
            r.unit or "",
            r.passed_on,
            r.answered_on,
            r.answer,
            r.fed_back_on,
            r.voter_view.label if r.voter_view is not None else "",
            r.state.label,
        ]
        for r in rows
    )
    sheet.finish_table()
    return len(rows)


def _figures_cells(stats: OpinionStatistics, figures: OpinionFigures) -> list[object]:
    rates = [figures.rate(name) for name in OpinionRateName]
    return [
        figures.received,
        figures.passed_on,
        figures.answered,
        figures.fed_back,
        *(stats.style.percent(rate.numerator, rate.denominator) for rate in rates),
    ]


def stations_sheet(workbook: Workbook, stats: OpinionStatistics) -> int:
    sheet = TableSheet(
        workbook,
        translate("Excel", "By station"),
        STATION_COLUMNS,
        translate("Excel", "Opinions of the public by station, {year}").format(year=stats.year),
        subtitle=translate("Excel", "As of {date}").format(date=stats.as_of.isoformat()),
        sentences=stats.sentences,
    )
    sheet.append_rows(
        [row.name, row.kind.label, row.area, *_figures_cells(stats, row.figures)] for row in stats.by_station
    )
    sheet.total([translate("Excel", "Total"), "", "", *_figures_cells(stats, stats.figures)])
    return len(stats.by_station)


def export_opinions(db: Database, path: Path, year: int, as_of: date | None = None) -> OpinionExport:
    """A workbook of the year's opinions and its counts by station."""
    stats = opinion_statistics(db, year, as_of=as_of)
    title = translate("Excel", "Opinions of the public")
    with streamed_workbook(path, title) as workbook:
        opinions = opinions_sheet(workbook, db, year)
        stations = stations_sheet(workbook, stats)
    return OpinionExport(Path(path), tuple(workbook.sheetnames), opinions, stations)
