"""A year's livelihood projects (民生实事) as a workbook (`casebook projects export`): one sheet of the
projects (number, title, category, units, vote, state, milestones done and overdue, the year-end
rating), one of their milestones (planned and done dates, overdue as of the day)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from openpyxl import Workbook

from casebook.excel import columns as c
from casebook.excel.export_register import ExportSummary
from casebook.excel.sheets import TableSheet, streamed_workbook
from casebook.i18n import noop, translate
from casebook.services.queries.projects import MilestoneRow, ProjectRow, project_list
from casebook.store.database import Database

PROJECT_COLUMNS = (
    c.Column("number", noop("Excel", "Number"), 10, c.ValueKind.TEXT),
    c.Column("title", noop("Excel", "Project"), 34, c.ValueKind.LONG_TEXT),
    c.Column("category", noop("Excel", "Category"), 16, c.ValueKind.TEXT),
    c.Column("lead_unit", noop("Excel", "Lead unit"), 16, c.ValueKind.TEXT),
    c.Column("assisting_units", noop("Excel", "Assisting units"), 22, c.ValueKind.LONG_TEXT),
    c.Column("voted_on", noop("Excel", "Voted on"), 12, c.ValueKind.DATE),
    c.Column("votes_for", noop("Excel", "Votes for"), 9, c.ValueKind.NUMBER),
    c.Column("votes_cast", noop("Excel", "Votes cast"), 9, c.ValueKind.NUMBER),
    c.Column("state", noop("Excel", "State"), 10, c.ValueKind.TEXT),
    c.Column("finished_on", noop("Excel", "Year-end report"), 12, c.ValueKind.DATE),
    c.Column("milestones", noop("Excel", "Milestones"), 9, c.ValueKind.NUMBER),
    c.Column("milestones_done", noop("Excel", "Done"), 8, c.ValueKind.NUMBER),
    c.Column("milestones_overdue", noop("Excel", "Overdue"), 8, c.ValueKind.NUMBER),
    c.Column("rating", noop("Excel", "Year-end rating"), 24, c.ValueKind.TEXT),
    c.Column("latest_report", noop("Excel", "Latest progress"), 36, c.ValueKind.LONG_TEXT),
)
MILESTONE_COLUMNS = (
    c.Column("number", noop("Excel", "Number"), 10, c.ValueKind.TEXT),
    c.Column("title", noop("Excel", "Project"), 30, c.ValueKind.LONG_TEXT),
    c.Column("milestone", noop("Excel", "Milestone"), 36, c.ValueKind.LONG_TEXT),
    c.Column("planned_on", noop("Excel", "Planned on"), 12, c.ValueKind.DATE),
    c.Column("done_on", noop("Excel", "Done on"), 12, c.ValueKind.DATE),
    c.Column("state", noop("Excel", "State"), 8, c.ValueKind.TEXT),
    c.Column("note", noop("Excel", "Progress note"), 30, c.ValueKind.LONG_TEXT),
)


def rating_text(row: ProjectRow) -> str:
    """「满意380、基本满意30、不满意10」 ("" before the rating)."""
    return "、".join(f"{option}{count}" for option, count in row.ratings)


def milestone_state(milestone: MilestoneRow) -> str:
    if milestone.done_on is not None:
        return translate("Excel", "Done")
    return translate("Excel", "Overdue") if milestone.overdue else translate("Excel", "Open")


def projects_sheets(workbook: Workbook, db: Database, year: int, title: str, day: date) -> tuple[int, int]:
    """The two sheets of ``year``'s projects as they stand on ``day``; returns (projects, milestones)."""
    rows = project_list(db, year, day)
    subtitle = translate("Excel", "{title}; overdue as of {date}").format(title=title, date=day.isoformat())
    projects = TableSheet(
        workbook,
        translate("Excel", "Projects"),
        PROJECT_COLUMNS,
        translate("Excel", "Livelihood projects of {year}").format(year=year),
        subtitle=subtitle,
    )
    projects.append_rows(
        [
            row.number,
            row.title,
            row.category,
            row.lead_unit,
            "、".join(row.assisting_units),
            row.voted_on,
            row.votes_for,
            row.votes_cast,
            row.state.label,
            row.finished_on,
            len(row.milestones),
            row.done_milestones,
            row.overdue_milestones,
            rating_text(row),
            row.reports[-1].text if row.reports else "",
        ]
        for row in rows
    )
    projects.finish_table()
    milestones = TableSheet(
        workbook,
        translate("Excel", "Milestones"),
        MILESTONE_COLUMNS,
        translate("Excel", "Milestones of the livelihood projects of {year}").format(year=year),
        subtitle=subtitle,
    )
    lines = [
        [row.number, row.title, m.content, m.planned_on, m.done_on, milestone_state(m), m.note]
        for row in rows
        for m in row.milestones
    ]
    milestones.append_rows(lines)
    milestones.finish_table()
    return len(rows), len(lines)


def export_projects(db: Database, path: Path, year: int, day: date) -> ExportSummary:
    title = translate("Excel", "Livelihood projects")
    with streamed_workbook(path, title) as workbook:
        count, steps = projects_sheets(workbook, db, year, title, day)
    return ExportSummary(Path(path), title, tuple(workbook.sheetnames), count, steps)
