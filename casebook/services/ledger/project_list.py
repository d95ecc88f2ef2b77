"""Importing a year's list of livelihood projects (民生实事项目清单) from a workbook: 序号, 项目名称, 类别,
牵头单位, 责任单位, 票数, 计划完成时间, 完成情况 — the header found below any title rows and read by the
ledger's header rules (synonyms, then similarity). Each row is registered as a project voted on the
given day; its 计划完成时间 becomes a milestone and its 完成情况 a progress report. A bad row is refused
with its reason and nothing of it written; the other rows go in."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from casebook import clock
from casebook.domain.errors import CasebookError, RuleViolation
from casebook.domain.projects import THE_VOTE, check_milestone, check_not_after_today, check_not_before, project_number
from casebook.excel.reading import read_workbook
from casebook.i18n import noop, translate
from casebook.services.admin.named_reference import named_id
from casebook.services.ledger.headers import HeaderLayout, find_header
from casebook.services.ledger.rows import row_kind
from casebook.services.ledger.values import CellError, cell_text, ledger_date, name_list
from casebook.services.queries.pickers import PickerKind
from casebook.services.queries.projects import project_detail
from casebook.services.steps.projects import ProjectDraft, add_milestone, add_project, report_progress
from casebook.store.database import Database

PROJECT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "serial": ("序号", "序", "编号", "项目编号", "No."),
    "title": ("项目名称", "名称", "项目", "民生实事项目", "实事项目", "项目内容", "Title"),
    "category": ("类别", "大类", "项目类别", "分类", "所属类别", "Category"),
    "lead_unit": ("牵头单位", "牵头部门", "主办单位", "责任牵头单位", "Lead unit"),
    "assisting_units": (
        "责任单位",
        "配合单位",
        "协办单位",
        "参与单位",
        "责任部门",
        "配合部门",
        "协办部门",
        "参与部门",
        "Assisting units",
    ),
    "votes": ("票数", "得票数", "赞成票", "赞成票数", "Votes"),
    "planned_on": ("计划完成时间", "完成时限", "计划完成日期", "完成时间", "时间节点", "Planned on"),
    "progress": ("完成情况", "进展情况", "推进情况", "实施情况", "Progress"),
}
REQUIRED = frozenset({"title"})
_HEADING_NUMBER = re.compile(r"^\s*(?:[一二三四五六七八九十]+|\d+)\s*[、.．]\s*")  # 「一、」「3.」 before a 大类
PLANNED_MILESTONE = noop("Import", "All of the year's work done (the list's planned date)")
_VOTES = re.compile(r"(\d+)\s*(?:[/／]\s*(\d+))?")


@dataclass(frozen=True)
class RefusedRow:
    row: int  # the sheet's row number as a clerk sees it (1-based)
    title: str
    reason: str


@dataclass
class ProjectImportReport:
    file_name: str
    sheet: str = ""
    added: list[str] = field(default_factory=list)  # the numbers given
    refused: list[RefusedRow] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)  # field → the header it was read from
    unread: tuple[str, ...] = ()  # the headers that name no field: their columns were not read


@dataclass(frozen=True)
class ProjectListOptions:
    year: int
    voted_on: date
    session_id: int | None = None
    votes_cast: int | None = None  # the votes cast, when the sheet gives the votes for alone
    reported_on: date | None = None  # the date of the 完成情况 column (default: today, at most the year's end)


def import_project_list(db: Database, path: Path, options: ProjectListOptions) -> ProjectImportReport:
    """Read the first sheet with a project list header and register its rows (see the module's text)."""
    grid = read_workbook(path)
    report = ProjectImportReport(grid.file_name)
    for sheet in grid.sheets:
        layout = find_header(sheet.rows, PROJECT_SYNONYMS, REQUIRED)
        if layout is None:
            continue
        report.sheet = sheet.name
        report.columns = {key: cell_text(sheet.rows[layout.header_rows[0]][c]) for key, c in layout.columns.items()}
        report.unread = tuple(layout.unknown)
        heading = ""  # 「一、完善卫生健康体系」 merged across the rows of its projects
        for index in range(layout.data_start, len(sheet.rows)):
            row = sheet.rows[index]
            what = row_kind(row, layout.columns["title"])
            if what == "headings":
                heading = _HEADING_NUMBER.sub("", cell_text(next(v for v in row if cell_text(v))))
            if what != "case":
                continue  # blank, 合计, a category's heading, a note under the table
            title = _value(row, layout, "title")
            try:
                report.added.append(_import_row(db, row, layout, options, heading))
            except (CasebookError, CellError) as error:
                reason = error.message if isinstance(error, CasebookError) else str(error)
                report.refused.append(RefusedRow(index + 1, cell_text(title), reason))
        return report
    raise RuleViolation(
        "no_project_header",
        noop("Rule", "No sheet of “{name}” has a project list header (项目名称 and two of 序号, 类别, 票数 …)."),
        name=grid.file_name,
    )


def _import_row(
    db: Database, row: tuple[Any, ...], layout: HeaderLayout, options: ProjectListOptions, heading: str = ""
) -> str:
    """One project; its 大类 from its column, else from the heading row above it."""
    title = cell_text(_value(row, layout, "title"))
    if not title:
        raise CellError(translate("Import", "the project has no name"))
    lead = cell_text(_value(row, layout, "lead_unit"))
    if not lead:
        raise CellError(translate("Import", "the project has no lead unit"))
    lead_id = named_id(db, PickerKind.UNIT, lead)
    assisting = tuple(
        named_id(db, PickerKind.UNIT, name)
        for name in name_list(_value(row, layout, "assisting_units"))
        if name != lead
    )
    votes_for, votes_cast = _votes(_value(row, layout, "votes"), options.votes_cast)
    planned = ledger_date(_value(row, layout, "planned_on"))
    if planned is not None:
        check_milestone(planned, options.voted_on, options.year)
    progress = cell_text(_value(row, layout, "progress"))
    reported_on = options.reported_on or min(clock.today(), date(options.year, 12, 31))
    if progress:
        check_not_before(reported_on, options.voted_on, THE_VOTE)
        check_not_after_today(reported_on, clock.today())
    serial = _value(row, layout, "serial")
    number = project_number(options.year, int(serial)) if isinstance(serial, int | float) and serial > 0 else None
    draft = ProjectDraft(
        year=options.year,
        title=title,
        lead_unit_id=lead_id,
        voted_on=options.voted_on,
        category=cell_text(_value(row, layout, "category")) or heading,
        session_id=options.session_id,
        votes_for=votes_for,
        votes_cast=votes_cast,
        assisting_unit_ids=tuple(dict.fromkeys(assisting)),
        number=number,
    )
    project_id = add_project(db, draft)
    if planned is not None:
        add_milestone(db, project_id, translate("Import", PLANNED_MILESTONE), planned)
    if progress:
        report_progress(db, project_id, reported_on, progress)
    return number or _number_of(db, project_id)


def _number_of(db: Database, project_id: int) -> str:
    return project_detail(db, project_id, clock.today()).number


def _value(row: tuple[Any, ...], layout: HeaderLayout, key: str) -> Any:
    column = layout.columns.get(key)
    return row[column] if column is not None and column < len(row) else None


def _votes(value: Any, cast: int | None) -> tuple[int | None, int | None]:
    """「412」, 412.0 or 「412/420」 → (votes for, votes cast)."""
    if value is None or cell_text(value) == "":
        return None, cast
    if isinstance(value, int | float) and not isinstance(value, bool) and float(value).is_integer():
        return int(value), cast
    match = _VOTES.fullmatch(cell_text(value).replace("票", ""))
    if match is None:
        raise CellError(translate("Import", "“{value}” is not a vote count").format(value=cell_text(value)))
    return int(match[1]), int(match[2]) if match[2] else cast
