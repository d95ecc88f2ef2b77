"""交办清单: one sheet per handling unit with the cases assigned to it, its role, its dates and the
case's state — the list a clerk sends each unit. Units with the most cases come first.

Everything goes into the one workbook the clerk chose: a unit's name becomes a sheet's name (cleaned
of control characters, of the signs Excel forbids in sheet names, cut to 31 characters, made
unique), never a file or a path, whatever it holds ("../../etc", "a/b", "CON")."""

from __future__ import annotations

from pathlib import Path

from casebook.excel import columns
from casebook.excel.cell_safety import clean_name
from casebook.excel.export_register import ExportSummary, register_title
from casebook.excel.register_values import Labels, Value
from casebook.excel.sheets import TableSheet, sheet_names, streamed_workbook
from casebook.i18n import translate
from casebook.services.admin.office import get_settings
from casebook.services.queries.case_listing import CaseFilter
from casebook.services.queries.unit_lists import UnitCase, unit_case_lists
from casebook.store.database import Database


def unit_list_values(case: UnitCase, labels: Labels) -> list[Value]:
    """The cells of one case in a unit's list, in the order of :data:`columns.UNIT_LIST`."""
    return [
        case.session,
        case.number,
        labels.kinds[case.kind],
        case.title,
        case.lead_deputy,
        labels.roles[case.role],
        case.assigned_on,
        case.due_on,
        case.acknowledged_on,
        case.replied_on,
        case.result_code,
        labels.states[case.state],
    ]


def export_unit_lists(db: Database, path: Path, filters: CaseFilter | None = None) -> ExportSummary:
    """Write the 交办清单 of every unit assigned cases of ``filters`` (default: all) to ``path``."""
    filters = filters or CaseFilter()
    labels = Labels.current(get_settings(db))
    lists = unit_case_lists(db, filters)
    title = translate("Excel", "{register}: cases assigned to each unit").format(register=register_title(filters))
    with streamed_workbook(path, title) as workbook:
        if not lists:
            sheet = TableSheet(workbook, translate("Excel", "Assigned cases"), columns.UNIT_LIST, title)
            sheet.finish_table()
        names = sheet_names(clean_name(unit_list.unit) for unit_list in lists)
        for name, unit_list in zip(names, lists, strict=True):
            sheet = TableSheet(
                workbook,
                name,
                columns.UNIT_LIST,
                translate("Excel", "{unit}: cases assigned").format(unit=unit_list.unit),
                subtitle=title,
                centred_dates=True,
            )
            sheet.append_rows(unit_list_values(case, labels) for case in unit_list.cases)
            sheet.finish_table()
    return ExportSummary(Path(path), title, tuple(workbook.sheetnames), sum(len(u.cases) for u in lists))
