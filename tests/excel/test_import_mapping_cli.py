"""`casebook import` as a real process: a ledger without any date column, titled 2023年度, counts
in `stats --year 2023`; an ambiguous wording refuses only its rows, in Chinese naming --map-value,
and after --map-value the same file imports whole (and the mapping is remembered)."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.cli_runner import casebook as run_casebook
from tests.excel.ledger_corpus import LONG_RESULTS
from tests.excel.ledger_files import write_ledger


def casebook(*args: str, lang: str = "en") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CASEBOOK_TODAY": "2024-03-01"}
    return run_casebook("--lang", lang, *args, env=env)


def test_a_ledger_without_dates_titled_2023_counts_in_the_2023_statistics(tmp_path: Path) -> None:
    rows = [
        ["镇江市2023年度代表建议办理情况汇总表", None, None, None, None],
        ["序号", "题目", "提出人", "承办单位", "办理结果"],
        [1, "关于快递安全管理的建议", "魏敏", "市邮政管理局", "A"],
        [2, "关于缓解停车难的建议", "刘洋", "市公安局", "B"],
        [3, "关于茅山福道的建议", "陈静", "市住建局", "A"],
        [4, "关于公交线网的建议", "周涛", "市交通运输局", None],
        [5, "关于养老服务的建议", "孙丽", "市民政局", None],
    ]
    ledger = write_ledger(tmp_path / "汇总表.xlsx", rows, ["A1:E1"])
    db = str(tmp_path / "c.sqlite")
    assert casebook("--db", db, "init").returncode == 0
    imported = casebook("--db", db, "import", str(ledger), "--session", "市九届人大二次会议")
    assert imported.returncode == 0, imported.stderr + imported.stdout
    assert "Cases: 5 new, 0 updated, 0 unchanged, 0 refused." in imported.stdout
    assert "Session 市九届人大二次会议: year 2023, first day —." in imported.stdout
    stats = casebook("--db", db, "stats", "--year", "2023", "--json")
    assert stats.returncode == 0, stats.stderr
    figures = json.loads(stats.stdout)
    # 5 suggestions; 3 replied (31 December 2023, the session year's end), 2 of them class A
    assert (figures["total"], figures["replied"], figures["resolved"]) == (5, 3, 2)
    assert json.loads(casebook("--db", db, "stats", "--year", "2022", "--json").stdout)["total"] == 0


def test_a_ledger_that_names_no_session_is_told_once_and_nothing_changes(tmp_path: Path) -> None:
    rows = [
        ["丹徒区2023年人大代表建议办理情况汇总表", None, None],
        ["序号", "建议题目", "领衔代表"],
        [1, "关于加强农村道路养护的建议", "王建国"],
        [2, "关于增设公交站点的建议", "刘芳"],
    ]
    ledger = write_ledger(tmp_path / "汇总表.xlsx", rows, ["A1:C1"])
    db = str(tmp_path / "c.sqlite")
    assert casebook("--db", db, "init").returncode == 0
    before = (tmp_path / "c.sqlite").read_bytes()
    refused = casebook("--db", db, "import", str(ledger), lang="zh_CN")
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1 and "请用 --session 指定" in refused.stderr
    assert "未导入任何内容" in refused.stderr
    assert refused.stdout == "" and (tmp_path / "c.sqlite").read_bytes() == before
    taken = casebook("--db", db, "import", str(ledger), "--session", "丹徒区十八届人大三次会议")
    assert taken.returncode == 0 and "Cases: 2 new" in taken.stdout, taken.stdout + taken.stderr


def test_an_ambiguous_wording_is_refused_in_chinese_then_mapped(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path / "结果描述.xlsx", LONG_RESULTS)
    db = str(tmp_path / "c.sqlite")
    assert casebook("--db", db, "init").returncode == 0
    options = ("--session", "市九届人大二次会议", "--session-date", "2023-01-06")
    first = casebook("--db", db, "import", str(ledger), *options, lang="zh_CN")
    assert first.returncode == 1, first.stderr
    refused = [line for line in first.stdout.splitlines() if line.startswith("台账 第")]
    assert len(refused) == 2
    assert "因财力所限，暂缓解决" in refused[0] and "--map-value" in refused[0] and "不作猜测" in refused[0]
    assert "已列入计划，近期尚不能解决" in refused[1] and "--map-value" in refused[1]
    mapped = casebook(
        "--db",
        db,
        "import",
        str(ledger),
        *options,
        "--map-value",
        "因财力所限，暂缓解决=C",
        "--map-value",
        "已列入计划，近期尚不能解决=C",
    )
    assert mapped.returncode == 0, mapped.stdout + mapped.stderr
    assert "Cases: 2 new, 0 updated, 4 unchanged, 0 refused." in mapped.stdout
    # remembered: importing the file again needs no option
    again = casebook("--db", db, "import", str(ledger), *options, "--dry-run")
    assert again.returncode == 0 and "0 refused" in again.stdout


def test_a_mid_year_ledger_with_cases_still_being_handled(tmp_path: Path) -> None:
    """A ledger sent 「截至」 a day mid-year: 办理中 and 未答复 are no result yet (registered and
    assigned, not replied); a class named inside a longer wording is read by its cue and counted; an
    unknown wording is refused without a class offered, then mapped to 无 and imported unreplied."""
    rows = [
        ["2023年代表建议办理情况（截至2023年10月31日）", None, None, None, None, None],
        ["序号", "建议题目", "领衔代表", "承办单位", "办理结果", "答复时间"],
        [1, "关于快递安全管理的建议", "魏敏", "市邮政管理局", "已办结（A类）", "2023-05-20"],
        [2, "关于缓解停车难的建议", "刘洋", "市公安局", "办理中", None],
        [3, "关于茅山福道的建议", "陈静", "市住建局", "未答复", None],
        [4, "关于公交线网的建议", "周涛", "市交通运输局", "协调推进中", None],
    ]
    ledger = write_ledger(tmp_path / "截至10月.xlsx", rows, ["A1:F1"])
    db = str(tmp_path / "c.sqlite")
    assert casebook("--db", db, "init").returncode == 0
    options = ("--session", "市九届人大二次会议")
    first = casebook("--db", db, "import", str(ledger), *options, lang="zh_CN")
    assert first.returncode == 1, first.stderr
    refused = [line for line in first.stdout.splitlines() if line.startswith("台账 第")]
    assert len(refused) == 1 and "协调推进中" in refused[0]
    assert '--map-value "协调推进中=…"' in refused[0] and "无" in refused[0] and "=A" not in refused[0]
    assert "新增 3 件" in first.stdout
    assert "按关键词读取的办理结果写法（关键词都指向同一类）：1 行" in first.stdout

    mapped = casebook("--db", db, "import", str(ledger), *options, "--map-value", "协调推进中=无")
    assert mapped.returncode == 0, mapped.stdout + mapped.stderr
    assert "Cases: 1 new, 0 updated, 3 unchanged, 0 refused." in mapped.stdout
    figures = json.loads(casebook("--db", db, "stats", "--year", "2023", "--as-of", "2023-10-31", "--json").stdout)
    assert (figures["total"], figures["replied"], figures["resolved"]) == (4, 1, 1)
