"""`casebook evaluation add|list` as real processes; a refusal exits 2 with the clerk's message."""

from __future__ import annotations

import json
import subprocess
from typing import Any

from casebook.store.database import Database
from tests.cli_runner import casebook as run_casebook
from tests.conftest import Seeds
from tests.services.case_builder import build_case

SESSION = "市九届人大二次会议"


def run(db_target: str, *args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", lang, "--db", db_target, "evaluation", *args)


def test_evaluations_are_added_and_listed(db: Database, db_target: str, seeds: Seeds) -> None:
    build_case(db, seeds, "0012")
    unit = ["--unit", "市邮政管理局", "--year", "2023", "--evaluator", "市人大常委会", "--date", "2023-11-20"]
    added = run(db_target, "add", "--kind", "人大评议", "--score", "91.5", *unit)
    assert added.returncode == 0, added.stderr
    assert "人大评议" in added.stdout and "市邮政管理局" in added.stdout and "91.5" in added.stdout
    case = ["--case", "0012", "--session", SESSION, "--evaluator", "江苏大学", "--date", "2023-12-01"]
    assert run(db_target, "add", "--kind", "第三方评估", "--grade", "良好", *case).returncode == 0
    listed = run(db_target, "list", "--year", "2023", "--json")
    assert listed.returncode == 0, listed.stderr
    data: list[dict[str, Any]] = json.loads(listed.stdout)
    assert [(e["kind"], e["unit"], e["score"], e["grade"]) for e in data] == [
        ("congress_review", "市邮政管理局", 91.5, None),
        ("third_party", None, None, "良好"),
    ]
    assert data[1]["case_title"] == "建议0012"
    table = run(db_target, "list", "--unit", "市邮政管理局")
    assert table.returncode == 0 and "91.5" in table.stdout and "良好" not in table.stdout


def test_bad_input_exits_2_with_a_message_and_writes_nothing(db: Database, db_target: str, seeds: Seeds) -> None:
    unit = ["--unit", "市邮政管理局", "--evaluator", "市人大常委会", "--date", "2023-11-20"]
    no_year = run(db_target, "add", "--kind", "人大评议", "--score", "80", *unit)
    assert no_year.returncode == 2 and "年度" in no_year.stderr, no_year.stderr
    bad_score = run(db_target, "add", "--kind", "人大评议", "--score", "120", "--year", "2023", *unit, lang="en")
    assert bad_score.returncode == 2 and "a score from 0 to 100" in bad_score.stderr
    unknown_kind = run(db_target, "add", "--kind", "民主测评", "--score", "80", "--year", "2023", *unit, lang="en")
    assert unknown_kind.returncode == 2 and "is not a kind of evaluation" in unknown_kind.stderr
    no_session = run(db_target, "add", "--kind", "人大评议", "--score", "80", "--case", "12", *unit[2:], lang="en")
    assert no_session.returncode == 2 and "--case needs --session" in no_session.stderr
    assert json.loads(run(db_target, "list", "--json").stdout) == []
