"""审计日志: the audit trail as a workbook, one row per field change.

Each row repeats its event's time, user, step, subject and business date, so that the autofilter
finds every change by one clerk, of one case or of one field. An event that changed no field (a
sign-in, a step recorded without a field change) still has its one row, with the field columns
empty.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet.worksheet import Worksheet

from casebook.excel.columns import Column, ValueKind
from casebook.excel.sheets import TableSheet, streamed_workbook
from casebook.i18n import noop, translate
from casebook.services.admin.audit import AuditEntry

TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"

RECORDED_AT = Column("recorded_at", noop("Excel", "Recorded at"), 20, ValueKind.DATE)
USER = Column("user", noop("Excel", "User"), 12)
STEP = Column("step", noop("Excel", "Step"), 14, ValueKind.LONG_TEXT)
SUBJECT = Column("subject", noop("Excel", "Case or record"), 28, ValueKind.LONG_TEXT)
BUSINESS_DATE = Column("business_date", noop("Excel", "Business date"), 11, ValueKind.DATE)
FIELD = Column("field", noop("Excel", "Field"), 20, ValueKind.LONG_TEXT)
OLD_VALUE = Column("old_value", noop("Excel", "Old value"), 32, ValueKind.LONG_TEXT)
NEW_VALUE = Column("new_value", noop("Excel", "New value"), 32, ValueKind.LONG_TEXT)
AUDIT_TRAIL: tuple[Column, ...] = (RECORDED_AT, USER, STEP, SUBJECT, BUSINESS_DATE, FIELD, OLD_VALUE, NEW_VALUE)


def audit_rows(entries: Sequence[AuditEntry], ws: Worksheet) -> Iterator[list[object]]:
    """The rows of ``entries`` in the order of :data:`AUDIT_TRAIL`, one per field change."""
    for entry in entries:
        recorded = WriteOnlyCell(ws, value=entry.recorded_at.replace(microsecond=0))
        recorded.number_format = TIME_FORMAT
        event = [recorded, entry.user, entry.what, entry.subject, entry.business_date]
        if not entry.changes:
            yield [*event, None, None, None]
        for number, change in enumerate(entry.changes):
            if number:  # a cell object belongs to one row
                recorded = WriteOnlyCell(ws, value=entry.recorded_at.replace(microsecond=0))
                recorded.number_format = TIME_FORMAT
                event[0] = recorded
            yield [*event, change.field_label, change.old_text, change.new_text]


def write_audit_workbook(entries: Sequence[AuditEntry], path: Path, *, title: str | None = None) -> None:
    """Write ``entries`` (as :func:`casebook.services.admin.audit.audit_entries` returns them) to ``path``:
    a merged title, a frozen header, an autofilter, printed A4 landscape."""
    heading = title or translate("Excel", "Audit trail")
    changes = sum(max(1, len(entry.changes)) for entry in entries)
    if entries:
        times = [entry.recorded_at for entry in entries]
        subtitle = translate("Excel", "{events} events, {rows} rows; recorded {first} to {last}").format(
            events=len(entries),
            rows=changes,
            first=min(times).strftime("%Y-%m-%d %H:%M"),
            last=max(times).strftime("%Y-%m-%d %H:%M"),
        )
    else:
        subtitle = translate("Excel", "No events")
    with streamed_workbook(Path(path), heading) as workbook:
        sheet = TableSheet(workbook, translate("Excel", "Audit trail"), AUDIT_TRAIL, heading, subtitle=subtitle)
        sheet.append_rows(audit_rows(entries, sheet.ws))
        sheet.finish_table()
