"""`casebook deliberation add|item|done|list` as real processes."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from casebook.store.database import Database
from tests.cli_runner import casebook as run_casebook
from tests.conftest import Seeds


def run(db_target: str, *args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    return run_casebook(
        "--lang", lang, "--db", db_target, "deliberation", *args, env={**os.environ, "CASEBOOK_TODAY": "2023-04-01"}
    )


def ok(db_target: str, *args: str) -> str:
    result = run(db_target, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_deliberation_its_items_and_the_list(db: Database, db_target: str, seeds: Seeds, tmp_path: Path) -> None:
    ok(
        db_target,
        "add",
        "--kind",
        "专题询问",
        "--date",
        "2022-10-26",
        "--title",
        "关于重点建议办理情况的专题询问",
        "--units",
        "市邮政管理局,市交通运输局",
        "--participants",
        "魏敏、张伟",
    )
    ok(db_target, "item", "1", "--content", "建立约谈机制", "--due", "2022-12-31", "--unit", "市邮政管理局")
    ok(db_target, "item", "1", "--content", "完善电动自行车管理", "--due", "2023-03-31")
    assert "2022-12-20" in ok(db_target, "done", "1", "--date", "2022-12-20")
    data: dict[str, Any] = json.loads(ok(db_target, "list", "--json"))
    assert data["as_of"] == "2023-04-01"
    [deliberation] = data["deliberations"]
    assert (deliberation["kind"], deliberation["units"]) == ("topical_inquiry", ["市邮政管理局", "市交通运输局"])
    assert [(i["content"], i["unit"], i["done"], i["overdue"]) for i in deliberation["items"]] == [
        ("建立约谈机制", "市邮政管理局", "2022-12-20", False),
        ("完善电动自行车管理", None, None, True),
    ]
    table = ok(db_target, "list")
    assert "专题询问" in table and "关于重点建议办理情况的专题询问" in table
    path = tmp_path / "follow-up.xlsx"
    assert "2" in ok(db_target, "export", "--year", "2022", "-o", str(path))
    sheet = load_workbook(path).active
    assert sheet is not None
    rows = [row for row in sheet.iter_rows(min_row=4, values_only=True) if row[0] is not None]
    assert [(r[0], r[1], r[4], r[5], r[6], r[7], r[8]) for r in rows] == [
        (
            datetime(2022, 10, 26),
            "专题询问",
            "建立约谈机制",
            "市邮政管理局",
            datetime(2022, 12, 31),
            datetime(2022, 12, 20),
            "已完成",
        ),
        (datetime(2022, 10, 26), "专题询问", "完善电动自行车管理", None, datetime(2023, 3, 31), None, "已逾期"),
    ]
    assert rows[0][3] == "市邮政管理局、市交通运输局"


def test_refusals_exit_2_and_name_the_problem(db: Database, db_target: str, seeds: Seeds) -> None:
    kind = run(db_target, "add", "--kind", "座谈", "--date", "2022-10-26", "--title", "座谈会", lang="en")
    assert kind.returncode == 2 and "is not a kind of deliberation" in kind.stderr
    missing = run(db_target, "item", "7", "--content", "事项", "--due", "2022-12-31", lang="en")
    assert missing.returncode == 2 and "no deliberation with id 7" in missing.stderr
    assert json.loads(ok(db_target, "list", "--json"))["deliberations"] == []
