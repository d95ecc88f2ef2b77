"""`casebook overdue` and `casebook holidays` as real processes over a register built through the services."""

from __future__ import annotations

import json
import subprocess
from datetime import date

from casebook.domain.enums import AssignmentRole
from casebook.services.queries.case_views import CaseSummary
from casebook.services.steps.assignments import assign_case
from casebook.store.database import Database
from tests.cli_runner import casebook as run_casebook
from tests.conftest import Seeds


def casebook(db_target: str, *args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", lang, "--db", str(db_target), *args)


def two_units(db: Database, seeds: Seeds, case: CaseSummary) -> None:
    assign_case(db, case.id, seeds.units["市邮政管理局"], AssignmentRole.LEAD, date(2023, 2, 10))  # due 2023-05-10
    assign_case(db, case.id, seeds.units["市交通运输局"], AssignmentRole.ASSISTING, date(2023, 2, 10))  # 2023-03-10


def test_overdue_json(db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary) -> None:
    two_units(db, seeds, courier_case)
    result = casebook(db_target, "overdue", "--as-of", "2023-05-03", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == [
        {
            "case_number": "0012",
            "session": "市九届人大二次会议",
            "title": "关于加强对快递和外卖服务企业安全管理的建议",
            "unit": "市交通运输局",
            "role": "assisting",
            "handling_round": 1,
            "assigned_on": "2023-02-10",
            "due_on": "2023-03-10",
            "days_overdue": 54,
        }
    ]
    soon = casebook(db_target, "overdue", "--as-of", "2023-05-03", "--within", "7", "--json")
    assert [(i["unit"], i["days_overdue"]) for i in json.loads(soon.stdout)] == [
        ("市交通运输局", 54),
        ("市邮政管理局", -7),
    ]


def test_overdue_text_and_bad_arguments(db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary) -> None:
    two_units(db, seeds, courier_case)
    result = casebook(db_target, "overdue", "--as-of", "2023-05-10", "--within", "0")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "Overdue on 2023-05-10: 1; due within 0 days: 1"
    assert any("市交通运输局" in line and "61 days overdue" in line for line in lines)
    assert any("市邮政管理局" in line and "due today" in line for line in lines)
    assert casebook(db_target, "overdue", "--within", "-1").returncode == 2


def test_overdue_counts_assignments_in_jian_ci(
    db: Database, db_target: str, seeds: Seeds, courier_case: CaseSummary
) -> None:
    """One case, two units: the counts are of assignments (件次), not of cases (件)."""
    two_units(db, seeds, courier_case)
    late = casebook(db_target, "overdue", "--as-of", "2023-05-11", lang="zh_CN")
    assert late.returncode == 0, late.stderr
    assert late.stdout.splitlines()[0] == "截至2023-05-11逾期未答复：2件次"
    soon = casebook(db_target, "overdue", "--as-of", "2023-05-10", "--within", "0", lang="zh_CN")
    assert soon.stdout.splitlines()[0] == "截至2023-05-10逾期未答复：1件次；0天内即将到期：1件次"


def test_holidays_list_and_set(db_target: str) -> None:
    listed = casebook(db_target, "holidays", "--year", "2024", "--json")
    assert listed.returncode == 0, listed.stderr
    days = {d["day"]: d for d in json.loads(listed.stdout)}
    assert days["2024-10-12"] == {"day": "2024-10-12", "is_working_day": True, "name": "国庆节调休上班"}
    assert days["2024-10-01"]["is_working_day"] is False
    text = casebook(db_target, "holidays", "--year", "2024").stdout
    assert "2024-10-12  Sat" in text and "working day" in text

    assert casebook(db_target, "holidays", "--year", "2031").stdout.startswith("The calendar has no holidays for 2031")
    added = casebook(db_target, "holidays", "--set", "2031-10-01", "--holiday", "--name", "国庆节")
    assert added.returncode == 0, added.stderr
    assert json.loads(casebook(db_target, "holidays", "--year", "2031", "--json").stdout) == [
        {"day": "2031-10-01", "is_working_day": False, "name": "国庆节"}
    ]
    assert casebook(db_target, "holidays", "--set", "2031-10-01").returncode == 2  # neither --working nor --holiday
    assert casebook(db_target, "holidays", "--set", "2031-10-01", "--working", "--holiday").returncode == 2
