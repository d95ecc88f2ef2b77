"""The annual export's Evaluations sheet, written and read back."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from casebook import clock
from casebook.excel.export_reports import export_annual
from casebook.services.steps.evaluations import EvaluationDraft, add_evaluation
from casebook.store.database import Database
from tests.conftest import Seeds
from tests.services.case_builder import build_case


def test_the_annual_export_lists_the_years_evaluations(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    built = build_case(db, seeds, "12", assigned_on=date(2023, 2, 1), replied_on=date(2023, 3, 1))
    unit = seeds.units["市邮政管理局"]
    add_evaluation(
        db,
        EvaluationDraft("人大评议", "市人大常委会", date(2023, 11, 20), unit_id=unit, year=2023, score=Decimal("88")),
    )
    add_evaluation(
        db,
        EvaluationDraft(
            "第三方评估", "江苏大学", date(2023, 12, 5), case_id=built.case_id, grade="优秀", comments="=1+1"
        ),
    )
    add_evaluation(  # another year's: not on this year's sheet
        db, EvaluationDraft("人大评议", "市人大常委会", date(2023, 1, 20), unit_id=unit, year=2022, score=Decimal("70"))
    )
    path = tmp_path / "annual.xlsx"
    with clock.fixed(date(2024, 2, 1)):
        summary = export_annual(db, path, 2023)
    assert summary.sheets[-3:] == ("Evaluations", "Decisions", "Follow-up lists")
    sheet = load_workbook(path)["Evaluations"]
    assert sheet["A1"].value == "Evaluations of 2023"
    rows = [row for row in sheet.iter_rows(min_row=4, values_only=True) if row[0] is not None]
    assert [r[:7] for r in rows] == [
        (datetime(2023, 11, 20), "Congress evaluation (人大评议)", "市邮政管理局", None, 88, None, "市人大常委会"),
        (datetime(2023, 12, 5), "Third-party assessment (第三方评估)", rows[1][2], "建议12", None, "优秀", "江苏大学"),
    ]
    assert "12" in str(rows[1][2])
    assert rows[1][7] == "=1+1"  # a comment that looks like a formula stays text


def test_a_year_without_evaluations_says_so(db: Database, seeds: Seeds, tmp_path: Path) -> None:
    path = tmp_path / "annual.xlsx"
    with clock.fixed(date(2024, 2, 1)):
        export_annual(db, path, 2023)
    sheet = load_workbook(path)["Evaluations"]
    assert next(c.value for c in sheet[4]) == "无"
