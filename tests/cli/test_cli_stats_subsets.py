"""`--unit-kind` and `--session` on `stats`, `ranking` and every export, and `stats --by-session`, as
real processes on the demo register; the workbooks are read back."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli_runner import casebook as run_casebook
from tests.registers import DemoRegister


def casebook(target: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", "zh_CN", "--db", target, *args)


def sheet_rows(path: Path, index: int = 0) -> list[tuple[object, ...]]:
    workbook = load_workbook(path, read_only=True)
    try:
        return [row for row in workbook.worksheets[index].iter_rows(values_only=True) if any(row)]
    finally:
        workbook.close()


@pytest.fixture
def demo(demo_register: DemoRegister, tmp_path: Path) -> Path:
    return demo_register.copy_to(tmp_path / "demo")


def test_stats_and_every_export_take_the_subsets(demo: Path, tmp_path: Path) -> None:
    court = casebook(demo, "stats", "--year", "2022", "--unit-kind", "法院", "--json")
    assert court.returncode == 0, court.stderr
    data = json.loads(court.stdout)
    assert (data["total"], data["unit_kind"]) == (11, "court")
    assert data["narrative"].startswith("全年督办代表建议11件，")
    register = tmp_path / "court.xlsx"
    written = casebook(demo, "export", "register", "--year", "2022", "--unit-kind", "court", "-o", str(register))
    assert written.returncode == 0, written.stderr
    assert "11件" in written.stdout  # the register of the court's cases (withdrawn ones none here)
    annual = tmp_path / "annual.xlsx"
    written = casebook(demo, "export", "annual", "--year", "2022", "--unit-kind", "court", "-o", str(annual))
    assert written.returncode == 0, written.stderr
    rows = sheet_rows(annual)
    assert rows[1][0] == "2022年提出的代表建议，数据截至2022-12-31；承办单位：法院"
    assert next(row for row in rows if row[0] == "合计")[1] == 11
    interim = tmp_path / "interim.xlsx"
    written = casebook(demo, "export", "units", "--session", "2023年闭会期间", "-o", str(interim))
    assert written.returncode == 0, written.stderr
    session = json.loads(casebook(demo, "stats", "--year", "2023", "--session", "2023年闭会期间", "--json").stdout)
    monthly = tmp_path / "monthly.xlsx"
    written = casebook(
        demo,
        "export",
        "monthly",
        "--year",
        "2023",
        "--month",
        "2023-12",
        "--session",
        "2023年闭会期间",
        "-o",
        str(monthly),
    )
    assert written.returncode == 0, written.stderr
    overview = sheet_rows(monthly)
    assert next(row for row in overview if row[0] == "件数")[1] == session["total"] > 0
    ranking = json.loads(casebook(demo, "ranking", "--year", "2022", "--unit-kind", "court", "--json").stdout)
    assert sum(unit["cases"] for unit in ranking["units"]) >= 11


def test_a_year_by_session_and_wrong_subsets(demo: Path) -> None:
    result = casebook(demo, "stats", "--year", "2023", "--by-session", "--json")
    assert result.returncode == 0, result.stderr
    columns = json.loads(result.stdout)["columns"]
    assert [c["session"] for c in columns] == ["市九届人大二次会议", "2023年闭会期间", "全年"]
    assert columns[0]["total"] + columns[1]["total"] == columns[2]["total"]
    text = casebook(demo, "stats", "--year", "2023", "--by-session").stdout
    assert "市九届人大二次会议" in text and "办复率" in text and "办结率" in text
    wrong = casebook(demo, "stats", "--year", "2023", "--unit-kind", "部队")
    assert wrong.returncode == 2 and "部队" in wrong.stderr and "government 政府部门" in wrong.stderr
    both = casebook(demo, "stats", "--year", "2023", "--by-session", "--session", "2023年闭会期间")
    assert both.returncode == 2 and "--by-session" in both.stderr
    unknown = casebook(demo, "export", "register", "--session", "无此会议", "-o", str(demo.parent / "x.xlsx"))
    assert unknown.returncode != 0 and "无此会议" in unknown.stderr
    assert not (demo.parent / "x.xlsx").exists()
