"""A workbook's grids → a :class:`~casebook.services.ledger.entries.Ledger`: the case rows of every
sheet with a ledger header, and the steps of the 「办理过程」 sheet when there is one.

Blank rows, subtotal rows (合计 / 小计, with at most a count such as 「5件」 beside), section headings
merged across the row (「一、城乡建设类」) and notes under the table (「注：…」, 「填表人：…」) are passed over
and counted; every other row becomes a case, with the reasons its cells could not
be read, so the import can refuse it visibly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from casebook.domain.enums import AssignmentRole, CaseKind, CaseState, ContactMethod, ContactPerson
from casebook.domain.office_settings import LedgerVocabulary, OfficeSettings
from casebook.domain.workflow import Action
from casebook.excel.print_sheet import PRINTED_COPY_NAMES
from casebook.excel.reading import SheetGrid, WorkbookGrid
from casebook.excel.sheet_stream import SheetStream, WorkbookStream, stream_workbook
from casebook.excel.workbook_errors import LedgerFileError
from casebook.i18n import noop, translate
from casebook.services.ledger import values, wordings
from casebook.services.ledger.entries import (
    ColumnReading,
    Ledger,
    LedgerCase,
    LedgerMappings,
    LedgerStep,
    RowRef,
    SheetHints,
    SkippedRows,
)
from casebook.services.ledger.headers import (
    CASE_SYNONYMS,
    SCAN_ROWS,
    STEP_SYNONYMS,
    HeaderLayout,
    find_header,
    header_key,
    header_label,
)
from casebook.services.ledger.spill import SpilledCases
from casebook.services.ledger.unit_roles import units_by_role

T = TypeVar("T")
_SESSION_IN_TITLE = re.compile(r"[市区县]?[一二三四五六七八九十\d]+届人大(?:常委会)?[一二三四五六七八九十\d]+次会议")
_YEAR_IN_TEXT = re.compile(r"((?:19|20)\d\d)\s*年")
_YEAR_IN_NAME = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_AS_OF = re.compile(
    r"(?:填报日期|统计日期|截至日期|截止日期|截至|截止)\s*[:：]?\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)"
)
_SUBTOTAL = ("合计", "小计", "总计", "共计")
_COUNT = re.compile(r"[共计]?\d+[件项条个]?")  # what a subtotal row may have in the title column: 「5件」
# A note under the table (or a signature line): 「注：…」「说明：…」「填表人：张三」「审核人：…」
_NOTE = re.compile(r"(?:注|备注|说明|填表说明|填表人|填报人|制表人|制表|审核人|审核|负责人|联系人|联系电话)\d*\s*[:：]")
NO_NAMES: tuple[str, ...] = ()


def open_ledger(path: Path) -> WorkbookStream:
    """The workbook at ``path`` to be streamed (:func:`stream_ledger`), its file checked now."""
    return stream_workbook(path, SCAN_ROWS + 2)  # the header and the row below it among the first rows


def stream_ledger(
    source: Path | WorkbookStream, settings: OfficeSettings, mappings: LedgerMappings | None = None
) -> Ledger:
    """The ledger in the file at ``source``, read as it is parsed, its cases kept in a temporary file
    (:class:`~casebook.services.ledger.spill.SpilledCases`): what is held does not grow with the file."""
    workbook = open_ledger(source) if isinstance(source, Path) else source
    return read_ledger(workbook, settings, mappings, spill=True)


def read_ledger(
    grid: WorkbookGrid | WorkbookStream,
    settings: OfficeSettings,
    mappings: LedgerMappings | None = None,
    *,
    spill: bool = False,
) -> Ledger:
    """The ledger in ``grid``, its columns read through the clerk's ``mappings`` first (``spill``:
    its cases in a temporary file rather than in memory)."""
    mappings = mappings or LedgerMappings()
    vocabulary = wordings.SHIPPED_VOCABULARY.with_office(mappings.values)
    clerk = {header_key(text) or text: field for text, field in mappings.columns.items()}
    cases: list[LedgerCase] | SpilledCases = SpilledCases() if spill else []
    steps: list[LedgerStep] | None = None
    broken: list[tuple[RowRef, str]] = []
    columns: set[str] = set()
    unknown: list[str] = []
    readings: list[ColumnReading] = []
    headers: dict[str, tuple[int, ...]] = {}
    hints: dict[str, SheetHints] = {}
    skipped = {"blank": 0, "subtotals": 0, "headings": 0, "notes": 0}
    hint: str | None = None
    sheets: Iterable[SheetGrid | SheetStream] = grid.sheets
    for position, sheet in enumerate(sheets):
        if sheet.name in PRINTED_COPY_NAMES and position > 0:
            continue  # 打印: the register export's printout of the cases its first sheet holds
        step_layout = find_header(sheet.rows, STEP_SYNONYMS, frozenset({"step"}))
        if steps is None and step_layout is not None and {"number", "on"} <= set(step_layout.columns):
            steps = []
            headers[sheet.name] = tuple(i + 1 for i in step_layout.header_rows)
            for index, row in sheet.rows_from(step_layout.data_start):
                if _filled(row):
                    _add_step(sheet, step_layout, index, row, settings, vocabulary, steps, broken)
            continue
        layout = find_header(sheet.rows, CASE_SYNONYMS, frozenset({"title"}), clerk)
        if layout is None:
            continue
        headers[sheet.name] = tuple(i + 1 for i in layout.header_rows)
        columns |= set(layout.columns)
        unknown += [text for text in layout.unknown if text not in unknown]
        readings += [r for r in layout.readings if r not in readings]
        hints[sheet.name] = sheet_hints(sheet, layout)
        hint = hint or hints[sheet.name].session
        order = 0
        for index, row in sheet.rows_from(layout.data_start):
            what = row_kind(row, layout.columns["title"])
            if what == "case":
                order += 1
                cases.append(_case(sheet, layout, index, row, order, settings, vocabulary))
            else:
                skipped[what] += 1
    if not columns:  # no sheet with a case header
        raise LedgerFileError(
            noop(
                "Import",
                "No ledger header was found in “{name}”: the table needs a header row with a title column "
                "(标题, 题目 or 建议名称) and two more known columns such as 序号 and 提出人.",
            ),
            name=grid.file_name,
        )
    columns.add("number")  # numbered by 编号, else 序号, else the row's order
    years = _YEAR_IN_NAME.findall(grid.file_name)
    return Ledger(
        cases=cases.done() if isinstance(cases, SpilledCases) else tuple(cases),
        columns=frozenset(columns - {"serial"}),
        steps=tuple(steps) if steps is not None else None,
        broken_steps=tuple(broken),
        session_hint=hint,
        skipped=SkippedRows(**skipped),
        header_lines=headers,
        unknown_columns=tuple(unknown),
        readings=tuple(readings),
        sheets=hints,
        file_year=int(years[0]) if years else None,
    )


def sheet_hints(sheet: SheetGrid | SheetStream, layout: HeaderLayout) -> SheetHints:
    """The session, year, period and date a sheet's title rows (and its name) give."""
    texts = [values.cell_text(v) for row in sheet.rows[: layout.header_rows[0]] for v in row if v is not None]
    session = next((m[0] for t in (*texts, sheet.name) if (m := _SESSION_IN_TITLE.search(t))), None)
    year = next((int(m[1]) for t in texts if (m := _YEAR_IN_TEXT.search(_AS_OF.sub("", t)))), None)
    if year is None:
        found = _YEAR_IN_NAME.search(sheet.name)
        year = int(found[1]) if found else None
    interim = any("闭会" in t for t in (*texts, sheet.name)) and session is None
    as_of = None
    for text in texts:
        match = _AS_OF.search(text)
        if match:
            try:
                as_of = values.ledger_date(match[1])
            except values.CellError:
                as_of = None
            break
    return SheetHints(session, year, interim, as_of)


