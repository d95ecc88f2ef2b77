"""Importing a station's sheet of 群众意见 (序号, 收集日期, 反映人, 联系方式, 意见内容, 接待代表, 转交单位,
办理情况, 反馈情况 …): the header found below the title rows by the ledger's header rules (synonyms,
then similarity), the station named by the title row (「华阳街道人大代表联络总站群众意见建议登记表」) or
given by the clerk. Each row is checked as the steps check it; a bad row is refused with its reason
and the others go in, in one transaction.

A row records the steps it shows: a 转交单位 passes it on, a 办理情况 (other than 「正在办理」) answers
it, a 反馈情况 feeds it back, with the voter's view when the text says 满意/基本满意/不满意. A step's
date is its own column's, else the step before's (the report counts those)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import select

from casebook import clock
from casebook.domain.enums import RatingLevel
from casebook.domain.errors import CasebookError, RuleViolation
from casebook.i18n import noop, translate
from casebook.services.admin.reference import normalise_name
from casebook.services.admin.stations import StationRow, station_by_name, station_rows
from casebook.services.ledger.headers import HeaderLayout, find_header
from casebook.services.ledger.rows import row_kind
from casebook.services.ledger.values import CellError, cell_text, folded, ledger_date
from casebook.services.steps.opinions import OpinionDraft, SheetEntry, check_entry, register_opinions
from casebook.store.database import Database
from casebook.store.models import Category, Deputy, HandlingUnit

OPINION_SYNONYMS: dict[str, tuple[str, ...]] = {
    "serial": ("序号", "序", "编号"),
    "received_on": ("收集日期", "收集时间", "接待日期", "接待时间", "反映日期", "反映时间", "登记日期", "日期"),
    "voter_name": ("反映人", "反映人姓名", "群众姓名", "选民姓名", "来访人", "姓名", "反映群众"),
    "voter_contact": ("联系方式", "联系电话", "电话", "手机"),
    "content": ("意见内容", "意见建议", "意见建议内容", "反映内容", "反映问题", "主要内容", "内容", "问题"),
    "summary": ("事由", "摘要", "意见摘要", "标题", "主题"),
    "deputy": ("接待代表", "收集代表", "代表", "代表姓名", "接待人"),
    "category": ("类别", "分类", "意见类别", "问题类别"),
    "unit": (
        "转交单位",
        "承办单位",
        "交办单位",
        "办理单位",
        "转办单位",
        "责任单位",
        "转交部门",
        "转办部门",
        "交办部门",
        "承办部门",
        "办理部门",
        "责任部门",
    ),
    "passed_on": ("转交日期", "转交时间", "交办日期", "转办日期"),
    "answer": ("办理情况", "办理结果", "答复情况", "办复情况", "答复内容"),
    "answered_on": ("办复日期", "答复日期", "办复时间", "答复时间"),
    "feedback": ("反馈情况", "反馈结果", "群众反馈", "反馈意见", "反馈内容"),
    "fed_back_on": ("反馈日期", "反馈时间"),
    "voter_view": ("群众评价", "满意度", "群众满意度", "评价"),
    "station": ("联络站", "站点", "代表联络站", "收集站点"),
}
REQUIRED = frozenset({"content"})
NOT_YET = frozenset({"正在办理", "办理中", "在办", "待办", "未办复", "未答复", "未反馈", "待反馈", "无", "/", "-"})
NEAR_SCORE = 60


@dataclass(frozen=True)
class RefusedRow:
    row: int  # the sheet's row number as a clerk sees it (1-based)
    content: str
    reason: str


@dataclass
class OpinionImportReport:
    sheet: str = ""
    station: str = ""
    registered: list[str] = field(default_factory=list)  # the numbers given, in the sheet's order
    refused: list[RefusedRow] = field(default_factory=list)
    dated_by_earlier_step: int = 0  # steps without a date of their own column
    columns: dict[str, str] = field(default_factory=dict)  # field → the header it was read from
    unread: tuple[str, ...] = ()  # the headers that name no field: their columns were not read

    def lines(self, shown: int = 10) -> list[str]:
        """What the import did, in the clerk's words (the command line and the window say the same):
        the counts, the dates taken from the step before, the columns left unread, the first
        ``shown`` refused rows with their reasons."""
        lines = [
            translate("Opinions", "{sheet}: {registered} opinions registered, {refused} rows refused").format(
                sheet=self.station or self.sheet, registered=len(self.registered), refused=len(self.refused)
            )
        ]
        if self.registered:
            lines.append(
                translate("Opinions", "Numbers {first} to {last}").format(
                    first=self.registered[0], last=self.registered[-1]
                )
            )
        if self.dated_by_earlier_step:
            lines.append(
                translate(
                    "Opinions", "{count} steps had no date of their own and took the date of the step before"
                ).format(count=self.dated_by_earlier_step)
            )
        if self.unread:
            lines.append(
                translate("Opinions", "Columns not read (no field of an opinion has that name): {headers}").format(
                    headers="、".join(self.unread)
                )
            )
        lines += [
            translate("Opinions", "Row {row} refused: {reason}").format(row=r.row, reason=r.reason)
            for r in self.refused[:shown]
        ]
        if len(self.refused) > shown:
            lines.append(
                translate("Opinions", "… and {count} more refused rows.").format(count=len(self.refused) - shown)
            )
        return lines


class _Names:
    """The register's names of one kind, looked up exactly (after folding width and spaces)."""

    def __init__(self, pairs: Sequence[tuple[int, str]], what: str) -> None:
        self.ids: dict[str, int] = {}
        for key, name in pairs:
            self.ids.setdefault(normalise_name(name), key)
        self.what = what

    def find(self, text: str) -> int | None:
        name = normalise_name(text)
        if not name:
            return None
        found = self.ids.get(name)
        if found is not None:
            return found
        near = [
            m
            for m, score, _ in process.extract(name, list(self.ids), scorer=fuzz.WRatio, limit=3)
            if score >= NEAR_SCORE
        ]
        template = (
            noop("Import", "there is no {what} called “{name}” (near names: {near})")
            if near
            else noop("Import", "there is no {what} called “{name}”")
        )
        raise CellError(
            translate("Import", template).format(what=translate("Import", self.what), name=name, near="、".join(near))
        )


