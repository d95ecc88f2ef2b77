"""`casebook decision add|list|export` as real processes; the list read back from the workbook."""

from __future__ import annotations

import json
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from casebook.store.database import Database
from tests.cli_runner import casebook as run_casebook
from tests.conftest import Seeds
from tests.services.case_builder import build_case

SESSION = "市九届人大二次会议"


def run(db_target: str, *args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", lang, "--db", db_target, "decision", *args)


def test_decisions_added_listed_and_exported(db: Database, db_target: str, seeds: Seeds, tmp_path: Path) -> None:
    build_case(db, seeds, "0012")
    common = ["--year", "2023", "--date", "2024-01-20", "--document", "镇人常〔2024〕3号"]
    excellent = run(db_target, "add", "--kind", "优秀议案建议", "--case", "0012", "--session", SESSION, *common)
    assert excellent.returncode == 0, excellent.stderr
    assert "2023年度优秀议案建议" in excellent.stdout
    advanced = run(db_target, "add", "--kind", "advanced_unit", "--unit", "市邮政管理局", *common)
    assert advanced.returncode == 0, advanced.stderr
    again = run(db_target, "add", "--kind", "advanced_unit", "--unit", "市邮政管理局", *common, lang="en")
    assert again.returncode == 2 and "already marked" in again.stderr
    listed: list[dict[str, Any]] = json.loads(run(db_target, "list", "--year", "2023", "--json").stdout)
    assert [(d["kind"], d["title"], d["unit"]) for d in listed] == [
        ("excellent_case", "建议0012", None),
        ("advanced_unit", None, "市邮政管理局"),
    ]
    of_unit = run(db_target, "list", "--unit", "市邮政管理局")
    assert "先进承办单位" in of_unit.stdout and "建议0012" not in of_unit.stdout
    path = tmp_path / "decisions.xlsx"
    exported = run(db_target, "export", "--year", "2023", "-o", str(path))
    assert exported.returncode == 0, exported.stderr
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = [row for row in sheet.iter_rows(min_row=4, values_only=True) if row[0] is not None]
    assert [(r[0], r[1], r[3], r[5], r[6]) for r in rows] == [
        (2023, "优秀议案建议", "建议0012", "镇人常〔2024〕3号", datetime(2024, 1, 20)),
        (2023, "先进承办单位", None, "镇人常〔2024〕3号", datetime(2024, 1, 20)),
    ]
    assert rows[1][2] == "市邮政管理局" and rows[0][4] == "魏敏"