def _filled(row: Sequence[Any]) -> bool:
    return any(v is not None and values.cell_text(v) for v in row)


def row_kind(row: Sequence[Any], title_column: int) -> str:
    """ "case", or what a row that is no case is: "blank", "subtotals", "notes" or "headings" (the
    ledger's rows, and a station's sheet of opinions with its content column as the title)."""
    texts = [text for text in map(values.cell_text, row) if text]  # (every row of a ledger: one pass)
    if not texts:
        return "blank"
    title = values.cell_text(row[title_column]) if title_column < len(row) else ""
    widths = [unicodedata.normalize("NFKC", text) for text in texts]
    folded_title = None
    for text, width in zip(texts, widths, strict=True):
        folded = "".join(width.split())
        if folded.startswith(_SUBTOTAL):
            if folded_title is None:
                folded_title = "".join(unicodedata.normalize("NFKC", title).split())
            if not title or title == text or _COUNT.fullmatch(folded_title):
                return "subtotals"
    if all(_NOTE.match(width.strip()) for width in widths) and (not title or title in texts):
        return "notes"  # 「注：办理结果分为…」 below the table, 「填表人：… 审核人：…」
    if len(texts) >= 2 and len(set(texts)) == 1:
        return "headings"  # one text merged across the row
    return "case"