def import_opinion_sheet(
    db: Database, sheets: Sequence[tuple[str, Sequence[Sequence[Any]]]], *, station: str | None = None
) -> OpinionImportReport:
    """Read the first of ``sheets`` (name, rows) with an opinion header and register its rows."""
    for name, rows in sheets:
        layout = find_header(rows, OPINION_SYNONYMS, REQUIRED)
        if layout is None:
            continue
        return _import(db, name, rows, layout, station)
    raise RuleViolation(
        "no_opinion_header",
        noop(
            "Rule", "No sheet has the header of an opinion sheet (意见内容 and two more of 序号, 收集日期, 反映人 …)."
        ),
    )


def _station(db: Database, rows: Sequence[Sequence[Any]], layout: HeaderLayout, given: str | None) -> StationRow | None:
    if given:
        return station_by_name(db, given)
    titles = [cell_text(v) for row in rows[: layout.header_rows[0]] for v in row if cell_text(v)]
    known = sorted(station_rows(db, include_retired=False), key=lambda s: -len(s.name))
    folded_titles = [normalise_name(text) for text in titles]
    return next((s for s in known if any(s.name in text for text in folded_titles)), None)


def _import(
    db: Database, sheet: str, rows: Sequence[Sequence[Any]], layout: HeaderLayout, given: str | None
) -> OpinionImportReport:
    station = _station(db, rows, layout, given)
    if station is None and "station" not in layout.columns:
        raise RuleViolation(
            "opinion_sheet_station",
            noop("Rule", "The sheet names no station in its title or a column; say which station it is from."),
        )
    report = OpinionImportReport(sheet, station.name if station is not None else "")
    report.columns = {key: cell_text(rows[layout.header_rows[-1]][c]) or key for key, c in layout.columns.items()}
    report.unread = tuple(layout.unknown)
    with db.read() as session:
        units = _Names(
            [(i, n) for i, n in session.execute(select(HandlingUnit.id, HandlingUnit.name))],
            noop("Import", "handling unit"),
        )
        deputies = _Names(
            [(i, n) for i, n in session.execute(select(Deputy.id, Deputy.name))], noop("Import", "deputy")
        )
        categories = _Names(
            [(i, n) for i, n in session.execute(select(Category.id, Category.name))], noop("Import", "category")
        )
    stations = _Names([(s.id, s.name) for s in station_rows(db, include_retired=False)], noop("Import", "station"))
    today = clock.today()
    entries: list[SheetEntry] = []
    for index in range(layout.data_start, len(rows)):
        row = rows[index]

        def value(key: str, row: Sequence[Any] = row) -> Any:
            column = layout.columns.get(key)
            return row[column] if column is not None and column < len(row) else None

        content = cell_text(value("content"))
        if row_kind(row, layout.columns["content"]) != "case":
            continue  # an empty line, a 合计 line, a note under the table (「注：…」, 「填表人：…」)
        try:
            if not content:  # a row with a voter, a unit or a date but no opinion: said, not dropped
                raise CellError(translate("Import", "the row has no opinion (意见内容)"))
            station_id = stations.find(cell_text(value("station"))) or (station.id if station is not None else None)
            if station_id is None:
                raise CellError(translate("Import", "the row names no station"))
            entry, borrowed = _entry(row, value, station_id, units, deputies, categories)
            check_entry(entry, today)
        except (CasebookError, CellError) as error:
            reason = error.message if isinstance(error, CasebookError) else error.reason
            report.refused.append(RefusedRow(index + 1, content, reason))
            continue
        entries.append(entry)
        report.dated_by_earlier_step += borrowed
    report.registered = register_opinions(db, entries)
    return report


