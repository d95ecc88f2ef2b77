"""`casebook projects …` and `casebook stats --kind project` as real processes."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from openpyxl import load_workbook

from casebook.store.database import Database
from tests.cli_runner import casebook as run_casebook
from tests.conftest import Seeds


def run(db_target: str, *args: str, lang: str = "zh_CN", today: str = "2024-01-20") -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", lang, "--db", db_target, *args, env={**os.environ, "CASEBOOK_TODAY": today})


def ok(db_target: str, *args: str, today: str = "2024-01-20") -> str:
    result = run(db_target, *args, today=today)
    assert result.returncode == 0, result.stderr
    return result.stdout


def project_json(db_target: str, number: str) -> dict[str, object]:
    data = json.loads(ok(db_target, "projects", "show", number, "--year", "2023", "--json"))
    assert isinstance(data, dict)
    return data


def test_a_project_from_the_vote_to_the_rating(db: Database, db_target: str, seeds: Seeds, tmp_path: Path) -> None:
    out = ok(
        db_target,
        "projects",
        "add",
        "--year",
        "2023",
        "--title",
        "新增4000个公共停车泊位",
        "--category",
        "推进交通出行便利",
        "--lead-unit",
        "市交通运输局",
        "--units",
        "市市场监管局",
        "--voted-on",
        "2023-01-08",
        "--session",
        "市九届人大二次会议",
        "--votes-for",
        "401",
        "--votes-cast",
        "420",
    )
    assert "2023-01" in out and "新增4000个公共停车泊位" in out
    ok(db_target, "projects", "milestone", "1", "--year", "2023", "--content", "完成选址", "--planned", "2023-04-30")
    ok(db_target, "projects", "milestone", "1", "--year", "2023", "--content", "建成泊位", "--planned", "2023-11-30")
    milestones = project_json(db_target, "2023-01")["milestones"]
    assert isinstance(milestones, list) and [m["content"] for m in milestones] == ["完成选址", "建成泊位"]
    first, second = (m["id"] for m in milestones)

    # a refusal in the clerk's words, nothing changed
    refused = run(db_target, "projects", "done", str(first), "--date", "2024-03-01")
    assert refused.returncode == 2 and "日期2024-03-01晚于今天（2024-01-20）" in refused.stderr
    assert project_json(db_target, "2023-01")["milestones"] == milestones

    ok(db_target, "projects", "done", str(first), "--date", "2023-04-20", "--note", "选址完成")
    ok(db_target, "projects", "progress", "1", "--year", "2023", "--date", "2023-06-30", "--text", "已建成1500个。")
    early = run(db_target, "projects", "rate", "1", "--year", "2023", "--date", "2023-12-30", "--counts", "满意=3")
    assert early.returncode == 2 and "登记年终完成情况（已完成或未完成）后才能进行满意度测评" in early.stderr
    ok(db_target, "projects", "done", str(second), "--date", "2023-12-10")
    out = ok(
        db_target,
        "projects",
        "progress",
        "2023-01",
        "--year",
        "2023",
        "--date",
        "2023-12-20",
        "--text",
        "全年新增泊位4120个。",
        "--outcome",
        "done",
    )
    assert "已完成" in out
    ok(
        db_target,
        "projects",
        "rate",
        "1",
        "--year",
        "2023",
        "--date",
        "2024-01-10",
        "--counts",
        "满意=370,基本满意=30,不满意=20",
    )
    shown = project_json(db_target, "2023-01")
    assert shown["state"] == "done" and shown["votes_for"] == 401 and shown["assisting_units"] == ["市市场监管局"]
    assert shown["rating"] == {"date": "2024-01-10", "counts": {"满意": 370, "基本满意": 30, "不满意": 20}}

    listing = json.loads(ok(db_target, "projects", "list", "--year", "2023", "--json"))
    assert [p["number"] for p in listing["projects"]] == ["2023-01"]
    text = ok(db_target, "projects", "list", "--year", "2023")
    assert "新增4000个公共停车泊位" in text and "401/420" in text

    stats = json.loads(ok(db_target, "stats", "--kind", "project", "--year", "2023", "--json"))
    assert stats["counts"]["voted"] == 1 and stats["counts"]["done"] == 1
    assert stats["rates"]["completion_rate"] == {"numerator": 1, "denominator": 1, "rate": 100.0, "text": "100.0%"}
    assert stats["rates"]["satisfaction_rate"] == {"numerator": 400, "denominator": 420, "rate": 95.2, "text": "95.2%"}
    assert (
        stats["narrative_sentences"][0]
        == "2023年票决产生民生实事项目1项，已完成1项，完成率100.0%，代表满意度测评满意率95.2%。"
    )
    by_session = run(db_target, "stats", "--kind", "project", "--year", "2023", "--by-session")
    assert by_session.returncode == 2 and "--by-session：民生实事项目的统计只按年度" in by_session.stderr
    plain = ok(db_target, "stats", "--kind", "project", "--year", "2023")
    assert "完成率" in plain and "95.2%" in plain

    output = tmp_path / "projects.xlsx"
    out = ok(db_target, "projects", "export", "--year", "2023", "-o", str(output))
    workbook = load_workbook(output, read_only=True)
    assert len(workbook.sheetnames) == 2
    cells = [c for row in workbook.worksheets[1].iter_rows(values_only=True) for c in row if c is not None]
    assert "完成选址" in cells and "建成泊位" in cells


def test_importing_a_project_list(db: Database, db_target: str, seeds: Seeds, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["镇江市2023年民生实事项目清单"])
    sheet.append(["序号", "项目名称", "类别", "牵头单位", "责任单位", "票数", "计划完成时间", "完成情况"])
    sheet.append(
        [
            1,
            "妇女“两癌”免费筛查",
            "完善卫生健康体系",
            "市市场监管局",
            "市交通运输局",
            "405/420",
            "2023-11-30",
            "已筛查2.1万人",
        ]
    )
    sheet.append([2, "市区交通信号灯智能提升", "推进交通出行便利", "市不存在局", None, 398, "2023-10-31", None])
    sheet.append([3, "优化公交出行", "推进交通出行便利", "市交通运输局", None, "四百", None, None])
    sheet.append([4, "G312镇江至南京段改扩建", "推进交通出行便利", "市交通运输局", None, 410, None, None])
    path = tmp_path / "list.xlsx"
    workbook.save(path)
    result = run(
        db_target, "projects", "import", str(path), "--year", "2023", "--voted-on", "2023-01-08", "--votes-cast", "420"
    )
    assert result.returncode == 1, result.stderr
    assert "登记项目 2 项，拒收 2 行" in result.stdout
    assert "第 4 行（市区交通信号灯智能提升）：没有名为“市不存在局”的承办单位" in result.stdout
    assert "第 5 行（优化公交出行）：“四百”不是票数" in result.stdout
    listing = json.loads(ok(db_target, "projects", "list", "--year", "2023", "--json"))
    assert [(p["number"], p["votes_for"], p["votes_cast"]) for p in listing["projects"]] == [
        ("2023-01", 405, 420),
        ("2023-04", 410, 420),
    ]
    first = listing["projects"][0]
    assert [m["planned_on"] for m in first["milestones"]] == ["2023-11-30"]
    assert [r["text"] for r in first["reports"]] == ["已筛查2.1万人"]