class _RowReader:
    """Reads one row's cells by field, collecting the reasons a cell cannot be read."""

    def __init__(self, sheet: SheetGrid | SheetStream, layout: HeaderLayout, row: Sequence[Any]) -> None:
        self.sheet, self.layout, self.row = sheet, layout, row
        self.problems: list[str] = []
        self.unmapped: list[tuple[str, str]] = []

    def has(self, field: str) -> bool:
        return field in self.layout.columns

    def raw(self, field: str) -> Any:
        column = self.layout.columns.get(field)
        return self.row[column] if column is not None else None

    def read(self, field: str, reader: Callable[[Any], T], default: T) -> T:
        column = self.layout.columns.get(field)
        if column is None:
            return default
        try:
            return reader(self.row[column])
        except values.CellError as error:
            if isinstance(error, wordings.UnmappedWording):
                self.unmapped.append((error.kind, error.wording))
            label = header_label(self.sheet.rows, self.layout, column)
            self.problems.append(
                translate("Import", noop("Import", "{column}: {reason}")).format(column=label, reason=error.reason)
            )
            return default

    def names(self, field: str) -> tuple[str, ...]:
        """A name list, from every column of that field (联名代表1, 联名代表2 …)."""
        reader = values.deputy_names if field == "cosigners" else values.name_list
        found = list(self.read(field, reader, NO_NAMES))
        for column in (self.layout.more or {}).get(field, ()):
            found += [n for n in self.read_column(column, reader, NO_NAMES) if n not in found]
        return tuple(found)

    def read_column(self, column: int, reader: Callable[[Any], T], default: T) -> T:
        try:
            return reader(self.row[column])
        except values.CellError as error:
            label = header_label(self.sheet.rows, self.layout, column)
            self.problems.append(
                translate("Import", noop("Import", "{column}: {reason}")).format(column=label, reason=error.reason)
            )
            return default


