"""回头看清单: the cases of earlier years whose result is B or C, for the follow-up reviews."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from casebook.excel import columns
from casebook.excel.columns import Column, ValueKind
from casebook.excel.export_register import ExportSummary
from casebook.excel.register_values import Labels
from casebook.excel.sheets import TableSheet, streamed_workbook
from casebook.i18n import noop, translate
from casebook.services.admin.office import get_settings
from casebook.services.queries.supervision_lists import FollowUpCandidate, follow_up_candidates
from casebook.store.database import Database

YEAR = Column("year", noop("Excel", "Year"), 6, ValueKind.NUMBER)
REVIEWS = Column("reviews", noop("Excel", "Follow-up reviews"), 7, ValueKind.NUMBER)
LAST_REVIEWED_ON = Column("last_reviewed_on", noop("Excel", "Last reviewed on"), 11, ValueKind.DATE)
FOLLOW_UP_LIST: tuple[Column, ...] = (
    YEAR,
    columns.SESSION,
    columns.NUMBER,
    columns.TITLE,
    columns.LEAD_UNITS,
    columns.RESULT,
    columns.REPLIED_ON,
    columns.RATING,
    REVIEWS,
    LAST_REVIEWED_ON,
)


def follow_up_values(case: FollowUpCandidate, labels: Labels) -> list[object]:
    return [
        case.year,
        case.session,
        case.number,
        case.title,
        "、".join(case.lead_units),
        case.result_code,
        case.replied_on,
        labels.rating_options.get(case.rating, case.rating) if case.rating else None,
        case.reviews,
        case.last_reviewed_on,
    ]


def export_follow_ups(db: Database, path: Path, today: date) -> ExportSummary:
    """Write the follow-up list as it stands on ``today`` to ``path``."""
    labels = Labels.current(get_settings(db))
    cases = follow_up_candidates(db, today)
    title = translate("Excel", "Follow-up reviews: cases of earlier years being solved or to be solved later")
    subtitle = translate("Excel", "As of {date}; {count} cases").format(date=today.isoformat(), count=len(cases))
    with streamed_workbook(path, title) as workbook:
        sheet = TableSheet(workbook, translate("Excel", "Follow-up list"), FOLLOW_UP_LIST, title, subtitle=subtitle)
        sheet.append_rows(follow_up_values(case, labels) for case in cases)
        sheet.finish_table()
    return ExportSummary(Path(path), title, tuple(workbook.sheetnames), len(cases))
