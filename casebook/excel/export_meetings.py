"""The year's 三见面 list: each meeting of a unit with the deputy before, during and after handling,
with the case it was about — a sheet of the annual export, or a workbook of its own
(`casebook export meetings --year Y`). Below the list, how many cases were met all three times."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from casebook.domain.tracked_records import MeetingStage, met_three_times
from casebook.excel import columns as c
from casebook.excel.export_register import ExportSummary
from casebook.excel.sheets import TableSheet, streamed_workbook
from casebook.i18n import noop, translate
from casebook.services.queries.meetings import year_meetings
from casebook.store.database import Database

MEETING_COLUMNS = (
    c.Column("case", noop("Excel", "Case"), 26, c.ValueKind.TEXT),
    c.Column("title", noop("Excel", "Title"), 40, c.ValueKind.LONG_TEXT),
    c.Column("unit", noop("Excel", "Handling unit"), 20, c.ValueKind.TEXT),
    c.Column("stage", noop("Excel", "Stage"), 14, c.ValueKind.TEXT),
    c.Column("met_on", noop("Excel", "Date"), 12, c.ValueKind.DATE),
    c.Column("form", noop("Excel", "Form"), 12, c.ValueKind.TEXT),
    c.Column("people", noop("Excel", "People"), 30, c.ValueKind.LONG_TEXT),
    c.Column("note", noop("Excel", "Note"), 30, c.ValueKind.LONG_TEXT),
)


def meetings_sheet(workbook: Workbook, db: Database, year: int, title: str) -> int:
    """One row per meeting about the cases of ``year`` (an empty list says 「无」); returns how many."""
    rows = year_meetings(db, year)
    sheet = TableSheet(
        workbook,
        translate("Excel", "Meetings with deputies"),
        MEETING_COLUMNS,
        translate("Excel", "Meetings with the deputies before, during and after handling, {year}").format(year=year),
        subtitle=title,
    )
    sheet.append_rows(
        [
            row.case,
            row.title,
            row.meeting.unit,
            row.meeting.stage.label,
            row.meeting.met_on,
            row.meeting.form.label,
            row.meeting.people,
            row.meeting.note,
        ]
        for row in rows
    )
    sheet.finish_table()
    stages: dict[int, list[MeetingStage]] = {}
    for row in rows:
        stages.setdefault(row.case_id, []).append(row.meeting.stage)
    three = sum(1 for found in stages.values() if met_three_times(found))
    sheet.note(
        translate("Excel", "Cases with meetings: {cases}; met before, during and after handling: {three}.").format(
            cases=len(stages), three=three
        )
    )
    return len(rows)


def export_meetings(db: Database, path: Path, year: int) -> ExportSummary:
    """A workbook with the year's meetings alone."""
    title = translate("Excel", "Meetings with deputies (三见面)")
    with streamed_workbook(path, title) as workbook:
        count = meetings_sheet(workbook, db, year, title)
    return ExportSummary(Path(path), title, tuple(workbook.sheetnames), count)
