"""三见面 exported: `casebook export meetings --year Y` as a real process and the annual export's sheet,
both written and read back."""

from __future__ import annotations

import os
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from casebook import clock
from casebook.domain.enums import ContactMethod
from casebook.domain.tracked_records import MeetingStage
from casebook.excel.export_reports import export_annual
from casebook.services.queries.case_views import case_detail
from casebook.services.steps.meetings import MeetingDraft, add_meeting
from casebook.store.database import Database
from tests.cli_runner import casebook
from tests.conftest import Seeds
from tests.services.case_builder import build_case

SHEET = "Meetings with deputies"


def meetings_register(db: Database, seeds: Seeds) -> None:
    """2023: case 12 met all three times, case 13 once; 2022: case 7 met once (not on 2023's list)."""
    stages = (
        (MeetingStage.BEFORE, date(2023, 2, 10), ContactMethod.FACE_TO_FACE, "局长张某"),
        (MeetingStage.DURING, date(2023, 3, 15), ContactMethod.PHONE, "处长李某"),
        (MeetingStage.AFTER, date(2023, 5, 1), ContactMethod.MEETING, "=局长张某"),
    )
    first = build_case(db, seeds, "12", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 20))
    for stage, day, form, people in stages:
        add_meeting(db, case_detail(db, first.case_id).replies[0].id, MeetingDraft(stage, day, form, people))
    second = build_case(db, seeds, "13", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 20))
    add_meeting(db, case_detail(db, second.case_id).replies[0].id, MeetingDraft(*stages[0][:3]))
    old = build_case(
        db, seeds, "7", submitted_on=date(2022, 1, 7), assigned_on=date(2022, 2, 1), replied_on=date(2022, 4, 1)
    )
    add_meeting(
        db,
        case_detail(db, old.case_id).replies[0].id,
        MeetingDraft(MeetingStage.BEFORE, date(2022, 2, 10), ContactMethod.PHONE),
    )


def data_rows(path: Path, sheet: str | int = 0) -> list[tuple[object, ...]]:
    book = load_workbook(path)
    ws = book[sheet] if isinstance(sheet, str) else book.worksheets[sheet]
    return [row for row in ws.iter_rows(min_row=4, values_only=True) if row[0] is not None]


def test_export_meetings_writes_the_year_s_list(db: Database, db_target: str, seeds: Seeds, tmp_path: Path) -> None:
    meetings_register(db, seeds)
    path = tmp_path / "meetings.xlsx"
    command = ["--lang", "en", "--db", db_target, "export", "meetings"]
    env = {**os.environ, "CASEBOOK_TODAY": "2024-01-10"}
    done = casebook(*command, "--year", "2023", "-o", str(path), env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"Meetings with the deputies of 2023 written to {path}: 4 meetings."
    rows = data_rows(path)
    assert [(r[1], r[2], r[3], r[4], r[5], r[6]) for r in rows[:4]] == [
        ("建议12", "市邮政管理局", "Before handling", datetime(2023, 2, 10), "Face to face", "局长张某"),
        ("建议12", "市邮政管理局", "During handling", datetime(2023, 3, 15), "Phone", "处长李某"),
        ("建议12", "市邮政管理局", "After handling", datetime(2023, 5, 1), "Meeting", "=局长张某"),
        ("建议13", "市邮政管理局", "Before handling", datetime(2023, 2, 10), "Face to face", None),
    ]
    assert "12" in str(rows[0][0]) and "13" in str(rows[3][0])
    assert rows[4][0] == "Cases with meetings: 2; met before, during and after handling: 1."
    refused = casebook(*command, "-o", str(tmp_path / "x.xlsx"), env=env)
    assert refused.returncode == 2 and "needs --year" in refused.stderr and not (tmp_path / "x.xlsx").exists()
    subset = [*command, "--year", "2023", "--unit-kind", "court", "-o", str(tmp_path / "x.xlsx")]
    refused = casebook(*subset, env=env)
    assert refused.returncode == 2 and "leave out --session" in refused.stderr


def test_the_annual_export_has_the_meetings_sheet(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    meetings_register(db, seeds)
    path = tmp_path / "annual.xlsx"
    with clock.fixed(date(2024, 2, 1)):
        summary = export_annual(db, path, 2022)
    assert summary.sheets[-4:] == (SHEET, "Evaluations", "Decisions", "Follow-up lists")
    rows = data_rows(path, SHEET)
    assert [(r[1], r[3], r[4]) for r in rows[:1]] == [("建议7", "Before handling", datetime(2022, 2, 10))]
    assert len(rows) == 2  # the one meeting and the count below it