def _case(
    sheet: SheetGrid | SheetStream,
    layout: HeaderLayout,
    index: int,
    row: Sequence[Any],
    order: int,
    settings: OfficeSettings,
    vocabulary: LedgerVocabulary,
) -> LedgerCase:
    cells = _RowReader(sheet, layout, row)
    if cells.has("number"):
        number = values.case_number(cells.raw("number"))
    elif cells.has("serial"):
        number = values.case_number(cells.raw("serial"))
    else:
        number = str(order)  # neither 编号 nor 序号: the row's order in its sheet
    title = values.cell_text(cells.raw("title"))
    if not number:
        cells.problems.append(translate("Import", noop("Import", "the row has no number (编号)")))
    if not title:
        cells.problems.append(translate("Import", noop("Import", "the row has no title (标题)")))
    by_cues = [False]

    def result(value: Any) -> str | None:
        code, by_cues[0] = wordings.read_result(value, settings, vocabulary)
        return code

    beside: list[ContactMethod | None] = [None]

    def rating(value: Any) -> str | None:  # 「满意（面商）」: the contact method written beside the rating
        code, beside[0] = wordings.read_rating(value, settings, vocabulary)
        return code

    rated = cells.read("rating", rating, None)

    signers = cells.read("lead_deputy", values.deputy_names, NO_NAMES)
    cosigners = cells.names("cosigners")
    cosigners = (*signers[1:], *(c for c in cosigners if c not in signers[1:]))  # 「魏敏、张伟」 in one cell
    # 「市住建局（主办）、市财政局（协办）」: a role written beside a unit puts it in that role's list
    units = units_by_role(cells.names("lead_units"), cells.names("assisting_units"), cells.names("separate_units"))
    return LedgerCase(
        source=RowRef(sheet.name, index + 1),
        number=number,
        title=title,
        session=cells.read("session", values.single_name, None),
        kind=cells.read("kind", lambda v: values.vocabulary(CaseKind, v), None),
        body=cells.read("body", values.optional_text, None),
        submitted_on=cells.read("submitted_on", values.ledger_date, None),
        lead_deputy=signers[0] if signers else None,
        cosigners=cosigners,
        delegation=cells.read("delegation", values.single_name, None),
        category=cells.read("category", values.single_name, None),
        is_key=cells.read("is_key", values.yes_no, False),
        key_designated_by=cells.read("key_designated_by", values.optional_text, None),
        supervising_leader=cells.read("supervising_leader", values.single_name, None),
        supervising_committee=cells.read("supervising_committee", values.single_name, None),
        leading_leader=cells.read("leading_leader", values.single_name, None),
        lead_units=units[0],
        assisting_units=units[1],
        separate_units=units[2],
        assigned_on=cells.read("assigned_on", values.ledger_date, None),
        due_on=cells.read("due_on", values.ledger_date, None),
        acknowledged_on=cells.read("acknowledged_on", values.ledger_date, None),
        replied_on=cells.read("replied_on", values.ledger_date, None),
        result_code=cells.read("result_code", result, None),
        contact_method=cells.read("contact_method", lambda v: wordings.contact_method(v, vocabulary), None)
        or beside[0],
        rating=rated,
        rated_on=cells.read("rated_on", values.ledger_date, None),
        state=cells.read("state", lambda v: values.vocabulary(CaseState, v), None),
        closed_on=cells.read("closed_on", values.ledger_date, None),
        remarks=cells.read("remarks", values.optional_text, None),
        problems=tuple(cells.problems),
        result_by_cues=by_cues[0],
        unmapped=tuple(cells.unmapped),
    )


def _add_step(
    sheet: SheetGrid | SheetStream,
    layout: HeaderLayout,
    index: int,
    row: Sequence[Any],
    settings: OfficeSettings,
    vocabulary: LedgerVocabulary,
    steps: list[LedgerStep],
    broken: list[tuple[RowRef, str]],
) -> None:
    cells = _RowReader(sheet, layout, row)
    source = RowRef(sheet.name, index + 1)
    action = cells.read("step", lambda v: values.vocabulary(Action, v), None)
    on = cells.read("on", values.ledger_date, None)
    number = values.case_number(cells.raw("number"))
    if action is None or on is None or not number:
        reasons = cells.problems or [translate("Import", noop("Import", "the row names no case, step or date"))]
        broken.append((source, translate("Import", "; ").join(reasons)))
        return
    steps.append(
        LedgerStep(
            source=source,
            session=cells.read("session", values.single_name, None),
            number=number,
            action=action,
            on=on,
            unit=cells.read("unit", values.single_name, None),
            role=cells.read("role", lambda v: values.vocabulary(AssignmentRole, v), None),
            handling_round=cells.read("round", lambda v: values.whole_number(v, 1), 1),
            due_on=cells.read("due_on", values.ledger_date, None),
            result_code=cells.read("result_code", lambda v: wordings.result_code(v, settings, vocabulary), None),
            contact_method=cells.read("contact_method", lambda v: wordings.contact_method(v, vocabulary), None),
            contact_person=cells.read("contact_person", lambda v: values.vocabulary(ContactPerson, v), None),
            deputy=cells.read("deputy", values.single_name, None),
            rating=cells.read("rating", lambda v: wordings.rating_code(v, settings, vocabulary), None),
            handling_level=cells.read("handling_level", lambda v: wordings.rating_code(v, settings, vocabulary), None),
            result_level=cells.read("result_level", lambda v: wordings.rating_code(v, settings, vocabulary), None),
            note=cells.read("note", values.cell_text, ""),
            problems=tuple(cells.problems),
        )
    )
