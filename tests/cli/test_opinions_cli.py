"""`casebook stations …`, `casebook opinions …` and `casebook stats --kind opinion` as real processes."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from casebook.services.queries.opinions import opinion_count
from casebook.store.database import Database
from tests.cli_runner import casebook as run_casebook
from tests.conftest import Seeds
from tests.excel.opinion_sheets import write_sheet


def run(db_target: str, *args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", lang, "--db", db_target, *args, env={**os.environ, "CASEBOOK_TODAY": "2023-12-01"})


def ok(db_target: str, *args: str, lang: str = "zh_CN") -> str:
    result = run(db_target, *args, lang=lang)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_an_opinion_through_the_command_line(db: Database, db_target: str, seeds: Seeds) -> None:
    station = "华阳街道人大代表联络总站"
    assert "已登记站点" in ok(
        db_target, "stations", "add", station, "--kind", "代表联络站", "--area", "句容市华阳街道", "--deputies", "魏敏"
    )
    stations: dict[str, Any] = json.loads(ok(db_target, "stations", "list", "--json"))
    assert [(s["name"], s["kind"], s["deputies"]) for s in stations["stations"]] == [
        (station, "liaison_station", ["魏敏"])
    ]
    added = ok(db_target, "opinions", "add", "--station", station, "--date", "2023-05-20", "--content", "村道路灯损坏")
    assert added.strip() == "已登记意见2023-0001"
    ok(db_target, "opinions", "add", "--station", station, "--date", "2023-05-21", "--content", "增设公交站台")
    refused = run(db_target, "opinions", "answer", "2023-0001", "--date", "2023-06-01", "--text", "已修复")
    assert refused.returncode == 2
    assert refused.stderr.strip() == "错误：意见2023-0001：意见尚未转交承办单位，不能录入办理答复；该意见当前为“已登记”"
    ok(db_target, "opinions", "pass", "2023-0001", "--unit", "市交通运输局", "--date", "2023-05-22")
    ok(db_target, "opinions", "pass", "2023-0002", "--unit", "市交通运输局", "--date", "2023-05-23")
    ok(db_target, "opinions", "answer", "意见2023-0001", "--date", "2023-06-10", "--text", "已修复")
    ok(db_target, "opinions", "feedback", "2023-0001", "--date", "2023-06-12", "--method", "电话", "--view", "满意")
    shown: dict[str, Any] = json.loads(ok(db_target, "opinions", "show", "2023-0001", "--json"))
    assert (shown["state"], shown["unit"], shown["voter"], shown["voter_view"]) == (
        "fed_back",
        "市交通运输局",
        None,
        "satisfied",
    )
    listed: dict[str, Any] = json.loads(ok(db_target, "opinions", "list", "--state", "已转交", "--json"))
    assert [o["number"] for o in listed["opinions"]] == ["意见2023-0002"]
    stats: dict[str, Any] = json.loads(ok(db_target, "stats", "--kind", "opinion", "--year", "2023", "--json"))
    assert (stats["received"], stats["passed_on"], stats["answered"], stats["fed_back"]) == (2, 2, 1, 1)
    assert stats["rates"]["answer_rate"] == {"numerator": 1, "denominator": 2, "rate": 50.0, "text": "50.0%"}
    assert stats["rates"]["feedback_rate"]["text"] == "100.0%"
    assert stats["by_station"][0]["station"] == station
    assert stats["narrative"].startswith(
        "截至12月1日，各代表联络站共收集群众意见建议2件，及时转交部门办理2件，已办复1件，办复率50.0%。"
    )
    refused = run(db_target, "stats", "--kind", "opinion", "--year", "2023", "--by-session")
    assert (refused.returncode, refused.stderr.strip()) == (
        2,
        "错误：--by-session：群众意见按年度统计（--year、--as-of、--by-station）。",
    )
    not_opinions = run(db_target, "stats", "--year", "2023", "--by-station")  # suggestions: told, not ignored
    assert (not_opinions.returncode, not_opinions.stderr.strip()) == (
        2,
        "错误：--by-station：只有群众意见按站点统计（--kind opinion）。",
    )
    text = ok(db_target, "stats", "--kind", "opinion", "--year", "2023", "--by-station")
    assert station in text and "1 (1/2)" not in text and "50.0% (1/2)" in text


def test_import_and_export_of_a_stations_sheet(db: Database, db_target: str, seeds: Seeds, tmp_path: Path) -> None:
    ok(db_target, "stations", "add", "华阳街道人大代表联络总站", "--kind", "liaison_station")
    result = run(db_target, "opinions", "import", str(write_sheet(tmp_path / "华阳.xlsx")), lang="en")
    assert result.returncode == 1, result.stderr  # some rows refused
    lines = result.stdout.splitlines()
    assert lines[0] == "华阳街道人大代表联络总站: 3 opinions registered, 2 rows refused"
    assert "Row 5 refused: there is no handling unit called “市交通局” (near names: 市交通运输局)" in lines
    assert opinion_count(db) == 3
    output = tmp_path / "群众意见.xlsx"
    ok(db_target, "opinions", "export", "--year", "2023", "-o", str(output))
    book = load_workbook(output, read_only=True)
    assert book.sheetnames == ["群众意见", "按站点统计"]
    numbers = [row[0] for row in book["群众意见"].iter_rows(values_only=True) if str(row[0]).startswith("意见")]
    assert numbers == ["意见2023-0001", "意见2023-0002", "意见2023-0003"]
