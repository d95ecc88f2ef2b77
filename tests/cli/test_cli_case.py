"""`casebook case …` as real processes: every handling rule end to end, refusals with exit code 2."""

from __future__ import annotations

import json
import subprocess
from typing import Any

from casebook.store.database import Database
from tests.cli_runner import casebook as run_casebook
from tests.conftest import Seeds

SESSION = "市九届人大二次会议"


def case(db_target: str, *args: str, lang: str = "zh_CN") -> subprocess.CompletedProcess[str]:
    return run_casebook("--lang", lang, "--db", str(db_target), "case", *args)


def ok(db_target: str, *args: str) -> str:
    result = case(db_target, *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def show(db_target: str, number: str, session: str = SESSION) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(ok(db_target, "show", number, "--session", session, "--json"))
    return data


def registered(db_target: str, number: str = "0012") -> None:
    ok(
        db_target,
        "add",
        "--session",
        SESSION,
        "--number",
        number,
        "--title",
        "关于加强对快递和外卖服务企业安全管理的建议",
        "--lead",
        "魏敏",
        "--cosigners",
        "张伟,李娜",
        "--date",
        "2023-01-07",
    )


def replied(db_target: str, number: str = "0012") -> None:
    ok(
        db_target,
        "assign",
        number,
        "--session",
        SESSION,
        "--unit",
        "市邮政管理局",
        "--role",
        "lead",
        "--date",
        "2023-02-10",
    )
    ok(
        db_target,
        "reply",
        number,
        "--session",
        SESSION,
        "--unit",
        "市邮政管理局",
        "--date",
        "2023-04-20",
        "--result",
        "B",
    )


def test_unknown_names_are_refused_with_the_near_ones_or_created_when_asked(
    db: Database, db_target: str, seeds: Seeds
) -> None:
    args = [
        "add",
        "--session",
        "2023年闭会期间",
        "--number",
        "B1",
        "--title",
        "关于增设公交站点的建议",
        "--date",
        "2023-03-02",
    ]
    refused = case(db_target, *args, "--lead", "魏民", lang="en")
    assert refused.returncode == 2
    assert "there is no deputy called “魏民”; near names: 魏敏" in refused.stderr
    refused = case(db_target, *[a if a != "2023年闭会期间" else "2024年闭会期间" for a in args], "--lead", "魏敏")
    assert refused.returncode == 2 and "2024年闭会期间" in refused.stderr
    ok(
        db_target,
        *[a if a != "2023年闭会期间" else "2024年闭会期间" for a in args],
        "--lead",
        "周新",
        "--create-missing",
    )
    created = show(db_target, "B1", "2024年闭会期间")
    assert (created["state"], created["kind"]) == ("registered", "suggestion")


def test_assisting_unit_due_one_month_and_status_follows_the_reply(db: Database, db_target: str, seeds: Seeds) -> None:
    registered(db_target)
    ok(
        db_target,
        "assign",
        "0012",
        "--session",
        SESSION,
        "--unit",
        "市邮政管理局",
        "--role",
        "lead",
        "--date",
        "2023-02-10",
    )
    ok(
        db_target,
        "assign",
        "0012",
        "--session",
        SESSION,
        "--unit",
        "市交通运输局",
        "--role",
        "assisting",
        "--date",
        "2023-02-10",
    )
    units = {a["unit"]: a for a in show(db_target, "0012")["assignments"]}
    assert (units["市邮政管理局"]["due_on"], units["市交通运输局"]["due_on"]) == ("2023-05-10", "2023-03-10")
    assert {a["status"] for a in units.values()} == {"assigned"}
    ok(
        db_target,
        "reply",
        "0012",
        "--session",
        SESSION,
        "--unit",
        "市交通运输局",
        "--date",
        "2023-03-01",
        "--text",
        "同意",
    )
    ok(
        db_target,
        *("reply", "0012", "--session", SESSION, "--unit", "市邮政管理局", "--date", "2023-04-20"),
        *("--result", "A", "--contact", "当面沟通"),
    )
    data = show(db_target, "0012")
    assert data["state"] == "replied" and data["result"] == "A"
    assert {a["status"] for a in data["assignments"]} == {"replied"}


def test_a_cosigners_satisfied_rating_does_not_count_and_closing_needs_a_reason(
    db: Database, db_target: str, seeds: Seeds
) -> None:
    registered(db_target)
    replied(db_target)
    ok(
        db_target,
        "rate",
        "0012",
        "--session",
        SESSION,
        "--deputy",
        "魏敏",
        "--date",
        "2023-05-04",
        "--rating",
        "不满意",
    )
    ok(db_target, "rate", "0012", "--session", SESSION, "--deputy", "张伟", "--date", "2023-05-05", "--rating", "满意")
    data = show(db_target, "0012")
    assert (data["rating"], data["rating_label"]) == ("unsatisfied", "不满意")
    assert [(r["deputy"], r["rating"], r["counts"]) for r in data["ratings"]] == [
        ("魏敏", "unsatisfied", True),
        ("张伟", "satisfied", False),
    ]
    refused = case(db_target, "close", "0012", "--session", SESSION, "--date", "2023-05-10")
    assert refused.returncode == 2
    assert "计入统计的测评为“不满意”" in refused.stderr
    assert show(db_target, "0012")["state"] == "rated"  # nothing written
    ok(
        db_target,
        *("close", "0012", "--session", SESSION, "--date", "2023-05-10"),
        *("--reason", "代表同意办结：受财力所限，明年列入计划", "--agreed-on", "2023-05-09"),
    )
    data = show(db_target, "0012")
    assert (data["state"], data["rating"]) == ("closed", "unsatisfied")
    assert {a["status"] for a in data["assignments"]} == {"closed"}


def test_closing_after_a_rated_rehandling_round(db: Database, db_target: str, seeds: Seeds) -> None:
    registered(db_target)
    replied(db_target)
    ok(
        db_target,
        "rate",
        "0012",
        "--session",
        SESSION,
        "--deputy",
        "魏敏",
        "--date",
        "2023-05-04",
        "--rating",
        "不满意",
    )
    ok(db_target, "rehandle", "0012", "--session", SESSION, "--date", "2023-05-08")
    rounds = {(a["round"], a["due_on"]) for a in show(db_target, "0012")["assignments"]}
    assert (2, "2023-06-04") in rounds  # a month from the unsatisfied rating
    ok(
        db_target,
        "reply",
        "0012",
        "--session",
        SESSION,
        "--unit",
        "市邮政管理局",
        "--date",
        "2023-05-30",
        "--result",
        "A",
    )
    ok(
        db_target,
        "rate",
        "0012",
        "--session",
        SESSION,
        "--deputy",
        "魏敏",
        "--date",
        "2023-06-05",
        "--rating",
        "基本满意",
    )
    ok(db_target, "close", "0012", "--session", SESSION, "--date", "2023-06-10")
    data = show(db_target, "0012")
    assert (data["state"], data["result"], data["rating"], data["handling_round"]) == (
        "closed",
        "A",
        "basically_satisfied",
        2,
    )
