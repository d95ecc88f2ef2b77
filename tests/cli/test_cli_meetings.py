"""`casebook meeting add|list` as real processes, and 三见面 in `casebook stats --json`."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import date
from typing import Any

from casebook.store.database import Database
from tests.cli_runner import casebook as run_casebook
from tests.conftest import Seeds
from tests.services.case_builder import build_case

SESSION = "市九届人大二次会议"


def casebook(db_target: str, *args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", lang, "--db", db_target, *args, env={**os.environ, "CASEBOOK_TODAY": "2024-01-10"})


def test_meetings_recorded_listed_and_counted(db: Database, db_target: str, seeds: Seeds) -> None:
    build_case(db, seeds, "0012", assigned_on=date(2023, 2, 1), replied_on=date(2023, 4, 20))
    build_case(db, seeds, "0013")
    where = ["0012", "--session", SESSION, "--unit", "市邮政管理局"]
    for stage, day in (("办理前", "2023-02-10"), ("during", "2023-03-15"), ("办理后", "2023-05-01")):
        added = casebook(db_target, "meeting", "add", *where, "--stage", stage, "--date", day, "--form", "当面沟通")
        assert added.returncode == 0, added.stderr
    late = casebook(
        db_target, "meeting", "add", *where, "--stage", "during", "--date", "2023-05-02", "--form", "phone", lang="en"
    )
    assert late.returncode == 2 and "cannot be after the reply" in late.stderr
    listed = casebook(db_target, "meeting", "list", "0012", "--session", SESSION, "--json")
    data: dict[str, Any] = json.loads(listed.stdout)
    assert data["three_meetings"] is True
    assert [(m["stage"], m["date"], m["form"]) for m in data["meetings"]] == [
        ("before", "2023-02-10", "face_to_face"),
        ("during", "2023-03-15", "face_to_face"),
        ("after", "2023-05-01", "face_to_face"),
    ]
    assert "三见面" in casebook(db_target, "meeting", "list", "0012", "--session", SESSION).stdout
    stats = casebook(db_target, "stats", "--year", "2023", "--json")
    assert stats.returncode == 0, stats.stderr
    assert json.loads(stats.stdout)["three_meetings_rate"] == {
        "numerator": 1,
        "denominator": 2,
        "rate": 50.0,
        "text": "50.0%",
    }
