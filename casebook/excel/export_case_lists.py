"""The reports' case lists: 「重点建议办理进展」 (the year's key suggestions with their progress) and
「议案办理情况」 (the year's motions with their state — a motion is told by its state, not a rate).
The rows are the register's (casebook.services.statistics.case_lists), written with its columns."""

from __future__ import annotations

from openpyxl import Workbook

from casebook import clock
from casebook.domain.enums import CaseKind
from casebook.domain.office_settings import OfficeSettings
from casebook.excel import columns as c
from casebook.excel.register_values import Labels, case_values
from casebook.excel.sheets import TableSheet
from casebook.i18n import translate
from casebook.services.queries.case_listing import CaseRow
from casebook.services.statistics.case_lists import key_cases, motions
from casebook.store.database import Database

PROGRESS = (
    c.NUMBER,
    c.TITLE,
    c.LEAD_DEPUTY,
    c.LEAD_UNITS,
    c.SUPERVISING_LEADER,
    c.STATE,
    c.REPLIED_ON,
    c.RESULT,
    c.RATING,
    c.SUPERVISION_COUNT,
    c.CLOSED_ON,
)


def case_list_sheets(
    db: Database, workbook: Workbook, year: int, kind: CaseKind, settings: OfficeSettings, title: str
) -> None:
    """The key suggestions' progress (for a report on suggestions) and the motions' state."""
    if kind is CaseKind.SUGGESTION:
        _sheet(workbook, translate("Excel", "Key suggestions"), key_cases(db, year), settings, title)
    _sheet(workbook, translate("Excel", "Motions"), motions(db, year), settings, title)


def _sheet(workbook: Workbook, name: str, rows: list[CaseRow], settings: OfficeSettings, title: str) -> None:
    labels = Labels.current(settings)
    sheet = TableSheet(
        workbook,
        name,
        PROGRESS,
        title,
        subtitle=translate("Excel", "{list}: as the register stands on {date}").format(
            list=name, date=clock.today().isoformat()
        ),
    )
    sheet.append_rows(case_values(row, labels, PROGRESS) for row in rows)
    sheet.finish_table()