def _entry(
    row: Sequence[Any], value: Any, station_id: int, units: _Names, deputies: _Names, categories: _Names
) -> tuple[SheetEntry, int]:
    received_on = ledger_date(value("received_on"))
    if received_on is None:
        raise CellError(translate("Import", "the row has no date of collection"))
    draft = OpinionDraft(
        station_id=station_id,
        received_on=received_on,
        content=cell_text(value("content")),
        summary=cell_text(value("summary")),
        voter_name=cell_text(value("voter_name")),
        voter_contact=cell_text(value("voter_contact")),
        deputy_id=deputies.find(cell_text(value("deputy"))),
        category_id=categories.find(cell_text(value("category"))),
    )
    unit_id = units.find(cell_text(value("unit")))
    if unit_id is None:
        if _done_text(value("answer")) or _done_text(value("feedback")):  # an answer is never dropped unsaid
            raise CellError(translate("Import", "the row has an answer or a feedback but no unit it was passed on to"))
        return SheetEntry(draft), 0
    borrowed = 0
    passed_on = ledger_date(value("passed_on"))
    if passed_on is None:
        passed_on, borrowed = received_on, borrowed + 1
    answer = _done_text(value("answer"))
    answered_on = ledger_date(value("answered_on")) if answer else None
    if answer and answered_on is None:
        answered_on, borrowed = passed_on, borrowed + 1
    feedback = _done_text(value("feedback")) if answer else ""
    fed_back_on = ledger_date(value("fed_back_on")) if feedback else None
    if feedback and fed_back_on is None:
        fed_back_on, borrowed = answered_on, borrowed + 1
    view = voter_view(cell_text(value("voter_view")) or feedback) if feedback else None
    entry = SheetEntry(draft, unit_id, passed_on, answered_on, answer, fed_back_on, feedback, view)
    return entry, borrowed


def _done_text(cell: Any) -> str:
    text = cell_text(cell)
    return "" if folded(text) in NOT_YET else text


def voter_view(text: str) -> RatingLevel | None:
    """The voter's view a feedback text states (不满意 before 基本满意 before 满意), or None."""
    words = folded(text)
    if "不满意" in words:
        return RatingLevel.UNSATISFIED
    if "基本满意" in words:
        return RatingLevel.BASICALLY_SATISFIED
    if "满意" in words:
        return RatingLevel.SATISFIED
    return None
