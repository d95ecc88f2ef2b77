"""单位答复表: the workbook a handling unit fills in with its replies, and reading it back.

The first sheet lists the unit's open cases (session, number, title, lead deputy, its role, the
assignment and due dates: locked, the sheet protected without a password) and has the columns to
fill (reply date, result, contact method, contact person, summary), the coded ones with drop-down
lists. A hidden sheet identifies the form: the unit, each case with its assignment, a checksum over
them, and the lists. A returned form is read through :func:`casebook.excel.reading.read_workbook`
(the same checks as a ledger), so Excel, WPS and LibreOffice copies read alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from casebook.domain.enums import ContactMethod, ContactPerson
from casebook.domain.errors import CasebookError
from casebook.excel.cell_safety import clean_name, clean_text, looks_like_formula
from casebook.excel.reading import read_workbook
from casebook.excel.sheets import BOLD, BOX, CENTERED, HEADER_FILL, TITLE_FONT, WRAPPED
from casebook.i18n import translate
from casebook.services.admin.office import get_settings
from casebook.services.ledger.values import cell_text, first_words
from casebook.services.queries.reply_forms import FormCase, UnitForm
from casebook.services.steps.unit_replies import FormKey, FormRow, ReturnedForm
from casebook.store.database import Database

FORM_SHEET = "表单信息"  # the hidden sheet; its name is how a returned form is recognised
MARKER = "casebook-reply-form"
HEADER_ROW = 3
KEYS_ROW = 10  # the hidden sheet's first case row
GIVEN = 7  # columns A–G are given (locked); H–L are filled by the unit
WIDTHS = (18, 7, 32, 9, 9, 11, 11, 12, 20, 11, 14, 36)
_UNSAFE_IN_NAME = re.compile(r'[\\/:*?"<>|\s]+')


@dataclass(frozen=True)
class WrittenForm:
    unit: str
    path: Path
    cases: int


def headers() -> list[str]:
    return [
        translate("ReplyForms", "Session"),
        translate("ReplyForms", "Number"),
        translate("ReplyForms", "Title"),
        translate("ReplyForms", "Lead deputy"),
        translate("ReplyForms", "Role"),
        translate("ReplyForms", "Assigned on"),
        translate("ReplyForms", "Reply due"),
        translate("ReplyForms", "Reply date"),
        translate("ReplyForms", "Result"),
        translate("ReplyForms", "Contact method"),
        translate("ReplyForms", "Contact person"),
        translate("ReplyForms", "Reply summary (an assisting unit: its opinion)"),
    ]


def write_reply_forms(db: Database, forms: list[UnitForm], folder: Path) -> list[WrittenForm]:
    """One workbook per form in ``folder``, named after the unit (made safe as a file name)."""
    settings = get_settings(db)
    results = [f"{c.code}类：{c.label}" for c in settings.result_categories]
    written: list[WrittenForm] = []
    used: set[str] = set()
    for form in forms:
        path = folder / _file_name(form, used)
        workbook = Workbook()
        sheet = workbook.active
        assert sheet is not None
        sheet.title = translate("ReplyForms", "Replies")
        info = workbook.create_sheet(FORM_SHEET)
        _fill_sheet(sheet, form)
        lists = _write_identity(info, form, sheet.title, results)
        _validations(sheet, len(form.cases), lists)
        workbook.save(path)
        written.append(WrittenForm(form.unit, path, len(form.cases)))
    return written


def _file_name(form: UnitForm, used: set[str]) -> str:
    unit = _UNSAFE_IN_NAME.sub("_", clean_name(form.unit)).strip("._")[:40] or "unit"
    stem = f"{unit}_{translate('ReplyForms', 'reply form')}_{form.written_on:%Y%m%d}"
    name, n = stem, 1
    while name.casefold() in used:
        n += 1
        name = f"{stem}_{n}"
    used.add(name.casefold())
    return name + ".xlsx"


def _fill_sheet(sheet: Worksheet, form: UnitForm) -> None:
    last = get_column_letter(len(WIDTHS))
    sheet["A1"] = translate("ReplyForms", "Reply form of {unit}").format(unit=clean_text(form.unit))
    sheet["A1"].font = TITLE_FONT
    sheet.merge_cells(f"A1:{last}1")
    sheet["A2"] = translate(
        "ReplyForms",
        "Written on {date}. Fill in the columns from “Reply date” on, one row per case, and send the file back "
        "unchanged otherwise; rows may be sorted.",
    ).format(date=form.written_on.isoformat())
    sheet["A2"].alignment = WRAPPED
    sheet.merge_cells(f"A2:{last}2")
    sheet.row_dimensions[2].height = 32
    for column, (text, width) in enumerate(zip(headers(), WIDTHS, strict=True), 1):
        head = sheet.cell(HEADER_ROW, column, text)
        head.font, head.fill, head.alignment, head.border = BOLD, HEADER_FILL, CENTERED, BOX
        sheet.column_dimensions[get_column_letter(column)].width = width
    for row, case in enumerate(form.cases, HEADER_ROW + 1):
        for column, value in enumerate(_given(case), 1):
            given = sheet.cell(row, column)
            _put(given, value)
            given.border = BOX
            given.alignment = WRAPPED
        for column in range(GIVEN + 1, len(WIDTHS) + 1):
            filled = sheet.cell(row, column)
            filled.protection = Protection(locked=False)
            filled.border = BOX
            filled.alignment = WRAPPED
        sheet.cell(row, GIVEN + 1).number_format = "yyyy-mm-dd"
        sheet.row_dimensions[row].height = 36  # room to write by hand on a printed form
    sheet.freeze_panes = f"C{HEADER_ROW + 1}"
    # printed, the form is one page wide in landscape with its header on every page
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.protection.sheet = True  # without a password: the given columns are not changed by accident
    sheet.protection.sort = False
    sheet.protection.autoFilter = False
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _given(case: FormCase) -> list[Any]:
    return [
        case.session,
        case.number,
        case.title,
        case.lead_deputy or "",
        case.role.label,
        case.assigned_on,
        case.due_on,
    ]


def _put(cell: Any, value: Any) -> None:
    if isinstance(value, str):
        cell.value = clean_text(value)
        cell.data_type = "s"  # 「0012」 stays text
        if looks_like_formula(cell.value):
            cell.quotePrefix = True
    else:
        cell.value = value
        if isinstance(value, date):
            cell.number_format = "yyyy-mm-dd"


def _write_identity(info: Worksheet, form: UnitForm, sheet_name: str, results: list[str]) -> dict[int, str]:
    """The hidden sheet; returns the ranges of the drop-down lists by the column they serve."""
    rows: list[list[Any]] = [
        [MARKER, 1],
        ["unit_id", form.unit_id],
        ["unit", form.unit],
        ["checksum", form.checksum],
        ["sheet", sheet_name],
        ["header_row", HEADER_ROW],
        ["written_on", form.written_on.isoformat()],
    ]
    for number, pair in enumerate(rows, 1):
        for column, value in enumerate(pair, 1):
            _put(info.cell(number, column), value)
    for column, text in enumerate(("case_id", "assignment_id", "session", "number"), 1):
        info.cell(KEYS_ROW - 1, column, text)
    for line, case in enumerate(form.cases, KEYS_ROW):
        for column, value in enumerate((case.case_id, case.assignment_id, case.session, case.number), 1):
            _put(info.cell(line, column), value)
    lists = {
        GIVEN + 2: results,
        GIVEN + 3: list(first_words(ContactMethod)),
        GIVEN + 4: list(first_words(ContactPerson)),
    }
    ranges: dict[int, str] = {}
    for offset, (form_column, words) in enumerate(lists.items()):
        letter = get_column_letter(7 + offset)
        for line, word in enumerate(words, 1):
            _put(info[f"{letter}{line}"], word)
        ranges[form_column] = f"'{FORM_SHEET}'!${letter}$1:${letter}${len(words)}"
    info.sheet_state = "hidden"
    info.protection.sheet = True
    return ranges


def _validations(sheet: Worksheet, count: int, lists: dict[int, str]) -> None:
    if not count:
        return
    last_row = HEADER_ROW + count
    for column, source in lists.items():
        letter = get_column_letter(column)
        check = DataValidation(type="list", formula1=source, allow_blank=True, showDropDown=False)
        check.error = translate("ReplyForms", "Choose one of the list's entries.")
        check.showErrorMessage = True
        check.add(f"{letter}{HEADER_ROW + 1}:{letter}{last_row}")
        sheet.add_data_validation(check)
    when = DataValidation(type="date", operator="greaterThan", formula1="1", allow_blank=True)
    when.error = translate("ReplyForms", "Enter a date, such as 2023-05-04.")
    when.showErrorMessage = True
    letter = get_column_letter(GIVEN + 1)
    when.add(f"{letter}{HEADER_ROW + 1}:{letter}{last_row}")
    sheet.add_data_validation(when)


def read_reply_form(path: Path) -> ReturnedForm:
    """The form at ``path`` as the unit returned it; a file that is no reply form comes back with
    its ``problem`` said (nothing raised), so that one bad file does not stop the others."""
    try:
        grid = read_workbook(path)
    except CasebookError as error:
        return ReturnedForm(path.name, problem=error.message)
    sheets = {sheet.name: sheet for sheet in grid.sheets}
    info = sheets.get(FORM_SHEET)
    if info is None or not info.rows or cell_text(info.rows[0][0]) != MARKER:
        return ReturnedForm(
            path.name, problem=translate("ReplyForms", "this workbook is not a reply form written by Casebook")
        )
    fields = {cell_text(row[0]): row[1] if len(row) > 1 else None for row in info.rows[1 : KEYS_ROW - 2]}
    try:
        unit_id = int(float(cell_text(fields.get("unit_id"))))
        header_row = int(float(cell_text(fields.get("header_row"))))
        keys = tuple(
            FormKey(int(float(cell_text(row[0]))), int(float(cell_text(row[1]))), cell_text(row[2]), cell_text(row[3]))
            for row in info.rows[KEYS_ROW - 1 :]
            if cell_text(row[0])
        )
    except (ValueError, IndexError):
        return ReturnedForm(
            path.name,
            problem=translate(
                "ReplyForms", "the form's hidden sheet was changed, so its rows cannot be matched to cases"
            ),
        )
    visible = sheets.get(cell_text(fields.get("sheet"))) or grid.sheets[0]
    rows: list[FormRow] = []
    for line, cells in enumerate(visible.rows[header_row:], header_row + 1):
        padded = list(cells) + [None] * (len(WIDTHS) - len(cells))
        row = FormRow(line, padded[0], padded[1], *padded[GIVEN : GIVEN + 5])
        if cell_text(row.number) or row.filled:
            rows.append(row)
    return ReturnedForm(
        path.name,
        unit_id=unit_id,
        unit=cell_text(fields.get("unit")),
        checksum=cell_text(fields.get("checksum")),
        keys=keys,
        rows=tuple(rows),
    )
